#![cfg(not(target_arch = "wasm32"))]
//! The guided journey: boards per phase, progress, the current phase and each rule of the recommendation.

use querwerk::model::journey::{Journey, Next, PhaseStatus};
use querwerk::model::*;

mod support;

/// A small catalogue with known ids, so the rules are tested independently of the real texts.
fn catalogue() -> Vec<Method> {
    let proto = support::catalogue().remove(0);
    let m = |id: &str, phase, next: &[&str]| Method {
        id: id.into(),
        phase,
        next: next.iter().map(|s| s.to_string()).collect(),
        ..proto.clone()
    };
    vec![
        m("k1", Phase::Kickoff, &["k2", "p1"]),
        m("k2", Phase::Kickoff, &["p1"]),
        m("p1", Phase::Problem, &["p2"]),
        m("p2", Phase::Problem, &["i1"]),
        m("i1", Phase::Ideas, &[]),
        m("t1", Phase::Prototype, &[]),
        m("s1", Phase::Pitch, &["r1"]),
        m("r1", Phase::Reflection, &["k1"]),
    ]
}

fn board(method: &str, at: i64) -> Board {
    let template = templates::free();
    let mut b = Board::from_template(&template, format!("Board {method}"), Timestamp(at));
    b.method = method.into();
    b
}

fn with_note(mut b: Board, at: i64) -> Board {
    b.notes.push(Note::new("Idee", "notes", 1.0, Timestamp(at)));
    b
}

fn done(mut b: Board) -> Board {
    b.done = true;
    b
}

fn method(next: &Option<Next>) -> Option<&str> {
    next.as_ref().and_then(Next::method)
}

#[test]
fn empty_workshop_starts_with_the_first_kickoff_method() {
    let j = Journey::of(&[], &catalogue());
    assert_eq!(j.phases.len(), 6);
    assert_eq!(
        j.phases.iter().map(|p| p.phase).collect::<Vec<_>>(),
        Phase::ALL
    );
    assert!(j.phases.iter().all(|p| p.status() == PhaseStatus::Empty));
    assert_eq!((j.done, j.total, j.current), (0, 0, Phase::Kickoff));
    assert_eq!(
        j.next,
        Some(Next::Start {
            method: "k1".into()
        })
    );
    assert_eq!(Journey::of(&[], &[]).next, None, "nothing to offer");
}

#[test]
fn boards_are_placed_by_phase_and_unknown_methods_go_to_other() {
    let free = board("free", 1);
    let future = board("from-a-newer-version", 2);
    let p1 = with_note(board("p1", 3), 4);
    let k1 = done(board("k1", 5));
    let mut gone = board("i1", 6);
    gone.deleted = true;
    let boards = [free.clone(), future.clone(), p1.clone(), k1.clone(), gone];
    let j = Journey::of(&boards, &catalogue());
    let kick = j.phase(Phase::Kickoff).unwrap();
    assert_eq!(kick.boards.len(), 1);
    assert_eq!(
        (kick.boards[0].id, kick.boards[0].state),
        (k1.id, BoardState::Done)
    );
    assert_eq!(kick.status(), PhaseStatus::Done);
    let problem = j.phase(Phase::Problem).unwrap();
    assert_eq!(problem.boards[0].state, BoardState::InProgress);
    assert_eq!(problem.status(), PhaseStatus::Open);
    assert!(
        j.phase(Phase::Ideas).unwrap().boards.is_empty(),
        "deleted boards are skipped"
    );
    assert_eq!(
        j.other.iter().map(|b| b.id).collect::<Vec<_>>(),
        [free.id, future.id]
    );
    assert_eq!(j.other[0].state, BoardState::NotStarted);
    assert_eq!((j.done, j.total), (1, 4));
    assert_eq!(j.board(k1.id).map(|b| b.method.as_str()), Some("k1"));
    assert_eq!(j.board(future.id).map(|b| b.id), Some(future.id));
    assert_eq!(
        j.board(boards[4].id),
        None,
        "deleted boards are not on the journey"
    );
}

#[test]
fn board_state_follows_notes_and_the_done_mark() {
    let b = board("k1", 1);
    assert_eq!(b.state(), BoardState::NotStarted);
    let mut b = with_note(b, 2);
    assert_eq!(b.state(), BoardState::InProgress);
    b.notes[0].deleted = true;
    assert_eq!(b.state(), BoardState::NotStarted, "tombstones do not count");
    b.done = true;
    assert_eq!(b.state(), BoardState::Done, "an empty board can be done");
}

#[test]
fn current_phase_is_the_first_open_one_or_after_the_last_done() {
    let cat = catalogue();
    let open_problem = [done(board("k1", 1)), board("p1", 2), board("i1", 3)];
    assert_eq!(Journey::of(&open_problem, &cat).current, Phase::Problem);
    let all_done = [done(board("k1", 1)), done(board("i1", 2))];
    assert_eq!(
        Journey::of(&all_done, &cat).current,
        Phase::Prototype,
        "after the last phase with done boards, gaps included"
    );
    let last = [done(board("r1", 1))];
    assert_eq!(Journey::of(&last, &cat).current, Phase::Reflection);
    let only_free = [done(board("free", 1))];
    assert_eq!(Journey::of(&only_free, &cat).current, Phase::Kickoff);
}

#[test]
fn other_boards_do_not_change_the_recommendation() {
    let cat = catalogue();
    let boards = [with_note(board("free", 1), 2)];
    assert_eq!(
        Journey::of(&boards, &cat).next,
        Some(Next::Start {
            method: "k1".into()
        })
    );
}

#[test]
fn an_open_board_is_continued_started_ones_first_then_newest() {
    let cat = catalogue();
    let empty_new = board("k2", 50);
    let started_old = with_note(board("k1", 1), 10);
    let started_new = with_note(board("p1", 2), 20);
    let boards = [started_old.clone(), empty_new.clone(), started_new.clone()];
    assert_eq!(
        Journey::of(&boards, &cat).next,
        Some(Next::Continue {
            board: started_new.id,
            started: true
        }),
        "the newest note counts as activity, and started boards win over empty ones"
    );
    let boards = [done(started_old), empty_new.clone()];
    assert_eq!(
        Journey::of(&boards, &cat).next,
        Some(Next::Continue {
            board: empty_new.id,
            started: false
        })
    );
    let (a, b) = (board("k1", 5), board("k2", 5));
    assert_eq!(
        Journey::of(&[a, b.clone()], &cat).next,
        Some(Next::Continue {
            board: b.id,
            started: false
        }),
        "ties go to the later board"
    );
}

#[test]
fn a_done_board_leads_to_its_first_unused_follow_up() {
    let cat = catalogue();
    let k1 = done(board("k1", 1));
    let j = Journey::of(std::slice::from_ref(&k1), &cat);
    assert_eq!(
        j.next,
        Some(Next::FollowUp {
            method: "k2".into(),
            after: "k1".into()
        })
    );
    let k2 = done(board("k2", 2));
    let j = Journey::of(&[k1.clone(), k2.clone()], &cat);
    assert_eq!(
        method(&j.next),
        Some("p1"),
        "follows the newest done board (k2)"
    );
    // The older board became newer by a later edit: its follow-ups come first, skipping k2 (already on a board).
    let mut k1_edited = k1.clone();
    k1_edited.updated = Timestamp(9);
    let j = Journey::of(&[k1_edited, k2], &cat);
    assert_eq!(
        j.next,
        Some(Next::FollowUp {
            method: "p1".into(),
            after: "k1".into()
        })
    );
    // A deleted board frees its method again.
    let mut k2_gone = done(board("k2", 3));
    k2_gone.deleted = true;
    assert_eq!(method(&Journey::of(&[k1, k2_gone], &cat).next), Some("k2"));
}

#[test]
fn follow_ups_not_in_the_catalogue_are_skipped() {
    let mut cat = catalogue();
    cat[0].next = vec!["gone".into(), "p2".into()];
    assert_eq!(
        method(&Journey::of(&[done(board("k1", 1))], &cat).next),
        Some("p2")
    );
}

#[test]
fn without_follow_ups_the_next_empty_phase_begins() {
    let cat = catalogue();
    // i1 names no follow-up: the phase after the current one (prototype) is next.
    let boards = [done(board("k1", 1)), done(board("i1", 2))];
    let j = Journey::of(&boards, &cat);
    assert_eq!(j.current, Phase::Prototype);
    assert_eq!(
        j.next,
        Some(Next::NextPhase {
            phase: Phase::Prototype,
            method: "t1".into()
        })
    );
    // Earlier empty phases are not suggested once the team has moved past them.
    assert!(j.phase(Phase::Problem).unwrap().boards.is_empty());
}

#[test]
fn nothing_is_left_when_every_phase_from_the_current_one_is_done() {
    let cat = catalogue();
    // r1 → k1, which is already on a board; reflection is the last phase.
    let boards = [done(board("k1", 1)), done(board("r1", 2))];
    let j = Journey::of(&boards, &cat);
    assert_eq!(j.current, Phase::Reflection);
    assert_eq!(j.next, None);
}

#[test]
fn the_real_catalogue_walks_from_check_in_to_its_follow_up() {
    let cat = support::catalogue();
    let j = Journey::of(&[], &cat);
    let first = method(&j.next).expect("a first method").to_owned();
    assert_eq!(
        cat.iter().find(|m| m.id == first).unwrap().phase,
        Phase::Kickoff
    );
    let started = with_note(board(&first, 1), 2);
    let j = Journey::of(std::slice::from_ref(&started), &cat);
    assert!(matches!(j.next, Some(Next::Continue { started: true, .. })));
    let expected = cat.iter().find(|m| m.id == first).unwrap().next[0].clone();
    let j = Journey::of(&[done(started)], &cat);
    assert_eq!(method(&j.next), Some(expected.as_str()));
    assert_eq!((j.done, j.total), (1, 1));
}
