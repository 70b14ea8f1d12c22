//! The phases as a numbered path, each with its boards and their state.

use super::{progress, state_key};
use crate::i18n::Key;
use crate::model::journey::{Journey, JourneyBoard, PhaseStatus};
use crate::model::{BoardId, BoardState};
use crate::state::use_locale;
use leptos::prelude::*;

/// The phases as an ordered path; each lists its boards as buttons that select them.
#[component]
pub fn JourneyPath(
    journey: Journey,
    selected: RwSignal<Option<BoardId>>,
    current: Memo<Option<BoardId>>,
) -> impl IntoView {
    let locale = use_locale();
    let (done, total) = (journey.done, journey.total);
    let progress = move || progress(locale, done, total);
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
            let phase = p.phase;
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
                            {move || locale.lang().phase(phase)}
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
