//! The versioned `.querwerk.json` file format: envelope, migrations, validation; and the documents made for
//! people to read ([`markdown`], [`csv`]).
//!
//! The same envelope is used for files and for browser storage, so one reader (with its migrations) serves both.
//! Reading is tolerant where it is safe (missing optional fields default, unknown fields such as `__proto__` are
//! ignored and never stored, dangling references are cleared) and strict where data would be lost or misread
//! (wrong types, newer versions, duplicate ids, repeated keys, limits), always naming where the problem is.

mod catalogue;
pub mod csv;
mod duplicates;
mod error;
mod export;
mod file_name;
mod import;
pub mod markdown;
pub mod migrate;
mod place;
pub mod words;

pub use catalogue::{parse_phase_file, CatalogueError};
pub use csv::notes_csv;
pub use error::{ImportError, InvalidKind, MigrationError};
pub use export::{export_workshop, to_stored};
pub use file_name::{document_name, file_name, slug};
pub use import::{check_size, import_workshop, parse_stored, Imported};
pub use markdown::workshop_markdown;
pub use words::{Column, Word, Words};

/// Value of the envelope's `format` field.
pub const FORMAT_NAME: &str = "querwerk";
/// The `formatVersion` this app writes. Bump it (and add a migration) whenever old readers would misread new files,
/// including when an enum such as `NoteColour` or `Role` gains a variant.
/// Version 2: the question pitch has its own jury check (`pitch.questionJury`), and criteria and jury questions
/// gained variants.
pub const CURRENT_VERSION: u32 = 2;
/// The generation of the fields a stored workshop holds, written next to it in browser storage
/// (`persistence::Record::schema`). Bump it with every change to what the model stores — a new field, a new
/// enum variant, and with every `CURRENT_VERSION` — even when old versions could still read the data: an older
/// tab reads such a workshop without the fields it does not know and would drop them when it saves. Storage
/// refuses that save (`StorageError::NewerData`) and the tab asks for a reload, keeping its text in memory.
pub const STORED_SCHEMA: u32 = 2;
/// Files larger than this are refused before parsing (10 MiB).
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;
/// Suffix of exported files.
pub const FILE_EXTENSION: &str = ".querwerk.json";
