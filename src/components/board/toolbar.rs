//! The slim bar above the board (undo, redo, keyboard help) and the message area below it.

use super::ctx::{use_board, Notice};
use super::icons::{self, Icon};
use crate::i18n::Key;
use leptos::either::EitherOf3;
use leptos::prelude::*;

#[component]
pub fn Toolbar() -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    let lead = crate::state::use_live().lead;
    let can = ctx.store.undo_redo;
    let set_list = move |on: bool| {
        ctx.list.set(on);
        crate::browser::prefs::set_list_view(on);
    };
    view! {
        <div class="board__bar">
            <div class="board__tools" role="group" aria-label=locale.tr(Key::BoardTools)>
                <button
                    type="button"
                    class="button button--quiet board__tool"
                    title=locale.tr(Key::UndoShortcut)
                    aria-keyshortcuts="Control+Z Meta+Z"
                    disabled=move || !can.get().0
                    on:click=move |_| ctx.undo()
                >
                    <Icon d=icons::UNDO/>
                    <span>{locale.tr(Key::Undo)}</span>
                </button>
                <button
                    type="button"
                    class="button button--quiet board__tool"
                    title=locale.tr(Key::RedoShortcut)
                    aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
                    disabled=move || !can.get().1
                    on:click=move |_| ctx.redo()
                >
                    <Icon d=icons::REDO/>
                    <span>{locale.tr(Key::Redo)}</span>
                </button>
            </div>
            <p id=ctx.help_dom() class="board__help">{locale.tr(Key::BoardKeyboardHelp)}</p>
            <button
                type="button"
                id=ctx.vote_dom("open")
                class="button button--quiet board__tool"
                aria-expanded=move || ctx.vote.setup.get().to_string()
                // A participant of a live room votes when the facilitator starts a vote; it never starts one.
                hidden=move || ctx.voting().is_some() || !lead.get()
                on:click=move |_| ctx.vote.setup.update(|open| *open = !*open)
            >
                <Icon d=icons::DOT/>
                <span>{locale.tr(Key::VoteTitle)}</span>
            </button>
            <div class="board__views" role="group" aria-label=locale.tr(Key::BoardView)>
                <button
                    type="button"
                    class="button button--quiet board__tool"
                    aria-pressed=move || (!ctx.list.get()).to_string()
                    on:click=move |_| set_list(false)
                >
                    {locale.tr(Key::ViewBoard)}
                </button>
                <button
                    type="button"
                    class="button button--quiet board__tool"
                    aria-pressed=move || ctx.list.get().to_string()
                    on:click=move |_| set_list(true)
                >
                    {locale.tr(Key::ViewList)}
                </button>
            </div>
        </div>
    }
}

/// Shown while notes are selected: group them, take them out of their groups, or clear the selection.
#[component]
pub fn SelectionBar() -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    let count = move || {
        let n = ctx.focus.selected.with(Vec::len);
        locale.format(Key::SelectionCount, &[("n", &n.to_string())])
    };
    view! {
        <Show when=move || ctx.focus.selected.with(|s| !s.is_empty())>
            <div class="board__selection" role="group" aria-label=locale.tr(Key::Selection)>
                <span class="board__selection-count">{count}</span>
                <button type="button" class="button button--primary" on:click=move |_| ctx.group_selected()>
                    {locale.tr(Key::GroupNotes)}
                </button>
                <Show when=move || ctx.selection_grouped()>
                    <button type="button" class="button" on:click=move |_| ctx.ungroup_selected()>
                        {locale.tr(Key::UngroupNotes)}
                    </button>
                </Show>
                <button
                    type="button"
                    class="button button--quiet"
                    on:click=move |_| {
                        ctx.clear_selection();
                        ctx.refocus_current();
                    }
                >
                    {locale.tr(Key::ClearSelection)}
                </button>
            </div>
        </Show>
    }
}

/// Two live regions that always exist (so screen readers notice changes): a polite one for what happened, with
/// the undo button after a delete, and an assertive one for refusals.
#[component]
pub fn Messages() -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    let notice = move || {
        ctx.notices.shown.get().map(|n| match n {
            Notice::Info(text) => EitherOf3::A(view! { <p class="board__toast">{text}</p> }),
            Notice::Deleted { note, at } => EitherOf3::B(view! {
                <p class="board__toast">
                    <span>{locale.tr(Key::NoteDeleted)}</span>
                    <button type="button" class="button board__toast-action" on:click=move |_| ctx.undo_delete(note, at)>
                        {locale.tr(Key::Undo)}
                    </button>
                </p>
            }),
            Notice::Discarded { at } => EitherOf3::C(view! {
                <p class="board__toast">
                    <span>{locale.tr(Key::TextDiscarded)}</span>
                    <button type="button" class="button board__toast-action" on:click=move |_| ctx.undo_discard(at)>
                        {locale.tr(Key::Undo)}
                    </button>
                </p>
            }),
        })
    };
    let error = move || {
        ctx.notices.error.get().map(|text| {
            view! {
                <p class="board__toast board__toast--error">
                    <span>{text}</span>
                    <button
                        type="button"
                        class="button button--quiet board__toast-action"
                        on:click=move |_| ctx.notices.error.set(None)
                    >
                        {locale.tr(Key::Close)}
                    </button>
                </p>
            }
        })
    };
    view! {
        <div class="board__messages">
            <div role="status" aria-live="polite">{notice}</div>
            <div role="alert">{error}</div>
        </div>
    }
}
