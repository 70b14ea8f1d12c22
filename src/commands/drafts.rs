//! Committing and discarding an editor's draft (see `model::draft`): both are plain commands, so undo works
//! on them like on any edit.

use super::{order_at, Command};
use crate::model::draft::NoteDraft;
use crate::model::{MemberId, Note, Timestamp, Workshop};

/// The step that puts `draft` into `ws`: an edit of its note, or a new note at the end of its zone, written by
/// `author` if that is a member of the team (an edit keeps the note's author). Empty when nothing would change
/// (see [`NoteDraft::is_noop`]) or the draft fits nowhere.
pub fn commit_draft(
    ws: &Workshop,
    draft: &NoteDraft,
    author: Option<MemberId>,
    now: Timestamp,
) -> Vec<Command> {
    let Some(d) = draft.fit(ws).filter(|d| !d.is_noop(ws)) else {
        return Vec::new();
    };
    let text = d.text.trim().to_owned();
    let Some(zone) = d.zone else {
        return vec![Command::EditNote {
            board: d.board,
            note: d.note,
            text,
        }];
    };
    let Some(board) = ws.live_board(d.board) else {
        return Vec::new();
    };
    let (mut cmds, order) = order_at(board, &zone, usize::MAX, None);
    let mut note = Note::new(text, zone, order, now);
    note.id = d.note;
    note.author = author.filter(|a| ws.member(*a).is_some_and(|m| !m.deleted));
    cmds.push(Command::AddNote {
        board: d.board,
        note,
    });
    cmds
}

/// Throwing `draft` away as two steps: the first commits it, the second takes it back, so one undo brings the
/// thrown-away text back into its note. `None` when the draft changes nothing: then there is nothing to keep.
pub fn discard_draft(
    ws: &Workshop,
    draft: &NoteDraft,
    now: Timestamp,
) -> Option<(Vec<Command>, Vec<Command>)> {
    let d = draft.fit(ws)?;
    let commit = commit_draft(ws, &d, None, now);
    if commit.is_empty() {
        return None;
    }
    let back = match &d.zone {
        Some(_) => Command::DeleteNote {
            board: d.board,
            note: d.note,
        },
        None => Command::EditNote {
            board: d.board,
            note: d.note,
            text: ws.live_board(d.board)?.live_note(d.note)?.text.clone(),
        },
    };
    Some((commit, vec![back]))
}
