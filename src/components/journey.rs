//! The guided journey above the board tabs: the six phases as a path with each board's state, the recommended
//! next step, and the toggle that marks the selected board done. The rules live in `model::journey`.

use crate::browser::clock::now_ms;
use crate::commands::Command;
use crate::i18n::{Key, Lang};
use crate::model::journey::{Journey, JourneyBoard, Next, PhaseStatus};
use crate::model::{Board, BoardId, BoardState, LocalText, Method, Phase, Timestamp};
use crate::state::{use_catalogue, use_locale, use_store, CatalogueState, Locale};
use leptos::prelude::*;

/// The label of a phase.
pub fn phase_key(phase: Phase) -> Key {
    match phase {
        Phase::Kickoff => Key::PhaseKickoff,
        Phase::Problem => Key::PhaseProblem,
        Phase::Ideas => Key::PhaseIdeas,
        Phase::Prototype => Key::PhasePrototype,
        Phase::Pitch => Key::PhasePitch,
        Phase::Reflection => Key::PhaseReflection,
    }
}

/// A board's state as a word.
pub fn state_key(state: BoardState) -> Key {
    match state {
        BoardState::NotStarted => Key::BoardStateNotStarted,
        BoardState::InProgress => Key::BoardStateInProgress,
        BoardState::Done => Key::BoardStateDone,
    }
}

fn local(text: &LocalText, lang: Lang) -> String {
    match lang {
        Lang::De => text.de.clone(),
        Lang::En => text.en.clone(),
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
    let status = move || match catalogue.state.get() {
        CatalogueState::Failed(_) => Some((Key::JourneyCatalogueFailed, "failed")),
        CatalogueState::Ready(_) => None,
        _ => Some((Key::CatalogueLoading, "loading")),
    };
    view! {
        <section class="journey" aria-labelledby="journey-title">
            <h2 id="journey-title" class="visually-hidden">{locale.tr(Key::Journey)}</h2>
            {move || match (status(), journey.get()) {
                (Some((key, state)), _) => view! {
                    <p class="journey__status" role="status" data-state=state>{locale.t(key)}</p>
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

/// The phases as an ordered path; each lists its boards as buttons that select them.
#[component]
fn JourneyPath(
    journey: Journey,
    selected: RwSignal<Option<BoardId>>,
    current: Memo<Option<BoardId>>,
) -> impl IntoView {
    let locale = use_locale();
    let progress = move || {
        // "1 von 1 Board fertig": the noun follows the total.
        let key = if journey.total == 1 {
            Key::JourneyProgressOne
        } else {
            Key::JourneyProgress
        };
        locale.format(
            key,
            &[
                ("done", &journey.done.to_string()),
                ("total", &journey.total.to_string()),
            ],
        )
    };
    let phases = journey
        .phases
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let is_current = p.phase == journey.current;
            let status = p.status();
            let number = (i + 1).to_string();
            let marker = if status == PhaseStatus::Done {
                "✓".to_owned()
            } else {
                number.clone()
            };
            let status_name = match status {
                PhaseStatus::Empty => "empty",
                PhaseStatus::Open => "open",
                PhaseStatus::Done => "done",
            };
            let boards = p.boards.clone();
            let key = phase_key(p.phase);
            view! {
                <li
                    class="journey__phase"
                    data-status=status_name
                    data-phase=p.phase.key()
                    aria-current=is_current.then_some("step")
                >
                    <span class="journey__head">
                        <span class="journey__marker" aria-hidden="true">{marker}</span>
                        <span class="journey__label">
                            <span class="visually-hidden">
                                {move || locale.format(Key::PhaseNumber, &[("n", &number)])}": "
                            </span>
                            {locale.tr(key)}
                            {(status == PhaseStatus::Done).then(|| view! {
                                <span class="visually-hidden">" – "{locale.tr(Key::PhaseStatusDone)}</span>
                            })}
                            {is_current.then(|| view! {
                                <span class="visually-hidden">" – "{locale.tr(Key::PhaseCurrent)}</span>
                            })}
                        </span>
                    </span>
                    <BoardList boards=boards selected=selected current=current/>
                </li>
            }
        })
        .collect_view();
    let other = journey.other.clone();
    view! {
        <div class="journey__path-wrap">
            <p class="journey__progress">{progress}</p>
            // Focusable because it scrolls sideways on narrow screens (keyboard users scroll it with the arrows).
            <ol class="journey__path" tabindex="0" aria-labelledby="journey-title">{phases}</ol>
            {(!other.is_empty()).then(|| view! {
                <div class="journey__other">
                    <span class="journey__other-label">{locale.tr(Key::OtherBoards)}</span>
                    <BoardList boards=other selected=selected current=current/>
                </div>
            })}
        </div>
    }
}

/// Boards as small buttons with their state as text; an empty list says so.
#[component]
fn BoardList(
    boards: Vec<JourneyBoard>,
    selected: RwSignal<Option<BoardId>>,
    current: Memo<Option<BoardId>>,
) -> impl IntoView {
    let locale = use_locale();
    if boards.is_empty() {
        return view! { <p class="journey__none">{locale.tr(Key::PhaseNoBoards)}</p> }.into_any();
    }
    view! {
        <ul class="journey__boards">
            {boards
                .into_iter()
                .map(|b| {
                    let id = b.id;
                    let state = match b.state {
                        BoardState::NotStarted => "not-started",
                        BoardState::InProgress => "in-progress",
                        BoardState::Done => "done",
                    };
                    view! {
                        <li>
                            <button
                                type="button"
                                class="journey__board"
                                data-state=state
                                aria-current=move || (current.get() == Some(id)).then_some("true")
                                on:click=move |_| selected.set(Some(id))
                            >
                                <span class="journey__board-title">{b.title}</span>
                                <span class="journey__board-state">
                                    {(b.state == BoardState::Done).then_some("✓ ")}
                                    {locale.tr(state_key(b.state))}
                                </span>
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// The recommended method (or board) with its reason and the button that acts on it.
#[component]
fn NextStepCard(journey: Journey, selected: RwSignal<Option<BoardId>>) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let catalogue = use_catalogue();
    let error = RwSignal::new(None::<String>);
    let next = journey.next.clone();
    let method: Option<Method> = next
        .as_ref()
        .and_then(Next::method)
        .and_then(|id| catalogue.method(id));
    let title_of = move |id: BoardId| {
        journey
            .phases
            .iter()
            .flat_map(|p| p.boards.iter())
            .find(|b| b.id == id)
            .map(|b| b.title.clone())
            .unwrap_or_default()
    };
    let reason = {
        let next = next.clone();
        let title_of = title_of.clone();
        move || {
            let lang = locale.lang();
            match &next {
                None => lang.text(Key::NextNothing).to_owned(),
                Some(Next::Start { .. }) => lang.text(Key::NextStart).to_owned(),
                Some(Next::Continue { board, started }) => {
                    let key = if *started {
                        Key::NextContinue
                    } else {
                        Key::NextContinueEmpty
                    };
                    lang.format(key, &[("board", &title_of(*board))])
                }
                Some(Next::FollowUp { after, .. }) => {
                    let name = catalogue
                        .method(after)
                        .map(|m| local(&m.name, lang))
                        .unwrap_or_else(|| after.clone());
                    lang.format(Key::NextFollowUp, &[("after", &name)])
                }
                Some(Next::NextPhase { phase, .. }) => {
                    lang.format(Key::NextPhase, &[("phase", lang.text(phase_key(*phase)))])
                }
            }
        }
    };
    let heading = {
        let method = method.clone();
        let next = next.clone();
        move || match (&method, &next) {
            (Some(m), _) => Some(local(&m.name, locale.lang())),
            (None, Some(Next::Continue { board, .. })) => Some(title_of(*board)),
            _ => None,
        }
    };
    let minutes = method.as_ref().map(Method::total_minutes);
    let action = match (method, next) {
        (Some(m), _) => {
            let start = move |_| start_method(&m, locale, store, selected, error);
            Some(view! {
                <button type="button" class="button button--primary journey__action" on:click=start>
                    {locale.tr(Key::StartMethod)}
                </button>
            }
            .into_any())
        }
        (None, Some(Next::Continue { board, .. })) => Some(view! {
            <button type="button" class="button journey__action" on:click=move |_| selected.set(Some(board))>
                {locale.tr(Key::GoToBoard)}
            </button>
        }
        .into_any()),
        _ => None,
    };
    view! {
        <div class="journey__next" aria-labelledby="journey-next-title">
            <h3 id="journey-next-title" class="journey__next-label">{locale.tr(Key::NextStep)}</h3>
            <p class="journey__next-name">
                <strong>{heading}</strong>
                {minutes.map(|n| view! {
                    <span class="journey__next-time">
                        " · "{move || locale.format(Key::AboutMinutes, &[("n", &n.to_string())])}
                    </span>
                })}
            </p>
            <p class="journey__next-reason">{reason}</p>
            {action}
            <p class="field__error" role="alert">{move || error.get()}</p>
        </div>
    }
}

/// Adds a board for `method` (titled in the current language) as one undo step and selects it.
fn start_method(
    method: &Method,
    locale: Locale,
    store: crate::state::Store,
    selected: RwSignal<Option<BoardId>>,
    error: RwSignal<Option<String>>,
) {
    let template = method.board_template();
    let title = local(&template.title, locale.lang());
    let board = Board::from_template(&template, title, Timestamp(now_ms()));
    let id = board.id;
    match store.dispatch(vec![Command::AddBoard { board }]) {
        Ok(()) => {
            error.set(None);
            selected.set(Some(id));
        }
        Err(err) => error.set(Some(
            locale.format(Key::CommandFailed, &[("detail", &err.to_string())]),
        )),
    }
}

/// „Als fertig markieren“ / „Wieder öffnen“ for the board on screen: one undo step.
#[component]
pub fn BoardDoneToggle(current: Memo<Option<BoardId>>) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let done = Memo::new(move |_| {
        let id = current.get()?;
        store
            .current
            .with(|c| c.as_ref()?.live_board(id).map(|b| b.done))
    });
    let toggle = move |_| {
        let (Some(board), Some(was)) = (current.get_untracked(), done.get_untracked()) else {
            return;
        };
        // A refused toggle (the board vanished meanwhile) changes nothing; the button then disappears.
        let _ = store.dispatch(vec![Command::SetBoardDone { board, done: !was }]);
    };
    view! {
        <Show when=move || done.get().is_some()>
            <button
                type="button"
                class="button board-done"
                data-done=move || done.get().unwrap_or(false).to_string()
                on:click=toggle
            >
                <span class="board-done__box" aria-hidden="true">
                    {move || if done.get() == Some(true) { "✓" } else { "" }}
                </span>
                {move || locale.t(if done.get() == Some(true) { Key::Reopen } else { Key::MarkDone })}
            </button>
        </Show>
    }
}
