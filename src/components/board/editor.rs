//! The inline note editor. Ctrl+Enter, the save button, Escape or leaving the field keeps the text, as on every
//! board tool people know; throwing it away is the explicit "Verwerfen", which undo takes back. Every keystroke
//! is kept durably as a draft, so a reload or a crash loses nothing.

use super::ctx::{editor_dom, use_board};
use super::dom;
use crate::i18n::grouped;
use crate::i18n::Key;
use crate::model::limits::MAX_NOTE_CHARS;
use crate::model::NoteId;
use leptos::ev::{FocusEvent, KeyboardEvent, MouseEvent};
use leptos::html;
use leptos::prelude::*;

/// From this many characters on, the editor shows a counter.
const COUNT_FROM: usize = MAX_NOTE_CHARS - 500;

#[component]
pub fn NoteEditor(id: NoteId, initial: String) -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    // A draft kept from before (a reload, a crash, another tab's save) wins over the stored text.
    let initial = ctx.store.draft_text(id).unwrap_or(initial);
    let text = RwSignal::new(initial.clone());
    let count = Memo::new(move |_| text.with(|t| t.chars().count()));
    let too_long = move || count.get() > MAX_NOTE_CHARS;
    // Saving can be asked for twice (Ctrl+Enter, then the blur of the removed field); only the first counts.
    let done = StoredValue::new(false);
    let field = NodeRef::<html::Textarea>::new();
    let wrap = NodeRef::<html::Div>::new();
    let error_id = format!("{}-error", editor_dom(id));
    let count_id = format!("{}-count", editor_dom(id));

    Effect::new(move |_| {
        let Some(el) = field.get() else { return };
        let _ = el.focus();
        let end = el.value().encode_utf16().count() as u32;
        let _ = el.set_selection_range(end, end);
    });

    // Removing the focused field fires one last blur after this editor's signals are disposed: hence `try_`.
    let finish = move |refocus: bool| {
        if done.try_get_value() != Some(false) {
            return;
        }
        let Some(value) = text.try_get_untracked() else {
            return;
        };
        if value.chars().count() <= MAX_NOTE_CHARS && ctx.commit(id, &value, refocus) {
            done.set_value(true);
        }
    };
    let discard = move || {
        if done.try_get_value() != Some(false) {
            return;
        }
        let Some(value) = text.try_get_untracked() else {
            return;
        };
        if ctx.discard(id, &value) {
            done.set_value(true);
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        match ev.key().as_str() {
            "Escape" => {
                ev.prevent_default();
                finish(true);
            }
            "Enter" if ev.ctrl_key() || ev.meta_key() => {
                ev.prevent_default();
                finish(true);
            }
            _ => {}
        }
        // The card's own keys (Enter, Delete, arrows) must not see typing.
        ev.stop_propagation();
    };
    let on_focusout = move |ev: FocusEvent| {
        let inside = dom::focus_stays_in(&ev, wrap.try_get_untracked().flatten());
        // Focus that leaves with the window keeps the editor open with its text, as it is when they come back:
        // committing would be a change made while the page goes, one its last save may never write.
        if !inside && !crate::browser::screen::window_left() {
            finish(false);
        }
    };
    // Keeps focus in the field on press, so its blur does not save before the button's own click runs.
    let keep_focus = |ev: MouseEvent| ev.prevent_default();

    view! {
        <div class="note-editor" node_ref=wrap on:focusout=on_focusout>
            <label class="visually-hidden" for=editor_dom(id)>{locale.tr(Key::NoteText)}</label>
            <textarea
                node_ref=field
                id=editor_dom(id)
                class="note-editor__input"
                rows="4"
                placeholder=locale.tr(Key::NotePlaceholder)
                aria-invalid=move || too_long().to_string()
                aria-describedby=format!("{error_id} {count_id}")
                prop:value=initial
                on:input:target=move |ev| {
                    let value = ev.target().value();
                    ctx.keep_typing(id, value.clone());
                    text.set(value);
                }
                on:keydown=on_key
            ></textarea>
            <p id=count_id class="note-editor__count">
                {move || {
                    let n = count.get();
                    (n >= COUNT_FROM)
                        .then(|| {
                            let lang = locale.lang();
                            locale
                                .format(
                                    Key::NoteCharCount,
                                    &[("n", &grouped(lang, n)), ("max", &grouped(lang, MAX_NOTE_CHARS))],
                                )
                        })
                }}
            </p>
            <p id=error_id class="note-editor__error" role="alert">
                {move || too_long().then(|| ctx.too_long_text())}
            </p>
            <div class="note-editor__actions">
                <button
                    type="button"
                    class="button button--primary"
                    title=locale.tr(Key::SaveShortcut)
                    aria-keyshortcuts="Control+Enter"
                    disabled=too_long
                    on:mousedown=keep_focus
                    on:click=move |_| finish(true)
                >
                    {locale.tr(Key::Save)}
                </button>
                <button
                    type="button"
                    class="button button--quiet"
                    on:mousedown=keep_focus
                    on:click=move |_| discard()
                >
                    {locale.tr(Key::Discard)}
                </button>
            </div>
        </div>
    }
}
