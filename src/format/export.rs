//! Writing the envelope.

use super::{CURRENT_VERSION, FORMAT_NAME};
use crate::model::{json, Workshop};
use serde::Serialize;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Envelope<'a> {
    format: &'static str,
    format_version: u32,
    app_version: &'static str,
    exported_at: &'a str,
    workshop: &'a Workshop,
}

fn envelope<'a>(ws: &'a Workshop, exported_at: &'a str) -> Envelope<'a> {
    Envelope {
        format: FORMAT_NAME,
        format_version: CURRENT_VERSION,
        app_version: env!("CARGO_PKG_VERSION"),
        exported_at,
        workshop: ws,
    }
}

// Serialising these types to a String cannot fail: all map keys are strings, there are no custom `Serialize`
// impls, and non-finite floats (which commands and import refuse anyway) would be written as `null`.
const INFALLIBLE: &str = "serialising a workshop to JSON cannot fail";

/// The file a user downloads: pretty-printed so it diffs and reads well. `exported_at` is an ISO 8601 string.
pub fn export_workshop(ws: &Workshop, exported_at: &str) -> String {
    json::write(&envelope(ws, exported_at), "  ").expect(INFALLIBLE)
}

/// The same envelope without indentation, for browser storage. Read it back with [`super::parse_stored`].
pub fn to_stored(ws: &Workshop, saved_at: &str) -> String {
    json::write(&envelope(ws, saved_at), "").expect(INFALLIBLE)
}
