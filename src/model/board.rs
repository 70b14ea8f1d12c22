//! Boards: one design method applied once, holding zones, notes and clusters.

use super::carry::CarriedIn;
use super::order::sort_by_order;
use super::templates::Template;
use super::voting::Voting;
use super::zone_list::display_order;
use super::{BoardId, Cluster, ClusterId, Note, NoteId, Timestamp};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A text in both UI languages. Stored in files so a board stays readable without the template that made it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalText {
    #[serde(default)]
    pub de: String,
    #[serde(default)]
    pub en: String,
}

impl LocalText {
    pub fn new(de: impl Into<String>, en: impl Into<String>) -> Self {
        LocalText {
            de: de.into(),
            en: en.into(),
        }
    }
}

/// An area of a board (e.g. "Fühlt" on an empathy map). Copied from the template when the board is created.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Zone {
    pub key: String,
    #[serde(default)]
    pub label: LocalText,
}

impl Zone {
    pub fn new(key: impl Into<String>, de: impl Into<String>, en: impl Into<String>) -> Self {
        Zone {
            key: key.into(),
            label: LocalText::new(de, en),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Board {
    pub id: BoardId,
    /// Method id such as `"free"` or `"empathy-map"`; unknown ids still load and show as a free board.
    #[serde(default)]
    pub method: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub zones: Vec<Zone>,
    #[serde(default)]
    pub notes: Vec<Note>,
    #[serde(default)]
    pub clusters: Vec<Cluster>,
    #[serde(default)]
    pub created: Timestamp,
    #[serde(default)]
    pub updated: Timestamp,
    #[serde(default)]
    pub deleted: bool,
    /// The team marked the method as finished ("fertig"). Added in format version 1 without a migration: files
    /// without it load as not done. See [`Board::state`].
    #[serde(default)]
    pub done: bool,
    /// The dot vote on this board, if one was started. Added in format version 1 without a migration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voting: Option<Voting>,
    /// What the board started from (see [`super::carry`]). Added in format version 1 without a migration.
    #[serde(default, skip_serializing_if = "CarriedIn::is_empty")]
    pub carried: CarriedIn,
}

/// Where a board stands on the journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BoardState {
    /// No live notes yet and not marked done.
    NotStarted,
    /// Has live notes, not marked done.
    InProgress,
    /// The team marked it done (with or without notes).
    Done,
}

impl Board {
    /// A new empty board with a fresh id, its zones copied from `template`.
    pub fn from_template(template: &Template, title: impl Into<String>, now: Timestamp) -> Self {
        Board {
            id: BoardId::new(),
            method: template.method.clone(),
            title: title.into(),
            zones: template.zones.clone(),
            notes: Vec::new(),
            clusters: Vec::new(),
            created: now,
            updated: now,
            deleted: false,
            done: false,
            voting: None,
            carried: CarriedIn::default(),
        }
    }

    /// Done if marked so, otherwise in progress once it has a live note.
    pub fn state(&self) -> BoardState {
        if self.done {
            BoardState::Done
        } else if self.live_notes().next().is_some() {
            BoardState::InProgress
        } else {
            BoardState::NotStarted
        }
    }

    pub fn zone(&self, key: &str) -> Option<&Zone> {
        self.zones.iter().find(|z| z.key == key)
    }

    /// Any note with this id, including tombstones.
    pub fn note(&self, id: NoteId) -> Option<&Note> {
        self.notes.iter().find(|n| n.id == id)
    }

    pub fn note_mut(&mut self, id: NoteId) -> Option<&mut Note> {
        self.notes.iter_mut().find(|n| n.id == id)
    }

    /// A note only if it is not deleted.
    pub fn live_note(&self, id: NoteId) -> Option<&Note> {
        self.note(id).filter(|n| !n.deleted)
    }

    /// Any cluster with this id, including tombstones.
    pub fn cluster(&self, id: ClusterId) -> Option<&Cluster> {
        self.clusters.iter().find(|c| c.id == id)
    }

    pub fn cluster_mut(&mut self, id: ClusterId) -> Option<&mut Cluster> {
        self.clusters.iter_mut().find(|c| c.id == id)
    }

    /// A cluster only if it is not deleted.
    pub fn live_cluster(&self, id: ClusterId) -> Option<&Cluster> {
        self.cluster(id).filter(|c| !c.deleted)
    }

    pub fn live_notes(&self) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(|n| !n.deleted)
    }

    pub fn live_note_count(&self) -> usize {
        self.live_notes().count()
    }

    pub fn live_clusters(&self) -> impl Iterator<Item = &Cluster> {
        self.clusters.iter().filter(|c| !c.deleted)
    }

    /// Live notes of one zone, in display order: by `order` (ties by position in `notes`), except that the notes
    /// of a live cluster stay together where its first note is. Commands keep clusters contiguous in `order`
    /// (see `commands::group_notes`), so usually this is plain `order`; the grouping only matters for files
    /// where they are not, and then the next move renumbers the zone in this order.
    pub fn live_notes_in(&self, zone: &str) -> Vec<&Note> {
        let notes: Vec<&Note> = self.live_notes().filter(|n| n.zone == zone).collect();
        let live: HashMap<ClusterId, bool> =
            self.live_clusters().map(|c| (c.id, c.collapsed)).collect();
        display_order(notes, &live)
    }

    /// The notes of `zone` that show, in display order (the notes of a collapsed cluster are hidden): what the
    /// arrow keys step through and what a drop index counts.
    pub fn visible_notes_in(&self, zone: &str) -> Vec<NoteId> {
        self.live_notes_in(zone)
            .iter()
            .filter(|n| !self.hidden(n))
            .map(|n| n.id)
            .collect()
    }

    /// Whether the note sits in a live cluster that is collapsed (so the board hides it).
    pub fn hidden(&self, note: &Note) -> bool {
        note.cluster
            .and_then(|c| self.live_cluster(c))
            .is_some_and(|c| c.collapsed)
    }

    /// Live notes of a cluster, in display order. The UI should treat notes whose cluster is deleted (possible after
    /// restoring a note, or later after a merge) as ungrouped.
    pub fn live_notes_of_cluster(&self, cluster: ClusterId) -> Vec<&Note> {
        let mut notes: Vec<&Note> = self
            .live_notes()
            .filter(|n| n.cluster == Some(cluster))
            .collect();
        sort_by_order(&mut notes);
        notes
    }
}
