#![cfg(not(target_arch = "wasm32"))]
//! Undo/redo history: grouping, limits, redo clearing, and the undo-all/redo-all property.

mod support;

use proptest::prelude::*;
use querwerk::commands::{Command, CommandError, History};
use querwerk::model::*;

fn ws() -> Workshop {
    Workshop::new("Kick-off", "", Timestamp(0))
}

fn title(t: &str) -> Command {
    Command::SetTitle { title: t.into() }
}

#[test]
fn undo_redo_and_new_edit_clears_redo() {
    let mut ws = ws();
    let mut h = History::new();
    assert!(!h.can_undo() && !h.can_redo());
    assert!(!h.undo(&mut ws, Timestamp(1)));
    h.run(&mut ws, vec![title("A")], Timestamp(1)).unwrap();
    h.run(&mut ws, vec![title("B")], Timestamp(2)).unwrap();
    assert!(h.undo(&mut ws, Timestamp(3)));
    assert_eq!((ws.title.as_str(), ws.updated), ("A", Timestamp(3)));
    assert!(h.can_redo());
    assert!(h.redo(&mut ws, Timestamp(4)));
    assert_eq!(ws.title, "B");
    assert!(h.undo(&mut ws, Timestamp(5)));
    h.run(&mut ws, vec![title("C")], Timestamp(6)).unwrap();
    assert!(!h.can_redo(), "a new edit clears redo");
    assert!(h.undo(&mut ws, Timestamp(7)));
    assert!(h.undo(&mut ws, Timestamp(8)));
    assert_eq!(ws.title, "Kick-off");
    assert!(!h.can_undo());
}

#[test]
fn a_group_is_one_step_and_atomic() {
    let mut ws = ws();
    let start = ws.clone();
    let mut h = History::new();
    let board = Board::from_template(&templates::free(), "Ideen", Timestamp(0));
    let note = Note::new("Idee", "notes", 1.0, Timestamp(0));
    let group = vec![
        Command::AddBoard {
            board: board.clone(),
        },
        Command::AddNote {
            board: board.id,
            note: note.clone(),
        },
        title("Mit Board"),
    ];
    h.run(&mut ws, group, Timestamp(1)).unwrap();
    assert_eq!(h.undo_len(), 1);
    assert!(h.undo(&mut ws, Timestamp(2)));
    assert!(ws.content_eq(&start));
    assert!(h.redo(&mut ws, Timestamp(3)));
    assert_eq!(ws.live_board(board.id).unwrap().live_note_count(), 1);

    let before = ws.clone();
    let bad = vec![
        title("Halb"),
        Command::DeleteBoard {
            board: BoardId::new(),
        },
    ];
    assert!(matches!(
        h.run(&mut ws, bad, Timestamp(4)),
        Err(CommandError::UnknownBoard(_))
    ));
    assert_eq!(
        ws, before,
        "the earlier command of the failed group is rolled back"
    );
    assert_eq!(h.undo_len(), 1, "a failed group records nothing");
    assert!(h.can_undo());
    h.run(&mut ws, vec![], Timestamp(5)).unwrap();
    assert_eq!(h.undo_len(), 1, "an empty group records nothing");
}

#[test]
fn limit_drops_the_oldest_steps() {
    let mut ws = ws();
    let mut h = History::new();
    assert!(h.limit() >= 200);
    for i in 0..250 {
        h.run(&mut ws, vec![title(&format!("T{i}"))], Timestamp(i))
            .unwrap();
    }
    assert_eq!(h.undo_len(), History::DEFAULT_LIMIT);
    while h.undo(&mut ws, Timestamp(999)) {}
    assert_eq!(ws.title, "T49");
}

#[test]
fn a_step_that_no_longer_applies_clears_history() {
    let mut ws = ws();
    let mut h = History::new();
    let board = Board::from_template(&templates::free(), "Ideen", Timestamp(0));
    h.run(&mut ws, vec![Command::AddBoard { board }], Timestamp(1))
        .unwrap();
    h.run(&mut ws, vec![title("X")], Timestamp(2)).unwrap();
    ws.boards.clear(); // changed behind the history's back, e.g. replaced by a reload
    assert!(h.undo(&mut ws, Timestamp(3)));
    assert!(!h.undo(&mut ws, Timestamp(4)));
    assert!(!h.can_undo() && !h.can_redo());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Random valid-ish edits in random groups: failed groups change nothing; undoing everything restores the
    /// start and redoing everything restores the end (by content, since undo stamps new times).
    #[test]
    fn undo_all_restores_start_and_redo_all_restores_end(
        start in support::workshop(),
        groups in prop::collection::vec(prop::collection::vec(support::seed(), 1..4), 1..25),
    ) {
        let mut ws = start.clone();
        let mut h = History::new();
        let mut now = 5_000_000_000_000i64;
        for group in &groups {
            let cmds: Vec<Command> = group.iter().filter_map(|s| support::make_command(&ws, s)).collect();
            now += 1;
            let before = ws.clone();
            match h.run(&mut ws, cmds.clone(), Timestamp(now)) {
                Ok(()) => {
                    if !cmds.is_empty() { prop_assert_eq!(ws.updated, Timestamp(now)); }
                }
                Err(_) => prop_assert_eq!(&ws, &before),
            }
            prop_assert_eq!(querwerk::model::validate::validate_workshop(&ws), Ok(()));
        }
        let end = ws.clone();
        let steps = h.undo_len();
        while h.undo(&mut ws, Timestamp(now)) { now += 1; }
        prop_assert!(ws.content_eq(&start), "undo all did not restore the start");
        prop_assert_eq!(h.redo_len(), steps);
        while h.redo(&mut ws, Timestamp(now)) { now += 1; }
        prop_assert!(ws.content_eq(&end), "redo all did not restore the end");
        prop_assert_eq!(h.undo_len(), steps);
    }
}

#[test]
fn marking_a_board_done_is_one_undo_step() {
    let mut ws = ws();
    let board = Board::from_template(&templates::free(), "Ideen", Timestamp(0));
    let id = board.id;
    let mut h = History::new();
    h.run(&mut ws, vec![Command::AddBoard { board }], Timestamp(1))
        .unwrap();
    let set = |done| Command::SetBoardDone { board: id, done };
    h.run(&mut ws, vec![set(true)], Timestamp(2)).unwrap();
    assert_eq!(ws.live_board(id).unwrap().state(), BoardState::Done);
    assert!(h.undo(&mut ws, Timestamp(3)));
    let b = ws.live_board(id).unwrap();
    assert_eq!((b.done, b.updated), (false, Timestamp(3)));
    assert!(h.redo(&mut ws, Timestamp(4)));
    assert!(ws.live_board(id).unwrap().done);
    assert_eq!(h.undo_len(), 2);
}
