//! Download file names.

use super::FILE_EXTENSION;
use crate::model::Workshop;

const MAX_SLUG: usize = 60;

/// A file-name-safe slug: lowercase ASCII letters and digits separated by single `-`, at most 60 characters.
/// German umlauts stay readable (`ä → ae`, `ß → ss`); anything else that is not a letter or digit becomes `-`.
/// Empty if nothing usable is left.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    // ASCII lowering only: full Unicode case tables would cost about 20 KB of wasm for file names.
    for c in text.chars() {
        let c = c.to_ascii_lowercase();
        let mapped = match c {
            'ä' | 'Ä' => "ae",
            'ö' | 'Ö' => "oe",
            'ü' | 'Ü' => "ue",
            'ß' | 'ẞ' => "ss",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "-",
        };
        if mapped == "-" {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push_str(mapped);
        }
    }
    // Only ASCII was pushed, so byte truncation is on a char boundary.
    out.truncate(MAX_SLUG);
    out.trim_end_matches('-').to_owned()
}

/// `<slug-of-title>-<date>.querwerk.json`, with `workshop` when the title has no usable characters.
/// `date` is expected as `YYYY-MM-DD`; anything unsafe in it is slugged too.
pub fn file_name(ws: &Workshop, date: &str) -> String {
    format!("{}{FILE_EXTENSION}", stem(ws, date))
}

/// The same name for a document made from the workshop: `<slug-of-title>-<date>.<extension>` (`md`, `csv`).
pub fn document_name(ws: &Workshop, date: &str, extension: &str) -> String {
    format!("{}.{extension}", stem(ws, date))
}

fn stem(ws: &Workshop, date: &str) -> String {
    let title = slug(&ws.title);
    let title = if title.is_empty() {
        "workshop".to_owned()
    } else {
        title
    };
    let date = slug(date);
    if date.is_empty() {
        title
    } else {
        format!("{title}-{date}")
    }
}
