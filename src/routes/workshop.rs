use crate::i18n::Key;
use crate::state::use_locale;
use leptos::prelude::*;

/// The workshop page; its board and journey arrive with the data core.
#[component]
pub fn WorkshopPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="page">
            <p>{locale.tr(Key::WorkshopNotFound)}</p>
        </section>
    }
}
