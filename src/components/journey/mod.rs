//! The guided journey above the board tabs: the six phases as a path with each board's state (`path.rs`), the
//! recommended next step (`next.rs`), and the toggle that marks the selected board done (`done.rs`). The rules
//! live in `model::journey`.

mod done;
mod next;
mod path;

pub use done::BoardDoneToggle;

use crate::i18n::Key;
use crate::model::journey::Journey;
use crate::model::{BoardId, BoardState};
use crate::state::{use_catalogue, use_locale, use_store, CatalogueState};
use leptos::prelude::*;
use next::NextStepCard;
use path::JourneyPath;

/// A board's state as a word.
pub fn state_key(state: BoardState) -> Key {
    match state {
        BoardState::NotStarted => Key::BoardStateNotStarted,
        BoardState::InProgress => Key::BoardStateInProgress,
        BoardState::Done => Key::BoardStateDone,
    }
}

/// The journey path and the next-step card. Without the catalogue it shows a short status instead (same height
/// while loading, so the board does not jump); the boards work either way.
#[component]
pub fn JourneyPanel(
    selected: RwSignal<Option<BoardId>>,
    current: Memo<Option<BoardId>>,
) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let catalogue = use_catalogue();
    let journey = Memo::new(move |_| {
        let methods = catalogue.methods()?;
        store
            .current
            .with(|c| c.as_ref().map(|ws| Journey::of(ws.live_boards(), &methods)))
    });
    // The same words as the method library uses for the same failure.
    let status = move || match catalogue.state.get() {
        CatalogueState::Failed(detail) => Some((
            locale.format(Key::CatalogueFailed, &[("detail", &detail)]),
            "failed",
        )),
        CatalogueState::Ready(_) => None,
        _ => Some((locale.t(Key::CatalogueLoading).to_owned(), "loading")),
    };
    view! {
        <section class="journey" aria-labelledby="journey-title">
            <h2 id="journey-title" class="visually-hidden">{locale.tr(Key::Journey)}</h2>
            {move || match (status(), journey.get()) {
                (Some((text, state)), _) => view! {
                    <p class="journey__status" role="status" data-state=state>{text}</p>
                }
                .into_any(),
                (None, Some(j)) => view! {
                    <JourneyPath journey=j.clone() selected=selected current=current/>
                    <NextStepCard journey=j selected=selected/>
                }
                .into_any(),
                (None, None) => ().into_any(),
            }}
        </section>
    }
}
