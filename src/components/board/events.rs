//! The board's event listeners, once for all cards: a card carries `data-note-id` and no listeners of its own, so
//! a thousand cards cost no closures. Each handler finds the card the event came from.

use super::ctx::BoardCtx;
use super::{dom, drag, keys};
use crate::model::NoteId;
use leptos::ev::{FocusEvent, KeyboardEvent, MouseEvent, PointerEvent};
use leptos::prelude::*;
use web_sys::{Element, Event};

/// The card an event happened on (or inside), and its note.
fn card_of(ev: &Event) -> Option<(NoteId, Element)> {
    let card = dom::closest(&dom::as_element(ev.target())?, "[data-note-id]")?;
    let id = card.get_attribute("data-note-id")?.parse().ok()?;
    Some((id, card))
}

pub fn on_keydown(ctx: BoardCtx) -> impl Fn(KeyboardEvent) + 'static {
    move |ev| {
        // Keys on the card itself; its buttons, menus and editor handle their own.
        if let Some((id, card)) = card_of(&ev) {
            if dom::as_element(ev.target()).is_some_and(|t| t == card) {
                keys::on_note_key(ctx, id, &ev);
            }
        }
    }
}

/// Focus on a card or anything in it makes that card the current one (its zone's tab stop, where `N` adds).
pub fn on_focusin(ctx: BoardCtx) -> impl Fn(FocusEvent) + 'static {
    move |ev| {
        if let Some((id, _)) = card_of(&ev) {
            if ctx.focus.current.get_untracked() != Some(id) {
                ctx.focus.current.set(Some(id));
            }
        }
    }
}

/// Ctrl/Cmd/Shift+click on a card selects it for grouping (a plain click just focuses it). A click (or Enter) on
/// a card's earlier-versions marker opens their dialog.
pub fn on_click(ctx: BoardCtx) -> impl Fn(MouseEvent) + 'static {
    move |ev| {
        let on_marker = dom::as_element(ev.target())
            .and_then(|el| dom::closest(&el, "[data-earlier]"))
            .is_some();
        if on_marker {
            if let Some((id, _)) = card_of(&ev) {
                ctx.show_earlier(id);
            }
            return;
        }
        if !(ev.ctrl_key() || ev.meta_key() || ev.shift_key()) {
            return;
        }
        let Some((id, _)) = card_of(&ev) else { return };
        let on_control = dom::as_element(ev.target())
            .and_then(|el| dom::closest(&el, "button, textarea, input, .note__popover"))
            .is_some();
        if !on_control && ctx.edit.note.get_untracked() != Some(id) {
            ev.prevent_default();
            ctx.toggle_selected(id);
        }
    }
}

pub fn on_dblclick(ctx: BoardCtx) -> impl Fn(MouseEvent) + 'static {
    move |ev| {
        let Some((id, _)) = card_of(&ev) else { return };
        let on_control = dom::as_element(ev.target())
            .and_then(|el| dom::closest(&el, "button, textarea, .note__popover"))
            .is_some();
        if !on_control && ctx.edit.note.get_untracked() != Some(id) {
            ctx.edit(id);
        }
    }
}

/// The card under the mouse shows its buttons. Touch has no hover: a tap focuses the card instead.
pub fn on_pointerover(ctx: BoardCtx) -> impl Fn(PointerEvent) + 'static {
    move |ev| {
        if ev.pointer_type() != "mouse" {
            return;
        }
        let id = card_of(&ev).map(|(id, _)| id);
        if ctx.focus.hover.get_untracked() != id {
            ctx.focus.hover.set(id);
        }
    }
}

pub fn on_pointerleave(ctx: BoardCtx) -> impl Fn(PointerEvent) + 'static {
    move |_| {
        if ctx.focus.hover.get_untracked().is_some() {
            ctx.focus.hover.set(None);
        }
    }
}

pub fn on_pointerdown(ctx: BoardCtx) -> impl Fn(PointerEvent) + 'static {
    move |ev| {
        if let Some((id, card)) = card_of(&ev) {
            drag::down(ctx, id, &card, &ev);
        }
    }
}

pub fn on_pointermove(ctx: BoardCtx) -> impl Fn(PointerEvent) + 'static {
    move |ev| {
        // Cheap when no press is pending: most moves are just the mouse passing by.
        if ctx.drag.pending.with_value(Option::is_none) {
            return;
        }
        if let Some((id, _)) = card_of(&ev) {
            drag::moved(ctx, id, &ev);
        }
    }
}

pub fn on_pointerup(ctx: BoardCtx) -> impl Fn(PointerEvent) + 'static {
    move |ev| {
        if let Some((id, _)) = card_of(&ev) {
            drag::up(ctx, id, &ev);
        }
    }
}

/// Cancelled pointer or lost capture: the note snaps back.
pub fn on_pointercancel(ctx: BoardCtx) -> impl Fn(PointerEvent) + 'static {
    move |ev| {
        if let Some((id, _)) = card_of(&ev) {
            drag::cancel(ctx, id, &ev);
        }
    }
}
