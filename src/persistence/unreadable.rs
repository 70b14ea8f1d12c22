//! A stored workshop this version cannot read: a value that is not a valid record, or a record whose data
//! the format layer refused (damaged, or from a newer Querwerk). Never deleted by the app: the user can
//! download `raw_json`. Its own file so that `error.rs` and `record.rs` both use it without using each other.

use js_sys::JSON;
use wasm_bindgen::JsValue;

#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    /// The record's key; a non-string key is given as its JSON.
    pub id: String,
    /// The stored title, when the record itself could be read; else empty.
    pub title: String,
    /// The stored data: `JSON.stringify` of the stored value (or a debug rendering if it cannot be
    /// stringified), or the record's `data` when only that was refused.
    pub raw_json: String,
    /// What was wrong, for logs and bug reports.
    pub reason: String,
}

impl Unreadable {
    /// A stored value that is not a valid [`super::Record`].
    pub(crate) fn new(key: &JsValue, value: &JsValue, reason: String) -> Self {
        Self {
            id: key.as_string().unwrap_or_else(|| to_json(key)),
            title: String::new(),
            raw_json: to_json(value),
            reason,
        }
    }
}

fn to_json(value: &JsValue) -> String {
    JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| format!("{value:?}"))
}
