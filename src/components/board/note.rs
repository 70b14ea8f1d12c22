//! One note card. Its text is always a text node, never HTML.
//!
//! A board may hold a thousand cards, so an idle card is static markup: its events are handled once for the
//! whole board (`events.rs`), drag feedback and the roving tab stop are set on the DOM directly, and the card is
//! rebuilt when what it shows changes (see `NoteView`). Its buttons are mounted into it only while it is the card
//! focused last or the one under the mouse (`buttons.rs`); the space they take is kept on every card, so nothing
//! jumps when they appear.

use super::ctx::{note_dom, use_board};
use super::editor::NoteEditor;
use super::view::{colour_key, NoteView};
use crate::i18n::Key;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn NoteCard(
    note: NoteView,
    /// The zone's label, for the card's accessible name.
    zone_label: String,
    /// Whether this card is its zone's roving tab stop right now (kept up to date by the zone afterwards).
    tab_stop: bool,
) -> impl IntoView {
    let ctx = use_board();
    let NoteView {
        id,
        text,
        colour,
        editing,
        lang,
    } = note;
    let empty = text.trim().is_empty();
    let label = lang.format(
        Key::NoteLabel,
        &[
            ("zone", &zone_label),
            ("colour", lang.text(colour_key(colour))),
            (
                "text",
                if empty {
                    lang.text(Key::NoteEmpty)
                } else {
                    &text
                },
            ),
        ],
    );
    let body = if editing {
        Either::Left(view! { <NoteEditor id initial=text/> })
    } else {
        let shown = if empty {
            lang.text(Key::NoteEmpty).to_owned()
        } else {
            text
        };
        // A re-created card that should show buttons gets them again (see `buttons.rs`).
        if ctx.current.get_untracked() == Some(id) || ctx.hover.get_untracked() == Some(id) {
            ctx.buttons_changed.notify();
        }
        Either::Right(view! {
            <p class=if empty { "note__text note__text--empty" } else { "note__text" } data-note-text="">
                {shown}
            </p>
            <div class="note__actions">
                <span class="note__grip" aria-hidden="true"></span>
            </div>
        })
    };
    view! {
        <article
            id=note_dom(id)
            class=format!(
                "note note--{}{}",
                colour.as_str(),
                if editing { " note--editing" } else { "" },
            )
            tabindex=if tab_stop { "0" } else { "-1" }
            aria-label=label
            aria-describedby=ctx.help_dom()
            data-note-id=id.to_string()
            data-colour-name=lang.text(colour_key(colour))
        >
            {body}
        </article>
    }
}
