#![cfg(not(target_arch = "wasm32"))]
//! Rules the view's use cases rely on (`state/agenda.rs`, `state/pitch.rs`), kept in the model so they can be
//! tested here: which board an agenda item continues on, and which pitch fits how far the journey got.

use querwerk::model::pitch::{likely_kind, PitchKind};
use querwerk::model::*;

mod support;

fn board_of(methods: &[Method], id: &str, created: i64) -> Board {
    let method = methods
        .iter()
        .find(|m| m.id == id)
        .expect("method in catalogue");
    Board::from_template(&method.board_template(), id, Timestamp(created))
}

#[test]
fn an_agenda_item_continues_on_the_newest_live_board_of_its_method() {
    let methods = support::catalogue();
    let mut ws = Workshop::new("W", "", Timestamp(0));
    assert_eq!(ws.newest_board_of("brainstorming"), None);
    let older = board_of(&methods, "brainstorming", 10);
    let newer = board_of(&methods, "brainstorming", 20);
    let mut deleted = board_of(&methods, "brainstorming", 30);
    deleted.deleted = true;
    let other = board_of(&methods, "brainwriting-635", 40);
    let (older_id, newer_id) = (older.id, newer.id);
    ws.boards.extend([newer, older, deleted, other]);
    assert_eq!(ws.newest_board_of("brainstorming"), Some(newer_id));
    ws.boards.retain(|b| b.id != newer_id);
    assert_eq!(ws.newest_board_of("brainstorming"), Some(older_id));
}

#[test]
fn the_result_pitch_fits_once_a_prototype_or_pitch_board_is_live() {
    let methods = support::catalogue();
    let late = methods
        .iter()
        .find(|m| m.phase >= Phase::Prototype)
        .expect("a late method");
    let early = methods
        .iter()
        .find(|m| m.phase < Phase::Prototype)
        .expect("an early method");
    let mut ws = Workshop::new("W", "", Timestamp(0));
    assert_eq!(likely_kind(&ws, &methods), PitchKind::Question);
    ws.boards.push(board_of(&methods, &early.id, 10));
    assert_eq!(likely_kind(&ws, &methods), PitchKind::Question);
    let mut prototype = board_of(&methods, &late.id, 20);
    prototype.deleted = true;
    ws.boards.push(prototype);
    assert_eq!(
        likely_kind(&ws, &methods),
        PitchKind::Question,
        "deleted boards do not count"
    );
    if let Some(b) = ws.boards.last_mut() {
        b.deleted = false;
    }
    assert_eq!(likely_kind(&ws, &methods), PitchKind::Result);
    assert_eq!(
        likely_kind(&ws, &[]),
        PitchKind::Question,
        "unknown methods do not count"
    );
}
