//! Text typed into a note's editor that is not committed yet. It is work too: the store keeps it beside the
//! workshop (see `browser::kept`), so a reload, a crash or another tab's save never loses it.

use super::{Board, BoardId, NoteId, Workshop, WorkshopId};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteDraft {
    pub workshop: WorkshopId,
    pub board: BoardId,
    pub note: NoteId,
    /// `Some(zone)` for a note that is not in the workshop yet: committing adds it there.
    pub zone: Option<String>,
    pub text: String,
}

impl NoteDraft {
    /// The draft as it fits `ws` now. Its board, note or zone may have gone meanwhile (undo, another tab, a
    /// replaced workshop): the text then becomes a new note, in the same zone if the board still has it, else
    /// in the first zone of its board, else on the first live board. `None` only when `ws` is another
    /// workshop or has no board with a zone left.
    pub fn fit(&self, ws: &Workshop) -> Option<NoteDraft> {
        if ws.id != self.workshop {
            return None;
        }
        let board = ws
            .live_board(self.board)
            .filter(|b| !b.zones.is_empty())
            .or_else(|| ws.live_boards().find(|b| !b.zones.is_empty()))?;
        if self.zone.is_none() && board.live_note(self.note).is_some() {
            return Some(NoteDraft {
                board: board.id,
                ..self.clone()
            });
        }
        // The note's old zone, if the draft was an edit of a note deleted meanwhile.
        let former = self
            .zone
            .clone()
            .or_else(|| board.note(self.note).map(|n| n.zone.clone()));
        let zone = former
            .filter(|z| board.zone(z).is_some())
            .or_else(|| board.zones.first().map(|z| z.key.clone()))?;
        Some(NoteDraft {
            workshop: self.workshop,
            board: board.id,
            note: free_id(board, self.note),
            zone: Some(zone),
            text: self.text.clone(),
        })
    }

    /// Whether committing this draft to `ws` would change nothing (an unchanged edit, or an empty new note).
    pub fn is_noop(&self, ws: &Workshop) -> bool {
        let Some(d) = self.fit(ws) else { return true };
        let text = d.text.trim();
        match d.zone {
            Some(_) => text.is_empty(),
            None => ws
                .live_board(d.board)
                .and_then(|b| b.live_note(d.note))
                .is_none_or(|n| n.text == text),
        }
    }
}

/// `id` if `board` never had such a note, else a fresh one (a tombstone keeps its id taken).
fn free_id(board: &Board, id: NoteId) -> NoteId {
    if board.note(id).is_none() {
        id
    } else {
        NoteId::new()
    }
}
