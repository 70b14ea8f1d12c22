//! Invariants every workshop must satisfy. The file format refuses files that break them and commands refuse
//! edits that would, so undoing or redoing (which re-applies old values) can never fail on a limit.

mod parts;

pub use parts::{validate_agenda, validate_pitch};

use super::limits::{LimitKind, MAX_BOARDS};
use super::{Board, Workshop};
use parts::{validate_carried, validate_zones};
use std::collections::HashSet;
use std::hash::Hash;

/// The first broken invariant found, with a path relative to the workshop, e.g. `boards[2].notes[5].text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    pub path: String,
    pub kind: ViolationKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViolationKind {
    Limit {
        what: LimitKind,
        max: usize,
        found: usize,
    },
    /// A title or name that must not be blank is blank.
    Empty,
    /// An id appears twice (ids of one kind must be unique in the whole workshop).
    DuplicateId,
    /// Two zones of a board share a key.
    DuplicateZone,
    /// A board has no zones, so its notes would have nowhere to show.
    NoZones,
    /// A note's order is NaN or infinite.
    NotFinite,
}

fn violation(path: impl Into<String>, kind: ViolationKind) -> Violation {
    Violation {
        path: path.into(),
        kind,
    }
}

/// `found` items where `what` allows `what.max()`.
fn over_limit(path: impl Into<String>, what: LimitKind, found: usize) -> Violation {
    violation(
        path,
        ViolationKind::Limit {
            what,
            max: what.max(),
            found,
        },
    )
}

fn check_chars(path: impl Into<String>, text: &str, what: LimitKind) -> Result<(), Violation> {
    what.check(text.chars().count())
        .map_err(|found| over_limit(path, what, found))
}

/// A key or id written into files (zone key, method id): at most [`LimitKind::Key`] characters.
fn check_key(path: impl Into<String>, text: &str) -> Result<(), Violation> {
    check_chars(path, text, LimitKind::Key)
}

/// At most `what.max()` items.
fn check_count(path: impl Into<String>, what: LimitKind, found: usize) -> Result<(), Violation> {
    what.check(found)
        .map_err(|found| over_limit(path, what, found))
}

/// Shows something (invisible characters alone count as blank) and fits a title.
fn check_title(path: &str, text: &str) -> Result<(), Violation> {
    if super::is_blank(text) {
        return Err(violation(path, ViolationKind::Empty));
    }
    check_chars(path, text, LimitKind::Title)
}

/// Inserts into `seen`, failing with `DuplicateId` at `path` if the id was there already.
fn unique<T: Hash + Eq>(
    seen: &mut HashSet<T>,
    id: T,
    path: impl FnOnce() -> String,
) -> Result<(), Violation> {
    if seen.insert(id) {
        Ok(())
    } else {
        Err(violation(path(), ViolationKind::DuplicateId))
    }
}

/// Checks one board on its own; paths are relative to the board (`notes[5].text`).
pub fn validate_board(board: &Board) -> Result<(), Violation> {
    check_title("title", &board.title)?;
    check_key("method", &board.method)?;
    validate_zones(&board.zones)?;
    validate_carried(&board.carried)?;
    let what = LimitKind::NotesPerBoard;
    what.check(board.live_note_count())
        .map_err(|found| over_limit("notes", what, found))?;
    let mut notes = HashSet::new();
    for (i, note) in board.notes.iter().enumerate() {
        unique(&mut notes, note.id, || format!("notes[{i}].id"))?;
        check_chars(format!("notes[{i}].text"), &note.text, LimitKind::NoteText)?;
        LimitKind::Earlier
            .check(note.earlier.len())
            .map_err(|found| {
                over_limit(format!("notes[{i}].earlier"), LimitKind::Earlier, found)
            })?;
        for (j, text) in note.earlier.iter().enumerate() {
            check_chars(
                format!("notes[{i}].earlier[{j}]"),
                text,
                LimitKind::NoteText,
            )?;
        }
        if !note.order.is_finite() {
            return Err(violation(
                format!("notes[{i}].order"),
                ViolationKind::NotFinite,
            ));
        }
    }
    if let Some(voting) = &board.voting {
        validate_voting(voting)?;
    }
    check_count(
        "clusters",
        LimitKind::Clusters,
        board.live_clusters().count(),
    )?;
    let mut clusters = HashSet::new();
    for (i, cluster) in board.clusters.iter().enumerate() {
        unique(&mut clusters, cluster.id, || format!("clusters[{i}].id"))?;
        check_chars(
            format!("clusters[{i}].name"),
            &cluster.name,
            LimitKind::Title,
        )?;
    }
    Ok(())
}

/// Dots per voter between 1 and the limit, no voter twice, nobody over their dots. (Votes on unknown notes or
/// from unknown members are repaired on restore, not refused: see `repair_references`.)
pub fn validate_voting(voting: &super::Voting) -> Result<(), Violation> {
    let each = usize::from(voting.dots_each);
    if each == 0 {
        return Err(violation("voting.dotsEach", ViolationKind::Empty));
    }
    LimitKind::Dots
        .check(each)
        .map_err(|found| over_limit("voting.dotsEach", LimitKind::Dots, found))?;
    LimitKind::Voters
        .check(voting.voters.len())
        .map_err(|found| over_limit("voting.voters", LimitKind::Voters, found))?;
    let mut seen = HashSet::new();
    for (i, voter) in voting.voters.iter().enumerate() {
        unique(&mut seen, voter.member, || {
            format!("voting.voters[{i}].member")
        })?;
        if voter.dots.len() > each {
            return Err(violation(
                format!("voting.voters[{i}].dots"),
                ViolationKind::Limit {
                    what: LimitKind::Dots,
                    max: each,
                    found: voter.dots.len(),
                },
            ));
        }
    }
    Ok(())
}

/// Checks the whole workshop, including that ids are unique across boards.
pub fn validate_workshop(ws: &Workshop) -> Result<(), Violation> {
    check_title("title", &ws.title)?;
    check_chars("question", &ws.question, LimitKind::Question)?;
    check_count("members", LimitKind::Members, ws.live_members().count())?;
    let mut members = HashSet::new();
    for (i, member) in ws.members.iter().enumerate() {
        unique(&mut members, member.id, || format!("members[{i}].id"))?;
        check_title(&format!("members[{i}].name"), &member.name)?;
    }
    if let Some(agenda) = &ws.agenda {
        validate_agenda(agenda)?;
    }
    validate_pitch(&ws.pitch)?;
    let live = ws.live_boards().count();
    if live > MAX_BOARDS {
        return Err(over_limit("boards", LimitKind::Boards, live));
    }
    let (mut boards, mut notes, mut clusters) = (HashSet::new(), HashSet::new(), HashSet::new());
    for (b, board) in ws.boards.iter().enumerate() {
        unique(&mut boards, board.id, || format!("boards[{b}].id"))?;
        validate_board(board).map_err(|v| violation(format!("boards[{b}].{}", v.path), v.kind))?;
        for (i, note) in board.notes.iter().enumerate() {
            unique(&mut notes, note.id, || format!("boards[{b}].notes[{i}].id"))?;
        }
        for (i, cluster) in board.clusters.iter().enumerate() {
            unique(&mut clusters, cluster.id, || {
                format!("boards[{b}].clusters[{i}].id")
            })?;
        }
    }
    Ok(())
}
