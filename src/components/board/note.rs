//! One note card. Its text is always a text node, never HTML.
//!
//! A board may hold a thousand cards, so an idle card is static markup: its events are handled once for the
//! whole board (`events.rs`), drag feedback and the roving tab stop are set on the DOM directly, and the card is
//! rebuilt when what it shows changes (see `NoteView`). Its buttons are mounted into it only while it is the card
//! focused last or the one under the mouse (`buttons.rs`); the space they take is kept on every card, so nothing
//! jumps when they appear.

use super::ctx::{note_dom, use_board};
use super::earlier::{marker_label, EarlierMarker};
use super::editor::NoteEditor;
use super::groups::SELECTED;
use super::icons::{self, Icon};
use super::view::NoteView;
use crate::i18n::colour_key;
use crate::i18n::Key;
use crate::model::DotMark;
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
        group,
        vote,
        earlier,
        author,
    } = note;
    let empty = text.trim().is_empty();
    let mut label = lang.format(
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
    if let Some(group) = &group {
        label = format!(
            "{label}, {}",
            lang.format(Key::NoteInGroup, &[("name", group)])
        );
    }
    let author = author.map(|name| lang.format(Key::NoteAuthor, &[("name", &name)]));
    if let Some(author) = &author {
        label = format!("{label}, {author}");
    }
    if let Some(dots) = dots_text(lang, vote) {
        label = format!("{label}, {dots}");
    }
    // The vote buttons name their note (shortened), so a list of buttons still says which is which.
    let short: String = if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>().trim_end())
    } else {
        text.clone()
    };
    let body = if editing {
        Either::Left(view! { <NoteEditor id initial=text/> })
    } else {
        let shown = if empty {
            lang.text(Key::NoteEmpty).to_owned()
        } else {
            text
        };
        // A re-created card that should show buttons gets them again (see `buttons.rs`).
        if ctx.focus.current.get_untracked() == Some(id)
            || ctx.focus.hover.get_untracked() == Some(id)
        {
            ctx.buttons_changed.notify();
        }
        Either::Right(view! {
            <p class=if empty { "note__text note__text--empty" } else { "note__text" } data-note-text="">
                {shown}
            </p>
            {author.map(|a| view! { <p class="note__author" aria-hidden="true">{a}</p> }.into_any())}
            <div class="note__actions">
                {(earlier > 0).then(|| view! { <EarlierMarker id count=earlier label=marker_label(lang, earlier)/> }.into_any())}
                <span class="note__grip" aria-hidden="true"></span>
            </div>
        })
    };
    // `Option<AnyView>`, not an `Either`: an `Either`'s state is as large as its largest arm, and a thousand idle
    // cards would each carry room for the vote buttons.
    let marks = match vote {
        DotMark::Off | DotMark::Shown(0) => None,
        DotMark::Shown(n) => Some(view! {
            <p class="note__dots" aria-hidden="true">
                <span class="note__dot-marks">{dot_marks(n)}</span>
                <span class="note__dot-count">{n}</span>
            </p>
        }
        .into_any()),
        DotMark::Placing { mine, full } => Some(view! {
            <div class="note__vote">
                <span class="note__dot-marks" aria-hidden="true">{dot_marks(u32::from(mine))}</span>
                <button
                    type="button"
                    id=format!("vote-remove-{id}")
                    class="note__vote-button"
                    aria-label=lang.format(Key::DotRemove, &[("text", &short)])
                    disabled=mine == 0
                    on:click=move |_| {
                        ctx.remove_dot(id);
                        ctx.focus_vote_button(id);
                    }
                >
                    <Icon d=icons::MINUS/>
                </button>
                <button
                    type="button"
                    id=format!("vote-add-{id}")
                    class="note__vote-button note__vote-button--add"
                    aria-label=lang.format(Key::DotAdd, &[("text", &short)])
                    disabled=full
                    on:click=move |_| {
                        ctx.add_dot(id);
                        ctx.focus_vote_button(id);
                    }
                >
                    <Icon d=icons::PLUS/>
                </button>
            </div>
        }
        .into_any()),
    };
    view! {
        <article
            id=note_dom(id)
            class=format!(
                "note note--{}{}{}{}",
                colour.as_str(),
                if editing { " note--editing" } else { "" },
                if matches!(vote, DotMark::Placing { .. }) { " note--voting" } else { "" },
                if ctx.focus.is_selected(id) { format!(" {SELECTED}") } else { String::new() },
            )
            tabindex=if tab_stop { "0" } else { "-1" }
            aria-label=label
            aria-describedby=ctx.help_dom()
            data-note-id=id.to_string()
            data-colour-name=lang.text(colour_key(colour))
        >
            {body}
            {marks}
        </article>
    }
}

/// "3 Punkte" for the card's accessible name, when it shows dots.
fn dots_text(lang: crate::i18n::Lang, vote: DotMark) -> Option<String> {
    let n = match vote {
        DotMark::Shown(n) if n > 0 => n,
        DotMark::Placing { mine, .. } if mine > 0 => u32::from(mine),
        _ => return None,
    };
    Some(if n == 1 {
        lang.text(Key::DotOne).to_owned()
    } else {
        lang.format(Key::DotsCount, &[("n", &n.to_string())])
    })
}

/// Up to ten dots drawn as "●", more as a count only.
fn dot_marks(n: u32) -> String {
    "●".repeat(usize::try_from(n.min(10)).unwrap_or(10))
}
