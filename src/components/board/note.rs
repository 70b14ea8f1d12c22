//! One note card. Its text is always a text node, never HTML.

use super::ctx::{note_dom, use_board, Menu};
use super::drag;
use super::editor::NoteEditor;
use super::icons::{self, Icon};
use super::keys::on_note_key;
use super::menus::NoteMenu;
use super::view::{colour_key, NoteView};
use crate::i18n::Key;
use crate::model::NoteId;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn NoteCard(
    note: NoteView,
    /// The zone's label in the current language, for the card's accessible name.
    zone_label: Signal<String>,
    /// Whether this card is its zone's roving tab stop.
    tab_stop: Signal<bool>,
    /// Zones on the board: the move menu is only offered when there is somewhere to go.
    zone_count: Signal<usize>,
) -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    let NoteView { id, text, colour } = note;
    let editing = ctx.is_editing(id);
    let dragging = ctx.is_dragging(id);
    let drop_before = ctx.is_drop_before(id);
    let tabindex = Signal::derive(move || if tab_stop.get() { "0" } else { "-1" });
    let empty = text.trim().is_empty();
    let label = {
        let text = text.clone();
        move || {
            let shown = if empty {
                locale.t(Key::NoteEmpty)
            } else {
                text.as_str()
            };
            locale.format(
                Key::NoteLabel,
                &[
                    ("zone", &zone_label.get()),
                    ("colour", locale.t(colour_key(colour))),
                    ("text", shown),
                ],
            )
        }
    };
    let transform = move || {
        dragging.get().then(|| {
            // Whole pixels: formatting floats would pull float printing into the wasm.
            let (x, y) = ctx.drag_offset.get();
            format!("translate({}px, {}px)", x.round() as i32, y.round() as i32)
        })
    };
    // The zone records itself as active on the same event (it bubbles).
    let on_focusin = move |_| {
        if ctx.current.get_untracked() != Some(id) {
            ctx.current.set(Some(id));
        }
    };
    let body = move || {
        if editing.get() {
            Either::Left(view! { <NoteEditor id initial=text.clone()/> })
        } else {
            Either::Right(view! {
                <p class="note__text" class:note__text--empty=empty data-note-text="">
                    {if empty { Either::Left(locale.tr(Key::NoteEmpty)) } else { Either::Right(text.clone()) }}
                </p>
                <NoteActions id colour tabindex zone_count/>
            })
        }
    };
    view! {
        <article
            id=note_dom(id)
            class=format!("note note--{}", colour.as_str())
            class:note--editing=editing
            class:note--dragging=dragging
            class:note--drop-before=drop_before
            tabindex=tabindex
            aria-label=label
            aria-describedby=ctx.help_dom()
            data-note-id=id.to_string()
            data-colour-name=locale.tr(colour_key(colour))
            style:transform=transform
            on:keydown=move |ev| on_note_key(ctx, id, &ev)
            on:focusin=on_focusin
            on:dblclick=move |ev| {
                let on_control = super::dom::as_element(ev.target())
                    .and_then(|el| super::dom::closest(&el, "button, textarea, .note__popover"))
                    .is_some();
                if !on_control && !editing.get_untracked() {
                    ctx.edit(id);
                }
            }
            on:pointerdown=move |ev| drag::down(ctx, id, &ev)
            on:pointermove=move |ev| drag::moved(ctx, id, &ev)
            on:pointerup=move |ev| drag::up(ctx, id, &ev)
            on:pointercancel=move |ev| drag::cancel(ctx, id, &ev)
            on:lostpointercapture=move |ev| drag::cancel(ctx, id, &ev)
        >
            {body}
        </article>
    }
}

/// The row of note actions. Buttons share the card's tabindex, so only the tab-stop card adds tab stops.
#[component]
fn NoteActions(
    id: NoteId,
    colour: crate::model::NoteColour,
    tabindex: Signal<&'static str>,
    zone_count: Signal<usize>,
) -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    view! {
        <div class="note__actions">
            <span class="note__grip" aria-hidden="true">
                <Icon d=icons::GRIP class="icon--grip"/>
            </span>
            <button
                type="button"
                class="note__action"
                tabindex=tabindex
                aria-label=locale.tr(Key::EditNote)
                title=locale.tr(Key::EditNoteShortcut)
                aria-keyshortcuts="Enter"
                on:click=move |_| ctx.edit(id)
            >
                <Icon d=icons::EDIT/>
            </button>
            <NoteMenu id menu=Menu::Colour colour tabindex/>
            <Show when=move || { zone_count.get() > 1 }>
                <NoteMenu id menu=Menu::Move colour tabindex/>
            </Show>
            <button
                type="button"
                class="note__action note__action--danger"
                tabindex=tabindex
                aria-label=locale.tr(Key::DeleteNote)
                title=locale.tr(Key::DeleteNoteShortcut)
                aria-keyshortcuts="Delete"
                on:click=move |_| ctx.delete(id)
            >
                <Icon d=icons::DELETE/>
            </button>
        </div>
    }
}
