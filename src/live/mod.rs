//! The live room's shared document: a workshop as a Yjs document whose user texts are sealed with the room
//! key before they enter it, so the sync server stores and forwards ciphertext and structure only.
//!
//! Pure Rust and no browser APIs, tested natively (`tests/room_*.rs`). It sits beside `format`, whose reader
//! checks every workshop that comes out of a room. `sync` speaks the Yjs sync protocol; `state::live` joins
//! it to the open workshop.

mod doc;
mod error;
mod key;
mod layout;
mod link;
pub mod presence;
mod read;
mod seal;
pub mod sync;
mod value;
mod write;

pub use doc::RoomDoc;
pub use error::{LinkError, RoomError};
pub use key::{RoomId, RoomKey};
pub use link::{checked_server, JoinLink};
