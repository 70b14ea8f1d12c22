#![cfg(not(target_arch = "wasm32"))]
//! Golden fixtures: every `tests/fixtures/v<N>-*.querwerk.json` must import forever. Never edit an existing
//! versioned fixture; add a new one when the format changes.

mod support;

use querwerk::format::*;
use querwerk::model::*;
use std::collections::BTreeSet;

/// `(version, file name)` of every versioned fixture.
fn versioned_fixtures() -> Vec<(u32, String)> {
    let dir = support::fixture_path("");
    let mut found: Vec<(u32, String)> = std::fs::read_dir(&dir)
        .expect("fixtures folder")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(FILE_EXTENSION))
        .filter_map(|name| {
            let version = name.strip_prefix('v')?.split_once('-')?.0.parse().ok()?;
            Some((version, name))
        })
        .collect();
    found.sort();
    found
}

#[test]
fn every_versioned_fixture_imports() {
    let fixtures = versioned_fixtures();
    assert!(!fixtures.is_empty());
    for (version, name) in &fixtures {
        let imported =
            import_workshop(&support::fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(imported.format_version_found, *version, "{name}");
        assert_eq!(imported.migrated, *version < CURRENT_VERSION, "{name}");
        let ws = &imported.workshop;
        assert!(!ws.title.trim().is_empty(), "{name}");
        assert!(
            ws.live_boards().any(|b| b.live_note_count() > 0),
            "{name}: has notes"
        );
        // Whatever it was, it now survives our own export.
        let again = import_workshop(&export_workshop(ws, "2030-01-01T00:00:00Z")).unwrap();
        assert_eq!(&again.workshop, ws, "{name}: re-export is stable");
    }
}

#[test]
fn every_format_version_has_a_fixture() {
    let versions: BTreeSet<u32> = versioned_fixtures().into_iter().map(|(v, _)| v).collect();
    let expected: BTreeSet<u32> = (1..=CURRENT_VERSION).collect();
    assert_eq!(versions, expected);
}

#[test]
fn kickoff_content() {
    let imported = import_workshop(&support::fixture("v1-kickoff.querwerk.json")).unwrap();
    assert_eq!(
        (
            imported.format_version_found,
            imported.migrated,
            imported.repaired
        ),
        (1, true, 0)
    );
    assert_eq!(
        imported.exported_at.as_deref(),
        Some("2025-03-14T10:00:00.000Z")
    );
    assert_eq!(imported.app_version.as_deref(), Some("0.1.0"));
    let ws = imported.workshop;
    assert_eq!(ws.title, "Kick-off: Tischlerei Richter × Designbüro Körner");
    assert!(ws.question.contains("Maßmöbel"));
    let roles: BTreeSet<_> = ws.members.iter().map(|m| format!("{:?}", m.role)).collect();
    assert_eq!(roles.len(), 3, "all three roles");
    assert_eq!(ws.members[2].name, "Anja Weiß");

    let free = &ws.boards[0];
    assert_eq!(
        (free.method.as_str(), free.title.as_str()),
        ("free", "Ideensammlung")
    );
    assert_eq!(free.notes.len(), 5);
    assert_eq!(free.live_note_count(), 4, "one tombstone");
    assert!(free.notes[4].deleted);
    let cluster = &free.clusters[0];
    assert_eq!(cluster.name, "Sichtbarkeit vor Ort");
    let grouped: Vec<_> = free
        .live_notes_of_cluster(cluster.id)
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(
        grouped,
        [
            "Werkstatt-Führungen für Familien am Samstag",
            "Kooperation mit Kitas auf dem Kaßberg"
        ]
    );
    let order: Vec<_> = free
        .live_notes_in("notes")
        .iter()
        .map(|n| n.order)
        .collect();
    // The file's cluster is not contiguous by order (1.0 and 3.0): the display keeps it together where its
    // first note is.
    assert_eq!(order, [1.0, 3.0, 2.0, 2.5]);

    let map = &ws.boards[1];
    assert_eq!(map.method, "empathy-map");
    assert_eq!(
        map.zones,
        templates::empathy_map().zones,
        "zones stored in the file match the template"
    );
    let feels: Vec<_> = map
        .live_notes_in("feels")
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(
        feels,
        [
            "Überfordert von der Auswahl",
            "Stolz auf Selbstgemachtes & Regionales"
        ]
    );
    assert_eq!(map.notes[2].author, None);
    assert_eq!(map.notes[3].colour, NoteColour::Pink);
}

#[test]
fn proto_keys_are_ignored() {
    let imported = import_workshop(&support::fixture("edge-proto-keys.querwerk.json")).unwrap();
    let clean = import_workshop(&support::fixture("v1-kickoff.querwerk.json")).unwrap();
    assert_eq!(imported.workshop, clean.workshop);
}

#[test]
fn html_in_notes_is_kept_verbatim() {
    let imported = import_workshop(&support::fixture("edge-html-in-note.querwerk.json")).unwrap();
    let text = &imported.workshop.boards[0].notes[0].text;
    assert_eq!(
        text,
        "<img src=x onerror=alert(1)><script>alert('x')</script>"
    );
    let exported = export_workshop(&imported.workshop, "x");
    assert_eq!(
        &import_workshop(&exported).unwrap().workshop.boards[0].notes[0].text,
        text
    );
}

/// `done` was added to boards within format version 1: files without it load as not done, and an export keeps it.
#[test]
fn board_done_is_optional_and_survives_export() {
    let text = support::fixture("v1-kickoff.querwerk.json");
    assert!(!text.contains("\"done\""), "the fixture predates the field");
    let imported = import_workshop(&text).unwrap();
    assert_eq!(imported.format_version_found, 1);
    assert!(imported.migrated);
    assert!(imported.workshop.boards.iter().all(|b| !b.done));
    assert_eq!(imported.workshop.boards[0].state(), BoardState::InProgress);

    let mut ws = imported.workshop;
    ws.boards[1].done = true;
    let exported = export_workshop(&ws, "2030-01-01T00:00:00Z");
    assert!(exported.contains("\"done\": true") || exported.contains("\"done\":true"));
    let again = import_workshop(&exported).unwrap().workshop;
    assert_eq!(
        again.boards.iter().map(|b| b.done).collect::<Vec<_>>(),
        [false, true]
    );
    assert_eq!(again.boards[1].state(), BoardState::Done);
    assert_eq!(again, ws);
}

/// Version 2: the question pitch has its own jury check with the kickoff's criteria, beside the result pitch's.
#[test]
fn both_jury_checks_of_version_2() {
    use querwerk::model::pitch::{BankQuestion, Criterion, PitchKind, QuestionStatus};
    let imported = import_workshop(&support::fixture("v2-question-jury.querwerk.json")).unwrap();
    assert_eq!(
        (imported.format_version_found, imported.migrated),
        (2, false)
    );
    let pitch = &imported.workshop.pitch;
    let question = pitch.jury(PitchKind::Question);
    assert_eq!(question.ratings[&Criterion::Problem], 3);
    assert_eq!(question.ratings[&Criterion::Creative], 4);
    assert_eq!(
        question.status(BankQuestion::CreativeRole),
        QuestionStatus::Shaky
    );
    let result = pitch.jury(PitchKind::Result);
    assert_eq!(result.status(BankQuestion::Imprint), QuestionStatus::Sure);
    assert_eq!(
        result.status(BankQuestion::Accessibility),
        QuestionStatus::Open
    );
    assert_eq!(result.ratings[&Criterion::Clarity], 5);
}
