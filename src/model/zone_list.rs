//! What each zone of a board lists, in display order: a heading before the first note of each live cluster in
//! the zone, then the cluster's notes unless it is collapsed. One pass over the board gives every zone, so a view
//! can recompute it on each change and compare, instead of filtering all notes once per zone.

use super::order::sort_by_order;
use super::{Board, ClusterId, Note, NoteId};
use std::collections::{HashMap, HashSet};

/// One line of a zone's list.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Entry<'a> {
    Heading(Heading),
    Card(&'a Note),
}

/// A cluster's heading within one zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Heading {
    pub cluster: ClusterId,
    /// The cluster's live notes in this zone (collapsed ones too).
    pub count: usize,
    pub collapsed: bool,
    /// The first heading of this cluster in zone order; a cluster with notes in several zones has one heading
    /// in each, and only the first carries its name field and DOM ids.
    pub primary: bool,
}

impl Entry<'_> {
    pub fn note(&self) -> Option<NoteId> {
        match self {
            Entry::Card(n) => Some(n.id),
            Entry::Heading(_) => None,
        }
    }
}

/// Every zone's list, in the board's zone order. Notes in a zone the board does not have are not listed.
pub fn zone_lists(board: &Board) -> Vec<Vec<Entry<'_>>> {
    let mut by_zone: Vec<Vec<&Note>> = vec![Vec::new(); board.zones.len()];
    for note in board.live_notes() {
        // A board has a handful of zones: a scan is cheaper than a map.
        if let Some(i) = board.zones.iter().position(|z| z.key == note.zone) {
            by_zone[i].push(note);
        }
    }
    let live: HashMap<ClusterId, bool> =
        board.live_clusters().map(|c| (c.id, c.collapsed)).collect();
    let mut seen: HashSet<ClusterId> = HashSet::new();
    by_zone
        .into_iter()
        .map(|notes| {
            let notes = display_order(notes, &live);
            let mut list = Vec::with_capacity(notes.len());
            let mut open: Option<ClusterId> = None;
            let mut first_in_zone = HashSet::new();
            for (i, note) in notes.iter().enumerate() {
                let cluster = note.cluster.filter(|c| live.contains_key(c));
                if let Some(c) = cluster.filter(|c| open != Some(*c)) {
                    let count = notes[i..]
                        .iter()
                        .take_while(|n| n.cluster == Some(c))
                        .count();
                    list.push(Entry::Heading(Heading {
                        cluster: c,
                        count,
                        collapsed: live[&c],
                        primary: !seen.contains(&c),
                    }));
                    first_in_zone.insert(c);
                }
                open = cluster;
                if !cluster.is_some_and(|c| live[&c]) {
                    list.push(Entry::Card(note));
                }
            }
            seen.extend(first_in_zone);
            list
        })
        .collect()
}

/// A zone's notes by `order`, except that the notes of a live cluster stay together where its first note is.
/// Commands keep clusters contiguous in `order`, so this only regroups files where they are not.
pub(super) fn display_order<'a>(
    mut notes: Vec<&'a Note>,
    live: &HashMap<ClusterId, bool>,
) -> Vec<&'a Note> {
    sort_by_order(&mut notes);
    let grouped = |n: &Note| n.cluster.filter(|c| live.contains_key(c));
    if notes.iter().all(|n| grouped(n).is_none()) {
        return notes;
    }
    let mut out: Vec<&Note> = Vec::with_capacity(notes.len());
    let mut emitted: HashSet<ClusterId> = HashSet::new();
    for (i, note) in notes.iter().enumerate() {
        match grouped(note) {
            None => out.push(note),
            // The first note of its cluster brings all the others along.
            Some(c) if emitted.insert(c) => {
                out.extend(notes[i..].iter().copied().filter(|n| grouped(n) == Some(c)))
            }
            Some(_) => {}
        }
    }
    out
}
