//! The guided journey above the board tabs: the six phases as a path with each board's state (`path.rs`), the
//! recommended next step (`next.rs`), and the toggle that marks the selected board done (`done.rs`). The rules
//! live in `model::journey`.

mod done;
mod next;
mod path;

pub use done::BoardDoneToggle;

use crate::browser::prefs;
use crate::i18n::Key;
use crate::model::journey::Journey;
use crate::model::{BoardId, BoardState};
use crate::state::{use_catalogue, use_locale, use_store, CatalogueState, Locale};
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

/// "1 von 3 Boards fertig": the noun follows the total.
fn progress(locale: Locale, done: usize, total: usize) -> String {
    let key = if total == 1 {
        Key::JourneyProgressOne
    } else {
        Key::JourneyProgress
    };
    locale.format(
        key,
        &[("done", &done.to_string()), ("total", &total.to_string())],
    )
}

/// The journey path and the next-step card, or folded to one line: where the team is and the next step. It
/// folds as soon as the workshop has a board (the board then gets the screen, e.g. on a projector at 1280×720)
/// unless this device chose otherwise. Without the catalogue it shows a short status instead; the boards work either
/// way.
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
    let has_boards = Memo::new(move |_| {
        store.current.with(|c| {
            c.as_ref()
                .is_some_and(|ws| ws.live_boards().next().is_some())
        })
    });
    // The device's choice, else folded as soon as there is a board to show.
    let chosen = RwSignal::new(prefs::journey_open());
    let open = Memo::new(move |_| chosen.get().unwrap_or(!has_boards.get()));
    let toggle = move |_| {
        let now = !open.get_untracked();
        chosen.set(Some(now));
        prefs::set_journey_open(now);
    };
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
        <section class="journey" class:journey--folded=move || !open.get() aria-labelledby="journey-title">
            <h2 id="journey-title" class="visually-hidden">{locale.tr(Key::Journey)}</h2>
            <button type="button" class="button button--quiet journey__toggle" aria-expanded=move || open.get().to_string() on:click=toggle>
                <span class="journey__chevron" aria-hidden="true"></span>
                {move || locale.t(if open.get() { Key::JourneyHide } else { Key::JourneyShow })}
            </button>
            {move || match (status(), journey.get(), open.get()) {
                (Some((text, state)), _, _) => view! {
                    <p class="journey__status" role="status" data-state=state>{text}</p>
                }
                .into_any(),
                (None, Some(j), true) => view! {
                    <JourneyPath journey=j.clone() selected=selected current=current/>
                    <NextStepCard journey=j selected=selected compact=false/>
                }
                .into_any(),
                (None, Some(j), false) => {
                    let (done, total, phase) = (j.done, j.total, j.current);
                    view! {
                        <p class="journey__summary">
                            {move || locale.format(Key::JourneyNow, &[("phase", locale.lang().phase(phase))])}
                            " · "{move || progress(locale, done, total)}
                        </p>
                        <NextStepCard journey=j selected=selected compact=true/>
                    }
                    .into_any()
                }
                (None, None, _) => ().into_any(),
            }}
        </section>
    }
}
