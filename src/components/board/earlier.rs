//! Earlier versions of a note (texts a merge replaced): the card's marker opens this dialog, which lists them to
//! take back or discard. One dialog per board; the card itself stays static markup (its marker's click is
//! handled by the board's listener in `events.rs`).

use super::ctx::{use_board, BoardCtx};
use super::dom;
use super::icons::{self, Icon};
use crate::commands::Command;
use crate::components::dialog::Dialog;
use crate::i18n::Key;
use crate::model::NoteId;
use leptos::prelude::*;

/// DOM id of a card's marker button, to give focus back to it.
pub fn marker_dom(id: NoteId) -> String {
    format!("earlier-{id}")
}

/// The marker on a card with earlier versions: static, its click goes through the board's listener. Always a tab
/// stop (unlike the card's other buttons): only cards a merge touched have one, and it should be found.
#[component]
pub fn EarlierMarker(id: NoteId, count: usize, label: String) -> impl IntoView {
    view! {
        <button type="button" id=marker_dom(id) class="note__earlier" aria-label=label data-earlier="">
            <Icon d=icons::HISTORY/>
            <span aria-hidden="true">{count}</span>
        </button>
    }
}

impl BoardCtx {
    pub fn show_earlier(&self, id: NoteId) {
        self.menus.open.set(None);
        self.menus.earlier.set(Some(id));
        self.menus.earlier_open.set(true);
    }

    /// Back to the marker, or to the card when no earlier version is left.
    fn focus_after_earlier(&self, id: NoteId) {
        let ctx = *self;
        request_animation_frame(move || {
            if !dom::focus_id(&marker_dom(id)) {
                ctx.focus_note(id);
            }
        });
    }

    fn earlier_command(&self, cmd: Command, done: Key) {
        self.menus.earlier_open.set(false);
        if self.run(vec![cmd]) {
            self.notices.announce(self.locale.t(done).to_owned());
        }
    }
}

#[component]
pub fn EarlierDialog() -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    let open = ctx.menus.earlier_open;
    // The note's current text and earlier versions, while the dialog is open.
    let shown = move || {
        let id = ctx.menus.earlier.get()?;
        open.get().then_some(())?;
        ctx.store.current.with(|w| {
            let n = w.as_ref()?.live_board(ctx.board)?.live_note(id)?;
            Some((id, n.text.clone(), n.earlier.clone()))
        })
    };
    // The browser gives focus back to the marker on close, unless the card was re-created meanwhile.
    Effect::new(move |was_open: Option<bool>| {
        let now_open = open.get();
        if was_open == Some(true) && !now_open {
            if let Some(id) = ctx.menus.earlier.get_untracked() {
                ctx.focus_after_earlier(id);
            }
        }
        now_open
    });
    let list = move || {
        shown().map(|(note, text, earlier)| {
            let board = ctx.board;
            // Newest first: the text replaced last is the one most likely wanted back.
            let items = earlier
                .into_iter()
                .enumerate()
                .rev()
                .map(|(index, version)| {
                    let text_id = format!("earlier-text-{index}");
                    view! {
                        <li class="earlier__item">
                            <p id=text_id.clone() class="earlier__text">{version}</p>
                            <div class="earlier__actions">
                                <button type="button" class="button" aria-describedby=text_id.clone()
                                    on:click=move |_| ctx.earlier_command(Command::RestoreEarlier { board, note, index }, Key::EarlierRestored)>
                                    {locale.tr(Key::EarlierRestore)}
                                </button>
                                <button type="button" class="button button--quiet-danger" aria-describedby=text_id
                                    on:click=move |_| ctx.earlier_command(Command::DiscardEarlier { board, note, index }, Key::EarlierDiscarded)>
                                    {locale.tr(Key::EarlierDiscard)}
                                </button>
                            </div>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p class="earlier__current">
                    <span class="merge__label">{locale.tr(Key::EarlierCurrent)}</span>" "{text}
                </p>
                <ol class="earlier__list">{items}</ol>
            }
        })
    };
    view! {
        <Dialog open labelled_by="earlier-title">
            <h2 id="earlier-title">{locale.tr(Key::EarlierTitle)}</h2>
            <p>{locale.tr(Key::EarlierIntro)}</p>
            {list}
        </Dialog>
    }
}

/// The marker's accessible name, e.g. "Frühere Fassungen ansehen (2)".
pub fn marker_label(lang: crate::i18n::Lang, count: usize) -> String {
    lang.format(Key::EarlierShow, &[("n", &count.to_string())])
}
