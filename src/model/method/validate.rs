//! Checks on the method catalogue. The catalogue is data edited by hand, so the checks report every problem at
//! once (not just the first) and name the method and the path, e.g. `crazy-8s: steps[1].minutes`.
//!
//! Canvas rule: fields must stay inside the grid, must not overlap and must cover every cell. A hole in a canvas
//! reads as missing content on screen and on paper; a field that should look bigger can span more cells.

use super::{GridArea, Method, MethodTemplate, Phase, PhaseFile, TextRole};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// Steps per method.
pub const STEPS: (u32, u32) = (1, 12);
/// Minutes per step.
pub const STEP_MINUTES: (u32, u32) = (1, 180);
/// People in a group (`max`; `min` must lie between 1 and `max`).
pub const GROUP: (u32, u32) = (1, 100);
/// Facilitation tips per method.
pub const TIPS: (u32, u32) = (2, 6);
/// Follow-up methods per method.
pub const NEXT: (u32, u32) = (0, 5);
/// Zones, columns, rows or canvas fields per template.
pub const AREAS: (u32, u32) = (1, 12);
/// Quadrants of a matrix.
pub const QUADRANTS: (u32, u32) = (4, 4);
/// Slots of a sentence.
pub const SLOTS: (u32, u32) = (2, 6);
/// Panels of a sequence.
pub const PANELS: (u32, u32) = (2, 12);
/// Rounds, and ideas per person and round.
pub const ROUNDS: (u32, u32) = (1, 12);
/// Minutes per writing round.
pub const ROUND_MINUTES: (u32, u32) = (1, 30);
/// Columns and rows of a canvas grid.
pub const GRID: (u32, u32) = (1, 12);

/// Characters per text, by role: labels fit a column header, a line fits one line on a laptop, prose stays at
/// two or three short sentences (a step instruction is read from across the room).
pub fn max_chars(role: TextRole) -> usize {
    match role {
        TextRole::Label => 48,
        TextRole::Line => 160,
        TextRole::Prose => 240,
    }
}

/// One thing wrong in the catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The id of the method, as written (possibly itself the problem).
    pub method: String,
    /// Where in the method, e.g. `steps[2].minutes` or `template.fields[1].area`; empty for the method as a whole.
    pub path: String,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// An id or key is not ASCII kebab-case (`a-z`, `0-9`, single inner hyphens).
    NotKebabCase,
    /// Two methods share an id.
    DuplicateId,
    /// Two parts of one template share a key (they would become one zone).
    DuplicateKey,
    /// A text is blank in the language named at the end of the path.
    EmptyText,
    /// A text starts or ends with whitespace (sentence parts are joined with spaces by the UI).
    Untrimmed,
    TooLong {
        max: usize,
        found: usize,
    },
    /// A count or number outside its range (see the constants in this module).
    OutOfRange {
        found: u32,
        min: u32,
        max: u32,
    },
    /// `next` names a method the catalogue does not have.
    UnknownNext {
        id: String,
    },
    NextIsSelf,
    /// A step's rounds do not divide its minutes (each round must last whole minutes).
    UnevenRounds,
    /// `next` names the same method twice.
    DuplicateNext {
        id: String,
    },
    /// The method sits in the file of another phase.
    WrongPhase {
        expected: Phase,
        found: Phase,
    },
    /// A canvas field reaches outside the grid.
    OutsideGrid,
    /// A canvas field covers a cell another field already covers.
    Overlap {
        with: String,
    },
    /// A canvas cell that no field covers (1-based, like [`GridArea`]).
    Uncovered {
        col: u8,
        row: u8,
    },
    /// A source that is not an `https://` address.
    NotAWebAddress,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {:?}", self.method, self.path, self.kind)
    }
}

/// True for `empathy-map`, `brainwriting-635`; false for `Empathy`, `-x`, `a--b`, `crazy_8s`.
pub fn is_kebab_case(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Every problem in a set of methods (normally all phases together, so `next` can point across phases).
pub fn validate_catalogue(methods: &[Method]) -> Vec<Problem> {
    let ids: HashSet<&str> = methods.iter().map(|m| m.id.as_str()).collect();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for method in methods {
        let mut report = |path: &str, kind| {
            out.push(Problem {
                method: method.id.clone(),
                path: path.to_owned(),
                kind,
            })
        };
        if !is_kebab_case(&method.id) {
            report("id", ProblemKind::NotKebabCase);
        }
        if !seen.insert(method.id.as_str()) {
            report("id", ProblemKind::DuplicateId);
        }
        check_method(method, &ids, &mut report);
    }
    out
}

/// Methods in a phase file whose own `phase` differs from the file's.
pub fn validate_phase_file(file: &PhaseFile) -> Vec<Problem> {
    file.methods
        .iter()
        .filter(|m| m.phase != file.phase)
        .map(|m| Problem {
            method: m.id.clone(),
            path: "phase".to_owned(),
            kind: ProblemKind::WrongPhase {
                expected: file.phase,
                found: m.phase,
            },
        })
        .collect()
}

fn range(
    path: &str,
    found: usize,
    (min, max): (u32, u32),
    report: &mut impl FnMut(&str, ProblemKind),
) {
    let found = u32::try_from(found).unwrap_or(u32::MAX);
    if found < min || found > max {
        report(path, ProblemKind::OutOfRange { found, min, max });
    }
}

fn check_method(method: &Method, ids: &HashSet<&str>, report: &mut impl FnMut(&str, ProblemKind)) {
    for t in method.texts() {
        for (lang, text) in [("de", &t.text.de), ("en", &t.text.en)] {
            let path = format!("{}.{lang}", t.path);
            let found = text.chars().count();
            if text.trim().is_empty() {
                report(&path, ProblemKind::EmptyText);
            } else if text.trim() != text {
                report(&path, ProblemKind::Untrimmed);
            }
            let max = max_chars(t.role);
            if found > max {
                report(&path, ProblemKind::TooLong { max, found });
            }
        }
    }
    range("steps", method.steps.len(), STEPS, report);
    for (i, step) in method.steps.iter().enumerate() {
        range(
            &format!("steps[{i}].minutes"),
            step.minutes.into(),
            STEP_MINUTES,
            report,
        );
        if let Some(rounds) = step.rounds {
            let path = format!("steps[{i}].rounds");
            range(&path, rounds.into(), ROUNDS, report);
            if rounds > 0 && step.minutes % rounds != 0 {
                report(&path, ProblemKind::UnevenRounds);
            }
        }
    }
    let group = method.group;
    range("group.max", group.max.into(), GROUP, report);
    range("group.min", group.min.into(), (1, group.max.into()), report);
    range("tips", method.tips.len(), TIPS, report);
    range("next", method.next.len(), NEXT, report);
    let mut next_seen = HashSet::new();
    for (i, next) in method.next.iter().enumerate() {
        let path = format!("next[{i}]");
        if *next == method.id {
            report(&path, ProblemKind::NextIsSelf);
        } else if !ids.contains(next.as_str()) {
            report(&path, ProblemKind::UnknownNext { id: next.clone() });
        }
        if !next_seen.insert(next) {
            report(&path, ProblemKind::DuplicateNext { id: next.clone() });
        }
    }
    for (i, source) in method.sources.iter().enumerate() {
        if !source.starts_with("https://") || source.contains(char::is_whitespace) {
            report(&format!("sources[{i}]"), ProblemKind::NotAWebAddress);
        }
    }
    check_template(&method.template, &mut |path: &str, kind| {
        report(&format!("template.{path}"), kind)
    });
}

fn check_template(template: &MethodTemplate, report: &mut impl FnMut(&str, ProblemKind)) {
    let mut keys = HashSet::new();
    for (path, key) in template.keys() {
        if !is_kebab_case(key) {
            report(&path, ProblemKind::NotKebabCase);
        }
        if !keys.insert(key) {
            report(&path, ProblemKind::DuplicateKey);
        }
    }
    match template {
        MethodTemplate::Zones { zones: a } => range("zones", a.len(), AREAS, report),
        MethodTemplate::Columns { columns: a } => range("columns", a.len(), AREAS, report),
        MethodTemplate::Rows { rows: a } => range("rows", a.len(), AREAS, report),
        MethodTemplate::Matrix { quadrants, .. } => {
            range("quadrants", quadrants.len(), QUADRANTS, report)
        }
        MethodTemplate::Sentence { slots, .. } => range("slots", slots.len(), SLOTS, report),
        MethodTemplate::Sequence { panels, hints, .. } => {
            range("panels", (*panels).into(), PANELS, report);
            range("hints", hints.len(), (0, u32::from(*panels)), report);
        }
        MethodTemplate::Rounds {
            rounds,
            ideas_per_round,
            minutes_per_round,
        } => {
            range("rounds", (*rounds).into(), ROUNDS, report);
            range("ideasPerRound", (*ideas_per_round).into(), ROUNDS, report);
            range(
                "minutesPerRound",
                (*minutes_per_round).into(),
                ROUND_MINUTES,
                report,
            );
        }
        MethodTemplate::Canvas {
            columns,
            rows,
            fields,
        } => {
            range("fields", fields.len(), AREAS, report);
            range("columns", (*columns).into(), GRID, report);
            range("rows", (*rows).into(), GRID, report);
            let areas: Vec<(&str, GridArea)> =
                fields.iter().map(|f| (f.key.as_str(), f.area)).collect();
            check_grid(*columns, *rows, &areas, report);
        }
    }
}

/// Inside, no overlap, no holes.
fn check_grid(
    columns: u8,
    rows: u8,
    fields: &[(&str, GridArea)],
    report: &mut impl FnMut(&str, ProblemKind),
) {
    let mut owner: HashMap<(u8, u8), &str> = HashMap::new();
    for (i, (key, area)) in fields.iter().enumerate() {
        let path = format!("fields[{i}].area");
        let last_col = u16::from(area.col) + u16::from(area.col_span);
        let last_row = u16::from(area.row) + u16::from(area.row_span);
        let inside = area.col >= 1
            && area.row >= 1
            && area.col_span >= 1
            && area.row_span >= 1
            && last_col <= u16::from(columns) + 1
            && last_row <= u16::from(rows) + 1;
        if !inside {
            report(&path, ProblemKind::OutsideGrid);
            continue;
        }
        let mut clash = None;
        for cell in area.cells() {
            if let Some(other) = owner.insert(cell, key) {
                clash.get_or_insert(other);
            }
        }
        if let Some(other) = clash {
            report(
                &path,
                ProblemKind::Overlap {
                    with: other.to_owned(),
                },
            );
        }
    }
    for row in 1..=rows {
        for col in 1..=columns {
            if !owner.contains_key(&(col, row)) {
                report("fields", ProblemKind::Uncovered { col, row });
            }
        }
    }
}
