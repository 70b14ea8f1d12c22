//! The guided journey: where a workshop stands on the path from challenge question to pitch, and what to do next.
//!
//! Pure: it reads the live boards and the method catalogue and returns plain data the UI renders and translates.
//!
//! **Placing boards.** A board belongs to the phase of its method. Boards whose method is not in the catalogue
//! (`free`, or an id from a newer Querwerk) are listed apart as *other boards*; they count towards progress but
//! not towards phases or the recommendation.
//!
//! **Progress.** `done` of `total` live boards (other boards included) are marked done.
//!
//! **Current phase.** The first phase that has boards not done; otherwise the phase after the last one with done
//! boards (the last phase stays current once reached); with no method boards, the first phase.
//!
//! **Recommendation**, the first rule that applies:
//! 1. [`Next::Start`]: no method boards yet → the first method of the first phase (catalogue order).
//! 2. [`Next::Continue`]: a method board is not done → the one with the newest activity, boards with notes
//!    before empty ones (ties: the later board in the workshop).
//! 3. [`Next::FollowUp`]: the done board with the newest activity names follow-ups (`Method::next`) → the first
//!    one in the catalogue that is not yet on a live board.
//! 4. [`Next::NextPhase`]: the first phase from the current one on without boards → its first method.
//! 5. Otherwise nothing (`None`): every phase from the current one on has boards and all are done.
//!
//! A board's *activity* is the newest `updated` of the board and its notes, because a note edit does not stamp
//! its board (see `crate::commands`).

use super::{Board, BoardId, BoardState, Method, Phase, Timestamp};

/// One board as the journey shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JourneyBoard {
    pub id: BoardId,
    pub title: String,
    pub method: String,
    pub state: BoardState,
}

/// How far a phase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PhaseStatus {
    /// No boards of this phase yet.
    Empty,
    /// At least one board is not done.
    Open,
    /// Has boards, all done.
    Done,
}

/// A phase with its boards, in workshop order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JourneyPhase {
    pub phase: Phase,
    pub boards: Vec<JourneyBoard>,
}

impl JourneyPhase {
    pub fn status(&self) -> PhaseStatus {
        if self.boards.is_empty() {
            PhaseStatus::Empty
        } else if self.boards.iter().all(|b| b.state == BoardState::Done) {
            PhaseStatus::Done
        } else {
            PhaseStatus::Open
        }
    }
}

/// What the team should do next, and why. The UI turns the variant into a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Next {
    /// No method boards yet: begin with `method`, the first method of the first phase.
    Start { method: String },
    /// `board` is not done: work on it (`started`: it already has notes).
    Continue { board: BoardId, started: bool },
    /// The board of method `after` is done and names `method` as what usually follows.
    FollowUp { method: String, after: String },
    /// `phase` has no boards yet: begin it with `method`, its first method.
    NextPhase { phase: Phase, method: String },
}

impl Next {
    /// The method to start, if the recommendation is to start one.
    pub fn method(&self) -> Option<&str> {
        match self {
            Next::Start { method }
            | Next::FollowUp { method, .. }
            | Next::NextPhase { method, .. } => Some(method),
            Next::Continue { .. } => None,
        }
    }
}

/// Where a workshop stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Journey {
    /// Every phase in `Phase::ALL` order, with or without boards.
    pub phases: Vec<JourneyPhase>,
    /// Boards whose method is not in the catalogue, in workshop order.
    pub other: Vec<JourneyBoard>,
    /// Live boards marked done, other boards included.
    pub done: usize,
    /// Live boards, other boards included.
    pub total: usize,
    pub current: Phase,
    /// `None` when there is nothing left to recommend (see the module rules).
    pub next: Option<Next>,
}

impl Journey {
    /// Computes the journey of `boards` (deleted ones are skipped) against the catalogue `methods`.
    pub fn of<'a>(boards: impl IntoIterator<Item = &'a Board>, methods: &[Method]) -> Journey {
        let boards: Vec<&Board> = boards.into_iter().filter(|b| !b.deleted).collect();
        let phase_of = |b: &Board| methods.iter().find(|m| m.id == b.method).map(|m| m.phase);
        let mut phases: Vec<JourneyPhase> = Phase::ALL
            .iter()
            .map(|&phase| JourneyPhase {
                phase,
                boards: Vec::new(),
            })
            .collect();
        let mut other = Vec::new();
        for b in &boards {
            let entry = JourneyBoard {
                id: b.id,
                title: b.title.clone(),
                method: b.method.clone(),
                state: b.state(),
            };
            match phase_of(b).and_then(|p| phases.iter_mut().find(|jp| jp.phase == p)) {
                Some(jp) => jp.boards.push(entry),
                None => other.push(entry),
            }
        }
        let current = current_phase(&phases);
        let method_boards: Vec<&Board> = boards
            .iter()
            .copied()
            .filter(|b| phase_of(b).is_some())
            .collect();
        let next = recommend(&method_boards, &boards, &phases, current, methods);
        Journey {
            done: boards.iter().filter(|b| b.done).count(),
            total: boards.len(),
            phases,
            other,
            current,
            next,
        }
    }

    /// The phase entry of `phase`.
    pub fn phase(&self, phase: Phase) -> Option<&JourneyPhase> {
        self.phases.iter().find(|p| p.phase == phase)
    }

    /// The live board `id` as the journey shows it, in a phase or among the other boards.
    pub fn board(&self, id: BoardId) -> Option<&JourneyBoard> {
        self.phases
            .iter()
            .flat_map(|p| &p.boards)
            .chain(&self.other)
            .find(|b| b.id == id)
    }
}

/// The newest `updated` of the board and its notes (a note edit does not stamp its board).
pub fn last_activity(board: &Board) -> Timestamp {
    board
        .notes
        .iter()
        .map(|n| n.updated)
        .fold(board.updated, Timestamp::max)
}

fn current_phase(phases: &[JourneyPhase]) -> Phase {
    if let Some(open) = phases.iter().find(|p| p.status() == PhaseStatus::Open) {
        return open.phase;
    }
    match phases
        .iter()
        .rev()
        .find(|p| p.status() == PhaseStatus::Done)
    {
        Some(last) => last.phase.next().unwrap_or(last.phase),
        None => Phase::ALL[0],
    }
}

fn recommend(
    method_boards: &[&Board],
    live: &[&Board],
    phases: &[JourneyPhase],
    current: Phase,
    methods: &[Method],
) -> Option<Next> {
    let first_of = |phase: Phase| methods.iter().find(|m| m.phase == phase);
    // Rule 1.
    if method_boards.is_empty() {
        return first_of(Phase::ALL[0]).map(|m| Next::Start {
            method: m.id.clone(),
        });
    }
    // Rule 2. `max_by_key` keeps the last of equal keys, so ties go to the later board.
    let open = method_boards
        .iter()
        .filter(|b| !b.done)
        .max_by_key(|b| (b.state() == BoardState::InProgress, last_activity(b)));
    if let Some(b) = open {
        return Some(Next::Continue {
            board: b.id,
            started: b.state() == BoardState::InProgress,
        });
    }
    // Rule 3.
    let on_board = |id: &str| live.iter().any(|b| b.method == id);
    let latest_done = method_boards
        .iter()
        .filter(|b| b.done)
        .max_by_key(|b| last_activity(b));
    if let Some(done) = latest_done {
        let follow_up = methods
            .iter()
            .find(|m| m.id == done.method)
            .into_iter()
            .flat_map(|m| m.next.iter())
            .find(|id| methods.iter().any(|m| &m.id == *id) && !on_board(id));
        if let Some(method) = follow_up {
            return Some(Next::FollowUp {
                method: method.clone(),
                after: done.method.clone(),
            });
        }
    }
    // Rule 4.
    phases
        .iter()
        .filter(|p| p.phase >= current && p.boards.is_empty())
        .find_map(|p| {
            first_of(p.phase).map(|m| Next::NextPhase {
                phase: p.phase,
                method: m.id.clone(),
            })
        })
}
