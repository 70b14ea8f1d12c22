#![cfg(not(target_arch = "wasm32"))]
//! Hostile files too large to commit (issue 11), generated here from the kickoff fixture: a 12 MB file, 5,000
//! notes on one board, 10,000-deep nesting in a known and in an unknown field, and a 1 MB note. Each is refused
//! with a translated message naming the place, or imported, within the hang guard of `support::hostile`.

mod support;

use querwerk::format::*;
use querwerk::i18n::messages::import_error;
use querwerk::i18n::Lang;
use querwerk::model::merge::preview_file;
use querwerk::model::*;
use serde_json::{json, Value};
use support::hostile::{imported, kickoff, refused};

#[test]
fn five_thousand_notes_import_and_one_more_is_refused() {
    let mut v = kickoff();
    let template = v["workshop"]["boards"][0]["notes"][1].clone();
    let notes: Vec<Value> = (0..MAX_NOTES)
        .map(|i| {
            let mut n = template.clone();
            n["id"] = json!(format!("00000000-0000-4000-8000-{i:012}"));
            n["order"] = json!(i);
            n
        })
        .collect();
    v["workshop"]["boards"][0]["notes"] = Value::Array(notes.clone());
    let i = imported("5000 notes", &v.to_string());
    assert_eq!(i.workshop.boards[0].live_note_count(), MAX_NOTES);
    let local: Workshop = serde_json::from_value(kickoff()["workshop"].clone()).unwrap();
    let p = preview_file(&local, &i.workshop, None, Timestamp(1_800_000_000_000));
    assert!(
        matches!(&p.refused, Some(v) if v.path == "boards[0].notes"),
        "{:?}",
        p.refused
    );
    let mut more = notes;
    let mut extra = template;
    extra["id"] = json!("00000000-0000-4000-8000-ffffffffffff");
    more.push(extra);
    v["workshop"]["boards"][0]["notes"] = Value::Array(more);
    refused(
        "5001 notes",
        &v.to_string(),
        Some("workshop.boards[0].notes"),
    );
}

const MAX_NOTES: usize = limits::MAX_NOTES_PER_BOARD;

#[test]
fn a_twelve_megabyte_file_is_refused_before_reading() {
    // 12 MB of valid JSON: refused by size (the limit is MAX_FILE_BYTES, 10 MiB), never parsed.
    let mut v = kickoff();
    v["padding"] = json!("x".repeat(12 * 1000 * 1000));
    let text = v.to_string();
    assert!(text.len() as u64 > MAX_FILE_BYTES);
    let err = refused("12 MB", &text, None);
    assert!(matches!(err, ImportError::TooLarge { .. }), "{err:?}");
    assert!(import_error(Lang::De, &err).contains("12 MB"));
}

#[test]
fn ten_thousand_deep_nesting_is_refused_in_known_and_unknown_fields() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    for field in ["\"boards\"", "\"unknownField\""] {
        let mut text = support::fixture("v1-kickoff.querwerk.json");
        text = text.replacen(
            "\"title\":",
            &format!("{field}: {deep},\n    \"title\":"),
            1,
        );
        let err = refused(field, &text, None);
        assert!(
            matches!(err, ImportError::Syntax { .. }),
            "{field}: {err:?}"
        );
    }
    // Deep objects too, at the top of the file.
    let deep = format!("{}1{}", "{\"a\":".repeat(10_000), "}".repeat(10_000));
    assert!(matches!(
        refused("deep objects", &deep, None),
        ImportError::Syntax { .. }
    ));
}

#[test]
fn a_one_megabyte_note_is_refused_with_its_place() {
    let mut v = kickoff();
    v["workshop"]["boards"][1]["notes"][2]["text"] = json!("ä".repeat(1 << 20));
    let err = refused(
        "1 MB note",
        &v.to_string(),
        Some("workshop.boards[1].notes[2].text"),
    );
    assert!(matches!(
        err,
        ImportError::Limit {
            what: LimitKind::NoteText,
            ..
        }
    ));
}
