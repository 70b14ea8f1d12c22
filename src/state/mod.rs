//! Reactive state provided through context. Components reach it with the `use_*` helpers.

mod agenda;
mod autosave;
mod boards;
mod catalogue;
mod drafts;
mod export;
mod guard;
mod leave;
mod library;
mod live;
mod locale;
mod navigation;
pub mod paths;
mod pitch;
mod room;
mod session;
mod store;
mod unsaved;

pub use agenda::{run_agenda_item, RunError};
pub use autosave::BACKUP_REMINDER_AFTER;
pub use catalogue::{
    expect_catalogue, provide_catalogue, use_catalogue, Catalogue, CatalogueState,
};
pub use export::Document;
pub use library::{ImportFailure, ImportOutcome};
pub use live::{
    engine as live_engine, provide_live, sync_server, use_live, LiveRoom, LiveStatus, Rooms,
};
pub use locale::{provide_locale, use_locale, Locale};
pub use navigation::{provide_navigation, use_navigation, Navigation};
pub use paths::{Page, PitchPart};
pub use room::{provide_room, use_room, RoomCtx};
pub use session::Refused;
pub use store::{provide_store, use_store, Opened, Saving, Storage, Store, Summary};
