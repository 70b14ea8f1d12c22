#![cfg(not(target_arch = "wasm32"))]
//! Merging two copies of a workshop: commutative, associative, idempotent; deletions stay; the later edit wins;
//! conflicts are listed with the losing text.

mod support;

use proptest::prelude::*;
use querwerk::commands::Command;
use querwerk::model::merge::{merge, preview, Conflict};
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
