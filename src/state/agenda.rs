//! Running the agenda: making one item current opens its board (started from the library when the workshop
//! has none yet) with the first step's timer running; a break runs a timer of its own length.

use super::{Catalogue, Refused, RoomCtx, Store};
use crate::i18n::{Key, Lang};
use crate::model::agenda::{Activity, AgendaRun};
use crate::model::timer::Timer;
use crate::model::BoardId;
use leptos::prelude::*;

/// Why an agenda item could not be started.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RunError {
    /// The item's method (this id) is not in the catalogue.
    #[error("method {0} is not in the catalogue")]
    MethodMissing(String),
    /// The workshop refused the method's new board.
    #[error(transparent)]
    Refused(#[from] Refused),
}

impl RunError {
    /// The message for the user.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            RunError::MethodMissing(method) => {
                lang.format(Key::AgendaMethodMissing, &[("method", method)])
            }
            RunError::Refused(refused) => refused.0.clone(),
        }
    }
}

/// Makes item `run.item` of the open workshop's agenda current: opens its board and starts its clock. Returns
/// the board to show, if any.
pub fn run_agenda_item(
    store: Store,
    catalogue: Catalogue,
    room: RoomCtx,
    run: AgendaRun,
) -> Result<Option<BoardId>, RunError> {
    let item = store
        .current
        .with_untracked(|c| c.as_ref()?.agenda.as_ref()?.items.get(run.item).cloned());
    let Some(item) = item else {
        return Ok(None);
    };
    room.set_run(Some(run));
    match &item.activity {
        Activity::Break => {
            room.start(Timer::new(i64::from(item.minutes) * 60_000, 1));
            Ok(None)
        }
        Activity::Method { method: id } => {
            let method = catalogue
                .method(id)
                .ok_or_else(|| RunError::MethodMissing(id.clone()))?;
            let existing = store
                .current
                .with_untracked(|c| c.as_ref()?.newest_board_of(id));
            let board = match existing {
                Some(b) => b,
                None => store.start_method(&catalogue, &method)?,
            };
            room.show_board(Some(board));
            room.go_to_step(&method.steps, 0);
            if let Some(step) = method.steps.first() {
                room.start(Timer::for_step(step));
            }
            Ok(Some(board))
        }
    }
}
