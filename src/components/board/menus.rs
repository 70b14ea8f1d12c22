//! The two small menus of a note: its colour, and the zone to move it to. Disclosure pattern: a button with
//! `aria-expanded` and a group of plain buttons, so they work the same with a mouse, touch or a screen reader.

use super::ctx::{note_dom, use_board, BoardCtx, Menu};
use super::dom;
use super::icons::{self, Icon};
use crate::i18n::colour_key;
use crate::i18n::Key;
use crate::model::{NoteColour, NoteId};
use leptos::ev::{FocusEvent, KeyboardEvent};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

fn trigger_dom(id: NoteId, menu: Menu) -> String {
    match menu {
        Menu::Colour => format!("{}-colour", note_dom(id)),
        Menu::Move => format!("{}-move", note_dom(id)),
    }
}

/// A menu button and, while open, its panel. Closes when focus leaves it or on Escape (focus back on the button).
#[component]
pub fn NoteMenu(
    id: NoteId,
    menu: Menu,
    colour: NoteColour,
    /// Shared by the card's buttons: tab stops only on the current card.
    tabindex: &'static str,
) -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    let open = ctx.menus.of(id);
    let is_open = move || open.get() == Some(menu);
    let trigger = trigger_dom(id, menu);
    let panel_id = format!("{trigger}-panel");
    let wrap = NodeRef::<html::Div>::new();
    let on_focusout = move |ev: FocusEvent| {
        let inside = dom::focus_stays_in(&ev, wrap.try_get_untracked().flatten());
        // Also fires when a recolour re-creates the card under the focused button; the card is gone by then.
        if !inside && ctx.menus.open.try_get_untracked() == Some(Some((id, menu))) {
            ctx.menus.open.set(None);
        }
    };
    let label = move || match menu {
        Menu::Colour => locale.format(
            Key::NoteColourOf,
            &[("colour", locale.t(colour_key(colour)))],
        ),
        Menu::Move => locale.t(Key::MoveNote).to_owned(),
    };
    let icon = match menu {
        Menu::Colour => icons::COLOUR,
        Menu::Move => icons::MOVE,
    };
    let panel = {
        let trigger = trigger.clone();
        let panel_id = panel_id.clone();
        move || {
            is_open().then(|| match menu {
                Menu::Colour => view! { <ColourPanel id colour trigger=trigger.clone() panel_id=panel_id.clone()/> }.into_any(),
                Menu::Move => view! { <MovePanel id trigger=trigger.clone() panel_id=panel_id.clone()/> }.into_any(),
            })
        }
    };
    view! {
        <div class="note__menu" node_ref=wrap on:focusout=on_focusout>
            <button
                type="button"
                id=trigger
                class="note__action"
                tabindex=tabindex
                aria-label=label
                title=label
                aria-expanded=move || is_open().to_string()
                aria-controls=move || is_open().then(|| panel_id.clone())
                on:click=move |_| ctx.toggle_menu(id, menu)
            >
                <Icon d=icon/>
            </button>
            {panel}
        </div>
    }
}

/// Arrow keys walk the panel's buttons; Escape closes it and returns to the menu button.
fn panel_keys(ctx: super::ctx::BoardCtx, trigger: String) -> impl Fn(KeyboardEvent) {
    move |ev: KeyboardEvent| {
        let active = dom::document().and_then(|d| d.active_element());
        let next = match ev.key().as_str() {
            "ArrowDown" | "ArrowRight" => active.and_then(|a| a.next_element_sibling()),
            "ArrowUp" | "ArrowLeft" => active.and_then(|a| a.previous_element_sibling()),
            "Escape" => {
                ctx.menus.open.set(None);
                dom::focus_later(trigger.clone());
                ev.prevent_default();
                ev.stop_propagation();
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        ev.stop_propagation();
        if let Some(el) = next.and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
            let _ = el.focus();
        }
    }
}

/// Focuses the chosen (or first) button of a panel once it is mounted.
fn focus_on_mount(panel: NodeRef<html::Div>) {
    Effect::new(move |_| {
        let Some(el) = panel.get() else { return };
        let target = el
            .query_selector("[aria-pressed=\"true\"]")
            .ok()
            .flatten()
            .or_else(|| el.first_element_child());
        if let Some(t) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
            let _ = t.focus();
        }
    });
}

#[component]
fn ColourPanel(id: NoteId, colour: NoteColour, trigger: String, panel_id: String) -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    let panel = NodeRef::<html::Div>::new();
    focus_on_mount(panel);
    view! {
        <div
            id=panel_id
            node_ref=panel
            class="note__popover note__popover--colours"
            role="group"
            aria-label=locale.tr(Key::NoteColour)
            on:keydown=panel_keys(ctx, trigger)
        >
            {NoteColour::ALL
                .into_iter()
                .map(|c| {
                    view! {
                        <button
                            type="button"
                            class="note__choice"
                            aria-pressed=(c == colour).to_string()
                            on:click=move |_| ctx.recolour(id, c)
                        >
                            <span class=format!("swatch swatch--{}", c.as_str()) aria-hidden="true"></span>
                            {locale.tr(colour_key(c))}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

#[component]
fn MovePanel(id: NoteId, trigger: String, panel_id: String) -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    let panel = NodeRef::<html::Div>::new();
    focus_on_mount(panel);
    let here = ctx.position(id).map(|p| p.zone);
    let targets: Vec<String> = ctx
        .zone_keys()
        .into_iter()
        .filter(|k| Some(k) != here.as_ref())
        .collect();
    view! {
        <div
            id=panel_id
            node_ref=panel
            class="note__popover"
            role="group"
            aria-label=locale.tr(Key::MoveNote)
            on:keydown=panel_keys(ctx, trigger)
        >
            {targets
                .into_iter()
                .map(|zone| {
                    let label = {
                        let zone = zone.clone();
                        move || locale.format(Key::MoveNoteTo, &[("zone", &ctx.zone_label(&zone))])
                    };
                    view! {
                        <button
                            type="button"
                            class="note__choice"
                            on:click=move |_| {
                                ctx.place(id, &zone, usize::MAX);
                            }
                        >
                            {label}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Keeps the card with an open menu painting outside its chunk, so the menu is not clipped.
pub fn lift_open_menu(ctx: BoardCtx) {
    Effect::new(move |previous: Option<Option<NoteId>>| {
        let now = ctx.menus.open.with(|m| m.map(|(id, _)| id));
        if let Some(Some(old)) = previous.filter(|p| *p != now) {
            dom::lift(&note_dom(old), false);
        }
        if let Some(id) = now {
            dom::lift(&note_dom(id), true);
        }
        now
    });
}
