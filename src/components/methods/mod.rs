//! The method library: finding a method (`library`) and reading it (`detail`); starting one is
//! `Store::start_method`.

mod detail;
mod library;

pub use detail::MethodDetail;
pub use library::MethodLibrary;

use crate::i18n::{Key, Lang};
use crate::model::Method;
use crate::state::{use_catalogue, CatalogueState};
use leptos::prelude::*;

/// "2–8 Personen".
pub fn people(lang: Lang, method: &Method) -> String {
    lang.format(
        Key::MethodPeople,
        &[
            ("min", &method.group.min.to_string()),
            ("max", &method.group.max.to_string()),
        ],
    )
}

/// While the catalogue loads or after it failed: one status line.
#[component]
pub fn CatalogueStatus() -> impl IntoView {
    let catalogue = use_catalogue();
    let locale = crate::state::use_locale();
    move || {
        match catalogue.state.get() {
        CatalogueState::NotLoaded | CatalogueState::Loading => {
            Some(view! { <p class="catalogue-status" role="status">{locale.t(Key::CatalogueLoading)}</p> }.into_any())
        }
        CatalogueState::Failed(detail) => Some(
            view! {
                <p class="message message--error" role="alert">
                    {locale.format(Key::CatalogueFailed, &[("detail", &detail)])}
                </p>
            }
            .into_any(),
        ),
        CatalogueState::Ready(_) => None,
    }
    }
}
