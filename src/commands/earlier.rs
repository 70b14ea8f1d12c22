//! Earlier versions of a note: texts a merge replaced (see `model::merge::keep_lost`), taken back or let go.

use super::error::check_limit;
use super::{live_board_mut, live_note_mut, Command, CommandError};
use crate::model::{BoardId, LimitKind, Note, NoteId, Timestamp, Workshop};

/// At most `MAX_EARLIER` versions, each within the note text limit (an added note may bring some).
pub(super) fn check(note: &Note) -> Result<(), CommandError> {
    check_limit(LimitKind::Earlier, note.earlier.len())?;
    note.earlier
        .iter()
        .try_for_each(|t| check_limit(LimitKind::NoteText, t.chars().count()))
}

fn unknown(note: NoteId, index: usize) -> CommandError {
    CommandError::UnknownEarlier { note, index }
}

/// Swaps the text with earlier version `index`, so applying it again swaps back.
pub(super) fn restore(
    ws: &mut Workshop,
    board: BoardId,
    note: NoteId,
    index: usize,
    now: Timestamp,
) -> Result<Command, CommandError> {
    let n = live_note_mut(live_board_mut(ws, board)?, note)?;
    let earlier = n.earlier.get_mut(index).ok_or(unknown(note, index))?;
    std::mem::swap(&mut n.text, earlier);
    n.updated = now;
    Ok(Command::RestoreEarlier { board, note, index })
}

pub(super) fn discard(
    ws: &mut Workshop,
    board: BoardId,
    note: NoteId,
    index: usize,
    now: Timestamp,
) -> Result<Command, CommandError> {
    let n = live_note_mut(live_board_mut(ws, board)?, note)?;
    if index >= n.earlier.len() {
        return Err(unknown(note, index));
    }
    let text = n.earlier.remove(index);
    n.updated = now;
    Ok(Command::InsertEarlier {
        board,
        note,
        index,
        text,
    })
}

pub(super) fn insert(
    ws: &mut Workshop,
    board: BoardId,
    note: NoteId,
    index: usize,
    text: &str,
    now: Timestamp,
) -> Result<Command, CommandError> {
    check_limit(LimitKind::NoteText, text.chars().count())?;
    let n = live_note_mut(live_board_mut(ws, board)?, note)?;
    if index > n.earlier.len() {
        return Err(unknown(note, index));
    }
    check_limit(LimitKind::Earlier, n.earlier.len() + 1)?;
    n.earlier.insert(index, text.to_owned());
    n.updated = now;
    Ok(Command::DiscardEarlier { board, note, index })
}
