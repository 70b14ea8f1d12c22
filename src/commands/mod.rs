//! Commands: the only way to change a workshop, each returning its inverse for undo.
//!
//! `Workshop::apply(cmd, now)` validates fully before mutating, so a refused command changes nothing. Every change
//! stamps `now` on the touched item and on the workshop. Undo is a new edit: applying an inverse restores content
//! but stamps `now` too, so a later per-item merge sees the undo as the newest write. Only the item whose own fields
//! change is stamped (a note edit does not touch its board's `updated`), so merges of different items don't clash.
//!
//! Adding a command never removes an item: the inverse of `Add…` is `Delete…` (a tombstone), and its redo is
//! `Restore…`. That is why undo is checked with `Workshop::content_eq`, which ignores tombstones.

mod agenda;
mod boards;
mod clusters;
mod command;
mod drafts;
mod earlier;
mod error;
mod history;
mod lead;
mod members;
mod notes;
mod pitch;
mod place;
mod voting;
mod workshop;

pub use command::Command;
pub use drafts::{commit_draft, discard_draft};
pub use error::CommandError;
pub use history::{History, Step};
pub use lead::participant_may;
pub use place::{group_notes, group_onto, join_cluster, order_at, place_note, ungroup_notes};

use crate::model::{Board, BoardId, Note, NoteId, Timestamp, Workshop};

impl Workshop {
    /// Applies `cmd` and returns its inverse. On error the workshop is unchanged.
    pub fn apply(&mut self, cmd: &Command, now: Timestamp) -> Result<Command, CommandError> {
        use Command as C;
        let inverse = match cmd {
            C::Batch(cmds) => return apply_group(self, cmds, now).map(Command::Batch),
            C::SetTitle { title } => workshop::set_title(self, title)?,
            C::SetQuestion { question } => workshop::set_question(self, question)?,
            C::AddMember { member } => members::add(self, member, now)?,
            C::UpdateMember { member, name, role } => {
                members::update(self, *member, name, *role, now)?
            }
            C::DeleteMember { member } => members::delete(self, *member, now)?,
            C::RestoreMember { member } => members::restore(self, *member, now)?,
            C::AddBoard { board } => boards::add(self, board, now)?,
            C::RenameBoard { board, title } => boards::rename(self, *board, title, now)?,
            C::SetBoardDone { board, done } => boards::set_done(self, *board, *done, now)?,
            C::DeleteBoard { board } => boards::delete(self, *board, now)?,
            C::RestoreBoard { board } => boards::restore(self, *board, now)?,
            C::AddNote { board, note } => notes::add(self, *board, note, now)?,
            C::EditNote { board, note, text } => notes::edit(self, *board, *note, text, now)?,
            C::MoveNote {
                board,
                note,
                zone,
                order,
            } => notes::move_to(self, *board, *note, zone, *order, now)?,
            C::RecolourNote {
                board,
                note,
                colour,
            } => notes::recolour(self, *board, *note, *colour, now)?,
            C::DeleteNote { board, note } => notes::delete(self, *board, *note, now)?,
            C::RestoreNote { board, note } => notes::restore(self, *board, *note, now)?,
            C::RestoreEarlier { board, note, index } => {
                earlier::restore(self, *board, *note, *index, now)?
            }
            C::DiscardEarlier { board, note, index } => {
                earlier::discard(self, *board, *note, *index, now)?
            }
            C::InsertEarlier {
                board,
                note,
                index,
                text,
            } => earlier::insert(self, *board, *note, *index, text, now)?,
            C::AddCluster { board, cluster } => clusters::add(self, *board, cluster, now)?,
            C::RenameCluster {
                board,
                cluster,
                name,
            } => clusters::rename(self, *board, *cluster, name, now)?,
            C::SetClusterCollapsed {
                board,
                cluster,
                collapsed,
            } => clusters::set_collapsed(self, *board, *cluster, *collapsed, now)?,
            C::SetNoteCluster {
                board,
                note,
                cluster,
            } => clusters::set_note_cluster(self, *board, *note, *cluster, now)?,
            C::DeleteCluster { board, cluster } => clusters::delete(self, *board, *cluster, now)?,
            C::RestoreCluster { board, cluster } => clusters::restore(self, *board, *cluster, now)?,
            C::SetVoting { board, voting } => voting::set(self, *board, voting.as_ref(), now)?,
            C::SetAgenda { agenda } => agenda::set(self, agenda.as_ref(), now)?,
            C::SetPitch { pitch } => pitch::set(self, pitch, now)?,
            C::ReplaceWorkshop { workshop } => workshop::replace(self, workshop)?,
        };
        self.updated = now;
        Ok(inverse)
    }
}

/// Applies `cmds` in order, all or nothing, and returns their inverses in undo order (last first).
///
/// Rollback restores a snapshot rather than applying inverses, so a refused group leaves even the timestamps
/// untouched. The clone is skipped for a single command, which is atomic on its own.
pub(crate) fn apply_group(
    ws: &mut Workshop,
    cmds: &[Command],
    now: Timestamp,
) -> Result<Vec<Command>, CommandError> {
    let snapshot = (cmds.len() > 1).then(|| ws.clone());
    let mut inverses = Vec::with_capacity(cmds.len());
    for cmd in cmds {
        match ws.apply(cmd, now) {
            Ok(inverse) => inverses.push(inverse),
            Err(e) => {
                if let Some(snapshot) = snapshot {
                    *ws = snapshot;
                }
                return Err(e);
            }
        }
    }
    inverses.reverse();
    Ok(inverses)
}

/// The live board `id`, or `UnknownBoard`.
pub(crate) fn live_board_mut(ws: &mut Workshop, id: BoardId) -> Result<&mut Board, CommandError> {
    ws.boards
        .iter_mut()
        .find(|b| b.id == id && !b.deleted)
        .ok_or(CommandError::UnknownBoard(id))
}

/// The live note `id` on `board`, or `UnknownNote`.
pub(crate) fn live_note_mut(board: &mut Board, id: NoteId) -> Result<&mut Note, CommandError> {
    board
        .notes
        .iter_mut()
        .find(|n| n.id == id && !n.deleted)
        .ok_or(CommandError::UnknownNote(id))
}
