//! Reading the envelope: size → JSON syntax → format → version → migrations → typed workshop → repair → limits.

use super::{
    duplicates, migrate, ImportError, InvalidKind, CURRENT_VERSION, FORMAT_NAME, MAX_FILE_BYTES,
};
use crate::model::limits::LimitKind;
use crate::model::validate::validate_workshop;
use crate::model::Workshop;
use serde_json::{Map, Value};

/// A successfully read workshop and what the UI may want to tell about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub workshop: Workshop,
    /// `formatVersion` as written in the file, before migration.
    pub format_version_found: u32,
    /// True if migrations ran (the file came from an older app version).
    pub migrated: bool,
    /// Notes whose dangling cluster/author reference or unknown zone was repaired on the way in.
    pub repaired: usize,
    pub exported_at: Option<String>,
    pub app_version: Option<String>,
}

/// Refuses files over [`MAX_FILE_BYTES`]; call it with `File.size` before reading the file into memory.
pub fn check_size(bytes: u64) -> Result<(), ImportError> {
    if bytes > MAX_FILE_BYTES {
        Err(ImportError::TooLarge {
            size: bytes,
            max: MAX_FILE_BYTES,
        })
    } else {
        Ok(())
    }
}

/// The envelope of a current-version file, read straight into types: the fast path for the common case.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct Current {
    format: String,
    format_version: u64,
    #[serde(default)]
    app_version: Option<String>,
    #[serde(default)]
    exported_at: Option<String>,
    workshop: Workshop,
}

/// Reads a `.querwerk.json` file. Never panics, whatever `text` is.
pub fn import_workshop(text: &str) -> Result<Imported, ImportError> {
    check_size(u64::try_from(text.len()).unwrap_or(u64::MAX))?;
    // Before any reader: each would silently keep one of the values of a repeated key.
    match duplicates::check(text) {
        Ok(()) => {}
        Err(duplicates::Problem::Duplicate(path)) => {
            return Err(ImportError::invalid(
                path,
                InvalidKind::DuplicateKey,
                "duplicate key",
            ))
        }
        Err(duplicates::Problem::Unreadable(source)) => {
            return Err(ImportError::Syntax {
                line: source.line(),
                column: source.column(),
                source,
            })
        }
    }
    // Most files are of the current version and well-formed: read them without building a JSON tree first,
    // which takes half the time. Anything else (older versions, errors) takes the careful path below, which
    // migrates step by step and names the exact place of a problem.
    if let Some(file) = read_whole(text) {
        if file.format == FORMAT_NAME && file.format_version == u64::from(CURRENT_VERSION) {
            return checked(
                file.workshop,
                CURRENT_VERSION,
                file.exported_at,
                file.app_version,
            );
        }
    }
    let value: Value = serde_json::from_str(text).map_err(|source| ImportError::Syntax {
        line: source.line(),
        column: source.column(),
        source,
    })?;
    let Value::Object(envelope) = value else {
        return Err(ImportError::NotQuerwerk { found: None });
    };
    match envelope.get("format") {
        Some(Value::String(f)) if f == FORMAT_NAME => {}
        Some(Value::String(f)) => {
            return Err(ImportError::NotQuerwerk {
                found: Some(f.clone()),
            })
        }
        _ => return Err(ImportError::NotQuerwerk { found: None }),
    }
    let found = format_version(&envelope)?;
    if found > u64::from(CURRENT_VERSION) {
        return Err(ImportError::NewerVersion {
            found,
            supported: CURRENT_VERSION,
        });
    }
    // Checked above: 1 ≤ found ≤ CURRENT_VERSION, so it fits.
    let found = u32::try_from(found).unwrap_or(CURRENT_VERSION);
    let Value::Object(mut envelope) = migrate::upgrade(Value::Object(envelope), found)? else {
        return Err(ImportError::invalid(
            "",
            InvalidKind::WrongType,
            "migration did not return an object",
        ));
    };
    match envelope.get("workshop") {
        None => {
            return Err(ImportError::invalid(
                "workshop",
                InvalidKind::Missing,
                "missing field `workshop`",
            ))
        }
        // serde would also accept a positional array here; files always hold an object.
        Some(w) if !w.is_object() => {
            return Err(ImportError::invalid(
                "workshop",
                InvalidKind::WrongType,
                "expected an object",
            ))
        }
        Some(_) => {}
    }
    // The migrated envelope goes back through the fast path's reader: one reader for workshops in the whole
    // app, as each reader is tens of kilobytes of wasm. A problem is named by its place in this text.
    envelope.insert("formatVersion".to_owned(), Value::from(CURRENT_VERSION));
    let text = Value::Object(envelope).to_string();
    let file = serde_json::from_str::<Current>(&text).map_err(|e| invalid_at(&text, e))?;
    checked(file.workshop, found, file.exported_at, file.app_version)
}

/// The fast path: a well-formed file with nothing after the envelope.
fn read_whole(text: &str) -> Option<Current> {
    serde_json::from_str(text).ok()
}

/// What both paths end with: references repaired, the limits checked, and what was found reported.
fn checked(
    mut workshop: Workshop,
    found: u32,
    exported_at: Option<String>,
    app_version: Option<String>,
) -> Result<Imported, ImportError> {
    for (path, text) in [("appVersion", &app_version), ("exportedAt", &exported_at)] {
        let found = text.as_deref().map_or(0, |t| t.chars().count());
        LimitKind::Key
            .check(found)
            .map_err(|found| ImportError::Limit {
                path: path.to_owned(),
                what: LimitKind::Key,
                max: LimitKind::Key.max(),
                found,
            })?;
    }
    let repaired = workshop.repair_references();
    validate_workshop(&workshop)
        .map_err(|v| ImportError::from_violation(format!("workshop.{}", v.path), v.kind))?;
    Ok(Imported {
        workshop,
        format_version_found: found,
        migrated: found < CURRENT_VERSION,
        repaired,
        exported_at,
        app_version,
    })
}

/// Reads the envelope back from browser storage (same format, same checks, same migrations).
pub fn parse_stored(text: &str) -> Result<Imported, ImportError> {
    import_workshop(text)
}

fn format_version(envelope: &Map<String, Value>) -> Result<u64, ImportError> {
    const PATH: &str = "formatVersion";
    match envelope.get(PATH) {
        None => Err(ImportError::invalid(
            PATH,
            InvalidKind::Missing,
            "missing field `formatVersion`",
        )),
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) if v >= 1 => Ok(v),
            _ => Err(ImportError::invalid(
                PATH,
                InvalidKind::WrongValue,
                format!("not a version number: {n}"),
            )),
        },
        Some(_) => Err(ImportError::invalid(
            PATH,
            InvalidKind::WrongType,
            "expected a number",
        )),
    }
}

/// A problem the careful path found in `text`, the (migrated) envelope, with its place.
fn invalid_at(text: &str, source: serde_json::Error) -> ImportError {
    let path = super::place::path_at(text, source.line(), source.column());
    // The text read here is the migrated envelope, not the user's file: its line and column mean nothing to
    // the user.
    let full = source.to_string();
    let message = match full.rsplit_once(" at line ") {
        Some((message, _)) => message.to_owned(),
        None => full,
    };
    ImportError::Invalid {
        path,
        kind: classify(&message),
        message,
        source: Some(source),
    }
}

/// serde reports data errors only as text; these prefixes are serde's stable wording for its error constructors.
fn classify(message: &str) -> InvalidKind {
    if message.starts_with("missing field") {
        InvalidKind::Missing
    } else if message.starts_with("invalid type") {
        InvalidKind::WrongType
    } else {
        InvalidKind::WrongValue
    }
}
