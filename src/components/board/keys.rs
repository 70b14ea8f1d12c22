//! Keyboard shortcuts. Board-wide ones listen on the window (focus may be anywhere on the page); note keys come
//! through the board's delegated listener (`events.rs`). None fires while the user types, so text fields keep
//! their own undo and letters.

use super::ctx::BoardCtx;
use super::dom;
use crate::model::NoteId;
use leptos::ev;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

/// `N` new note, `Ctrl/⌘+Z` undo, `Ctrl/⌘+Shift+Z` and `Ctrl/⌘+Y` redo. Removed when the board unmounts.
pub fn install_shortcuts(ctx: BoardCtx) {
    let handle = window_event_listener(ev::keydown, move |ev| on_board_key(ctx, &ev));
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
    // ASCII only: the keys compared are letters, and Unicode case tables would cost wasm size.
    let key = ev.key().to_ascii_lowercase();
    let command = ev.ctrl_key() || ev.meta_key();
    let handled = match (key.as_str(), command, ev.shift_key(), ev.alt_key()) {
        ("z", true, false, false) => {
            ctx.undo();
            true
        }
        ("z", true, true, false) | ("y", true, false, false) => {
            ctx.redo();
            true
        }
        ("n", false, _, false) => {
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
    if ev.ctrl_key() || ev.meta_key() {
        return;
    }
    let alt = ev.alt_key();
    let (dz, di) = match ev.key().as_str() {
        "ArrowLeft" => (-1, 0),
        "ArrowRight" => (1, 0),
        "ArrowUp" => (0, -1),
        "ArrowDown" => (0, 1),
        _ => (0, 0),
    };
    let handled = if dz != 0 || di != 0 {
        if alt {
            ctx.move_by(id, dz, di);
        } else {
            ctx.focus_step(id, dz, di);
        }
        true
    } else if alt {
        false
    } else {
        match ev.key().as_str() {
            "Enter" | "F2" => {
                ctx.edit(id);
                true
            }
            "Delete" | "Backspace" => {
                ctx.delete(id);
                true
            }
            "Home" => {
                ctx.focus_edge(id, false);
                true
            }
            "End" => {
                ctx.focus_edge(id, true);
                true
            }
            "Escape" if ctx.dragging.get_untracked().is_some() => {
                super::drag::end(ctx);
                true
            }
            "Escape" if ctx.menu.get_untracked().is_some() => {
                ctx.menu.set(None);
                true
            }
            "Escape" if ctx.selected.with_untracked(|s| !s.is_empty()) => {
                ctx.clear_selection();
                true
            }
            " " => {
                ctx.toggle_selected(id);
                true
            }
            "+" if ctx.voter.get_untracked().is_some() => {
                ctx.add_dot(id);
                // The card is rebuilt with its new dots: stay on it.
                ctx.focus_note(id);
                true
            }
            "-" if ctx.voter.get_untracked().is_some() => {
                ctx.remove_dot(id);
                ctx.focus_note(id);
                true
            }
            _ => false,
        }
    };
    if handled {
        // Also keeps Alt+Left from navigating back, and arrows from scrolling.
        ev.prevent_default();
    }
}
