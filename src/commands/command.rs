//! The command type. Each variant is one user intent; adding a feature (votes, pitch…) means adding variants here
//! and a handler in the matching module, and the `match` in `apply` tells you where you forgot one.

use crate::model::agenda::Agenda;
use crate::model::pitch::Pitch;
use crate::model::{
    Board, BoardId, Cluster, ClusterId, Member, MemberId, Note, NoteColour, NoteId, Role, Voting,
    Workshop,
};

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SetTitle {
        title: String,
    },
    SetQuestion {
        question: String,
    },

    AddMember {
        member: Member,
    },
    UpdateMember {
        member: MemberId,
        name: String,
        role: Role,
    },
    DeleteMember {
        member: MemberId,
    },
    /// Inverse of `DeleteMember` (and redo of `AddMember`): clears the tombstone.
    RestoreMember {
        member: MemberId,
    },

    AddBoard {
        board: Board,
    },
    RenameBoard {
        board: BoardId,
        title: String,
    },
    /// Marks a board as done ("fertig") or opens it again. Its own inverse with the previous value.
    SetBoardDone {
        board: BoardId,
        done: bool,
    },
    DeleteBoard {
        board: BoardId,
    },
    RestoreBoard {
        board: BoardId,
    },

    AddNote {
        board: BoardId,
        note: Note,
    },
    EditNote {
        board: BoardId,
        note: NoteId,
        text: String,
    },
    MoveNote {
        board: BoardId,
        note: NoteId,
        zone: String,
        order: f64,
    },
    RecolourNote {
        board: BoardId,
        note: NoteId,
        colour: NoteColour,
    },
    DeleteNote {
        board: BoardId,
        note: NoteId,
    },
    RestoreNote {
        board: BoardId,
        note: NoteId,
    },
    /// Makes the note's earlier version `index` (a text a merge replaced) its text again; the current text takes
    /// that place among the earlier versions. Its own inverse.
    RestoreEarlier {
        board: BoardId,
        note: NoteId,
        index: usize,
    },
    /// Removes the note's earlier version `index`.
    DiscardEarlier {
        board: BoardId,
        note: NoteId,
        index: usize,
    },
    /// Inverse of `DiscardEarlier`: puts `text` back as earlier version `index`.
    InsertEarlier {
        board: BoardId,
        note: NoteId,
        index: usize,
        text: String,
    },

    AddCluster {
        board: BoardId,
        cluster: Cluster,
    },
    RenameCluster {
        board: BoardId,
        cluster: ClusterId,
        name: String,
    },
    SetClusterCollapsed {
        board: BoardId,
        cluster: ClusterId,
        collapsed: bool,
    },
    /// `None` takes the note out of its cluster. The cluster must exist on the same board.
    SetNoteCluster {
        board: BoardId,
        note: NoteId,
        cluster: Option<ClusterId>,
    },
    /// Tombstones the cluster and ungroups its live notes.
    DeleteCluster {
        board: BoardId,
        cluster: ClusterId,
    },
    RestoreCluster {
        board: BoardId,
        cluster: ClusterId,
    },

    /// Starts, changes (a voter's turn, the reveal) or ends the board's dot vote. Its own inverse with the
    /// previous value.
    SetVoting {
        board: BoardId,
        voting: Option<Voting>,
    },

    /// Plans, changes or clears the day's agenda. Its own inverse with the previous value.
    SetAgenda {
        agenda: Option<Agenda>,
    },

    /// Changes the pitch (canvas, plans, jury check, rehearsals). Its own inverse with the previous value; the
    /// parts that changed get the edit's time (see `Pitch::stamped`).
    SetPitch {
        pitch: Box<Pitch>,
    },

    /// Replaces the whole workshop by another version of it (the result of a merge). Its own inverse with the
    /// previous version, so a merge is one undo step.
    ReplaceWorkshop {
        workshop: Box<Workshop>,
    },

    /// Several commands applied atomically, in order. Used for inverses that touch several items
    /// (undoing `DeleteCluster`) and available for compound edits.
    Batch(Vec<Command>),
}
