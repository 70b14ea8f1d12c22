use crate::i18n::Key;
use crate::state::use_locale;
use crate::state::Page;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="page page--narrow">
            <h1>{locale.tr(Key::NotFoundTitle)}</h1>
            <p>{locale.tr(Key::NotFoundText)}</p>
            <A href=Page::Home.href() attr:class="button button--primary">{locale.tr(Key::BackToStart)}</A>
        </section>
    }
}
