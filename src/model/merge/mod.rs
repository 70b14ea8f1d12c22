//! Merging two copies of one workshop, e.g. the facilitator's and a participant's who worked on the file at home.
//!
//! Every item (member, board, note, cluster, vote, agenda) is kept by id from both copies; where both have it,
//! the later edit (`updated`) wins, ties broken by content so the result never depends on which copy came first.
//! A deletion in either copy stays: tombstones never come back to life through a merge. Because each of these is
//! a maximum under one fixed order (and "deleted" an "or"), the merge is commutative, associative and idempotent
//! (property tests in `tests/model_merge.rs`), so merging the same files in any order and any number of times
//! gives the same workshop.
//!
//! The copies share no common ancestor in the file, so "edited in both" cannot be told from "edited in one".
//! [`preview`] therefore takes `since`: the moment the copies parted (the last export on this device). A note
//! whose text differs and that both copies changed after it is a conflict; without `since`, every differing text
//! is listed, which errs on the side of showing the user too much.
//!
//! A file comes from another device's clock. [`merge_file`] (what the app applies) first clamps the file's
//! times to now plus a small skew ([`clamp_future`]), so a copy from a clock set years ahead cannot win every
//! later merge; then merges, keeps the texts conflicts replace, and repairs references as an import does.
//! Clamping happens on the way in, before [`merge`], which therefore stays a pure maximum.

mod clamp;
mod preview;

pub use clamp::{clamp_future, SKEW_MS};
pub use preview::{preview, preview_file, Conflict, Item, Loss, Preview};

use super::agenda::Agenda;
use super::pitch::{FieldText, JuryCheck, Pitch, PitchPlan, MAX_REHEARSALS};
use super::sorting::{sort_by, sort_by_key};
use super::{Board, Cluster, Member, Note, Timestamp, Voting, Workshop};
use serde::Serialize;
use std::collections::BTreeMap;
use std::hash::Hash;

/// The content as a tie-breaker: equal JSON means equal items. Plain data serialises without failure.
fn content<T: Serialize>(item: &T) -> String {
    super::json::write(item, "").unwrap_or_default()
}

/// The later of two versions of one item by `key`: its `updated`, then its content without the tombstone flag
/// (which merges separately), so the merged item has exactly the winning key and the order stays fixed.
pub(super) fn later<'a, T>(a: &'a T, b: &'a T, key: impl Fn(&T) -> (Timestamp, String)) -> &'a T {
    if key(a) >= key(b) {
        a
    } else {
        b
    }
}

/// Items of both lists by id; `pick` merges the two versions of a shared id. Sorted by id for a fixed order;
/// callers re-sort for display.
fn union_by<T: Clone, K: Ord + Hash + Copy>(
    a: &[T],
    b: &[T],
    id: impl Fn(&T) -> K,
    pick: impl Fn(&T, &T) -> T,
) -> Vec<T> {
    let mut all: BTreeMap<K, T> = BTreeMap::new();
    for item in a.iter().chain(b) {
        let merged = match all.get(&id(item)) {
            Some(seen) => pick(seen, item),
            None => item.clone(),
        };
        all.insert(id(item), merged);
    }
    all.into_values().collect()
}

fn member(a: &Member, b: &Member) -> Member {
    let key = |m: &Member| {
        (
            m.updated,
            content(&Member {
                deleted: false,
                ..m.clone()
            }),
        )
    };
    Member {
        deleted: a.deleted || b.deleted,
        ..later(a, b, key).clone()
    }
}

pub(super) fn note_key(n: &Note) -> (Timestamp, String) {
    (
        n.updated,
        content(&Note {
            deleted: false,
            ..n.clone()
        }),
    )
}

fn note(a: &Note, b: &Note) -> Note {
    Note {
        deleted: a.deleted || b.deleted,
        ..later(a, b, note_key).clone()
    }
}

fn cluster(a: &Cluster, b: &Cluster) -> Cluster {
    let key = |c: &Cluster| {
        (
            c.updated,
            content(&Cluster {
                deleted: false,
                ..c.clone()
            }),
        )
    };
    Cluster {
        deleted: a.deleted || b.deleted,
        ..later(a, b, key).clone()
    }
}

/// A value replaced whole by every change (a vote, the agenda): the later one wins; a copy without it (never
/// started there) gives way to the other's.
fn later_whole<T: Clone + Serialize>(
    a: &Option<T>,
    b: &Option<T>,
    updated: fn(&T) -> Timestamp,
) -> Option<T> {
    match (a, b) {
        (Some(x), Some(y)) => Some(later(x, y, |v| (updated(v), content(v))).clone()),
        (x, y) => x.clone().or_else(|| y.clone()),
    }
}

/// Two versions of a keyed map: every key of both, the later version where both have one.
fn later_each<K: Ord + Copy, V: Clone + Serialize>(
    a: &BTreeMap<K, V>,
    b: &BTreeMap<K, V>,
    updated: fn(&V) -> Timestamp,
) -> BTreeMap<K, V> {
    let mut all = a.clone();
    for (k, v) in b {
        let merged = match a.get(k) {
            Some(x) => later(x, v, |v| (updated(v), content(v))).clone(),
            None => v.clone(),
        };
        all.insert(*k, merged);
    }
    all
}

/// The pitch part by part: each field's text, each plan and each jury check by its own `updated`; rehearsals are
/// a record, so both copies' runs are kept (the newest [`MAX_REHEARSALS`], like a single copy).
fn pitch(a: &Pitch, b: &Pitch) -> Pitch {
    let mut rehearsals: Vec<_> = a.rehearsals.iter().chain(&b.rehearsals).cloned().collect();
    sort_by_key(&mut rehearsals, |r| (r.at, content(r)));
    rehearsals.dedup();
    let over = rehearsals.len().saturating_sub(MAX_REHEARSALS);
    rehearsals.drain(..over);
    Pitch {
        texts: later_each(&a.texts, &b.texts, |t: &FieldText| t.updated),
        plans: later_each(&a.plans, &b.plans, |p: &PitchPlan| p.updated),
        jury: later(&a.jury, &b.jury, |j: &JuryCheck| (j.updated, content(j))).clone(),
        question_jury: later(&a.question_jury, &b.question_jury, |j: &JuryCheck| {
            (j.updated, content(j))
        })
        .clone(),
        rehearsals,
    }
}

/// Board fields (title, zones, done…) from the later board; notes, clusters and the vote merged one by one.
fn board(a: &Board, b: &Board) -> Board {
    // Compared without their items: a note edit does not stamp its board, so items must not decide the winner.
    let shell = |x: &Board| Board {
        notes: Vec::new(),
        clusters: Vec::new(),
        voting: None,
        deleted: false,
        ..x.clone()
    };
    let (sa, sb) = (shell(a), shell(b));
    let mut notes = union_by(&a.notes, &b.notes, |n| n.id, note);
    sort_by_key(&mut notes, |n| (n.created, n.id));
    Board {
        deleted: a.deleted || b.deleted,
        notes,
        clusters: union_by(&a.clusters, &b.clusters, |c| c.id, cluster),
        voting: later_whole(&a.voting, &b.voting, |v: &Voting| v.updated),
        ..later(&sa, &sb, |x| (x.updated, content(x))).clone()
    }
}

/// The two copies as one. `a` and `b` should share their id; the result keeps the later title and question.
pub fn merge(a: &Workshop, b: &Workshop) -> Workshop {
    // The workshop has one `updated` for all its edits: the copy changed last gives title and question.
    let head = |w: &Workshop| (w.updated, content(&(&w.title, &w.question)));
    let newer = later(a, b, head);
    let (title, question) = (newer.title.clone(), newer.question.clone());
    let mut members = union_by(&a.members, &b.members, |m| m.id, member);
    sort_by(&mut members, |a, b| (&a.name, a.id).cmp(&(&b.name, b.id)));
    // A board only one copy has goes through `board` too, so its notes and clusters are in the same order as
    // every merged board's (else merging the result again would reorder them).
    let mut boards: Vec<Board> = union_by(&a.boards, &b.boards, |b| b.id, board)
        .into_iter()
        .map(|b| board(&b, &b))
        .collect();
    sort_by_key(&mut boards, |b| (b.created, b.id));
    Workshop {
        id: a.id.min(b.id),
        title,
        question,
        members,
        boards,
        agenda: later_whole(&a.agenda, &b.agenda, |v: &Agenda| v.updated),
        pitch: pitch(&a.pitch, &b.pitch),
        created: a.created.min(b.created),
        updated: a.updated.max(b.updated),
    }
}

/// Keeps each conflict's losing text at its note in `merged` (see [`Note::keep_earlier`]), so nothing typed is
/// gone after a merge. Separate from [`merge`], which must stay a pure maximum (commutative, idempotent).
///
/// A note that gains an earlier version is stamped `now`: it changed, and merging the same file again must not
/// pick the file's version (equal stamp, no earlier versions) over it. Conflicts on notes `merged` lacks or has
/// deleted are skipped.
pub fn keep_lost(merged: &mut Workshop, conflicts: &[Conflict], now: Timestamp) {
    for c in conflicts {
        let note = merged
            .boards
            .iter_mut()
            .find(|b| b.id == c.board)
            .and_then(|b| b.note_mut(c.note))
            .filter(|n| !n.deleted);
        if let Some(n) = note {
            if n.keep_earlier(&c.lost) {
                n.updated = n.updated.max(now);
            }
        }
    }
}

/// Merges a copy read from a file into `local`, as the app applies it: the file's future times clamped (see
/// [`clamp_future`]), both copies merged, each conflict's losing text kept at its note, and references repaired
/// as on import (a note whose zone the winning board lacks moves to its first zone; votes and groups that point
/// nowhere are cleared).
pub fn merge_file(
    local: &Workshop,
    incoming: &Workshop,
    since: Option<Timestamp>,
    now: Timestamp,
) -> Workshop {
    let mut incoming = incoming.clone();
    clamp_future(&mut incoming, now);
    let conflicts = preview(local, &incoming, since).conflicts;
    let mut merged = merge(local, &incoming);
    keep_lost(&mut merged, &conflicts, now);
    merged.repair_references();
    merged
}
