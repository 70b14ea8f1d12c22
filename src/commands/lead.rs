//! What a participant's device may do in a live room: write, move their own notes, and take their own turn in a
//! dot vote. Starting, changing or revealing a vote, removing or carrying off other people's notes, removing a
//! board and changing the agenda belong to the facilitator's device. There are no accounts, so this is a rule
//! every client keeps, not a lock.

use super::{Command, CommandError};
use crate::model::{BoardId, MemberId, NoteId, Voting, Workshop};

/// `Ok` if a participant's device, at which `me` works (if anyone was picked), may apply `cmds` to `ws`.
pub fn participant_may(
    ws: &Workshop,
    cmds: &[Command],
    me: Option<MemberId>,
) -> Result<(), CommandError> {
    cmds.iter().try_for_each(|cmd| may(ws, cmd, me))
}

fn may(ws: &Workshop, cmd: &Command, me: Option<MemberId>) -> Result<(), CommandError> {
    use Command as C;
    let ok = match cmd {
        C::Batch(cmds) => return participant_may(ws, cmds, me),
        C::DeleteNote { board, note } => is_mine(ws, *board, *note, me),
        // Reordering renumbers neighbours in their zone; taking a note to another zone is the move that counts.
        C::MoveNote {
            board, note, zone, ..
        } => is_mine(ws, *board, *note, me) || stays_in(ws, *board, *note, zone),
        C::SetVoting { board, voting } => own_turn(ws, *board, voting.as_ref(), me),
        C::DeleteBoard { .. } | C::SetAgenda { .. } | C::ReplaceWorkshop { .. } => false,
        _ => true,
    };
    if ok {
        Ok(())
    } else {
        Err(CommandError::LeadOnly)
    }
}

fn note_of(ws: &Workshop, board: BoardId, note: NoteId) -> Option<&crate::model::Note> {
    ws.live_board(board)?.live_note(note)
}

fn is_mine(ws: &Workshop, board: BoardId, note: NoteId, me: Option<MemberId>) -> bool {
    me.is_some() && note_of(ws, board, note).is_some_and(|n| n.author == me)
}

fn stays_in(ws: &Workshop, board: BoardId, note: NoteId, zone: &str) -> bool {
    note_of(ws, board, note).is_some_and(|n| n.zone == zone)
}

/// The vote stays as it is except for `me`'s own dots and hand-over, before the reveal.
fn own_turn(ws: &Workshop, board: BoardId, new: Option<&Voting>, me: Option<MemberId>) -> bool {
    let (Some(me), Some(old), Some(new)) = (
        me,
        ws.live_board(board).and_then(|b| b.voting.as_ref()),
        new,
    ) else {
        return false;
    };
    let others = |v: &Voting| {
        v.voters
            .iter()
            .filter(|x| x.member != me)
            .cloned()
            .collect::<Vec<_>>()
    };
    let members = |v: &Voting| v.voters.iter().map(|x| x.member).collect::<Vec<_>>();
    !old.revealed
        && !new.revealed
        && old.dots_each == new.dots_each
        && members(old) == members(new)
        && members(old).contains(&me)
        && others(old) == others(new)
}
