//! Browser persistence: workshops as opaque records in IndexedDB, change notices between tabs, and
//! storage quota/persistence info. Knows nothing of the domain model; the layer above serialises a
//! workshop to `Record::data` and resolves conflicts.
//!
//! Data-loss guards: every write is checked against the stored revision in the same transaction
//! (a stale tab gets `Conflict` instead of overwriting; an older app version gets `NewerData` instead of
//! dropping fields a newer one stored), waits for a durable commit, and is read back;
//! quota failures surface as `QuotaExceeded`; malformed stored values are reported, never deleted. A
//! connection taken by another tab's upgrade is opened again, or reported (`DbEvent`).
//!
//! IndexedDB crate: `idb` (only its `futures` feature) rather than `indexed_db_futures`. Both need tokio's
//! small `sync` module (a oneshot channel per request); besides that `idb` adds `indexmap` (used only by
//! its builder, which we leave out) and `num-traits`, where `indexed_db_futures` brings smallvec and five
//! proc-macro crates. `idb`'s errors also hand over the `DomException` itself, so mapping
//! QuotaExceededError is direct.
//!
//! Everything here holds JS objects and is `!Send`; keep it in local (non-`Send`) storage.

mod channel;
mod db;
mod error;
mod handoff;
mod info;
mod record;
mod tx;
mod unreadable;

pub use channel::{DeletedMessage, SavedMessage, TabChannel, TabMessage};
pub use db::{Db, DbEvent};
pub use error::StorageError;
pub use handoff::{hand_over, take_handed};
pub use info::{request_persistence, storage_info, StorageInfo};
pub use record::{Listing, Record};
pub use unreadable::Unreadable;
