//! Why a command was refused. A refused command leaves the workshop unchanged.

use crate::model::validate::ViolationKind;
use crate::model::{BoardId, ClusterId, LimitKind, MemberId, NoteId};

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum CommandError {
    /// No live board with this id (deleted boards count as unknown, except for `RestoreBoard`).
    #[error("unknown board {0}")]
    UnknownBoard(BoardId),
    #[error("unknown note {0}")]
    UnknownNote(NoteId),
    #[error("unknown cluster {0}")]
    UnknownCluster(ClusterId),
    /// The note has no earlier version at this index (or, to insert one, the index is past the end).
    #[error("note {note} has no earlier version {index}")]
    UnknownEarlier { note: NoteId, index: usize },
    #[error("unknown member {0}")]
    UnknownMember(MemberId),
    #[error("unknown zone {0:?}")]
    UnknownZone(String),
    #[error("too many {what}: {found} (at most {max})")]
    Limit {
        what: LimitKind,
        max: usize,
        found: usize,
    },
    #[error("the title must not be empty")]
    EmptyTitle,
    #[error("the name must not be empty")]
    EmptyName,
    /// An `Add…` command reused an id that already exists (perhaps as a tombstone).
    #[error("an item with this id already exists")]
    DuplicateId,
    #[error("the note order must be a finite number")]
    InvalidOrder,
    /// A `Restore…` command for an item that is not deleted.
    #[error("the item is not deleted")]
    NotDeleted,
    /// A merge brought a version of another workshop (a different id).
    #[error("the version belongs to another workshop")]
    OtherWorkshop,
    /// In a live room, only the facilitator's device may do this (see `commands::lead`).
    #[error("only the facilitator's device may do this in a live room")]
    LeadOnly,
    /// An added board breaks an invariant; `path` is relative to the board, e.g. `notes[3].text`.
    #[error("invalid board at {path}: {kind:?}")]
    InvalidBoard { path: String, kind: ViolationKind },
}

impl CommandError {
    pub(crate) fn limit(what: LimitKind, found: usize) -> Self {
        CommandError::Limit {
            what,
            max: what.max(),
            found,
        }
    }
}

/// `Err(Limit)` if `found` exceeds `what`'s maximum.
pub(crate) fn check_limit(what: LimitKind, found: usize) -> Result<(), CommandError> {
    what.check(found)
        .map_err(|found| CommandError::limit(what, found))
}

/// A title within the length limit that shows something (not only spaces or invisible characters).
pub(crate) fn check_title(title: &str, empty: CommandError) -> Result<(), CommandError> {
    if crate::model::is_blank(title) {
        return Err(empty);
    }
    check_limit(LimitKind::Title, title.chars().count())
}

impl From<crate::model::validate::Violation> for CommandError {
    /// A broken invariant of an added board or a new vote: limits and an empty title keep their own variants.
    fn from(v: crate::model::validate::Violation) -> Self {
        match v.kind {
            ViolationKind::Limit { what, max, found } => CommandError::Limit { what, max, found },
            ViolationKind::Empty if v.path == "title" => CommandError::EmptyTitle,
            kind => CommandError::InvalidBoard { path: v.path, kind },
        }
    }
}
