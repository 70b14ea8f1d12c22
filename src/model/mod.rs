//! The pure domain model: no web APIs, tested natively.
//!
//! Every item carries `updated` so two copies of a workshop can later be merged per item (last writer wins),
//! and deletions are tombstones (`deleted: true`) that stay in the data for the same reason.
//! The model never reads a clock: callers pass `now`.

pub mod agenda;
mod board;
pub mod carry;
mod cluster;
mod colour;
pub mod countdown;
pub mod draft;
mod ids;
pub mod journey;
pub mod json;
pub mod limits;
mod member;
pub mod merge;
pub mod method;
mod note;
mod order;
pub mod pitch;
mod repair;
pub mod room;
pub mod sorting;
pub mod templates;
mod text;
mod time;
pub mod timer;
pub mod validate;
pub mod voting;
mod workshop;
pub mod zone_list;

pub use board::{Board, BoardState, LocalText, Zone};
pub use cluster::Cluster;
pub use colour::NoteColour;
pub use ids::{BoardId, ClusterId, MemberId, NoteId, WorkshopId};
pub use limits::LimitKind;
pub use member::{Member, Role};
pub use method::{Method, Phase, PhaseFile};
pub use note::Note;
pub use order::{needs_renormalise, order_between, renormalised, MIN_ORDER_GAP};
pub use templates::Template;
pub use text::{is_blank, is_invisible};
pub use time::Timestamp;
pub use voting::{DotChange, DotMark, Turn, Voter, Voting};
pub use workshop::Workshop;
