//! Times from another device's clock. A copy written on a laptop whose clock ran years ahead would otherwise win
//! every merge for years (the later `updated` wins), so its future times are cut back before merging.

use crate::model::{Timestamp, Workshop};

/// How far a file's time may lie ahead of this device's clock: five minutes. Clocks kept by the network differ
/// by seconds and an unsynced laptop drifts by a minute or two, so honest edits made just before the file was
/// sent keep their order; a clock set wrong by hours or years loses its advantage five minutes after the merge.
pub const SKEW_MS: i64 = 5 * 60 * 1000;

/// Cuts every time in `ws` later than `now + SKEW_MS` back to that moment and returns how many it cut.
/// Monotonic (a later time never ends up earlier than a kept one) and idempotent for the same `now`.
pub fn clamp_future(ws: &mut Workshop, now: Timestamp) -> usize {
    let limit = Timestamp(now.0.saturating_add(SKEW_MS));
    let mut clamped = 0;
    let mut cut = |t: &mut Timestamp| {
        if *t > limit {
            *t = limit;
            clamped += 1;
        }
    };
    cut(&mut ws.created);
    cut(&mut ws.updated);
    for m in &mut ws.members {
        cut(&mut m.updated);
    }
    for b in &mut ws.boards {
        cut(&mut b.created);
        cut(&mut b.updated);
        for n in &mut b.notes {
            cut(&mut n.created);
            cut(&mut n.updated);
        }
        for c in &mut b.clusters {
            cut(&mut c.updated);
        }
        if let Some(v) = &mut b.voting {
            cut(&mut v.updated);
        }
    }
    if let Some(a) = &mut ws.agenda {
        cut(&mut a.updated);
    }
    let pitch = &mut ws.pitch;
    for t in pitch.texts.values_mut() {
        cut(&mut t.updated);
    }
    for p in pitch.plans.values_mut() {
        cut(&mut p.updated);
    }
    cut(&mut pitch.jury.updated);
    cut(&mut pitch.question_jury.updated);
    for r in &mut pitch.rehearsals {
        cut(&mut r.at);
    }
    clamped
}
