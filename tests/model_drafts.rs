#![cfg(not(target_arch = "wasm32"))]
//! An editor's draft: where it lands when its note, zone or board went away meanwhile, and that committing and
//! discarding are ordinary, undoable steps.

use querwerk::commands::{commit_draft, discard_draft, Command, History};
use querwerk::model::draft::NoteDraft;
use querwerk::model::*;

struct Fixture {
    ws: Workshop,
    board: BoardId,
    note: NoteId,
}

/// A workshop with one free board holding the note "Alt".
fn fixture() -> Fixture {
    let mut ws = Workshop::new("Kick-off", "", Timestamp(0));
    let board = Board::from_template(&templates::free(), "Ideen", Timestamp(0));
    let note = Note::new("Alt", "notes", 1.0, Timestamp(0));
    let (board_id, note_id) = (board.id, note.id);
    let mut h = History::new();
    h.run(
        &mut ws,
        vec![
            Command::AddBoard { board },
            Command::AddNote {
                board: board_id,
                note,
            },
        ],
        Timestamp(1),
    )
    .unwrap();
    Fixture {
        ws,
        board: board_id,
        note: note_id,
    }
}

fn draft(f: &Fixture, zone: Option<&str>, text: &str) -> NoteDraft {
    NoteDraft {
        workshop: f.ws.id,
        board: f.board,
        note: f.note,
        zone: zone.map(str::to_owned),
        text: text.into(),
    }
}

fn run(ws: &mut Workshop, h: &mut History, cmds: Vec<Command>) {
    h.run(ws, cmds, Timestamp(10)).unwrap();
}

fn texts(ws: &Workshop, board: BoardId) -> Vec<String> {
    ws.live_board(board)
        .unwrap()
        .live_notes_in("notes")
        .into_iter()
        .map(|n| n.text.clone())
        .collect()
}

#[test]
fn an_edit_commits_trimmed_and_an_unchanged_one_is_no_step() {
    let mut f = fixture();
    assert!(commit_draft(&f.ws, &draft(&f, None, "Alt"), None, Timestamp(5)).is_empty());
    assert!(commit_draft(&f.ws, &draft(&f, None, "  Alt \n"), None, Timestamp(5)).is_empty());
    let cmds = commit_draft(&f.ws, &draft(&f, None, " Neu "), None, Timestamp(5));
    let mut h = History::new();
    run(&mut f.ws, &mut h, cmds);
    assert_eq!(texts(&f.ws, f.board), ["Neu"]);
}

#[test]
fn a_new_note_lands_at_the_end_of_its_zone_and_an_empty_one_is_nothing() {
    let mut f = fixture();
    let fresh = NoteDraft {
        note: NoteId::new(),
        ..draft(&f, Some("notes"), "Zweite")
    };
    assert!(commit_draft(
        &f.ws,
        &NoteDraft {
            text: " \n".into(),
            ..fresh.clone()
        },
        None,
        Timestamp(5)
    )
    .is_empty());
    let cmds = commit_draft(&f.ws, &fresh, None, Timestamp(5));
    let mut h = History::new();
    run(&mut f.ws, &mut h, cmds);
    assert_eq!(texts(&f.ws, f.board), ["Alt", "Zweite"]);
    assert!(
        f.ws.live_board(f.board)
            .unwrap()
            .live_note(fresh.note)
            .is_some(),
        "keeps the editor's id"
    );
}

#[test]
fn the_edit_of_a_note_deleted_meanwhile_becomes_a_new_note() {
    let mut f = fixture();
    let mut h = History::new();
    run(
        &mut f.ws,
        &mut h,
        vec![Command::DeleteNote {
            board: f.board,
            note: f.note,
        }],
    );
    let d = draft(&f, None, "Noch gebraucht").fit(&f.ws).unwrap();
    assert_eq!(d.zone.as_deref(), Some("notes"));
    assert_ne!(d.note, f.note, "the tombstone keeps its id");
    let cmds = commit_draft(
        &f.ws,
        &draft(&f, None, "Noch gebraucht"),
        None,
        Timestamp(5),
    );
    run(&mut f.ws, &mut h, cmds);
    assert_eq!(texts(&f.ws, f.board), ["Noch gebraucht"]);
}

#[test]
fn a_draft_whose_zone_or_board_went_finds_a_place() {
    let f = fixture();
    let gone_zone = draft(&f, Some("nowhere"), "x").fit(&f.ws).unwrap();
    assert_eq!(gone_zone.zone.as_deref(), Some("notes"));

    let mut ws = f.ws.clone();
    let other = Board::from_template(&templates::free(), "Zweites", Timestamp(0));
    let other_id = other.id;
    let mut h = History::new();
    run(&mut ws, &mut h, vec![Command::AddBoard { board: other }]);
    run(
        &mut ws,
        &mut h,
        vec![Command::DeleteBoard { board: f.board }],
    );
    let moved = draft(&f, None, "Gerettet").fit(&ws).unwrap();
    assert_eq!(moved.board, other_id);
    let cmds = commit_draft(&ws, &draft(&f, None, "Gerettet"), None, Timestamp(5));
    run(&mut ws, &mut h, cmds);
    assert_eq!(texts(&ws, other_id), ["Gerettet"]);
}

#[test]
fn a_draft_of_another_workshop_or_without_boards_fits_nowhere() {
    let f = fixture();
    let other = Workshop::new("Anderer", "", Timestamp(0));
    assert_eq!(draft(&f, None, "x").fit(&other), None);
    assert!(commit_draft(&other, &draft(&f, None, "x"), None, Timestamp(5)).is_empty());
}

#[test]
fn discarding_is_two_steps_and_one_undo_brings_the_text_back() {
    let mut f = fixture();
    let mut h = History::new();
    let (commit, back) =
        discard_draft(&f.ws, &draft(&f, None, "Verworfen?"), Timestamp(5)).unwrap();
    run(&mut f.ws, &mut h, commit);
    run(&mut f.ws, &mut h, back);
    assert_eq!(texts(&f.ws, f.board), ["Alt"]);
    assert!(h.undo(&mut f.ws, Timestamp(11)));
    assert_eq!(texts(&f.ws, f.board), ["Verworfen?"]);

    // A new note: discarding deletes it, undo brings it back with its text.
    let fresh = NoteDraft {
        note: NoteId::new(),
        ..draft(&f, Some("notes"), "Neu und weg")
    };
    let (commit, back) = discard_draft(&f.ws, &fresh, Timestamp(5)).unwrap();
    run(&mut f.ws, &mut h, commit);
    run(&mut f.ws, &mut h, back);
    assert_eq!(texts(&f.ws, f.board), ["Verworfen?"]);
    assert!(h.undo(&mut f.ws, Timestamp(12)));
    assert_eq!(texts(&f.ws, f.board), ["Verworfen?", "Neu und weg"]);

    // Nothing typed: nothing to keep.
    assert!(discard_draft(&f.ws, &draft(&f, None, "Verworfen?"), Timestamp(5)).is_none());
}

#[test]
fn a_draft_survives_json() {
    let f = fixture();
    let d = draft(&f, Some("notes"), "\u{202e} rechts nach links\u{200b}");
    let json = serde_json::to_string(&d).unwrap();
    assert_eq!(serde_json::from_str::<NoteDraft>(&json).unwrap(), d);
}

#[test]
fn a_new_note_records_its_author_if_they_are_in_the_team_and_an_edit_keeps_the_author() {
    let mut f = fixture();
    let anna = Member::new("Anna", Role::Creative, Timestamp(1));
    let gone = Member {
        deleted: true,
        ..Member::new("Weg", Role::Company, Timestamp(1))
    };
    f.ws.members = vec![anna.clone(), gone.clone()];
    let fresh = NoteDraft {
        note: NoteId::new(),
        ..draft(&f, Some("notes"), "Von Anna")
    };
    let author_of = |cmds: Vec<Command>| {
        cmds.into_iter().find_map(|c| match c {
            Command::AddNote { note, .. } => Some(note.author),
            _ => None,
        })
    };
    assert_eq!(
        author_of(commit_draft(&f.ws, &fresh, Some(anna.id), Timestamp(5))),
        Some(Some(anna.id))
    );
    // Someone removed from the team, or no one picked at this device: no author.
    assert_eq!(
        author_of(commit_draft(&f.ws, &fresh, Some(gone.id), Timestamp(5))),
        Some(None)
    );
    assert_eq!(
        author_of(commit_draft(
            &f.ws,
            &fresh,
            Some(MemberId::new()),
            Timestamp(5)
        )),
        Some(None)
    );
    assert_eq!(
        author_of(commit_draft(&f.ws, &fresh, None, Timestamp(5))),
        Some(None)
    );
    // An edit is an edit, whoever makes it.
    let edit = commit_draft(
        &f.ws,
        &draft(&f, None, "Anders"),
        Some(anna.id),
        Timestamp(5),
    );
    assert!(matches!(edit.as_slice(), [Command::EditNote { .. }]));
}
