//! What can go wrong between this device and a live room.

use crate::format::ImportError;
use thiserror::Error;

/// Why a room's document, link or update was refused. Nothing is changed locally when one of these is returned.
#[derive(Debug, Error)]
pub enum RoomError {
    /// The bytes are not a Yjs update (or state vector) at all.
    #[error("not a Yjs update: {0}")]
    Garbage(String),
    /// The document holds no workshop yet (nobody wrote one into the room).
    #[error("the room holds no workshop yet")]
    Empty,
    /// The room was written by a newer Querwerk whose fields this one would drop.
    #[error(
        "the room was written by a newer Querwerk (schema {found}, this one reads {supported})"
    )]
    NewerSchema { found: u64, supported: u32 },
    /// The room holds another workshop than the one to be written into it.
    #[error("the room holds another workshop")]
    OtherWorkshop,
    /// The room key does not open the room's texts: a wrong or mistyped link.
    #[error("the room key does not fit this room")]
    WrongKey,
    /// A text that does not open with the room's key, although other texts do: altered on the way, or written
    /// by someone without the key.
    #[error("a text at {path} does not open with the room key")]
    Tampered { path: String },
    /// A value of the wrong kind where the room layout expects another (e.g. plain text where a sealed one
    /// belongs).
    #[error("unexpected value at {path}: {what}")]
    Malformed { path: String, what: &'static str },
    /// The workshop the document describes fails the checks every imported file passes.
    #[error("the room's workshop is invalid: {0}")]
    Invalid(#[from] ImportError),
    /// The browser (or OS) gave no random bytes for a key or nonce.
    #[error("no random numbers available: {0}")]
    Random(String),
}

/// Why a join link was refused.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum LinkError {
    #[error("the link holds no room (`#room=…`)")]
    NoRoom,
    #[error("the room id is not valid")]
    BadRoomId,
    #[error("the room key is not valid")]
    BadKey,
    #[error("the link names no sync server")]
    NoServer,
    #[error("the sync server must be a ws:// or wss:// address")]
    BadServer,
}
