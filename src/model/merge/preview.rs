//! What a merge would do, shown before it is applied: counts, every conflict with both texts, and every item of
//! this device's copy the merge would overwrite or delete, of every kind (not only note texts).

use super::clamp::clamp_future;
use super::{later, merge, note_key};
use crate::model::pitch::{PitchField, PitchKind};
use crate::model::validate::{validate_workshop, Violation};
use crate::model::{Board, BoardId, NoteId, Timestamp, Workshop};

/// One note both copies changed, with different texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub board: BoardId,
    pub note: NoteId,
    /// The later text, which the merge keeps.
    pub kept: String,
    /// The earlier text, which the merge replaces; [`super::keep_lost`] keeps it at the note as an earlier
    /// version.
    pub lost: String,
}

/// The kind of an item a merge overwrites or deletes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Title,
    Question,
    Member,
    Board,
    BoardTitle,
    /// The zones of a board (their keys or labels).
    Zones,
    Note,
    Cluster,
    Vote,
    Agenda,
    PitchText(PitchField),
    PitchPlan(PitchKind),
    Jury(PitchKind),
    Rehearsal,
}

/// Something of this device's copy that the merge overwrites (`deleted: false`) or deletes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loss {
    pub item: Item,
    /// The local title of the board it belongs to, for notes, clusters, zones and votes.
    pub board: Option<String>,
    /// What this copy shows now: the text, name or title that goes (empty where there is none to show).
    pub was: String,
    pub deleted: bool,
}

/// What merging `incoming` into `local` would do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    /// Boards, notes, clusters and members only `incoming` has.
    pub new: usize,
    /// Items both have that the merge changes in `local`.
    pub changed: usize,
    pub conflicts: Vec<Conflict>,
    /// Every item of `local` the merge overwrites or deletes, in the order of the workshop; notes with a
    /// conflict are listed under `conflicts` only.
    pub losses: Vec<Loss>,
    /// Times in the file later than now plus the allowed skew, cut back before merging.
    pub clamped: usize,
    /// Why the merged workshop could not be kept, e.g. two copies within the note limit that together exceed
    /// it; the merge must then not be offered.
    pub refused: Option<Violation>,
}

/// The preview of merging a copy read from a file at `now`: as [`preview`] after the file's future times are
/// clamped (see [`clamp_future`]), with how many were.
pub fn preview_file(
    local: &Workshop,
    incoming: &Workshop,
    since: Option<Timestamp>,
    now: Timestamp,
) -> Preview {
    let refused = validate_workshop(&super::merge_file(local, incoming, since, now)).err();
    let mut incoming = incoming.clone();
    let clamped = clamp_future(&mut incoming, now);
    Preview {
        clamped,
        refused,
        ..preview(local, &incoming, since)
    }
}

/// The summary shown before a merge is applied.
pub fn preview(local: &Workshop, incoming: &Workshop, since: Option<Timestamp>) -> Preview {
    // Both repaired as `merge_file` (and every import) repairs them, so only what the merge itself changes is
    // listed, not a dot on a deleted note that any export and import would drop too.
    let mut repaired = local.clone();
    repaired.repair_references();
    let local = &repaired;
    let mut merged = merge(local, incoming);
    merged.repair_references();
    let mut p = Preview::default();
    let count = |p: &mut Preview, mine: Option<bool>| match mine {
        None => p.new += 1,
        Some(true) => p.changed += 1,
        Some(false) => {}
    };
    for m in &merged.members {
        count(&mut p, local.member(m.id).map(|l| l != m));
    }
    let (lp, mp) = (&local.pitch, &merged.pitch);
    for (k, t) in &mp.texts {
        count(&mut p, lp.texts.get(k).map(|l| l != t));
    }
    for (k, plan) in &mp.plans {
        count(&mut p, lp.plans.get(k).map(|l| l != plan));
    }
    for kind in PitchKind::ALL {
        let (l, m) = (lp.jury(kind), mp.jury(kind));
        if l != m {
            count(&mut p, (!l.is_empty()).then_some(true));
        }
    }
    p.new += mp
        .rehearsals
        .iter()
        .filter(|r| !lp.rehearsals.contains(r))
        .count();
    for b in &merged.boards {
        let Some(lb) = local.board(b.id) else {
            p.new += 1 + b.notes.len() + b.clusters.len();
            continue;
        };
        let shell_changed = lb.title != b.title
            || lb.done != b.done
            || lb.deleted != b.deleted
            || lb.voting != b.voting;
        count(&mut p, Some(shell_changed));
        for n in &b.notes {
            count(&mut p, lb.note(n.id).map(|l| l != n));
        }
        for c in &b.clusters {
            count(&mut p, lb.cluster(c.id).map(|l| l != c));
        }
        let Some(ib) = incoming.board(b.id) else {
            continue;
        };
        for n in lb.notes.iter().filter(|n| !n.deleted) {
            let Some(other) = ib.note(n.id).filter(|o| !o.deleted && o.text != n.text) else {
                continue;
            };
            let both_changed = since.is_none_or(|s| n.updated > s && other.updated > s);
            if both_changed {
                let kept = later(n, other, note_key);
                let lost = if std::ptr::eq(kept, n) { other } else { n };
                p.conflicts.push(Conflict {
                    board: b.id,
                    note: n.id,
                    kept: kept.text.clone(),
                    lost: lost.text.clone(),
                });
            }
        }
    }
    p.losses = losses(local, &merged, &p.conflicts);
    p
}

fn loss(item: Item, board: Option<&Board>, was: &str, deleted: bool) -> Loss {
    Loss {
        item,
        board: board.map(|b| b.title.clone()),
        was: was.to_owned(),
        deleted,
    }
}

/// What of `local` is overwritten or deleted in `merged`. Only live items of `local` can be lost.
fn losses(local: &Workshop, merged: &Workshop, conflicts: &[Conflict]) -> Vec<Loss> {
    let mut out = Vec::new();
    if merged.title != local.title {
        out.push(loss(Item::Title, None, &local.title, false));
    }
    if merged.question != local.question {
        out.push(loss(Item::Question, None, &local.question, false));
    }
    for m in local.live_members() {
        match merged.member(m.id) {
            Some(x) if x.deleted => out.push(loss(Item::Member, None, &m.name, true)),
            Some(x) if x.name != m.name || x.role != m.role => {
                out.push(loss(Item::Member, None, &m.name, false))
            }
            _ => {}
        }
    }
    for lb in local.live_boards() {
        let Some(b) = merged.board(lb.id) else {
            continue;
        };
        if b.deleted {
            out.push(loss(Item::Board, None, &lb.title, true));
            continue;
        }
        board_losses(lb, b, conflicts, &mut out);
    }
    if let (Some(la), Some(ma)) = (&local.agenda, &merged.agenda) {
        if la != ma {
            out.push(loss(Item::Agenda, None, "", false));
        }
    }
    let (lp, mp) = (&local.pitch, &merged.pitch);
    for (field, t) in &lp.texts {
        if mp.texts.get(field).is_some_and(|m| m.text != t.text) {
            out.push(loss(Item::PitchText(*field), None, &t.text, false));
        }
    }
    for (kind, plan) in &lp.plans {
        if mp.plans.get(kind).is_some_and(|m| m != plan) {
            out.push(loss(Item::PitchPlan(*kind), None, "", false));
        }
    }
    for kind in PitchKind::ALL {
        let l = lp.jury(kind);
        if !l.is_empty() && l != mp.jury(kind) {
            out.push(loss(Item::Jury(kind), None, "", false));
        }
    }
    for _ in lp.rehearsals.iter().filter(|r| !mp.rehearsals.contains(r)) {
        out.push(loss(Item::Rehearsal, None, "", true));
    }
    out
}

/// Losses on one board both copies still have.
fn board_losses(lb: &Board, b: &Board, conflicts: &[Conflict], out: &mut Vec<Loss>) {
    if b.title != lb.title {
        out.push(loss(Item::BoardTitle, None, &lb.title, false));
    }
    if b.zones != lb.zones {
        out.push(loss(Item::Zones, Some(lb), "", false));
    }
    let in_conflict = |id: NoteId| conflicts.iter().any(|c| c.board == lb.id && c.note == id);
    for n in lb.live_notes() {
        match b.note(n.id) {
            Some(x) if x.deleted => out.push(loss(Item::Note, Some(lb), &n.text, true)),
            Some(x) if x.text != n.text && !in_conflict(n.id) => {
                out.push(loss(Item::Note, Some(lb), &n.text, false))
            }
            _ => {}
        }
    }
    for c in lb.live_clusters() {
        match b.cluster(c.id) {
            Some(x) if x.deleted => out.push(loss(Item::Cluster, Some(lb), &c.name, true)),
            Some(x) if x.name != c.name => out.push(loss(Item::Cluster, Some(lb), &c.name, false)),
            _ => {}
        }
    }
    if lb.voting.is_some() && b.voting != lb.voting {
        out.push(loss(Item::Vote, Some(lb), "", false));
    }
}
