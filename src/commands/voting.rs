//! The dot vote of a board. One command replaces the vote whole, so its inverse is simply the previous one.

use super::{live_board_mut, Command, CommandError};
use crate::model::validate::validate_voting;
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
