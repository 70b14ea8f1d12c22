//! The pitch canvas: every field of the chosen pitch, filled from the journey until the team writes its own
//! words, with where each suggestion came from. Clearing a field, or writing exactly the suggestion, brings the
//! live suggestion back (it then follows the boards again).

use super::{use_pitch_edit, use_shown, PitchEdit};
use crate::i18n::pitch;
use crate::i18n::Key;
use crate::model::pitch::{suggest, Origin, PitchField, PitchKind, Source};
use crate::state::Page;
use crate::state::{use_catalogue, use_locale, use_store};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn PitchCanvas(kind: Memo<PitchKind>) -> impl IntoView {
    let locale = use_locale();
    let edit = use_pitch_edit();
    let shown = use_shown(kind);
    let fields = move || kind.get().fields().to_vec();
    view! {
        <div class="pitch-canvas">
            {move || edit.error.get().map(|e| view! { <p class="message message--error" role="alert">{e}</p> })}
            <For each=fields key=|f| *f let:f>
                <PitchFieldCard field=f shown edit/>
            </For>
        </div>
        <p class="pitch-canvas__note">{locale.tr(Key::PitchCanvasNote)}</p>
    }
}

#[component]
fn PitchFieldCard(
    field: PitchField,
    shown: Memo<Vec<(PitchField, String, Origin)>>,
    edit: PitchEdit,
) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let catalogue = use_catalogue();
    let (label, hint) = pitch::field(field);
    let entry = Memo::new(move |_| {
        shown.with(|s| {
            s.iter()
                .find(|(f, _, _)| *f == field)
                .map(|(_, t, o)| (t.clone(), o.clone()))
                .unwrap_or((String::new(), Origin::Empty))
        })
    });
    let suggestion = move || {
        let methods = catalogue.methods().unwrap_or_default();
        let lang = locale.lang();
        store.current.with_untracked(|c| {
            c.as_ref()
                .and_then(|ws| suggest(ws, &methods, field, |t| lang.pick(t)))
        })
    };
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let same_as_suggestion = suggestion().is_some_and(|s| s.text == value.trim());
        let own = (!value.trim().is_empty() && !same_as_suggestion).then_some(value);
        edit.change(|p| *p = p.with_text(field, own));
    };
    let restore = move |_| edit.change(|p| *p = p.with_text(field, None));
    let can_restore =
        move || matches!(entry.with(|e| e.1.clone()), Origin::Own) && suggestion().is_some();
    let id = format!("pitch-field-{field:?}").to_lowercase();
    let hint_id = format!("{id}-hint");
    view! {
        <section class="pitch-field" class:pitch-field--empty=move || entry.with(|e| e.1 == Origin::Empty)>
            <label class="pitch-field__label" for=id.clone()>{locale.tr(label)}</label>
            <p class="pitch-field__hint" id=hint_id.clone()>{locale.tr(hint)}</p>
            <textarea id=id class="pitch-field__text" rows="4" aria-describedby=hint_id
                prop:value=move || entry.with(|e| e.0.clone()) on:change=on_change></textarea>
            <p class="pitch-field__source">
                {move || source_line(entry.with(|e| e.1.clone()), store, locale)}
                <Show when=can_restore>
                    " "
                    <button type="button" class="button button--quiet button--small" on:click=restore>
                        {locale.tr(Key::PitchUseSuggestion)}
                    </button>
                </Show>
            </p>
        </section>
    }
}

/// "Aus dem Board „Wie könnten wir …“" with a link while the board exists.
fn source_line(
    origin: Origin,
    store: crate::state::Store,
    locale: crate::state::Locale,
) -> AnyView {
    match origin {
        Origin::Own => view! { <span>{locale.t(Key::PitchSourceOwn)}</span> }.into_any(),
        Origin::Empty => view! { <span>{locale.t(Key::PitchSourceNone)}</span> }.into_any(),
        Origin::Suggested(Source::Question) => {
            view! { <span>{locale.t(Key::PitchSourceQuestion)}</span> }.into_any()
        }
        Origin::Suggested(Source::Members) => {
            view! { <span>{locale.t(Key::PitchSourceMembers)}</span> }.into_any()
        }
        Origin::Suggested(Source::Board { id, title }) => {
            let ws = store.current.with_untracked(|c| {
                c.as_ref()
                    .filter(|w| w.live_board(id).is_some())
                    .map(|w| w.id)
            });
            let text = locale.format(Key::PitchSourceBoard, &[("board", &title)]);
            match ws {
                Some(ws) => view! { <A href=Page::Board(ws, id).href()>{text}</A> }.into_any(),
                None => view! { <span>{text}</span> }.into_any(),
            }
        }
    }
}
