use crate::components::storage_panel::StoragePanel;
use crate::i18n::Key;
use crate::state::use_locale;
use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    let locale = use_locale();
    let t = move |key| locale.tr(key);
    view! {
        <article class="page page--narrow prose">
            <h1>{t(Key::AboutTitle)}</h1>
            <p class="lead">{t(Key::AboutIntro)}</p>
            <h2>{t(Key::PrivacyTitle)}</h2>
            <ul class="checklist">
                <li>{t(Key::PrivacyLocal)}</li>
                <li>{t(Key::PrivacyNoServer)}</li>
                <li>{t(Key::PrivacyFiles)}</li>
                <li>{t(Key::PrivacyDelete)}</li>
            </ul>
            <StoragePanel/>
            <h2>{t(Key::AboutProgrammeTitle)}</h2>
            <p>{t(Key::AboutProgramme)}</p>
        </article>
    }
}
