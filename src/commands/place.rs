//! Positioning notes by display index, renormalising a crowded zone when needed (see `model::order`).

use super::Command;
use crate::model::{
    needs_renormalise, order_between, renormalised, Board, Cluster, ClusterId, Note, NoteId,
    Timestamp, Workshop,
};

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
///
/// Where it lands decides its cluster: between two notes of one cluster it joins that cluster; next to a note of
/// its own cluster it stays in it; anywhere else it leaves its cluster. So dragging a note into a group adds it,
/// and dragging it out removes it.
pub fn place_note(board: &Board, note: NoteId, zone: &str, index: usize) -> Vec<Command> {
    let (mut cmds, order) = order_at(board, zone, index, Some(note));
    cmds.push(Command::MoveNote {
        board: board.id,
        note,
        zone: zone.to_owned(),
        order,
    });
    let live_cluster = |n: &Note| n.cluster.filter(|c| board.live_cluster(*c).is_some());
    let others: Vec<&Note> = board
        .live_notes_in(zone)
        .into_iter()
        .filter(|n| n.id != note)
        .collect();
    let index = index.min(others.len());
    let prev = index
        .checked_sub(1)
        .and_then(|i| others.get(i))
        .and_then(|n| live_cluster(n));
    let next = others.get(index).and_then(|n| live_cluster(n));
    let Some(moving) = board.live_note(note) else {
        return cmds;
    };
    let current = live_cluster(moving);
    // The last note of a group takes its group along wherever it goes (else the group would vanish unseen).
    let alone = current.is_some_and(|c| {
        board
            .live_notes()
            .all(|n| n.id == note || n.cluster != Some(c))
    });
    let cluster = if prev.is_some() && prev == next {
        prev
    } else if current.is_some() && (alone || current == prev || current == next) {
        current
    } else {
        None
    };
    if moving.cluster != cluster {
        cmds.push(Command::SetNoteCluster {
            board: board.id,
            note,
            cluster,
        });
    }
    cmds
}

/// Commands that put `notes` (live notes of `board`, in any zones) into the new cluster `cluster`, as one step.
/// The grouped notes are renumbered to sit together where the first of them is, so order and grouping agree.
pub fn group_notes(board: &Board, notes: &[NoteId], cluster: Cluster) -> Vec<Command> {
    let id = cluster.id;
    let mut cmds = vec![Command::AddCluster {
        board: board.id,
        cluster,
    }];
    cmds.extend(
        notes
            .iter()
            .filter(|n| board.live_note(**n).is_some())
            .map(|n| Command::SetNoteCluster {
                board: board.id,
                note: *n,
                cluster: Some(id),
            }),
    );
    with_renumbered(board, cmds)
}

/// Commands for `note` dropped onto `other` (possibly in another zone): it moves just behind `other` and the two
/// become the new cluster `cluster`, as one step.
pub fn group_onto(board: &Board, note: NoteId, other: NoteId, cluster: Cluster) -> Vec<Command> {
    let Some(target) = board.live_note(other) else {
        return Vec::new();
    };
    let zone = target.zone.clone();
    let index = board
        .live_notes_in(&zone)
        .iter()
        .filter(|n| n.id != note)
        .position(|n| n.id == other)
        .map_or(0, |i| i + 1);
    let mut cmds: Vec<Command> = place_note(board, note, &zone, index)
        .into_iter()
        .filter(|c| !matches!(c, Command::SetNoteCluster { .. }))
        .collect();
    let mut scratch = Workshop::new("scratch", "", Timestamp::default());
    scratch.boards.push(board.clone());
    if super::apply_group(&mut scratch, &cmds, Timestamp::default()).is_err() {
        return cmds;
    }
    let Some(moved) = scratch.boards.first() else {
        return cmds;
    };
    cmds.extend(group_notes(moved, &[other, note], cluster));
    cmds
}

/// Commands for `note` dropped on the heading of `cluster` in `zone`: it moves behind the cluster's last note
/// there (or to the zone's end) and joins the cluster, as one step.
pub fn join_cluster(board: &Board, note: NoteId, zone: &str, cluster: ClusterId) -> Vec<Command> {
    let others: Vec<_> = board
        .live_notes_in(zone)
        .into_iter()
        .filter(|n| n.id != note)
        .collect();
    let index = others
        .iter()
        .rposition(|n| n.cluster == Some(cluster))
        .map_or(others.len(), |i| i + 1);
    let mut cmds: Vec<Command> = place_note(board, note, zone, index)
        .into_iter()
        .filter(|c| !matches!(c, Command::SetNoteCluster { .. }))
        .collect();
    if board
        .live_note(note)
        .is_some_and(|n| n.cluster != Some(cluster))
    {
        cmds.push(Command::SetNoteCluster {
            board: board.id,
            note,
            cluster: Some(cluster),
        });
    }
    cmds
}

/// Commands that take `notes` out of their clusters. A note at the edge of its group keeps its place; one from
/// the middle moves just behind the group it left.
pub fn ungroup_notes(board: &Board, notes: &[NoteId]) -> Vec<Command> {
    let cmds = notes
        .iter()
        .filter(|n| board.live_note(**n).is_some_and(|n| n.cluster.is_some()))
        .map(|n| Command::SetNoteCluster {
            board: board.id,
            note: *n,
            cluster: None,
        })
        .collect();
    with_renumbered(board, cmds)
}

/// `cmds` followed by the moves that renumber every zone whose display order (grouped) no longer matches
/// `order`. Works on a scratch copy of the board, so it sees exactly what `cmds` will do.
fn with_renumbered(board: &Board, mut cmds: Vec<Command>) -> Vec<Command> {
    let mut scratch = Workshop::new("scratch", "", Timestamp::default());
    scratch.boards.push(board.clone());
    for cmd in &cmds {
        if scratch.apply(cmd, Timestamp::default()).is_err() {
            // Applying the commands will refuse with the same error; nothing to renumber.
            return cmds;
        }
    }
    let Some(after) = scratch.boards.first() else {
        return cmds;
    };
    for zone in &after.zones {
        let notes = after.live_notes_in(&zone.key);
        let sorted = notes.windows(2).all(|w| w[0].order < w[1].order);
        if sorted {
            continue;
        }
        for (i, note) in notes.iter().enumerate() {
            if note.order != renormalised(i) {
                cmds.push(Command::MoveNote {
                    board: board.id,
                    note: note.id,
                    zone: zone.key.clone(),
                    order: renormalised(i),
                });
            }
        }
    }
    cmds
}
