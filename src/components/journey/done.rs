//! Marking the board on screen done, or open again.

use crate::commands::Command;
use crate::i18n::Key;
use crate::model::BoardId;
use crate::state::{use_locale, use_store};
use leptos::prelude::*;

/// „Als fertig markieren“ / „Wieder öffnen“ for the board on screen: one undo step.
#[component]
pub fn BoardDoneToggle(current: Memo<Option<BoardId>>) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let done = Memo::new(move |_| {
        let id = current.get()?;
        store
            .current
            .with(|c| c.as_ref()?.live_board(id).map(|b| b.done))
    });
    let error = RwSignal::new(None::<String>);
    let toggle = move |_| {
        let (Some(board), Some(was)) = (current.get_untracked(), done.get_untracked()) else {
            return;
        };
        // A refused toggle (the board vanished meanwhile) changes nothing and says why.
        let result = store.apply(vec![Command::SetBoardDone { board, done: !was }]);
        error.set(result.err().map(String::from));
    };
    view! {
        <Show when=move || done.get().is_some()>
            <button
                type="button"
                class="button board-done"
                data-done=move || done.get().unwrap_or(false).to_string()
                on:click=toggle
            >
                <span class="board-done__box" aria-hidden="true">
                    {move || if done.get() == Some(true) { "✓" } else { "" }}
                </span>
                {move || locale.t(if done.get() == Some(true) { Key::Reopen } else { Key::MarkDone })}
            </button>
        </Show>
        {move || error.get().map(|m| view! { <p class="message message--error" role="alert">{m}</p> })}
    }
}
