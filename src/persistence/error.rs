//! Storage errors, mapped from DOMExceptions so the UI can tell "full" from "stale tab" from "broken".

use js_sys::Reflect;
use wasm_bindgen::JsValue;

use super::unreadable::Unreadable;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StorageError {
    /// No usable IndexedDB (missing, blocked by settings, some private modes, sandboxed frames).
    #[error("browser storage (IndexedDB) is not available")]
    Unavailable,
    /// This tab's connection was closed because another tab upgraded or deleted the database; see
    /// [`super::DbEvent`] for whether it came back.
    #[error("the connection to browser storage was closed by another tab")]
    Closed,
    /// The browser refused the write for lack of space; nothing of that write was stored.
    #[error("browser storage is full")]
    QuotaExceeded,
    /// The stored record is not at the revision the writer expected; nothing was written.
    /// `stored_rev` is `None` when no record is stored (for example deleted in another tab).
    #[error("the record was changed elsewhere (stored revision {stored_rev:?})")]
    Conflict { stored_rev: Option<u64> },
    /// The stored record was written by a newer Querwerk (`stored_schema` above this write's schema), which
    /// knows fields this version would drop; nothing was written. Only a reload (to the newer version) helps.
    #[error("the record was saved by a newer version of Querwerk (schema {stored_schema})")]
    NewerData { stored_schema: u32 },
    /// The write was committed but reading it back gave different data.
    #[error("the saved data did not read back as written")]
    VerifyFailed,
    /// The stored value exists but is not a valid record; it is kept and was not overwritten.
    #[error("stored record {} cannot be read ({})", .0.id, .0.reason)]
    Unreadable(Unreadable),
    #[error("could not write to browser storage: {name}: {message}")]
    Write { name: String, message: String },
    #[error("could not read from browser storage: {name}: {message}")]
    Read { name: String, message: String },
}

impl StorageError {
    /// Maps a JS error (DOMException or Error) raised while reading.
    pub fn read(error: &JsValue) -> Self {
        Self::from_js(error, false)
    }

    /// Maps a JS error (DOMException or Error) raised while writing.
    pub fn write(error: &JsValue) -> Self {
        Self::from_js(error, true)
    }

    fn from_js(error: &JsValue, write: bool) -> Self {
        let (name, message) = name_and_message(error);
        // Older Firefox named it NS_ERROR_DOM_QUOTA_REACHED.
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
            Self::QuotaExceeded
        } else if write {
            Self::Write { name, message }
        } else {
            Self::Read { name, message }
        }
    }

    /// Maps an `idb` error; most variants wrap the DOMException or thrown value.
    pub(crate) fn from_idb(error: idb::Error, write: bool) -> Self {
        use idb::Error as E;
        let js: JsValue = match error {
            E::DomException(e) => e.into(),
            E::AddFailed(v)
            | E::ClearFailed(v)
            | E::DeleteFailed(v)
            | E::GetFailed(v)
            | E::GetAllFailed(v)
            | E::GetAllKeysFailed(v)
            | E::UpdateFailed(v)
            | E::IndexedDbOpenFailed(v)
            | E::TransactionOpenFailed(v)
            | E::TransactionCommitError(v)
            | E::ObjectStoreNotFound(v) => v,
            other => {
                let (name, message) = ("IdbError".to_owned(), other.to_string());
                return if write {
                    Self::Write { name, message }
                } else {
                    Self::Read { name, message }
                };
            }
        };
        Self::from_js(&js, write)
    }
}

fn name_and_message(error: &JsValue) -> (String, String) {
    // Reflect.get throws on primitives (a thrown string); then fall back to the value itself.
    let get = |key: &str| {
        Reflect::get(error, &key.into())
            .ok()
            .and_then(|v| v.as_string())
    };
    let name = get("name").unwrap_or_else(|| "Error".to_owned());
    let message = get("message")
        .or_else(|| error.as_string())
        .unwrap_or_else(|| format!("{error:?}"));
    (name, message)
}
