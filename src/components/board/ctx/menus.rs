//! What is open on the board besides the editor: a card's colour or move menu, a cluster's name field, and
//! the dialog of a note's earlier versions.

use crate::model::{ClusterId, NoteId};
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Menu {
    Colour,
    Move,
}

#[derive(Clone, Copy)]
pub struct Menus {
    pub open: RwSignal<Option<(NoteId, Menu)>>,
    /// Which card has a menu open, derived in O(1) per change: only the card concerned wakes.
    selector: StoredValue<Selector<Option<NoteId>>>,
    /// The cluster whose name is being edited.
    pub renaming: RwSignal<Option<ClusterId>>,
    /// The note whose earlier versions are shown (see `earlier.rs`), and whether that dialog is open.
    pub earlier: RwSignal<Option<NoteId>>,
    pub earlier_open: RwSignal<bool>,
}

impl Menus {
    pub fn new() -> Self {
        let open = RwSignal::new(None::<(NoteId, Menu)>);
        Menus {
            open,
            selector: StoredValue::new(Selector::new(move || open.with(|m| m.map(|(id, _)| id)))),
            renaming: RwSignal::new(None),
            earlier: RwSignal::new(None),
            earlier_open: RwSignal::new(false),
        }
    }

    /// Which menu of this note is open; only the note concerned subscribes to the menu itself.
    pub fn of(&self, id: NoteId) -> Signal<Option<Menu>> {
        let selector = self.selector;
        let open = self.open;
        Signal::derive(move || {
            if selector.with_value(|s| s.selected(&Some(id))) {
                open.get().map(|(_, m)| m)
            } else {
                None
            }
        })
    }
}
