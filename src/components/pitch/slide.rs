//! A slide of the pitch: the section's heading and the canvas text, large. The projector window shows it while
//! a rehearsal runs; the rehearsal page shows the same slide as a preview.

use super::use_shown;
use crate::i18n::numbers::stopwatch as clock;
use crate::i18n::pitch;
use crate::i18n::Key;
use crate::state::{use_locale, use_room};
use leptos::prelude::*;

#[component]
pub fn PitchSlide(#[prop(optional)] preview: bool) -> impl IntoView {
    let locale = use_locale();
    let room = use_room();
    let run = Memo::new(move |_| room.room.with(|r| r.rehearsal.clone()));
    let kind = Memo::new(move |_| run.with(|r| r.as_ref().map(|r| r.kind).unwrap_or_default()));
    let shown = use_shown(kind);
    let field = Memo::new(move |_| run.with(|r| r.as_ref().and_then(|r| r.field())));
    let heading = move || match field.get() {
        Some(f) => locale.t(pitch::field(f).0),
        None => locale.t(Key::RehearsalQaSlide),
    };
    let text = move || {
        let f = field.get()?;
        shown.with(|s| {
            s.iter()
                .find(|(x, _, _)| *x == f)
                .map(|(_, t, _)| t.clone())
        })
    };
    let progress = move || {
        run.with(|r| {
            let r = r.as_ref()?;
            Some(if r.in_qa() {
                locale.t(Key::RehearsalAfterPitch).to_string()
            } else {
                locale.format(
                    Key::RehearsalSectionOf,
                    &[
                        ("n", &(r.section + 1).to_string()),
                        ("total", &r.budgets.len().to_string()),
                    ],
                )
            })
        })
    };
    let left = move || {
        let now = crate::model::Timestamp(room.now.get());
        run.with(|r| r.as_ref().map(|r| r.section_left_ms(now)))
    };
    view! {
        <article class="slide" class:slide--preview=preview aria-label=locale.tr(Key::RehearsalSlide)>
            <p class="slide__progress">{progress}</p>
            <h2 class="slide__heading">{heading}</h2>
            <p class="slide__text">{text}</p>
            <p class="slide__clock" class:slide__clock--over=move || left().is_some_and(|l| l < 0)>
                {move || left().map(clock)}
            </p>
        </article>
    }
}
