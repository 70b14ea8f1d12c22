//! The method library: finding a method (`library`), reading it (`detail`) and starting it as a board.

mod detail;
mod library;

pub use detail::MethodDetail;
pub use library::MethodLibrary;

use crate::components::boards::add_board;
use crate::i18n::{Key, Lang};
use crate::model::{BoardId, Method};
use crate::state::{use_catalogue, CatalogueState, Locale, Store};
use leptos::prelude::*;

/// Adds `method`'s board to the open workshop as one undo step (see [`add_board`]).
pub fn start_method(store: Store, locale: Locale, method: &Method) -> Result<BoardId, String> {
    add_board(store, locale, &method.board_template())
}

/// "5 Min." / "5 min".
pub fn minutes(lang: Lang, n: u32) -> String {
    lang.format(Key::MethodMinutes, &[("n", &n.to_string())])
}

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
