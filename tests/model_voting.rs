#![cfg(not(target_arch = "wasm32"))]
//! Dot voting: turns, hidden dots, reveal, ranking, the command's checks and its undo.

use querwerk::commands::{Command, CommandError, History};
use querwerk::model::*;

struct Fixture {
    ws: Workshop,
    board: BoardId,
    notes: Vec<NoteId>,
    voters: Vec<MemberId>,
}

fn fixture() -> Fixture {
    let mut ws = Workshop::new("W", "", Timestamp(0));
    let voters: Vec<MemberId> = ["Anna", "Ben", "Cem"]
        .into_iter()
        .map(|n| {
            let m = Member::new(n, Role::Company, Timestamp(0));
            let id = m.id;
            ws.members.push(m);
            id
        })
        .collect();
    let mut board = Board::from_template(&templates::free(), "Fragen", Timestamp(0));
    let notes: Vec<NoteId> = ["eins", "zwei", "drei"]
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let n = Note::new(*t, "notes", i as f64 + 1.0, Timestamp(0));
            let id = n.id;
            board.notes.push(n);
            id
        })
        .collect();
    let id = board.id;
    ws.boards.push(board);
    Fixture {
        ws,
        board: id,
        notes,
        voters,
    }
}

fn voting(ws: &Workshop, board: BoardId) -> &Voting {
    ws.live_board(board)
        .and_then(|b| b.voting.as_ref())
        .expect("voting")
}

#[test]
fn three_voters_take_turns_and_the_ranking_follows_the_dots() {
    let mut f = fixture();
    let mut history = History::default();
    let start = Voting::new(f.voters.clone(), 3, Timestamp(1));
    let set = |v: Voting| Command::SetVoting {
        board: f.board,
        voting: Some(v),
    };
    history
        .run(&mut f.ws, vec![set(start)], Timestamp(1))
        .unwrap();
    let n = &f.notes;
    let turns = [
        (f.voters[0], vec![n[1], n[1], n[2]]),
        (f.voters[1], vec![n[1], n[0], n[2]]),
        (f.voters[2], vec![n[2], n[1], n[1]]),
    ];
    for (i, (voter, dots)) in turns.iter().enumerate() {
        let next = voting(&f.ws, f.board).with_turn(*voter, dots, Timestamp(2 + i as i64));
        history
            .run(&mut f.ws, vec![set(next)], Timestamp(2 + i as i64))
            .unwrap();
    }
    let v = voting(&f.ws, f.board);
    assert_eq!(v.done_count(), 3);
    assert!(!v.revealed);
    let board = f.ws.live_board(f.board).unwrap();
    assert!(v.winners(board).is_empty(), "no winner before the reveal");

    let revealed = v.revealed_at(Timestamp(9));
    history
        .run(&mut f.ws, vec![set(revealed)], Timestamp(9))
        .unwrap();
    let board = f.ws.live_board(f.board).unwrap();
    let v = voting(&f.ws, f.board);
    let ranking: Vec<(NoteId, u32)> = v.ranking(board).iter().map(|r| (r.note, r.dots)).collect();
    assert_eq!(ranking, vec![(n[1], 5), (n[2], 3), (n[0], 1)]);
    assert_eq!(v.winners(board), vec![n[1]]);

    // Undo takes back the reveal, then the last turn, one step each.
    assert!(history.undo(&mut f.ws, Timestamp(10)));
    assert!(!voting(&f.ws, f.board).revealed);
    assert!(history.undo(&mut f.ws, Timestamp(11)));
    assert_eq!(voting(&f.ws, f.board).done_count(), 2);
}

#[test]
fn a_turn_keeps_at_most_the_allowed_dots_and_ignores_strangers() {
    let f = fixture();
    let v = Voting::new(f.voters.clone(), 2, Timestamp(0));
    let n = &f.notes;
    let after = v.with_turn(f.voters[0], &[n[0], n[1], n[2]], Timestamp(1));
    assert_eq!(after.voter(f.voters[0]).unwrap().dots, vec![n[0], n[1]]);
    let stranger = MemberId::new();
    let same = v.with_turn(stranger, &[n[0]], Timestamp(1));
    assert_eq!(same.voters, v.voters);
}

#[test]
fn ties_keep_display_order_and_all_tied_notes_win() {
    let mut f = fixture();
    let n = f.notes.clone();
    let mut v = Voting::new(f.voters.clone(), 1, Timestamp(0));
    v = v.with_turn(f.voters[0], &[n[2]], Timestamp(1));
    v = v.with_turn(f.voters[1], &[n[0]], Timestamp(1));
    v = v.revealed_at(Timestamp(2));
    f.ws.boards[0].voting = Some(v.clone());
    let board = &f.ws.boards[0];
    assert_eq!(v.winners(board), vec![n[0], n[2]]);
}

#[test]
fn the_command_refuses_bad_votes_and_changes_nothing() {
    let mut f = fixture();
    let before = f.ws.clone();
    let cases = [
        // Zero dots each.
        Voting::new(f.voters.clone(), 0, Timestamp(0)),
        // Over the limit of dots each.
        Voting::new(f.voters.clone(), 11, Timestamp(0)),
        // An unknown member.
        Voting::new([MemberId::new()], 3, Timestamp(0)),
        // The same voter twice.
        Voting::new([f.voters[0], f.voters[0]], 3, Timestamp(0)),
        // A dot on a note of no board.
        Voting::new(f.voters.clone(), 3, Timestamp(0)).with_turn(
            f.voters[0],
            &[NoteId::new()],
            Timestamp(0),
        ),
    ];
    for voting in cases {
        let cmd = Command::SetVoting {
            board: f.board,
            voting: Some(voting.clone()),
        };
        assert!(f.ws.apply(&cmd, Timestamp(5)).is_err(), "{voting:?}");
        assert_eq!(f.ws, before);
    }
    // More dots than allowed, written by hand.
    let mut v = Voting::new(f.voters.clone(), 1, Timestamp(0));
    v.voters[0].dots = vec![f.notes[0], f.notes[1]];
    let err =
        f.ws.apply(
            &Command::SetVoting {
                board: f.board,
                voting: Some(v),
            },
            Timestamp(5),
        )
        .unwrap_err();
    assert!(matches!(
        err,
        CommandError::Limit {
            what: LimitKind::Dots,
            ..
        }
    ));
    assert_eq!(f.ws, before);
}

#[test]
fn a_file_with_votes_on_missing_notes_is_repaired_not_refused() {
    let mut f = fixture();
    let mut v = Voting::new(f.voters.clone(), 3, Timestamp(0));
    v.voters[0].dots = vec![f.notes[0], NoteId::new()];
    v.voters.push(Voter {
        member: MemberId::new(),
        dots: vec![],
        done: true,
    });
    f.ws.boards[0].voting = Some(v);
    assert_eq!(f.ws.repair_references(), 2);
    let v = f.ws.boards[0].voting.as_ref().unwrap();
    assert_eq!(v.voters.len(), 3);
    assert_eq!(v.voters[0].dots, vec![f.notes[0]]);
}

#[test]
fn votes_survive_a_copy_with_new_ids() {
    let mut f = fixture();
    let v = Voting::new(f.voters.clone(), 3, Timestamp(0))
        .with_turn(f.voters[1], &[f.notes[2]], Timestamp(1))
        .revealed_at(Timestamp(2));
    f.ws.boards[0].voting = Some(v);
    // Ben has left the team since: his dots still count in the copy.
    f.ws.members[1].deleted = true;
    let copy = f.ws.with_new_ids(Timestamp(3));
    let board = &copy.boards[0];
    let v = board.voting.as_ref().unwrap();
    let winner = v.winners(board);
    assert_eq!(winner.len(), 1);
    assert_eq!(board.live_note(winner[0]).unwrap().text, "drei");
    assert_eq!(copy.member(v.voters[1].member).unwrap().name, "Ben");
}

#[test]
fn a_turn_places_and_takes_back_dots_within_its_share() {
    let f = fixture();
    let v = Voting::new(f.voters.clone(), 2, Timestamp(1));
    let mut turn = Turn::start(&v, f.voters[0]);
    assert!(turn.dots.is_empty());
    assert_eq!(turn.add(f.notes[0], 2), DotChange::Placed { left: 1 });
    assert_eq!(turn.add(f.notes[0], 2), DotChange::Placed { left: 0 });
    assert_eq!(turn.add(f.notes[1], 2), DotChange::NoneLeft);
    assert_eq!(turn.on(f.notes[0]), 2);
    assert_eq!(turn.remove(f.notes[1], 2), DotChange::NoneThere);
    assert_eq!(turn.remove(f.notes[0], 2), DotChange::Removed { left: 1 });
    assert_eq!(turn.dots, vec![f.notes[0]]);
}

#[test]
fn a_turn_taken_again_starts_with_the_voters_own_dots_only() {
    let f = fixture();
    let v = Voting::new(f.voters.clone(), 3, Timestamp(1))
        .with_turn(f.voters[0], &[f.notes[0]], Timestamp(2))
        .with_turn(f.voters[1], &[f.notes[1], f.notes[1]], Timestamp(3));
    let turn = Turn::start(&v, f.voters[1]);
    assert_eq!(turn.dots, vec![f.notes[1], f.notes[1]]);
    // Hidden from the others: the card shows only this voter's dots.
    assert_eq!(
        v.mark(Some(&turn), f.notes[0]),
        DotMark::Placing {
            mine: 0,
            full: false
        }
    );
    assert_eq!(
        v.mark(Some(&turn), f.notes[1]),
        DotMark::Placing {
            mine: 2,
            full: false
        }
    );
    assert_eq!(v.mark(None, f.notes[1]), DotMark::Off);
    assert_eq!(
        v.revealed_at(Timestamp(4)).mark(Some(&turn), f.notes[1]),
        DotMark::Shown(2)
    );
}

#[test]
fn a_turn_no_longer_fits_after_the_reveal_or_without_its_voter() {
    let f = fixture();
    let v = Voting::new(f.voters[..2].to_vec(), 3, Timestamp(1));
    assert!(Turn::start(&v, f.voters[0]).fits(Some(&v)));
    assert!(!Turn::start(&v, f.voters[2]).fits(Some(&v)));
    assert!(!Turn::start(&v, f.voters[0]).fits(Some(&v.revealed_at(Timestamp(2)))));
    assert!(!Turn::start(&v, f.voters[0]).fits(None));
    // Someone not in the vote never sees dots being placed.
    let stranger = Turn::start(&v, f.voters[2]);
    assert_eq!(v.mark(Some(&stranger), f.notes[0]), DotMark::Off);
}
