//! Board commands.

use super::error::{check_limit, check_title};
use super::{live_board_mut, Command, CommandError};
use crate::model::validate::validate_board;
use crate::model::{Board, BoardId, LimitKind, Timestamp, Workshop};

pub(super) fn add(
    ws: &mut Workshop,
    board: &Board,
    now: Timestamp,
) -> Result<Command, CommandError> {
    if ws.board(board.id).is_some() {
        return Err(CommandError::DuplicateId);
    }
    check_limit(LimitKind::Boards, ws.live_boards().count() + 1)?;
    validate_board(board)?;
    ws.boards.push(Board {
        created: now,
        updated: now,
        deleted: false,
        ..board.clone()
    });
    Ok(Command::DeleteBoard { board: board.id })
}

pub(super) fn rename(
    ws: &mut Workshop,
    id: BoardId,
    title: &str,
    now: Timestamp,
) -> Result<Command, CommandError> {
    check_title(title, CommandError::EmptyTitle)?;
    let b = live_board_mut(ws, id)?;
    b.updated = now;
    Ok(Command::RenameBoard {
        board: id,
        title: std::mem::replace(&mut b.title, title.to_owned()),
    })
}

pub(super) fn set_done(
    ws: &mut Workshop,
    id: BoardId,
    done: bool,
    now: Timestamp,
) -> Result<Command, CommandError> {
    let b = live_board_mut(ws, id)?;
    b.updated = now;
    Ok(Command::SetBoardDone {
        board: id,
        done: std::mem::replace(&mut b.done, done),
    })
}

pub(super) fn delete(
    ws: &mut Workshop,
    id: BoardId,
    now: Timestamp,
) -> Result<Command, CommandError> {
    let b = live_board_mut(ws, id)?;
    b.deleted = true;
    b.updated = now;
    Ok(Command::RestoreBoard { board: id })
}

pub(super) fn restore(
    ws: &mut Workshop,
    id: BoardId,
    now: Timestamp,
) -> Result<Command, CommandError> {
    let live = ws.live_boards().count();
    let b = ws.board_mut(id).ok_or(CommandError::UnknownBoard(id))?;
    if !b.deleted {
        return Err(CommandError::NotDeleted);
    }
    check_limit(LimitKind::Boards, live + 1)?;
    b.deleted = false;
    b.updated = now;
    Ok(Command::DeleteBoard { board: id })
}
