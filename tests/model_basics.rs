#![cfg(not(target_arch = "wasm32"))]
//! Domain model: ids, templates, ordering, lookups, tolerant serde, repair, validation, copies.

mod support;

use proptest::prelude::*;
use querwerk::model::validate::{validate_workshop, ViolationKind};
use querwerk::model::*;
use std::collections::HashSet;

fn sample() -> (Workshop, BoardId) {
    let now = Timestamp(1_000);
    let mut ws = Workshop::new("Kick-off", "Wie …?", now);
    let board = Board::from_template(&templates::empathy_map(), "Empathy Map", now);
    let id = board.id;
    ws.boards.push(board);
    (ws, id)
}

#[test]
fn ids_are_fresh_display_as_uuid_and_parse_back() {
    let a = NoteId::new();
    assert_ne!(a, NoteId::new());
    let text = a.to_string();
    assert_eq!(text.len(), 36);
    assert_eq!(text.parse::<NoteId>().unwrap(), a);
    assert_eq!(serde_json::to_string(&a).unwrap(), format!("\"{text}\""));
}

#[test]
fn templates_have_the_documented_zones() {
    let free = templates::free();
    assert_eq!(free.method, "free");
    assert_eq!(free.zones.len(), 1);
    assert_eq!(free.zones[0].key, "notes");
    let map = templates::empathy_map();
    assert_eq!(map.method, "empathy-map");
    let keys: Vec<_> = map.zones.iter().map(|z| z.key.as_str()).collect();
    assert_eq!(keys, ["says", "thinks", "does", "feels"]);
    let de: Vec<_> = map.zones.iter().map(|z| z.label.de.as_str()).collect();
    assert_eq!(de, ["Sagt", "Denkt", "Tut", "Fühlt"]);
    assert!(map.zones.iter().all(|z| !z.label.en.is_empty()));
    assert_eq!(templates::by_method("empathy-map"), Some(map));
    assert_eq!(templates::by_method("nope"), None);
}

#[test]
fn board_from_template_copies_zones() {
    let t = templates::empathy_map();
    let b = Board::from_template(&t, "Karte", Timestamp(5));
    assert_eq!(b.zones, t.zones);
    assert_eq!(
        (b.created, b.updated, b.deleted),
        (Timestamp(5), Timestamp(5), false)
    );
    assert!(b.notes.is_empty());
}

#[test]
fn order_between_covers_ends_and_middle() {
    assert_eq!(order_between(None, None), 1.0);
    assert_eq!(order_between(Some(3.0), None), 4.0);
    assert_eq!(order_between(None, Some(3.0)), 2.0);
    assert_eq!(order_between(Some(1.0), Some(2.0)), 1.5);
    assert_eq!(order_between(Some(f64::NAN), Some(2.0)), 1.0);
    assert!(order_between(Some(f64::MAX), Some(f64::MAX)).is_finite());
}

#[test]
fn needs_renormalise_after_repeated_halving() {
    let (a, mut b) = (1.0, 2.0);
    let mut steps = 0;
    while !needs_renormalise(Some(a), Some(b)) {
        b = order_between(Some(a), Some(b));
        steps += 1;
    }
    assert!((25..40).contains(&steps), "took {steps} halvings");
    assert!(!needs_renormalise(None, Some(1.0)));
    assert!(needs_renormalise(Some(1e20), Some(1e20 + 16384.0)));
    assert_eq!(renormalised(0), 1.0);
}

#[test]
fn live_notes_in_zone_are_ordered_and_skip_tombstones() {
    let (mut ws, id) = sample();
    let now = Timestamp(2);
    let b = ws.board_mut(id).unwrap();
    b.notes.push(Note::new("c", "feels", 3.0, now));
    b.notes.push(Note::new("a", "feels", 1.0, now));
    b.notes.push(Note::new("other zone", "says", 0.0, now));
    let mut gone = Note::new("deleted", "feels", 2.0, now);
    gone.deleted = true;
    b.notes.push(gone);
    b.notes.push(Note::new("b", "feels", 1.0, now)); // tie: after "a" by position
    let texts: Vec<_> = b
        .live_notes_in("feels")
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(texts, ["a", "b", "c"]);
    assert_eq!(b.live_note_count(), 4);
}

#[test]
fn lookups_return_none_for_unknown_ids() {
    let (ws, id) = sample();
    assert!(ws.board(id).is_some());
    assert!(ws.board(BoardId::new()).is_none());
    assert!(ws.member(MemberId::new()).is_none());
    let b = ws.board(id).unwrap();
    assert!(b.note(NoteId::new()).is_none());
    assert!(b.cluster(ClusterId::new()).is_none());
    assert!(b.zone("feels").is_some());
    assert!(b.zone("nope").is_none());
}

#[test]
fn serde_defaults_missing_fields_and_ignores_unknown_ones() {
    let json = r#"{"id":"7d8c3ab5-63a5-4b6f-9a35-d6bb4cd52d02","title":"T","__proto__":{"x":1},
        "boards":[{"id":"8d8c3ab5-63a5-4b6f-9a35-d6bb4cd52d02","zones":[{"key":"notes"}],
        "notes":[{"id":"9d8c3ab5-63a5-4b6f-9a35-d6bb4cd52d02","constructor":"x"}]}]}"#;
    let ws: Workshop = serde_json::from_str(json).unwrap();
    let note = &ws.boards[0].notes[0];
    assert_eq!(
        (note.text.as_str(), note.colour, note.order, note.deleted),
        ("", NoteColour::Yellow, 0.0, false)
    );
    assert!(ws.members.is_empty());
    assert_eq!(ws.question, "");
}

#[test]
fn serde_requires_ids() {
    let err = serde_json::from_str::<Workshop>(r#"{"title":"T"}"#).unwrap_err();
    assert!(err.to_string().contains("missing field `id`"), "{err}");
}

#[test]
fn serde_uses_lowercase_enums_and_camel_case() {
    let mut n = Note::new("x", "notes", 1.0, Timestamp(1));
    n.colour = NoteColour::Lilac;
    let v = serde_json::to_value(&n).unwrap();
    assert_eq!(v["colour"], "lilac");
    let m = Member::new("A", Role::Facilitation, Timestamp(1));
    assert_eq!(serde_json::to_value(&m).unwrap()["role"], "facilitation");
}

#[test]
fn repair_clears_dangling_references_and_unknown_zones() {
    let (mut ws, id) = sample();
    let b = ws.board_mut(id).unwrap();
    let mut n = Note::new("x", "nowhere", 1.0, Timestamp(1));
    n.cluster = Some(ClusterId::new());
    n.author = Some(MemberId::new());
    b.notes.push(n);
    b.notes.push(Note::new("fine", "says", 1.0, Timestamp(1)));
    assert_eq!(ws.repair_references(), 1);
    let n = &ws.board(id).unwrap().notes[0];
    assert_eq!((n.cluster, n.author, n.zone.as_str()), (None, None, "says"));
    assert_eq!(ws.repair_references(), 0);
}

#[test]
fn validate_reports_paths() {
    let (mut ws, id) = sample();
    assert_eq!(validate_workshop(&ws), Ok(()));
    let note = Note::new(
        "ä".repeat(limits::MAX_NOTE_CHARS + 1),
        "says",
        1.0,
        Timestamp(1),
    );
    ws.board_mut(id).unwrap().notes.push(note.clone());
    let v = validate_workshop(&ws).unwrap_err();
    assert_eq!(v.path, "boards[0].notes[0].text");
    assert_eq!(
        v.kind,
        ViolationKind::Limit {
            what: LimitKind::NoteText,
            max: 5000,
            found: 5001
        }
    );
    let b = ws.board_mut(id).unwrap();
    b.notes[0].text = "ok".into();
    b.notes.push(note.clone());
    b.notes[1].text = "dup".into();
    let v = validate_workshop(&ws).unwrap_err();
    assert_eq!(
        (v.path.as_str(), v.kind),
        ("boards[0].notes[1].id", ViolationKind::DuplicateId)
    );
    ws.title = "  ".into();
    assert_eq!(
        validate_workshop(&ws).unwrap_err().kind,
        ViolationKind::Empty
    );
}

#[test]
fn content_eq_ignores_updated_and_tombstones_only() {
    let (ws, id) = sample();
    let mut other = ws.clone();
    other.updated = Timestamp(99);
    other.board_mut(id).unwrap().updated = Timestamp(99);
    let mut gone = Note::new("gone", "says", 1.0, Timestamp(1));
    gone.deleted = true;
    other.board_mut(id).unwrap().notes.push(gone);
    assert!(ws.content_eq(&other));
    other.title = "Anders".into();
    assert!(!ws.content_eq(&other));
}

proptest! {
    #[test]
    fn generated_workshops_are_valid(ws in support::workshop()) {
        prop_assert_eq!(validate_workshop(&ws), Ok(()));
    }

    #[test]
    fn with_new_ids_keeps_content_and_shares_no_id(ws in support::workshop()) {
        let copy = ws.with_new_ids(Timestamp(42));
        prop_assert_eq!(support::shape(&ws), support::shape(&copy));
        let old: HashSet<_> = support::all_ids(&ws).into_iter().collect();
        prop_assert!(support::all_ids(&copy).iter().all(|id| !old.contains(id)));
        prop_assert_eq!(validate_workshop(&copy), Ok(()));
        prop_assert_eq!(copy.created, Timestamp(42));
        // Internal references point at items of the copy.
        for b in &copy.boards {
            for n in &b.notes {
                if let Some(c) = n.cluster { prop_assert!(b.cluster(c).is_some()); }
                if let Some(a) = n.author { prop_assert!(copy.member(a).is_some()); }
            }
        }
    }
}
