//! A note's buttons (edit, colour, move, delete), shown on at most two cards: the one focused last and the one
//! under the mouse.
//!
//! Rendering them on every card made a 1,000-note board hold 30 MiB, and even one reactive flag per card cost
//! 1.5 MiB. So cards are static, and one effect mounts the buttons into the card's `.note__actions` row while
//! it needs them, each in its own reactive owner, dropped when the card no longer does.

use super::ctx::{note_dom, use_board, BoardCtx, Menu};
use super::dom;
use super::icons::{self, Icon, IconButton};
use super::menus::NoteMenu;
use crate::i18n::Key;
use crate::model::{NoteColour, NoteId};
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Mountable, Render};
use web_sys::Element;

/// Whom a card shows its buttons for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shown {
    /// The note focused last: its buttons are tab stops.
    Focus,
    /// Only under the mouse: clickable, but the mouse never changes where Tab goes.
    Mouse,
}

impl Shown {
    fn tabindex(self) -> &'static str {
        match self {
            Shown::Focus => "0",
            Shown::Mouse => "-1",
        }
    }
}

struct Mounted {
    id: NoteId,
    who: Shown,
    row: Element,
    state: AnyViewState,
    /// Owns the buttons' reactive state; dropping it disposes that.
    _owner: Owner,
}

/// Keeps the buttons on the right cards for as long as the board is mounted.
pub fn manage(ctx: BoardCtx, zone_count: Signal<usize>) {
    let mounted = StoredValue::new_local(Vec::<Mounted>::new());
    Effect::new(move |_| {
        ctx.buttons_changed.track();
        let mut want = Vec::with_capacity(2);
        if let Some(id) = ctx.focus.current.get() {
            want.push((id, Shown::Focus));
        }
        if let Some(id) = ctx
            .focus
            .hover
            .get()
            .filter(|h| want.iter().all(|(w, _)| w != h))
        {
            want.push((id, Shown::Mouse));
        }
        mounted.update_value(|list| {
            list.retain_mut(|m| {
                let Some(&(_, who)) = want.iter().find(|(id, _)| *id == m.id) else {
                    m.state.unmount();
                    return false;
                };
                if !m.row.is_connected() {
                    // The card was re-created; its old row went with it.
                    return false;
                }
                if m.who != who {
                    // Re-tab in place: re-mounting would remove the button a click is just landing on.
                    m.who = who;
                    set_tabindex(&m.row, who.tabindex());
                }
                true
            });
            for (id, who) in want {
                if list.iter().all(|m| m.id != id) {
                    if let Some(m) = mount(ctx, id, who, zone_count) {
                        list.push(m);
                    }
                }
            }
        });
    });
}

fn mount(ctx: BoardCtx, id: NoteId, who: Shown, zone_count: Signal<usize>) -> Option<Mounted> {
    let row = dom::by_id(&note_dom(id))?
        .query_selector(".note__actions")
        .ok()??;
    let colour = ctx.note_colour(id)?;
    // A root owner, so neither the effect's re-runs nor its own children list keep or dispose it.
    let owner = Owner::new_root(None);
    // Untracked: building the buttons must not subscribe the effect to what they read.
    let state = untrack(|| {
        owner.with(|| {
            provide_context(ctx);
            let mut state = view! { <NoteActions id colour tabindex=who.tabindex() zone_count/> }
                .into_any()
                .build();
            state.mount(&row, None);
            state
        })
    });
    Some(Mounted {
        id,
        who,
        row,
        state,
        _owner: owner,
    })
}

fn set_tabindex(row: &Element, value: &str) {
    if let Ok(buttons) = row.query_selector_all(".note__action") {
        for i in 0..buttons.length() {
            if let Some(el) = buttons
                .item(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<Element>(n).ok())
            {
                let _ = el.set_attribute("tabindex", value);
            }
        }
    }
}

#[component]
fn NoteActions(
    id: NoteId,
    colour: NoteColour,
    tabindex: &'static str,
    zone_count: Signal<usize>,
) -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    view! {
        <IconButton
            icon=icons::EDIT
            class="note__action"
            tabindex
            label=move || locale.t(Key::EditNote).to_owned()
            title=move || locale.t(Key::EditNoteShortcut).to_owned()
            keys="Enter"
            on_click=move || ctx.edit(id)
        />
        <button
            type="button"
            class="note__action"
            tabindex=tabindex
            aria-label=locale.tr(Key::SelectNote)
            aria-pressed=move || ctx.focus.selected.with(|s| s.contains(&id)).to_string()
            title=locale.tr(Key::SelectNoteShortcut)
            aria-keyshortcuts="Space"
            on:click=move |_| ctx.toggle_selected(id)
        >
            <Icon d=icons::SELECT/>
        </button>
        <NoteMenu id menu=Menu::Colour colour tabindex/>
        {move || (zone_count.get() > 1).then(|| view! { <NoteMenu id menu=Menu::Move colour tabindex/> })}
        <IconButton
            icon=icons::DELETE
            class="note__action note__action--danger"
            tabindex
            label=move || locale.t(Key::DeleteNote).to_owned()
            title=move || locale.t(Key::DeleteNoteShortcut).to_owned()
            keys="Delete"
            on_click=move || ctx.delete(id)
        />
    }
}
