//! Cluster commands.

use super::error::check_limit;
use super::{live_board_mut, live_note_mut, Command, CommandError};
use crate::model::{Board, BoardId, Cluster, ClusterId, LimitKind, NoteId, Timestamp, Workshop};

fn live_cluster_mut(board: &mut Board, id: ClusterId) -> Result<&mut Cluster, CommandError> {
    board
        .clusters
        .iter_mut()
        .find(|c| c.id == id && !c.deleted)
        .ok_or(CommandError::UnknownCluster(id))
}

/// Cluster names may be empty: an unnamed group is normal while sorting notes.
fn check_name(name: &str) -> Result<(), CommandError> {
    check_limit(LimitKind::Title, name.chars().count())
}

pub(super) fn add(
    ws: &mut Workshop,
    board: BoardId,
    cluster: &Cluster,
    now: Timestamp,
) -> Result<Command, CommandError> {
    check_name(&cluster.name)?;
    let b = live_board_mut(ws, board)?;
    if b.cluster(cluster.id).is_some() {
        return Err(CommandError::DuplicateId);
    }
    b.clusters.push(Cluster {
        updated: now,
        deleted: false,
        ..cluster.clone()
    });
    Ok(Command::DeleteCluster {
        board,
        cluster: cluster.id,
    })
}

pub(super) fn rename(
    ws: &mut Workshop,
    board: BoardId,
    cluster: ClusterId,
    name: &str,
    now: Timestamp,
) -> Result<Command, CommandError> {
    check_name(name)?;
    let c = live_cluster_mut(live_board_mut(ws, board)?, cluster)?;
    c.updated = now;
    Ok(Command::RenameCluster {
        board,
        cluster,
        name: std::mem::replace(&mut c.name, name.to_owned()),
    })
}

pub(super) fn set_collapsed(
    ws: &mut Workshop,
    board: BoardId,
    cluster: ClusterId,
    collapsed: bool,
    now: Timestamp,
) -> Result<Command, CommandError> {
    let c = live_cluster_mut(live_board_mut(ws, board)?, cluster)?;
    c.updated = now;
    let collapsed = std::mem::replace(&mut c.collapsed, collapsed);
    Ok(Command::SetClusterCollapsed {
        board,
        cluster,
        collapsed,
    })
}

/// Accepts any existing cluster, even a deleted one: an inverse may need to restore such a reference.
pub(super) fn set_note_cluster(
    ws: &mut Workshop,
    board: BoardId,
    note: NoteId,
    cluster: Option<ClusterId>,
    now: Timestamp,
) -> Result<Command, CommandError> {
    let b = live_board_mut(ws, board)?;
    if let Some(c) = cluster {
        b.cluster(c).ok_or(CommandError::UnknownCluster(c))?;
    }
    let n = live_note_mut(b, note)?;
    n.updated = now;
    Ok(Command::SetNoteCluster {
        board,
        note,
        cluster: std::mem::replace(&mut n.cluster, cluster),
    })
}

/// Tombstones the cluster and ungroups its live notes; the inverse regroups them.
pub(super) fn delete(
    ws: &mut Workshop,
    board: BoardId,
    cluster: ClusterId,
    now: Timestamp,
) -> Result<Command, CommandError> {
    let b = live_board_mut(ws, board)?;
    let c = live_cluster_mut(b, cluster)?;
    c.deleted = true;
    c.updated = now;
    let mut inverse = vec![Command::RestoreCluster { board, cluster }];
    for n in b
        .notes
        .iter_mut()
        .filter(|n| !n.deleted && n.cluster == Some(cluster))
    {
        n.cluster = None;
        n.updated = now;
        inverse.push(Command::SetNoteCluster {
            board,
            note: n.id,
            cluster: Some(cluster),
        });
    }
    Ok(match inverse.len() {
        1 => Command::RestoreCluster { board, cluster },
        _ => Command::Batch(inverse),
    })
}

pub(super) fn restore(
    ws: &mut Workshop,
    board: BoardId,
    cluster: ClusterId,
    now: Timestamp,
) -> Result<Command, CommandError> {
    let c = live_board_mut(ws, board)?
        .cluster_mut(cluster)
        .ok_or(CommandError::UnknownCluster(cluster))?;
    if !c.deleted {
        return Err(CommandError::NotDeleted);
    }
    c.deleted = false;
    c.updated = now;
    Ok(Command::DeleteCluster { board, cluster })
}
