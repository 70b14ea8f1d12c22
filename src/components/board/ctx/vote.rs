//! The dot vote at this screen: the setup form, and the turn of whoever is at the screen (their dots stay here,
//! unseen, until they hand over; the rules are `model::voting::Turn`).

use crate::model::Turn;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct VoteUi {
    /// The setup form is open.
    pub setup: RwSignal<bool>,
    pub turn: RwSignal<Option<Turn>>,
}

impl VoteUi {
    pub fn new() -> Self {
        VoteUi {
            setup: RwSignal::new(false),
            turn: RwSignal::new(None),
        }
    }

    /// Whether someone is placing dots now.
    pub fn active(&self) -> bool {
        self.turn.with_untracked(Option::is_some)
    }
}
