//! The pitch pages (`/w/:id/pitch`, `…/pitch/jury`, `…/pitch/rehearsal`, `…/pitch/handout`); `?pitch=question`
//! or `?pitch=result` picks the pitch.

use crate::components::pitch::{
    Handout, JuryCheckView, PitchCanvas, PitchNav, PitchSection, RehearsalView,
};
use crate::components::undo_keys::listen_undo_keys;
use crate::model::pitch::PitchKind;
use crate::state::{use_catalogue, use_store};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
fn PitchLayout(section: PitchSection) -> impl IntoView {
    listen_undo_keys(|| {});
    let query = use_query_map();
    let (store, catalogue) = (use_store(), use_catalogue());
    let kind = Memo::new(move |_| {
        query
            .with(|q| q.get("pitch").and_then(|k| PitchKind::from_key(&k)))
            .unwrap_or_else(|| store.likely_pitch_kind(&catalogue))
    });
    view! {
        <div class="pitch-page">
            <PitchNav section kind/>
            {match section {
                PitchSection::Canvas => view! { <PitchCanvas kind/> }.into_any(),
                PitchSection::Jury => view! { <JuryCheckView kind/> }.into_any(),
                PitchSection::Rehearsal => view! { <RehearsalView kind/> }.into_any(),
                PitchSection::Handout => view! { <Handout kind/> }.into_any(),
            }}
        </div>
    }
}

#[component]
pub fn PitchPage() -> impl IntoView {
    view! { <PitchLayout section=PitchSection::Canvas/> }
}

#[component]
pub fn JuryPage() -> impl IntoView {
    view! { <PitchLayout section=PitchSection::Jury/> }
}

#[component]
pub fn RehearsalPage() -> impl IntoView {
    view! { <PitchLayout section=PitchSection::Rehearsal/> }
}

#[component]
pub fn HandoutPage() -> impl IntoView {
    view! { <PitchLayout section=PitchSection::Handout/> }
}
