//! The pitch handout: one A4 page for the jury or for another firm that wants to copy the idea. The screen shows
//! it as it will print; "Drucken" opens the browser's print dialog (where "Als PDF speichern" makes a file).

use super::use_shown;
use crate::browser::clock::{local_date_time, now_ms};
use crate::i18n::pitch::{self, kind_name};
use crate::i18n::Key;
use crate::model::pitch::PitchKind;
use crate::state::{use_locale, use_store};
use leptos::prelude::*;

#[component]
pub fn Handout(kind: Memo<PitchKind>) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let shown = use_shown(kind);
    let title = move || {
        store
            .current
            .with(|c| c.as_ref().map(|w| w.title.clone()).unwrap_or_default())
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            if let Err(err) = w.print() {
                web_sys::console::warn_2(&"Querwerk: print failed".into(), &err);
            }
        }
    };
    let sections = move || {
        shown
            .get()
            .into_iter()
            .filter(|(_, text, _)| !text.trim().is_empty())
            .map(|(f, text, _)| {
                view! {
                    <section class="handout__section">
                        <h3>{locale.t(pitch::field(f).0)}</h3>
                        <p>{text}</p>
                    </section>
                }
            })
            .collect_view()
    };
    let missing = move || {
        shown.with(|s| {
            s.iter()
                .filter(|(_, t, _)| t.trim().is_empty())
                .map(|(f, _, _)| locale.t(pitch::field(*f).0))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let stand = move || {
        locale.format(
            Key::HandoutFooter,
            &[("date", &local_date_time(now_ms(), locale.lang().code()))],
        )
    };
    view! {
        <div class="handout-actions no-print">
            <button type="button" class="button button--primary" on:click=print>{locale.tr(Key::HandoutPrint)}</button>
            <Show when=move || !missing().is_empty()>
                <p class="handout__missing">{move || locale.format(Key::HandoutMissing, &[("fields", &missing())])}</p>
            </Show>
        </div>
        <article class="handout" aria-labelledby="handout-title">
            <p class="handout__kind">{move || locale.t(kind_name(kind.get()))}</p>
            <h2 id="handout-title" class="handout__title">{title}</h2>
            <div class="handout__body">{sections}</div>
            <p class="handout__footer">{stand}</p>
        </article>
    }
}
