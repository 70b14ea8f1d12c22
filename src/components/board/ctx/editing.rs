//! The note editor: whose editor is open, and the new note being written.

use crate::model::NoteId;
use leptos::prelude::*;

/// A note being written that is not in the model yet: it becomes one `AddNote` on commit, or vanishes.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub id: NoteId,
    pub zone: String,
}

#[derive(Clone, Copy)]
pub struct Editing {
    /// The note whose editor is open (a live note or the draft).
    pub note: RwSignal<Option<NoteId>>,
    pub draft: RwSignal<Option<Draft>>,
}

impl Editing {
    pub fn new() -> Self {
        Editing {
            note: RwSignal::new(None),
            draft: RwSignal::new(None),
        }
    }

    /// The zone of the new note `id` is being written into, if it is the draft.
    pub fn draft_zone(&self, id: NoteId) -> Option<String> {
        self.draft
            .with_untracked(|d| d.as_ref().filter(|d| d.id == id).map(|d| d.zone.clone()))
    }
}
