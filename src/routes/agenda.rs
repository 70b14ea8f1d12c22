//! The agenda of a workshop (`/w/:id/agenda`).

use super::gate::use_route_id;
use crate::components::agenda::AgendaEditor;
use crate::i18n::Key;
use crate::state::{use_locale, Page};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn AgendaPage() -> impl IntoView {
    let locale = use_locale();
    let id = use_route_id();
    let back = move || {
        id.get()
            .map(|id| Page::Workshop(id).href())
            .unwrap_or_default()
    };
    view! {
        <div class="agenda-page">
            <p class="methods__back"><A href=back>{locale.tr(Key::BackToWorkshop)}</A></p>
            <AgendaEditor/>
        </div>
    }
}
