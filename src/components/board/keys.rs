//! Keyboard shortcuts of the board. The keys themselves are in the shortcut table (`components::shortcuts`); this
//! is what they do here. Page-wide ones listen on the window (focus may be anywhere on the page); note keys come
//! through the board's delegated listener (`events.rs`). None fires while the user types, so text fields keep
//! their own undo and letters, nor while the projector view covers the board.

use super::ctx::BoardCtx;
use super::dom;
use crate::components::shortcuts::{find_event, KeyAction, Scope};
use crate::model::NoteId;
use crate::state::use_room;
use leptos::ev;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

/// New note, undo and redo. Removed when the board unmounts.
pub fn install_shortcuts(ctx: BoardCtx) {
    let room = use_room();
    let handle = window_event_listener(ev::keydown, move |ev| {
        if !room.projecting.get_untracked() {
            on_board_key(ctx, &ev);
        }
    });
    on_cleanup(move || handle.remove());
}

fn on_board_key(ctx: BoardCtx, ev: &KeyboardEvent) {
    if ev.default_prevented() || ev.is_composing() {
        return;
    }
    if let Some(el) = dom::as_element(ev.target()) {
        // Typing, or a modal dialog on top of the board.
        if dom::is_typing_target(&el) || dom::closest(&el, "dialog").is_some() {
            return;
        }
    }
    let handled = match find_event(Scope::Page, ev) {
        Some(KeyAction::Undo) => {
            ctx.undo();
            true
        }
        Some(KeyAction::Redo) => {
            ctx.redo();
            true
        }
        Some(KeyAction::NewNote) => {
            if !ev.repeat() {
                ctx.add_note(None);
            }
            true
        }
        _ => false,
    };
    if handled {
        ev.prevent_default();
    }
}

/// Keys on a focused note card; the caller has checked that the card itself has focus (not its buttons or editor).
pub fn on_note_key(ctx: BoardCtx, id: NoteId, ev: &KeyboardEvent) {
    if ev.is_composing() {
        return;
    }
    let (dz, di) = match ev.key().as_str() {
        "ArrowLeft" => (-1, 0),
        "ArrowRight" => (1, 0),
        "ArrowUp" => (0, -1),
        "ArrowDown" => (0, 1),
        _ => (0, 0),
    };
    let handled = match find_event(Scope::Note, ev) {
        Some(KeyAction::MoveNote) => {
            ctx.move_by(id, dz, di);
            true
        }
        Some(KeyAction::FocusNote) => {
            ctx.focus_step(id, dz, di);
            true
        }
        Some(KeyAction::Edit) => {
            ctx.edit(id);
            true
        }
        Some(KeyAction::Delete) => {
            ctx.delete(id);
            true
        }
        Some(KeyAction::FirstLast) => {
            ctx.focus_edge(id, ev.key() == "End");
            true
        }
        Some(KeyAction::Cancel) => cancel(ctx),
        Some(KeyAction::Select) => {
            ctx.toggle_selected(id);
            true
        }
        Some(KeyAction::AddDot) if ctx.vote.active() => {
            ctx.add_dot(id);
            // The card is rebuilt with its new dots: stay on it.
            ctx.focus_note(id);
            true
        }
        Some(KeyAction::RemoveDot) if ctx.vote.active() => {
            ctx.remove_dot(id);
            ctx.focus_note(id);
            true
        }
        _ => false,
    };
    if handled {
        // Also keeps Alt+Left from navigating back, and arrows from scrolling.
        ev.prevent_default();
        // A note key is not also a page key (Space must not start the timer).
        ev.stop_propagation();
    }
}

/// Escape: ends a drag, closes a menu or clears the selection, whichever is open.
fn cancel(ctx: BoardCtx) -> bool {
    if ctx.drag.dragging.get_untracked().is_some() {
        super::drag::end(ctx);
    } else if ctx.menus.open.get_untracked().is_some() {
        ctx.menus.open.set(None);
    } else if ctx.focus.selected.with_untracked(|s| !s.is_empty()) {
        ctx.clear_selection();
    } else {
        return false;
    }
    true
}
