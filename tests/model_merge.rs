#![cfg(not(target_arch = "wasm32"))]
//! Merging two copies of a workshop: commutative, associative, idempotent; deletions stay; the later edit wins;
//! conflicts are listed with the losing text, which stays at its note as an earlier version.

mod support;

use proptest::prelude::*;
use querwerk::commands::Command;
use querwerk::model::merge::{keep_lost, merge, preview, Conflict};
use querwerk::model::*;

/// A copy of `start` after random edits, as a participant at home would make them (times from `t0` on).
fn edited(start: &Workshop, seeds: &[support::Seed], t0: i64) -> Workshop {
    let mut ws = start.clone();
    for (i, s) in seeds.iter().enumerate() {
        if let Some(cmd) = support::make_command(&ws, s) {
            let _ = ws.apply(&cmd, Timestamp(t0 + i as i64));
        }
    }
    ws
}

fn copies() -> impl Strategy<Value = (Workshop, Workshop, Workshop)> {
    (
        support::workshop(),
        prop::collection::vec(support::seed(), 0..12),
        prop::collection::vec(support::seed(), 0..12),
        prop::collection::vec(support::seed(), 0..12),
        // Overlapping time ranges, so equal timestamps (ties) happen too.
        0i64..3,
    )
        .prop_map(|(start, s1, s2, s3, shift)| {
            let t = 5_000_000_000_000;
            (
                edited(&start, &s1, t),
                edited(&start, &s2, t + shift),
                edited(&start, &s3, t + 2 * shift),
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn merge_is_commutative_associative_and_idempotent((a, b, c) in copies()) {
        let ab = merge(&a, &b);
        prop_assert_eq!(&ab, &merge(&b, &a));
        prop_assert_eq!(merge(&ab, &c), merge(&a, &merge(&b, &c)));
        prop_assert_eq!(&merge(&ab, &ab), &ab);
        // Merging a copy with itself loses and adds nothing.
        let aa = merge(&a, &a);
        prop_assert_eq!(aa.boards.iter().map(|b| b.notes.len()).sum::<usize>(), a.boards.iter().map(|b| b.notes.len()).sum::<usize>());
        prop_assert_eq!(preview(&aa, &a, None), Default::default());
        // The result is a valid workshop (it can be saved and exported).
        prop_assert_eq!(querwerk::model::validate::validate_workshop(&ab), Ok(()));
    }

    #[test]
    fn the_losing_text_of_every_conflict_stays_at_its_note((a, b, _) in copies()) {
        let conflicts = preview(&a, &b, None).conflicts;
        let mut merged = merge(&a, &b);
        keep_lost(&mut merged, &conflicts, Timestamp(9_000_000_000_000));
        prop_assert_eq!(querwerk::model::validate::validate_workshop(&merged), Ok(()));
        for c in &conflicts {
            let n = merged.board(c.board).and_then(|b| b.note(c.note)).expect("note kept");
            prop_assert_eq!(&n.text, &c.kept);
            prop_assert!(n.earlier.contains(&c.lost), "{:?} lost", c.lost);
        }
        // Keeping them again changes nothing.
        let again = merged.clone();
        keep_lost(&mut merged, &conflicts, Timestamp(9_000_000_000_001));
        prop_assert_eq!(merged, again);
    }

    #[test]
    fn every_item_of_both_copies_survives_and_deletions_stay((a, b, _) in copies()) {
        let ab = merge(&a, &b);
        for source in [&a, &b] {
            for board in &source.boards {
                let merged = ab.board(board.id).expect("board kept");
                prop_assert!(merged.deleted || !board.deleted);
                for n in &board.notes {
                    let m = merged.note(n.id).expect("note kept");
                    prop_assert!(m.deleted || !n.deleted, "a deletion came back");
                    prop_assert!(m.updated >= n.updated, "an older edit won");
                }
            }
        }
    }
}

#[test]
fn the_later_edit_wins_and_the_conflict_is_listed_with_both_texts() {
    let t = |n: i64| Timestamp(1_000 + n);
    let mut start = Workshop::new("Kickoff", "Wie?", t(0));
    let mut board = Board::from_template(&templates::empathy_map(), "Empathy Map", t(0));
    let shared = Note::new("Öffnungszeiten", "says", 1.0, t(0));
    let gone = Note::new("Alt", "says", 2.0, t(0));
    let (shared_id, gone_id, board_id) = (shared.id, gone.id, board.id);
    board.notes.extend([shared, gone]);
    start.boards.push(board);

    // The facilitator edits the note at 10; the participant at home edits it at 20 and deletes another.
    let mut office = start.clone();
    office
        .apply(
            &Command::EditNote {
                board: board_id,
                note: shared_id,
                text: "Öffnungszeiten bis 18 Uhr".into(),
            },
            t(10),
        )
        .unwrap();
    let mut home = start.clone();
    home.apply(
        &Command::EditNote {
            board: board_id,
            note: shared_id,
            text: "Samstags offen".into(),
        },
        t(20),
    )
    .unwrap();
    home.apply(
        &Command::DeleteNote {
            board: board_id,
            note: gone_id,
        },
        t(21),
    )
    .unwrap();
    let new_note = Note::new("Lieferdienst", "does", 1.0, t(22));
    let new_id = new_note.id;
    home.apply(
        &Command::AddNote {
            board: board_id,
            note: new_note,
        },
        t(22),
    )
    .unwrap();

    let merged = merge(&office, &home);
    let b = merged.board(board_id).unwrap();
    assert_eq!(b.note(shared_id).unwrap().text, "Samstags offen");
    assert!(b.note(gone_id).unwrap().deleted);
    assert!(b.note(new_id).is_some_and(|n| !n.deleted));

    let p = preview(&office, &home, Some(t(5)));
    assert_eq!(p.new, 1);
    assert_eq!(p.changed, 2);
    assert_eq!(
        p.conflicts,
        vec![Conflict {
            board: board_id,
            note: shared_id,
            kept: "Samstags offen".into(),
            lost: "Öffnungszeiten bis 18 Uhr".into(),
        }]
    );
    // Only one side changed it after they parted: no conflict.
    assert!(preview(&office, &home, Some(t(15))).conflicts.is_empty());
    // Undoing a deletion elsewhere does not bring the note back: deletions stay deleted.
    let mut restored = home.clone();
    restored
        .apply(
            &Command::RestoreNote {
                board: board_id,
                note: gone_id,
            },
            t(30),
        )
        .unwrap();
    assert!(
        merge(&home, &restored)
            .board(board_id)
            .unwrap()
            .note(gone_id)
            .unwrap()
            .deleted
    );
}

#[test]
fn the_lost_text_is_kept_as_an_earlier_version_once_and_survives_merging_again() {
    let t = |n: i64| Timestamp(1_000 + n);
    let mut start = Workshop::new("Kickoff", "Wie?", t(0));
    let mut board = Board::from_template(&templates::free(), "Ideen", t(0));
    let zone = board.zones[0].key.clone();
    let note = Note::new("Öffnungszeiten", zone, 1.0, t(0));
    let (board_id, note_id) = (board.id, note.id);
    assert!(
        !serde_json::to_string(&note).unwrap().contains("earlier"),
        "a note without earlier versions writes none (format v1 stays as it was)"
    );
    board.notes.push(note);
    start.boards.push(board);
    let edit = |ws: &Workshop, text: &str, at: i64| {
        let mut ws = ws.clone();
        let cmd = Command::EditNote {
            board: board_id,
            note: note_id,
            text: text.into(),
        };
        ws.apply(&cmd, t(at)).unwrap();
        ws
    };
    let office = edit(&start, "Sonntags geschlossen", 20);
    let home = edit(&start, "Samstags bis 18 Uhr", 10);

    let conflicts = preview(&office, &home, Some(t(5))).conflicts;
    assert_eq!(conflicts.len(), 1);
    let mut merged = merge(&office, &home);
    keep_lost(&mut merged, &conflicts, t(30));
    let n = merged.board(board_id).unwrap().note(note_id).unwrap();
    assert_eq!(n.text, "Sonntags geschlossen");
    assert_eq!(n.earlier, vec!["Samstags bis 18 Uhr".to_owned()]);
    assert_eq!(
        n.updated,
        t(30),
        "the note changed, so it carries the merge's time"
    );

    // Merging the same file again keeps the earlier version (the note is newer than the file's), once.
    let mut again = merge(&merged, &home);
    keep_lost(
        &mut again,
        &preview(&merged, &home, Some(t(5))).conflicts,
        t(50),
    );
    assert_eq!(
        again
            .board(board_id)
            .unwrap()
            .note(note_id)
            .unwrap()
            .earlier,
        vec!["Samstags bis 18 Uhr".to_owned()]
    );

    // The current text and a text kept already are not kept twice.
    let mut same = merged.clone();
    let current = Conflict {
        board: board_id,
        note: note_id,
        kept: "x".into(),
        lost: "Sonntags geschlossen".into(),
    };
    keep_lost(&mut same, &[current, conflicts[0].clone()], t(40));
    assert_eq!(same, merged);
    // Conflicts on notes the result lacks are skipped.
    let stranger = Conflict {
        note: NoteId::new(),
        ..conflicts[0].clone()
    };
    keep_lost(&mut same, &[stranger], t(40));
    assert_eq!(same, merged);
}

#[test]
fn at_most_five_earlier_versions_are_kept_the_oldest_goes() {
    let mut note = Note::new("jetzt", "notes", 1.0, Timestamp(0));
    for i in 1..=7 {
        assert!(note.keep_earlier(&format!("Fassung {i}")));
    }
    assert_eq!(
        note.earlier,
        (3..=7).map(|i| format!("Fassung {i}")).collect::<Vec<_>>()
    );
    assert!(!note.keep_earlier("Fassung 5"), "kept already");
    assert!(!note.keep_earlier("jetzt"), "the current text");
    assert_eq!(note.earlier.len(), limits::MAX_EARLIER);
}
