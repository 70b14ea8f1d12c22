//! Helpers for the hostile-file tests (`tests/format_hostile*.rs`): import within a hang guard, then assert
//! refused-with-message or imported-and-repaired.

use super::fixture;
use querwerk::format::*;
use querwerk::i18n::messages::import_error;
use querwerk::i18n::Lang;
use querwerk::model::merge::{merge_file, preview_file};
use querwerk::model::*;
use serde_json::Value;
use std::time::{Duration, Instant};

/// A hang guard, not a benchmark: debug builds on a busy 2-core machine are slow.
pub const BOUND: Duration = Duration::from_secs(60);

pub fn hostile(name: &str) -> String {
    fixture(&format!("hostile/{name}"))
}

pub fn kickoff() -> Value {
    serde_json::from_str(&fixture("v1-kickoff.querwerk.json")).unwrap()
}

/// Imports within the time bound.
pub fn timed_import(name: &str, text: &str) -> Result<Imported, ImportError> {
    let start = Instant::now();
    let result = import_workshop(text);
    assert!(
        start.elapsed() < BOUND,
        "{name}: took {:?}",
        start.elapsed()
    );
    result
}

/// Refused, with a message in both languages that names `place` (when the error has one).
pub fn refused(name: &str, text: &str, place: Option<&str>) -> ImportError {
    let err = match timed_import(name, text) {
        Ok(_) => panic!("{name}: imported, expected a refusal"),
        Err(e) => e,
    };
    for lang in Lang::ALL {
        let message = import_error(lang, &err);
        assert!(!message.is_empty(), "{name}");
        if let Some(place) = place {
            assert!(
                message.contains(place),
                "{name}: {lang:?} message {message:?} does not name {place}"
            );
        }
    }
    err
}

/// Imported; then everything a page computes from it runs without panicking.
pub fn imported(name: &str, text: &str) -> Imported {
    let imported = timed_import(name, text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let ws = &imported.workshop;
    assert_eq!(validate::validate_workshop(ws), Ok(()), "{name}");
    let again = import_workshop(&export_workshop(ws, "2030-01-01T00:00:00Z"))
        .unwrap_or_else(|e| panic!("{name}: re-import: {e}"));
    assert_eq!(&again.workshop, ws, "{name}: re-export is stable");
    let methods = super::catalogue();
    let _ = notes_csv(ws, &methods, &Lang::De);
    let _ = workshop_markdown(ws, &methods, &Lang::En, "1.1.2027");
    if let Some(a) = &ws.agenda {
        let _ = (a.slots(), a.total_minutes(), a.next_id());
        let run = agenda::AgendaRun::start(Timestamp(i64::MIN));
        let _ = run.behind_ms(a, Timestamp(i64::MAX));
    }
    for r in &ws.pitch.rehearsals {
        let _ = (r.total_ms(), r.over_ms());
    }
    for kind in pitch::PitchKind::ALL {
        let _ = ws.pitch.plan(kind).planned_secs(kind);
    }
    let local: Workshop = serde_json::from_value(kickoff()["workshop"].clone()).unwrap();
    if local.id == ws.id {
        let now = Timestamp(1_800_000_000_000);
        // Refused before it is offered when the two copies together break a limit (5,000 notes plus the
        // kickoff's); else valid.
        let p = preview_file(&local, ws, None, now);
        let merged = merge_file(&local, ws, None, now);
        assert_eq!(
            validate::validate_workshop(&merged).err(),
            p.refused,
            "{name}"
        );
    }
    imported
}
