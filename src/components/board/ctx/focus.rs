//! Where the user is on the board: the card focused last, the one under the mouse, the zone used last, and the
//! cards picked to be grouped.

use crate::model::NoteId;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Focus {
    /// The note focused last: the roving tab stop of its zone, and where `N` adds.
    pub current: RwSignal<Option<NoteId>>,
    /// The card under the mouse, which shows its buttons too.
    pub hover: RwSignal<Option<NoteId>>,
    /// The zone that held focus last (a note or its add button).
    pub active_zone: StoredValue<Option<String>>,
    /// Notes picked to be grouped (Space, Ctrl+click or the card's select button).
    pub selected: RwSignal<Vec<NoteId>>,
}

impl Focus {
    pub fn new() -> Self {
        Focus {
            current: RwSignal::new(None),
            hover: RwSignal::new(None),
            active_zone: StoredValue::new(None),
            selected: RwSignal::new(Vec::new()),
        }
    }

    pub fn is_selected(&self, id: NoteId) -> bool {
        self.selected.with_untracked(|s| s.contains(&id))
    }
}
