//! Import errors, structured so the UI can say what is wrong and where in its own language.

use crate::model::validate::ViolationKind;
use crate::model::LimitKind;

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Refused before reading: `size` bytes, more than `max`.
    #[error("file too large: {size} bytes (at most {max})")]
    TooLarge { size: u64, max: u64 },
    /// Not JSON at all, or cut off. `line` and `column` are 1-based as reported by serde_json.
    #[error("not valid JSON (line {line}, column {column}): {source}")]
    Syntax {
        line: usize,
        column: usize,
        #[source]
        source: serde_json::Error,
    },
    /// JSON, but not a Querwerk file; `found` is the `format` value if there was a string one.
    #[error("not a Querwerk file (format: {found:?})")]
    NotQuerwerk { found: Option<String> },
    /// Written by a newer app version; the user should update the app rather than lose data.
    #[error("file format version {found} is newer than supported version {supported}")]
    NewerVersion { found: u64, supported: u32 },
    /// An old file that could not be upgraded from version `from`.
    #[error("could not upgrade from format version {from}: {source}")]
    Migration {
        from: u32,
        #[source]
        source: MigrationError,
    },
    /// Something at `path` (e.g. `workshop.boards[2].notes[5].text`) has the wrong shape or breaks a rule.
    /// `message` is serde's English text (for logs); translate from `kind`.
    #[error("invalid data at {path}: {message}")]
    Invalid {
        path: String,
        kind: InvalidKind,
        message: String,
        #[source]
        source: Option<serde_json::Error>,
    },
    /// A size limit is exceeded at `path`.
    #[error("too many {what} at {path}: {found} (at most {max})")]
    Limit {
        path: String,
        what: LimitKind,
        max: usize,
        found: usize,
    },
}

/// What is wrong at an `Invalid` path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvalidKind {
    /// A required field (such as an `id`) is missing; the path names the object that lacks it.
    Missing,
    /// Wrong JSON type, e.g. a number where text belongs.
    WrongType,
    /// Right type, unusable value: unknown colour or role, malformed id, version 0.
    WrongValue,
    /// An id appears twice in the file.
    DuplicateId,
    /// A title or name is blank.
    Empty,
    /// A board has no zones.
    NoZones,
    /// Two zones of a board share a key.
    DuplicateZone,
    /// A number is NaN or infinite.
    NotFinite,
    /// A key appears twice in one object; the path names the repeated key.
    DuplicateKey,
}

impl InvalidKind {
    /// An English name for logs (the UI translates the kind itself).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Missing => "missing",
            Self::WrongType => "wrong type",
            Self::WrongValue => "wrong value",
            Self::DuplicateId => "duplicate id",
            Self::Empty => "empty",
            Self::NoZones => "no zones",
            Self::DuplicateZone => "duplicate zone",
            Self::NotFinite => "not finite",
            Self::DuplicateKey => "duplicate key",
        }
    }
}

/// A migration step could not make sense of the old data.
#[derive(Debug, thiserror::Error)]
pub enum MigrationError {
    /// The chain has no step from this version (a bug in the app, caught by a test).
    #[error("no migration step from version {0}")]
    MissingStep(u32),
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
}

impl ImportError {
    pub(crate) fn invalid(
        path: impl Into<String>,
        kind: InvalidKind,
        message: impl Into<String>,
    ) -> Self {
        ImportError::Invalid {
            path: path.into(),
            kind,
            message: message.into(),
            source: None,
        }
    }

    /// A broken invariant; `path` is already prefixed with `workshop.`.
    pub(crate) fn from_violation(path: String, kind: ViolationKind) -> Self {
        let kind = match kind {
            ViolationKind::Limit { what, max, found } => {
                return ImportError::Limit {
                    path,
                    what,
                    max,
                    found,
                }
            }
            ViolationKind::Empty => InvalidKind::Empty,
            ViolationKind::DuplicateId => InvalidKind::DuplicateId,
            ViolationKind::DuplicateZone => InvalidKind::DuplicateZone,
            ViolationKind::NoZones => InvalidKind::NoZones,
            ViolationKind::NotFinite => InvalidKind::NotFinite,
        };
        let message = kind.as_str().to_owned();
        ImportError::invalid(path, kind, message)
    }
}
