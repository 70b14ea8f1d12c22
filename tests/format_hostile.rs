#![cfg(not(target_arch = "wasm32"))]
//! Hostile and broken files (issue 11), the small ones kept in `tests/fixtures/hostile/`: each is either refused
//! with a translated message naming the place, or imported and repaired, and never panics or hangs. Whatever
//! imports is also exported again, merged into the original, and rendered as CSV and Markdown, which is what the
//! pages compute from it. The huge cases are in `format_hostile_generated.rs`.

mod support;

use querwerk::format::*;
use querwerk::model::merge::{merge_file, preview_file};
use querwerk::model::*;
use support::hostile::{hostile, imported, kickoff, refused};

#[test]
fn far_future_timestamps_import_and_are_clamped_when_merged() {
    let text = hostile("future-timestamps.querwerk.json");
    let ws = imported("future", &text).workshop;
    let local: Workshop = serde_json::from_value(kickoff()["workshop"].clone()).unwrap();
    let now = Timestamp(1_800_000_000_000);
    let p = preview_file(&local, &ws, None, now);
    // The workshop, 3 members, 2 boards and their 10 notes.
    assert_eq!(p.clamped, 1 + 3 + 2 + 10);
    let merged = merge_file(&local, &ws, None, now);
    let latest = merged
        .boards
        .iter()
        .flat_map(|b| b.notes.iter().map(|n| n.updated))
        .max()
        .unwrap();
    assert!(latest <= Timestamp(now.0 + merge::SKEW_MS), "{latest:?}");
    // A later edit here wins over the file's clamped times.
    assert!(Timestamp(now.0 + merge::SKEW_MS + 1) > latest);
}

#[test]
fn dangling_votes_and_clusters_are_repaired() {
    let i = imported(
        "dangling",
        &hostile("dangling-votes-clusters.querwerk.json"),
    );
    assert!(i.repaired >= 3, "{}", i.repaired);
    let b = &i.workshop.boards[0];
    assert_eq!(b.notes[1].cluster, None);
    assert_eq!(b.notes[2].zone, "notes");
    let v = b.voting.as_ref().unwrap();
    assert_eq!(v.voters.len(), 1, "the unknown voter is dropped");
    assert_eq!(
        v.voters[0].dots.len(),
        1,
        "the dot on an unknown note is dropped"
    );
}

#[test]
fn duplicate_ids_are_refused() {
    let err = refused(
        "duplicate ids",
        &hostile("duplicate-ids.querwerk.json"),
        Some("workshop.boards[1].notes[0].id"),
    );
    assert!(matches!(
        err,
        ImportError::Invalid {
            kind: InvalidKind::DuplicateId,
            ..
        }
    ));
}

#[test]
fn right_to_left_and_zero_width_text_is_kept_as_written() {
    let i = imported("rtl", &hostile("rtl-zero-width.querwerk.json"));
    assert!(i.workshop.boards[0].notes[0].text.starts_with('\u{202e}'));
    assert!(i.workshop.title.starts_with('\u{200f}'));
}

#[test]
fn a_name_of_invisible_characters_counts_as_empty() {
    let err = refused(
        "invisible name",
        &hostile("invisible-name.querwerk.json"),
        Some("workshop.members[1].name"),
    );
    assert!(matches!(
        err,
        ImportError::Invalid {
            kind: InvalidKind::Empty,
            ..
        }
    ));
}

#[test]
fn unknown_fields_and_proto_keys_are_ignored_and_never_written_back() {
    let i = imported("unknown", &hostile("unknown-fields.querwerk.json"));
    let stored = to_stored(&i.workshop, "2030-01-01T00:00:00Z");
    for word in [
        "__proto__",
        "constructor",
        "prototype",
        "futureField",
        "extra",
    ] {
        assert!(!stored.contains(word), "{word} written back");
    }
}

#[test]
fn format_versions_0_and_999_and_a_top_level_array_are_refused() {
    let err = refused(
        "v0",
        &hostile("format-version-0.json"),
        Some("formatVersion"),
    );
    assert!(matches!(
        err,
        ImportError::Invalid {
            kind: InvalidKind::WrongValue,
            ..
        }
    ));
    let err = refused("v999", &hostile("format-version-999.json"), Some("999"));
    assert!(matches!(err, ImportError::NewerVersion { found: 999, .. }));
    let err = refused("array", &hostile("top-level-array.json"), None);
    assert!(matches!(err, ImportError::NotQuerwerk { found: None }));
}

#[test]
fn duplicate_keys_are_refused_on_every_path() {
    for (file, place) in [
        ("duplicate-key-field.json", "workshop.title"),
        ("duplicate-key-map.json", "workshop.pitch.texts.team"),
        ("duplicate-key-unknown.json", "x-note"),
    ] {
        let text = hostile(file);
        let err = refused(file, &text, Some(place));
        assert!(
            matches!(&err, ImportError::Invalid { kind: InvalidKind::DuplicateKey, path, .. } if path == place),
            "{file}: {err:?}"
        );
        // Stored data is read by the same reader.
        assert!(parse_stored(&text).is_err(), "{file}");
    }
}

#[test]
fn integer_limits_are_refused_or_imported_safely() {
    for (file, place) in [
        ("limit-agenda-start.json", "workshop.agenda.start"),
        (
            "limit-agenda-minutes.json",
            "workshop.agenda.items[0].minutes",
        ),
        (
            "limit-rehearsal.json",
            "workshop.pitch.rehearsals[0].sections[0]",
        ),
        (
            "limit-pitch-plan.json",
            "workshop.pitch.plans.question.budgets",
        ),
    ] {
        let err = refused(file, &hostile(file), Some(place));
        assert!(matches!(err, ImportError::Limit { .. }), "{file}: {err:?}");
    }
    // An agenda item id at u32::MAX: the next id is still new.
    let i = imported("agenda ids", &hostile("limit-agenda-ids.querwerk.json"));
    let agenda = i.workshop.agenda.as_ref().unwrap();
    let next = agenda.next_id();
    assert!(agenda.items.iter().all(|item| item.id != next), "{next}");
    // Orders at both ends of the f64 range and the smallest positive one: a place between them stays finite.
    let i = imported("orders", &hostile("limit-order.querwerk.json"));
    let orders: Vec<f64> = i.workshop.boards[0].notes.iter().map(|n| n.order).collect();
    assert!(order_between(Some(orders[1]), Some(orders[0])).is_finite());
    assert!(order_between(Some(orders[0]), None).is_finite());
    assert!(order_between(None, Some(orders[1])).is_finite());
}
