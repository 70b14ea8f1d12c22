//! Ctrl+Z / Ctrl+Shift+Z on pages without a board (agenda, pitch), as on the boards. Not while typing: a
//! field keeps its own undo.

use crate::components::board::dom;
use crate::components::shortcuts::{find_event, KeyAction, Scope};
use crate::state::use_store;
use leptos::prelude::*;

/// Listens while the calling component lives; `after` runs after each undo or redo that happened.
pub fn listen_undo_keys(after: impl Fn() + 'static) {
    let store = use_store();
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let typing = dom::as_element(ev.target()).is_some_and(|el| dom::is_typing_target(&el));
        if typing || ev.default_prevented() {
            return;
        }
        let done = match find_event(Scope::Page, &ev) {
            Some(KeyAction::Undo) => store.undo(),
            Some(KeyAction::Redo) => store.redo(),
            _ => return,
        };
        ev.prevent_default();
        if done {
            after();
        }
    });
    on_cleanup(move || keys.remove());
}
