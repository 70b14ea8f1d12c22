//! The agenda of a workshop (`/w/:id/agenda`).

use super::gate::{use_route_workshop, WorkshopGate};
use crate::browser::href;
use crate::components::agenda::AgendaEditor;
use crate::i18n::Key;
use crate::state::use_locale;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn AgendaPage() -> impl IntoView {
    let locale = use_locale();
    let id = use_route_workshop();
    let back = move || {
        id.get()
            .map(|id| href(&format!("/w/{id}")))
            .unwrap_or_default()
    };
    view! {
        <WorkshopGate id>
            <div class="agenda-page">
                <p class="methods__back"><A href=back>{locale.tr(Key::BackToWorkshop)}</A></p>
                <AgendaEditor/>
            </div>
        </WorkshopGate>
    }
}
