#![cfg(not(target_arch = "wasm32"))]
//! Every command, its effect, its inverse and its errors.

use querwerk::commands::{Command, CommandError};
use querwerk::model::*;

const T0: Timestamp = Timestamp(1_000);
const T1: Timestamp = Timestamp(2_000);
const T2: Timestamp = Timestamp(3_000);

struct Fixture {
    ws: Workshop,
    board: BoardId,
    note: NoteId,
    cluster: ClusterId,
    member: MemberId,
}

fn fixture() -> Fixture {
    let mut ws = Workshop::new("Kick-off", "Wie machen wir Maßmöbel sichtbar?", T0);
    let member = Member::new("Sabine", Role::Company, T0);
    let mut board = Board::from_template(&templates::empathy_map(), "Empathy Map", T0);
    let cluster = Cluster::new("Sorgen", T0);
    let mut note = Note::new("Überfordert", "feels", 1.0, T0);
    note.cluster = Some(cluster.id);
    note.author = Some(member.id);
    let f = (board.id, note.id, cluster.id, member.id);
    board.clusters.push(cluster);
    board.notes.push(note);
    board.notes.push(Note::new("Sagt wenig", "says", 1.0, T0));
    ws.members.push(member);
    ws.boards.push(board);
    Fixture {
        ws,
        board: f.0,
        note: f.1,
        cluster: f.2,
        member: f.3,
    }
}

/// Applies `cmd` at T1, checks the workshop stamp, undoes at T2 and redoes, checking content each way.
/// Returns the workshop after `cmd`.
fn check_roundtrip(ws: &Workshop, cmd: Command) -> Workshop {
    let before = ws.clone();
    let mut ws = ws.clone();
    let inverse = ws
        .apply(&cmd, T1)
        .unwrap_or_else(|e| panic!("{cmd:?} failed: {e}"));
    assert_eq!(ws.updated, T1);
    assert!(
        !ws.content_eq(&before) || matches!(cmd, Command::Batch(_)),
        "{cmd:?} changed nothing"
    );
    let after = ws.clone();
    let redo = ws.apply(&inverse, T2).unwrap();
    assert!(ws.content_eq(&before), "undo of {cmd:?} did not restore");
    assert_eq!(ws.updated, T2, "undo is a new edit");
    ws.apply(&redo, T2).unwrap();
    assert!(ws.content_eq(&after), "redo of {cmd:?} did not restore");
    after
}

fn assert_refused(ws: &Workshop, cmd: Command, expected: CommandError) {
    let mut copy = ws.clone();
    assert_eq!(copy.apply(&cmd, T1), Err(expected));
    assert_eq!(&copy, ws, "a refused command must change nothing");
}

#[test]
fn workshop_fields() {
    let f = fixture();
    let ws = check_roundtrip(
        &f.ws,
        Command::SetTitle {
            title: "Neuer Titel".into(),
        },
    );
    assert_eq!(ws.title, "Neuer Titel");
    let ws = check_roundtrip(
        &f.ws,
        Command::SetQuestion {
            question: "".into(),
        },
    );
    assert_eq!(ws.question, "");
    assert_refused(
        &f.ws,
        Command::SetTitle {
            title: " \n".into(),
        },
        CommandError::EmptyTitle,
    );
    assert_refused(
        &f.ws,
        Command::SetTitle {
            title: "x".repeat(201),
        },
        CommandError::Limit {
            what: LimitKind::Title,
            max: 200,
            found: 201,
        },
    );
}

#[test]
fn members() {
    let f = fixture();
    let new = Member::new("Jonas", Role::Creative, Timestamp(0));
    let ws = check_roundtrip(
        &f.ws,
        Command::AddMember {
            member: new.clone(),
        },
    );
    assert_eq!(ws.member(new.id).unwrap().updated, T1);
    assert_refused(
        &ws,
        Command::AddMember { member: new },
        CommandError::DuplicateId,
    );
    let ws = check_roundtrip(
        &f.ws,
        Command::UpdateMember {
            member: f.member,
            name: "Sabine R.".into(),
            role: Role::Facilitation,
        },
    );
    assert_eq!(ws.member(f.member).unwrap().role, Role::Facilitation);
    let ws = check_roundtrip(&f.ws, Command::DeleteMember { member: f.member });
    let m = ws.member(f.member).unwrap();
    assert!(m.deleted, "members are tombstoned, not removed");
    // The note keeps its author so the UI can still show the name.
    assert_eq!(
        ws.board(f.board).unwrap().note(f.note).unwrap().author,
        Some(f.member)
    );
    assert_refused(
        &ws,
        Command::DeleteMember { member: f.member },
        CommandError::UnknownMember(f.member),
    );
    check_roundtrip(&ws, Command::RestoreMember { member: f.member });
    assert_refused(
        &f.ws,
        Command::RestoreMember { member: f.member },
        CommandError::NotDeleted,
    );
    let unknown = MemberId::new();
    let cmd = Command::UpdateMember {
        member: unknown,
        name: "x".into(),
        role: Role::Company,
    };
    assert_refused(&f.ws, cmd, CommandError::UnknownMember(unknown));
    let cmd = Command::UpdateMember {
        member: f.member,
        name: "".into(),
        role: Role::Company,
    };
    assert_refused(&f.ws, cmd, CommandError::EmptyName);
}

#[test]
fn boards() {
    let f = fixture();
    let board = Board::from_template(&templates::free(), "Ideen", Timestamp(0));
    let ws = check_roundtrip(
        &f.ws,
        Command::AddBoard {
            board: board.clone(),
        },
    );
    assert_eq!(ws.board(board.id).unwrap().created, T1);
    assert_refused(
        &ws,
        Command::AddBoard {
            board: board.clone(),
        },
        CommandError::DuplicateId,
    );
    let mut untitled = Board::from_template(&templates::free(), "", Timestamp(0));
    assert_refused(
        &f.ws,
        Command::AddBoard {
            board: untitled.clone(),
        },
        CommandError::EmptyTitle,
    );
    untitled.title = "ok".into();
    untitled.zones.clear();
    let cmd = Command::AddBoard { board: untitled };
    let expected = CommandError::InvalidBoard {
        path: "zones".into(),
        kind: querwerk::model::validate::ViolationKind::NoZones,
    };
    assert_refused(&f.ws, cmd, expected);
    let ws = check_roundtrip(
        &f.ws,
        Command::RenameBoard {
            board: f.board,
            title: "Karte".into(),
        },
    );
    assert_eq!(ws.board(f.board).unwrap().title, "Karte");
    assert_eq!(ws.board(f.board).unwrap().updated, T1);
    let ws = check_roundtrip(
        &f.ws,
        Command::SetBoardDone {
            board: f.board,
            done: true,
        },
    );
    let b = ws.board(f.board).unwrap();
    assert!(b.done);
    assert_eq!((b.state(), b.updated), (BoardState::Done, T1));
    let reopened = check_roundtrip(
        &ws,
        Command::SetBoardDone {
            board: f.board,
            done: false,
        },
    );
    assert_eq!(
        reopened.board(f.board).unwrap().state(),
        BoardState::InProgress
    );
    let unknown = BoardId::new();
    let cmd = Command::SetBoardDone {
        board: unknown,
        done: true,
    };
    assert_refused(&f.ws, cmd, CommandError::UnknownBoard(unknown));
    let ws = check_roundtrip(&f.ws, Command::DeleteBoard { board: f.board });
    assert!(ws.board(f.board).unwrap().deleted);
    let cmd = Command::SetBoardDone {
        board: f.board,
        done: true,
    };
    assert_refused(&ws, cmd, CommandError::UnknownBoard(f.board));
    let cmd = Command::RenameBoard {
        board: f.board,
        title: "x".into(),
    };
    assert_refused(&ws, cmd, CommandError::UnknownBoard(f.board));
    check_roundtrip(&ws, Command::RestoreBoard { board: f.board });
    assert_refused(
        &f.ws,
        Command::RestoreBoard { board: f.board },
        CommandError::NotDeleted,
    );
}

#[test]
fn notes() {
    let f = fixture();
    let note = Note::new("<img src=x onerror=alert(1)>", "says", 2.0, Timestamp(0));
    let ws = check_roundtrip(
        &f.ws,
        Command::AddNote {
            board: f.board,
            note: note.clone(),
        },
    );
    let added = ws.board(f.board).unwrap().note(note.id).unwrap();
    assert_eq!(
        (added.text.as_str(), added.created, added.updated),
        (note.text.as_str(), T1, T1)
    );
    assert_refused(
        &ws,
        Command::AddNote {
            board: f.board,
            note: note.clone(),
        },
        CommandError::DuplicateId,
    );

    let ws = check_roundtrip(
        &f.ws,
        Command::EditNote {
            board: f.board,
            note: f.note,
            text: "Fühlt sich allein".into(),
        },
    );
    let n = ws.board(f.board).unwrap().note(f.note).unwrap();
    assert_eq!(
        (n.text.as_str(), n.updated, n.created),
        ("Fühlt sich allein", T1, T0)
    );
    assert_eq!(
        ws.board(f.board).unwrap().updated,
        T0,
        "a note edit does not stamp its board"
    );

    let cmd = Command::MoveNote {
        board: f.board,
        note: f.note,
        zone: "thinks".into(),
        order: 0.5,
    };
    let ws = check_roundtrip(&f.ws, cmd);
    let n = ws.board(f.board).unwrap().note(f.note).unwrap();
    assert_eq!((n.zone.as_str(), n.order), ("thinks", 0.5));

    let ws = check_roundtrip(
        &f.ws,
        Command::RecolourNote {
            board: f.board,
            note: f.note,
            colour: NoteColour::Blue,
        },
    );
    assert_eq!(
        ws.board(f.board).unwrap().note(f.note).unwrap().colour,
        NoteColour::Blue
    );

    let ws = check_roundtrip(
        &f.ws,
        Command::DeleteNote {
            board: f.board,
            note: f.note,
        },
    );
    assert!(
        ws.board(f.board).unwrap().note(f.note).unwrap().deleted,
        "tombstone stays"
    );
    let cmd = Command::EditNote {
        board: f.board,
        note: f.note,
        text: "x".into(),
    };
    assert_refused(&ws, cmd, CommandError::UnknownNote(f.note));
    check_roundtrip(
        &ws,
        Command::RestoreNote {
            board: f.board,
            note: f.note,
        },
    );
    assert_refused(
        &f.ws,
        Command::RestoreNote {
            board: f.board,
            note: f.note,
        },
        CommandError::NotDeleted,
    );
}

#[test]
fn note_errors() {
    let f = fixture();
    let (board, note) = (f.board, f.note);
    let cmd = Command::MoveNote {
        board,
        note,
        zone: "nowhere".into(),
        order: 1.0,
    };
    assert_refused(&f.ws, cmd, CommandError::UnknownZone("nowhere".into()));
    let cmd = Command::MoveNote {
        board,
        note,
        zone: "says".into(),
        order: f64::NAN,
    };
    assert_refused(&f.ws, cmd, CommandError::InvalidOrder);
    let other = BoardId::new();
    let cmd = Command::RecolourNote {
        board: other,
        note,
        colour: NoteColour::Grey,
    };
    assert_refused(&f.ws, cmd, CommandError::UnknownBoard(other));
    let mut orphan = Note::new("x", "says", 1.0, T0);
    let stranger = MemberId::new();
    orphan.author = Some(stranger);
    let cmd = Command::AddNote {
        board,
        note: orphan.clone(),
    };
    assert_refused(&f.ws, cmd, CommandError::UnknownMember(stranger));
    orphan.author = None;
    let lost = ClusterId::new();
    orphan.cluster = Some(lost);
    assert_refused(
        &f.ws,
        Command::AddNote {
            board,
            note: orphan,
        },
        CommandError::UnknownCluster(lost),
    );
}

#[test]
fn clusters() {
    let f = fixture();
    let (board, note, cluster) = (f.board, f.note, f.cluster);
    let new = Cluster::new("", Timestamp(0));
    let ws = check_roundtrip(
        &f.ws,
        Command::AddCluster {
            board,
            cluster: new.clone(),
        },
    );
    assert_eq!(
        ws.board(board).unwrap().cluster(new.id).unwrap().updated,
        T1
    );
    let ws = check_roundtrip(
        &f.ws,
        Command::RenameCluster {
            board,
            cluster,
            name: "Ängste".into(),
        },
    );
    assert_eq!(
        ws.board(board).unwrap().cluster(cluster).unwrap().name,
        "Ängste"
    );
    let ws = check_roundtrip(
        &f.ws,
        Command::SetClusterCollapsed {
            board,
            cluster,
            collapsed: true,
        },
    );
    assert!(ws.board(board).unwrap().cluster(cluster).unwrap().collapsed);
    let ws = check_roundtrip(
        &f.ws,
        Command::SetNoteCluster {
            board,
            note,
            cluster: None,
        },
    );
    assert_eq!(ws.board(board).unwrap().note(note).unwrap().cluster, None);
    let lost = ClusterId::new();
    let cmd = Command::SetNoteCluster {
        board,
        note,
        cluster: Some(lost),
    };
    assert_refused(&f.ws, cmd, CommandError::UnknownCluster(lost));
}

#[test]
fn delete_cluster_ungroups_and_undo_regroups() {
    let f = fixture();
    let (board, note, cluster) = (f.board, f.note, f.cluster);
    let mut ws = f.ws.clone();
    let inverse = ws
        .apply(&Command::DeleteCluster { board, cluster }, T1)
        .unwrap();
    let b = ws.board(board).unwrap();
    assert!(b.cluster(cluster).unwrap().deleted);
    assert_eq!(b.note(note).unwrap().cluster, None);
    assert_eq!(b.note(note).unwrap().updated, T1);
    assert!(matches!(inverse, Command::Batch(_)));
    ws.apply(&inverse, T2).unwrap();
    assert!(ws.content_eq(&f.ws));
    assert_eq!(
        ws.board(board).unwrap().note(note).unwrap().cluster,
        Some(cluster)
    );
    check_roundtrip(&f.ws, Command::DeleteCluster { board, cluster });
    assert_refused(
        &f.ws,
        Command::RestoreCluster { board, cluster },
        CommandError::NotDeleted,
    );
}

#[test]
fn batch_is_atomic() {
    let f = fixture();
    let cmds = vec![
        Command::SetTitle {
            title: "Zwischenstand".into(),
        },
        Command::EditNote {
            board: f.board,
            note: f.note,
            text: "neu".into(),
        },
        Command::DeleteNote {
            board: f.board,
            note: NoteId::new(),
        },
    ];
    let mut ws = f.ws.clone();
    assert!(matches!(
        ws.apply(&Command::Batch(cmds.clone()), T1),
        Err(CommandError::UnknownNote(_))
    ));
    assert_eq!(ws, f.ws, "rolled back exactly, timestamps included");
    let after = check_roundtrip(&f.ws, Command::Batch(cmds[..2].to_vec()));
    assert_eq!(after.title, "Zwischenstand");
}

#[test]
fn note_limits() {
    let f = fixture();
    let (board, note) = (f.board, f.note);
    let long = "ß".repeat(limits::MAX_NOTE_CHARS);
    check_roundtrip(
        &f.ws,
        Command::EditNote {
            board,
            note,
            text: long.clone(),
        },
    );
    let cmd = Command::EditNote {
        board,
        note,
        text: format!("{long}x"),
    };
    assert_refused(
        &f.ws,
        cmd,
        CommandError::Limit {
            what: LimitKind::NoteText,
            max: 5000,
            found: 5001,
        },
    );

    let mut full = f.ws.clone();
    let b = full.board_mut(board).unwrap();
    while b.live_note_count() < limits::MAX_NOTES_PER_BOARD {
        b.notes.push(Note::new("x", "says", 1.0, T0));
    }
    let expected = CommandError::Limit {
        what: LimitKind::NotesPerBoard,
        max: 5000,
        found: 5001,
    };
    let cmd = Command::AddNote {
        board,
        note: Note::new("eins zu viel", "says", 2.0, T0),
    };
    assert_refused(&full, cmd, expected.clone());
    // Restoring a tombstone counts too.
    full.board_mut(board).unwrap().notes[0].deleted = true;
    let mut ws = full.clone();
    ws.apply(
        &Command::AddNote {
            board,
            note: Note::new("passt", "says", 2.0, T0),
        },
        T1,
    )
    .unwrap();
    assert_refused(&ws, Command::RestoreNote { board, note }, expected);
}

#[test]
fn board_limit() {
    let f = fixture();
    let mut ws = f.ws.clone();
    while ws.live_boards().count() < limits::MAX_BOARDS {
        ws.boards
            .push(Board::from_template(&templates::free(), "B", T0));
    }
    let cmd = Command::AddBoard {
        board: Board::from_template(&templates::free(), "zu viel", T0),
    };
    assert_refused(
        &ws,
        cmd,
        CommandError::Limit {
            what: LimitKind::Boards,
            max: 200,
            found: 201,
        },
    );
}

#[test]
fn place_note_renormalises_a_crowded_zone() {
    let f = fixture();
    let mut ws = f.ws.clone();
    let board = f.board;
    let b = ws.board_mut(board).unwrap();
    let crowded = [1.0, 1.0 + 1e-12, 1.0 + 2e-12];
    for o in crowded {
        b.notes.push(Note::new(format!("{o}"), "does", o, T0));
    }
    let mover = Note::new("mover", "does", 5.0, T0);
    b.notes.push(mover.clone());
    let cmds = querwerk::commands::place_note(ws.board(board).unwrap(), mover.id, "does", 1);
    assert!(cmds.len() > 1, "renormalised first: {cmds:?}");
    let before = ws.clone();
    let mut history = querwerk::commands::History::new();
    history.run(&mut ws, cmds, T1).unwrap();
    let texts: Vec<_> = ws
        .board(board)
        .unwrap()
        .live_notes_in("does")
        .iter()
        .map(|n| n.text.clone())
        .collect();
    assert_eq!(texts[1], "mover");
    let orders: Vec<_> = ws
        .board(board)
        .unwrap()
        .live_notes_in("does")
        .iter()
        .map(|n| n.order)
        .collect();
    assert_eq!(orders, [1.0, 2.0, 3.0, 4.0]);
    assert!(
        history.undo(&mut ws, T2),
        "the renormalisation and the move are one step"
    );
    assert!(ws.content_eq(&before));
}

#[test]
fn place_note_uses_midpoint_when_there_is_room() {
    let f = fixture();
    let b = f.ws.board(f.board).unwrap();
    let cmds = querwerk::commands::place_note(b, f.note, "says", 0);
    // The note is the only one of its cluster, so it takes the cluster along (no `SetNoteCluster`).
    assert_eq!(
        cmds,
        vec![Command::MoveNote {
            board: f.board,
            note: f.note,
            zone: "says".into(),
            order: 0.0
        }]
    );
}

#[test]
fn agenda_is_planned_changed_and_cleared_with_undo() {
    use querwerk::model::agenda::{Activity, DayTemplate};
    let f = fixture();
    let plan = DayTemplate::Kickoff.agenda(9 * 60, Timestamp(0));
    let ws = check_roundtrip(
        &f.ws,
        Command::SetAgenda {
            agenda: Some(plan.clone()),
        },
    );
    assert_eq!(ws.agenda.as_ref().map(|a| a.updated), Some(T1));
    let mut longer = plan.clone();
    longer.push(Activity::Break, 10);
    let ws = check_roundtrip(
        &ws,
        Command::SetAgenda {
            agenda: Some(longer),
        },
    );
    assert_eq!(ws.agenda.as_ref().map(|a| a.items.len()), Some(8));
    check_roundtrip(&ws, Command::SetAgenda { agenda: None });

    let mut zero = plan.clone();
    zero.items[1].minutes = 0;
    assert_refused(
        &ws,
        Command::SetAgenda { agenda: Some(zero) },
        CommandError::InvalidBoard {
            path: "agenda.items[1].minutes".into(),
            kind: querwerk::model::validate::ViolationKind::Empty,
        },
    );
    let mut long = plan.clone();
    long.items[0].minutes = 601;
    assert_refused(
        &ws,
        Command::SetAgenda { agenda: Some(long) },
        CommandError::Limit {
            what: LimitKind::ItemMinutes,
            max: 600,
            found: 601,
        },
    );
    let mut twice = plan;
    twice.items[1].id = twice.items[0].id;
    assert!(ws
        .clone()
        .apply(
            &Command::SetAgenda {
                agenda: Some(twice)
            },
            T1
        )
        .is_err());
}

#[test]
fn a_merged_version_replaces_the_workshop_as_one_undo_step() {
    let f = fixture();
    let mut other = f.ws.clone();
    other.title = "Zusammengeführt".into();
    other.boards[0]
        .notes
        .push(Note::new("Von zu Hause", "says", 9.0, T1));
    let ws = check_roundtrip(
        &f.ws,
        Command::ReplaceWorkshop {
            workshop: Box::new(other.clone()),
        },
    );
    assert_eq!(ws.title, "Zusammengeführt");
    assert_eq!(ws.boards[0].live_note_count(), 3);

    let stranger = Workshop::new("Fremd", "", T0);
    assert_refused(
        &f.ws,
        Command::ReplaceWorkshop {
            workshop: Box::new(stranger),
        },
        CommandError::OtherWorkshop,
    );
    let mut broken = other;
    broken.title = " ".into();
    assert_refused(
        &f.ws,
        Command::ReplaceWorkshop {
            workshop: Box::new(broken),
        },
        CommandError::EmptyTitle,
    );
}

#[test]
fn earlier_versions_are_taken_back_or_discarded_with_undo() {
    let mut f = fixture();
    let (board, note) = (f.board, f.note);
    let n = f.ws.boards[0].note_mut(note).unwrap();
    n.earlier = vec!["Unsicher".into(), "Allein gelassen".into()];
    let ws = check_roundtrip(
        &f.ws,
        Command::RestoreEarlier {
            board,
            note,
            index: 1,
        },
    );
    let n = ws.board(board).unwrap().note(note).unwrap();
    assert_eq!(n.text, "Allein gelassen");
    assert_eq!(
        n.earlier,
        ["Unsicher", "Überfordert"],
        "the current text takes its place"
    );
    assert_eq!((n.updated, n.created), (T1, T0));

    let ws = check_roundtrip(
        &f.ws,
        Command::DiscardEarlier {
            board,
            note,
            index: 0,
        },
    );
    let n = ws.board(board).unwrap().note(note).unwrap();
    assert_eq!((n.text.as_str(), n.updated), ("Überfordert", T1));
    assert_eq!(n.earlier, ["Allein gelassen"]);

    for index in [2, usize::MAX] {
        assert_refused(
            &f.ws,
            Command::RestoreEarlier { board, note, index },
            CommandError::UnknownEarlier { note, index },
        );
        assert_refused(
            &f.ws,
            Command::DiscardEarlier { board, note, index },
            CommandError::UnknownEarlier { note, index },
        );
    }
    let other = f.ws.boards[0].notes[1].id;
    assert_refused(
        &f.ws,
        Command::RestoreEarlier {
            board,
            note: other,
            index: 0,
        },
        CommandError::UnknownEarlier {
            note: other,
            index: 0,
        },
    );
    let insert = |index: usize, text: String| Command::InsertEarlier {
        board,
        note,
        index,
        text,
    };
    assert_refused(
        &f.ws,
        insert(3, "x".into()),
        CommandError::UnknownEarlier { note, index: 3 },
    );
    assert_refused(
        &f.ws,
        insert(0, "x".repeat(5001)),
        CommandError::Limit {
            what: LimitKind::NoteText,
            max: 5000,
            found: 5001,
        },
    );
    let mut full = f.ws.clone();
    full.boards[0].note_mut(note).unwrap().earlier = vec!["e".into(); 5];
    assert_refused(
        &full,
        insert(0, "x".into()),
        CommandError::Limit {
            what: LimitKind::Earlier,
            max: 5,
            found: 6,
        },
    );
    // A deleted note's earlier versions are out of reach, like its text.
    let mut deleted = f.ws.clone();
    deleted.boards[0].note_mut(note).unwrap().deleted = true;
    assert_refused(
        &deleted,
        Command::DiscardEarlier {
            board,
            note,
            index: 0,
        },
        CommandError::UnknownNote(note),
    );

    // An added note may bring earlier versions, within the limits.
    let mut added = Note::new("Neu", "says", 3.0, T0);
    added.earlier = vec!["e".into(); 6];
    assert_refused(
        &f.ws,
        Command::AddNote { board, note: added },
        CommandError::Limit {
            what: LimitKind::Earlier,
            max: 5,
            found: 6,
        },
    );
}

#[test]
fn restoring_an_earlier_version_is_one_undo_step_in_the_history() {
    use querwerk::commands::History;
    let mut f = fixture();
    f.ws.boards[0].note_mut(f.note).unwrap().earlier = vec!["Unsicher".into()];
    let before = f.ws.clone();
    let mut history = History::new();
    let cmd = Command::RestoreEarlier {
        board: f.board,
        note: f.note,
        index: 0,
    };
    history.run(&mut f.ws, vec![cmd], T1).unwrap();
    assert_eq!(f.ws.boards[0].note(f.note).unwrap().text, "Unsicher");
    assert!(history.undo(&mut f.ws, T2));
    assert!(f.ws.content_eq(&before));
    let n = f.ws.boards[0].note(f.note).unwrap();
    assert_eq!(
        (n.text.as_str(), n.earlier.as_slice()),
        ("Überfordert", &["Unsicher".to_owned()][..])
    );
    // A refused command adds no step and changes nothing.
    let bad = Command::DiscardEarlier {
        board: f.board,
        note: f.note,
        index: 4,
    };
    let snapshot = f.ws.clone();
    assert!(history.run(&mut f.ws, vec![bad], T2).is_err());
    assert_eq!((f.ws == snapshot, history.undo_len()), (true, 0));
}
