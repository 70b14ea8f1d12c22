//! Values replaced whole: the dot vote of a board, the agenda of the day, the pitch, and the workshop after a merge. One command replaces the value, so
//! its inverse is simply the previous one.

use super::{live_board_mut, Command, CommandError};
use crate::model::agenda::Agenda;
use crate::model::pitch::Pitch;
use crate::model::validate::{validate_agenda, validate_pitch, validate_voting, validate_workshop};
use crate::model::{BoardId, Timestamp, Voting, Workshop};

/// Dots must sit on notes of this board and voters must be members of the workshop. Tombstones count, so undo
/// can always restore an earlier vote, even on a note deleted since (such dots do not count in the ranking).
pub(super) fn set(
    ws: &mut Workshop,
    board: BoardId,
    voting: Option<&Voting>,
    now: Timestamp,
) -> Result<Command, CommandError> {
    if let Some(v) = voting {
        validate_voting(v)?;
        if let Some(unknown) = v.voters.iter().find(|m| ws.member(m.member).is_none()) {
            return Err(CommandError::UnknownMember(unknown.member));
        }
    }
    let b = live_board_mut(ws, board)?;
    if let Some(v) = voting {
        let dots = v.voters.iter().flat_map(|voter| &voter.dots);
        if let Some(unknown) = dots.clone().find(|d| b.note(**d).is_none()) {
            return Err(CommandError::UnknownNote(*unknown));
        }
    }
    let next = voting.map(|v| Voting {
        updated: now,
        ..v.clone()
    });
    Ok(Command::SetVoting {
        board,
        voting: std::mem::replace(&mut b.voting, next),
    })
}

pub(super) fn set_agenda(
    ws: &mut Workshop,
    agenda: Option<&Agenda>,
    now: Timestamp,
) -> Result<Command, CommandError> {
    if let Some(a) = agenda {
        validate_agenda(a)?;
    }
    let next = agenda.map(|a| Agenda {
        updated: now,
        ..a.clone()
    });
    Ok(Command::SetAgenda {
        agenda: std::mem::replace(&mut ws.agenda, next),
    })
}

pub(super) fn set_pitch(
    ws: &mut Workshop,
    pitch: &Pitch,
    now: Timestamp,
) -> Result<Command, CommandError> {
    validate_pitch(pitch)?;
    let next = pitch.stamped(&ws.pitch, now);
    Ok(Command::SetPitch {
        pitch: Box::new(std::mem::replace(&mut ws.pitch, next)),
    })
}

/// Another version of the same workshop (same id), valid as a whole.
pub(super) fn replace(ws: &mut Workshop, next: &Workshop) -> Result<Command, CommandError> {
    if next.id != ws.id {
        return Err(CommandError::OtherWorkshop);
    }
    validate_workshop(next)?;
    Ok(Command::ReplaceWorkshop {
        workshop: Box::new(std::mem::replace(ws, next.clone())),
    })
}
