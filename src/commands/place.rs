//! Positioning notes by display index, renormalising a crowded zone when needed (see `model::order`).

use super::Command;
use crate::model::{needs_renormalise, order_between, renormalised, Board, NoteId};

/// The order value for a note that should appear at display `index` among the live notes of `zone`,
/// not counting `moving` (the note being moved, if any).
///
/// Returns the commands to run first in the same step (empty unless the gap was too small, in which case they
/// renumber the other notes of the zone to `1, 2, …` leaving a free slot) and the order to use.
pub fn order_at(
    board: &Board,
    zone: &str,
    index: usize,
    moving: Option<NoteId>,
) -> (Vec<Command>, f64) {
    let others: Vec<_> = board
        .live_notes_in(zone)
        .into_iter()
        .filter(|n| Some(n.id) != moving)
        .collect();
    let index = index.min(others.len());
    let before = index
        .checked_sub(1)
        .and_then(|i| others.get(i))
        .map(|n| n.order);
    let after = others.get(index).map(|n| n.order);
    if !needs_renormalise(before, after) {
        return (Vec::new(), order_between(before, after));
    }
    let mut cmds = Vec::new();
    for (i, note) in others.iter().enumerate() {
        // Notes after the slot shift by one so the slot itself gets `renormalised(index)`.
        let order = renormalised(if i < index { i } else { i + 1 });
        if note.order != order {
            cmds.push(Command::MoveNote {
                board: board.id,
                note: note.id,
                zone: zone.to_owned(),
                order,
            });
        }
    }
    (cmds, renormalised(index))
}

/// Commands that move `note` to display `index` in `zone` (possibly another zone), as one undo step.
pub fn place_note(board: &Board, note: NoteId, zone: &str, index: usize) -> Vec<Command> {
    let (mut cmds, order) = order_at(board, zone, index, Some(note));
    cmds.push(Command::MoveNote {
        board: board.id,
        note,
        zone: zone.to_owned(),
        order,
    });
    cmds
}
