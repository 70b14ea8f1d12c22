//! Note commands.

use super::error::check_limit;
use super::{live_board_mut, live_note_mut, Command, CommandError};
use crate::model::{Board, BoardId, LimitKind, Note, NoteColour, NoteId, Timestamp, Workshop};

fn check_text(text: &str) -> Result<(), CommandError> {
    check_limit(LimitKind::NoteText, text.chars().count())
}

fn check_place(board: &Board, zone: &str, order: f64) -> Result<(), CommandError> {
    if board.zone(zone).is_none() {
        return Err(CommandError::UnknownZone(zone.to_owned()));
    }
    if !order.is_finite() {
        return Err(CommandError::InvalidOrder);
    }
    Ok(())
}

pub(super) fn add(
    ws: &mut Workshop,
    board: BoardId,
    note: &Note,
    now: Timestamp,
) -> Result<Command, CommandError> {
    // Deleted members may still be named as authors (their tombstone keeps the name).
    if let Some(author) = note.author {
        ws.member(author)
            .ok_or(CommandError::UnknownMember(author))?;
    }
    let b = live_board_mut(ws, board)?;
    if b.note(note.id).is_some() {
        return Err(CommandError::DuplicateId);
    }
    check_text(&note.text)?;
    super::earlier::check(note)?;
    check_place(b, &note.zone, note.order)?;
    if let Some(cluster) = note.cluster {
        b.live_cluster(cluster)
            .ok_or(CommandError::UnknownCluster(cluster))?;
    }
    check_limit(LimitKind::NotesPerBoard, b.live_note_count() + 1)?;
    b.notes.push(Note {
        created: now,
        updated: now,
        deleted: false,
        ..note.clone()
    });
    Ok(Command::DeleteNote {
        board,
        note: note.id,
    })
}

pub(super) fn edit(
    ws: &mut Workshop,
    board: BoardId,
    note: NoteId,
    text: &str,
    now: Timestamp,
) -> Result<Command, CommandError> {
    check_text(text)?;
    let n = live_note_mut(live_board_mut(ws, board)?, note)?;
    n.updated = now;
    Ok(Command::EditNote {
        board,
        note,
        text: std::mem::replace(&mut n.text, text.to_owned()),
    })
}

pub(super) fn move_to(
    ws: &mut Workshop,
    board: BoardId,
    note: NoteId,
    zone: &str,
    order: f64,
    now: Timestamp,
) -> Result<Command, CommandError> {
    let b = live_board_mut(ws, board)?;
    check_place(b, zone, order)?;
    let n = live_note_mut(b, note)?;
    n.updated = now;
    Ok(Command::MoveNote {
        board,
        note,
        zone: std::mem::replace(&mut n.zone, zone.to_owned()),
        order: std::mem::replace(&mut n.order, order),
    })
}

pub(super) fn recolour(
    ws: &mut Workshop,
    board: BoardId,
    note: NoteId,
    colour: NoteColour,
    now: Timestamp,
) -> Result<Command, CommandError> {
    let n = live_note_mut(live_board_mut(ws, board)?, note)?;
    n.updated = now;
    Ok(Command::RecolourNote {
        board,
        note,
        colour: std::mem::replace(&mut n.colour, colour),
    })
}

pub(super) fn delete(
    ws: &mut Workshop,
    board: BoardId,
    note: NoteId,
    now: Timestamp,
) -> Result<Command, CommandError> {
    let n = live_note_mut(live_board_mut(ws, board)?, note)?;
    n.deleted = true;
    n.updated = now;
    Ok(Command::RestoreNote { board, note })
}

/// A cluster deleted meanwhile is left referenced: notes in deleted clusters show as ungrouped.
pub(super) fn restore(
    ws: &mut Workshop,
    board: BoardId,
    note: NoteId,
    now: Timestamp,
) -> Result<Command, CommandError> {
    let b = live_board_mut(ws, board)?;
    let live = b.live_note_count();
    let n = b.note_mut(note).ok_or(CommandError::UnknownNote(note))?;
    if !n.deleted {
        return Err(CommandError::NotDeleted);
    }
    check_limit(LimitKind::NotesPerBoard, live + 1)?;
    n.deleted = false;
    n.updated = now;
    Ok(Command::DeleteNote { board, note })
}
