use crate::i18n::{Key, Lang};
use crate::state::use_locale;
use leptos::prelude::*;

/// Two toggle buttons, each labelled in its own language so a user who cannot read the current one finds theirs.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="lang-switch" role="group" aria-label=locale.tr(Key::LanguageLabel)>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <button
                            type="button"
                            class="lang-switch__button"
                            lang=lang.code()
                            aria-pressed=move || (locale.lang() == lang).to_string()
                            on:click=move |_| locale.set(lang)
                        >
                            <span aria-hidden="true">{lang.code().to_uppercase()}</span>
                            <span class="visually-hidden">{lang.native_name()}</span>
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
