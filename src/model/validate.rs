//! Invariants every workshop must satisfy. The file format refuses files that break them and commands refuse
//! edits that would, so undoing or redoing (which re-applies old values) can never fail on a limit.

use super::limits::{LimitKind, MAX_BOARDS};
use super::{Board, Workshop};
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

fn check_title(path: &str, text: &str) -> Result<(), Violation> {
    if text.trim().is_empty() {
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
    if board.zones.is_empty() {
        return Err(violation("zones", ViolationKind::NoZones));
    }
    let mut keys = HashSet::new();
    for (i, zone) in board.zones.iter().enumerate() {
        if !keys.insert(zone.key.as_str()) {
            return Err(violation(
                format!("zones[{i}].key"),
                ViolationKind::DuplicateZone,
            ));
        }
    }
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

/// Items within the limit, each with 1 to the maximum minutes, a unique id and a label of title length; the day
/// starts before midnight.
pub fn validate_agenda(agenda: &super::agenda::Agenda) -> Result<(), Violation> {
    if agenda.start >= super::agenda::DAY_MINUTES {
        return Err(over_limit(
            "agenda.start",
            LimitKind::ItemMinutes,
            agenda.start.into(),
        ));
    }
    LimitKind::AgendaItems
        .check(agenda.items.len())
        .map_err(|found| over_limit("agenda.items", LimitKind::AgendaItems, found))?;
    let mut ids = HashSet::new();
    for (i, item) in agenda.items.iter().enumerate() {
        unique(&mut ids, item.id, || format!("agenda.items[{i}].id"))?;
        let path = format!("agenda.items[{i}].minutes");
        if item.minutes == 0 {
            return Err(violation(path, ViolationKind::Empty));
        }
        LimitKind::ItemMinutes
            .check(item.minutes.into())
            .map_err(|found| over_limit(path, LimitKind::ItemMinutes, found))?;
        check_chars(
            format!("agenda.items[{i}].label"),
            &item.label,
            LimitKind::Title,
        )?;
    }
    Ok(())
}

/// Texts within the note limit, times within an hour, ratings from 1 to 5, and the lists within their limits.
pub fn validate_pitch(pitch: &super::pitch::Pitch) -> Result<(), Violation> {
    for (field, t) in &pitch.texts {
        check_chars(
            format!("pitch.texts.{field:?}"),
            &t.text,
            LimitKind::NoteText,
        )?;
    }
    for (kind, plan) in &pitch.plans {
        let path = |what: &str| format!("pitch.plans.{}.{what}", kind.key());
        let secs = [plan.length_secs, plan.qa_secs]
            .into_iter()
            .chain(plan.budgets.values().copied());
        for s in secs {
            LimitKind::PitchSeconds
                .check(s as usize)
                .map_err(|found| over_limit(path("budgets"), LimitKind::PitchSeconds, found))?;
        }
        for note in plan.notes.values() {
            check_chars(path("notes"), note, LimitKind::NoteText)?;
        }
    }
    for (criterion, &r) in &pitch.jury.ratings {
        let path = format!("pitch.jury.ratings.{criterion:?}");
        if r == 0 {
            return Err(violation(path, ViolationKind::Empty));
        }
        LimitKind::Rating
            .check(r.into())
            .map_err(|found| over_limit(path, LimitKind::Rating, found))?;
    }
    LimitKind::JuryQuestions
        .check(pitch.jury.own.len())
        .map_err(|found| over_limit("pitch.jury.own", LimitKind::JuryQuestions, found))?;
    for (i, q) in pitch.jury.own.iter().enumerate() {
        check_chars(
            format!("pitch.jury.own[{i}].text"),
            &q.text,
            LimitKind::Question,
        )?;
    }
    LimitKind::Rehearsals
        .check(pitch.rehearsals.len())
        .map_err(|found| over_limit("pitch.rehearsals", LimitKind::Rehearsals, found))
}

/// Checks the whole workshop, including that ids are unique across boards.
pub fn validate_workshop(ws: &Workshop) -> Result<(), Violation> {
    check_title("title", &ws.title)?;
    check_chars("question", &ws.question, LimitKind::Question)?;
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
