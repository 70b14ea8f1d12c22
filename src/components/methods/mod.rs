//! The method library: finding a method (`library`), reading it (`detail`) and starting it as a board.

mod detail;
mod library;

pub use detail::MethodDetail;
pub use library::MethodLibrary;

use crate::browser::clock::now_ms;
use crate::commands::Command;
use crate::i18n::{Key, Lang};
use crate::model::{Board, BoardId, Method, Timestamp};
use crate::state::{use_catalogue, CatalogueState, Locale, Store};
use leptos::prelude::*;

/// Adds `method`'s board to the open workshop as one undo step; the error is a message for the user.
pub fn start_method(store: Store, locale: Locale, method: &Method) -> Result<BoardId, String> {
    let template = method.board_template();
    let title = locale.lang().pick(&template.title).to_owned();
    let board = Board::from_template(&template, title, Timestamp(now_ms()));
    let id = board.id;
    store
        .dispatch(vec![Command::AddBoard { board }])
        .map(|()| id)
        .map_err(|err| locale.format(Key::CommandFailed, &[("detail", &err.to_string())]))
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
