use crate::components::icons::{FileIcon, Logo, PlusIcon};
use crate::i18n::Key;
use crate::state::use_locale;
use leptos::prelude::*;

/// The start page: the workshops on this device, or an empty state that explains Querwerk.
#[component]
pub fn Home() -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="page empty-state" aria-labelledby="home-title">
            <Logo/>
            <h1 id="home-title">{locale.tr(Key::HomeEmptyTitle)}</h1>
            <p class="lead">{locale.tr(Key::HomeEmptyIntro)}</p>
            <div class="actions">
                <button type="button" class="button button--primary">
                    <PlusIcon/>
                    {locale.tr(Key::NewWorkshop)}
                </button>
                <button type="button" class="button">
                    <FileIcon/>
                    {locale.tr(Key::OpenWorkshopFile)}
                </button>
            </div>
        </section>
    }
}
