//! The method library: finding a method (`library`), reading it (`detail`) and starting it as a board.

mod detail;
mod library;

pub use detail::MethodDetail;
pub use library::MethodLibrary;

use crate::components::boards::add_board;
use crate::i18n::{Key, Lang};
use crate::model::carry::{carry_into, CarriedIn};
use crate::model::{BoardId, Method};
use crate::state::{use_catalogue, Catalogue, CatalogueState, Locale, Store};
use leptos::prelude::*;

/// Adds `method`'s board to the open workshop as one undo step (see [`add_board`]).
///
/// The new board starts from what earlier phases decided (see `model::carry`).
pub fn start_method(
    store: Store,
    locale: Locale,
    catalogue: Catalogue,
    method: &Method,
) -> Result<BoardId, String> {
    let lang = locale.lang();
    let carried = match catalogue.methods() {
        Some(methods) => store.current.with_untracked(|w| {
            w.as_ref()
                .map(|w| carry_into(w, &methods, method, |t| lang.pick(t)))
                .unwrap_or_default()
        }),
        None => CarriedIn::default(),
    };
    add_board(store, locale, &method.board_template(), carried)
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
