//! The method catalogue: design methods with steps, timeboxes, facilitation tips and the board each one needs.
//!
//! The texts live as JSON in `public/methods/<phase>.json` (one file per phase, fetched by the app when needed) so
//! they cost nothing in the wasm download. This module holds only the types and pure helpers; parsing is in
//! `crate::format::parse_phase_file`, the checks are in [`validate`], and `tests/model_methods.rs` runs both on
//! every file. A file looks like this (keys in camelCase, every text as `{"de": …, "en": …}`):
//!
//! ```text
//! { "phase": "ideas", "methods": [ {
//!     "id": "crazy-8s", "phase": "ideas", "name": {…}, "purpose": {…}, "output": {…},
//!     "group": { "min": 2, "max": 8 },
//!     "steps": [ { "title": {…}, "instruction": {…}, "minutes": 8 }, … ],
//!     "tips": [ {…}, {…} ], "pitfall": {…}, "next": [ "dot-voting" ],
//!     "template": { "kind": "rounds", "rounds": 8, "ideasPerRound": 1, "minutesPerRound": 1 },
//!     "sources": [ "https://…" ] } ] }
//! ```
//!
//! Ids and template keys end up in stored boards, so they are never renamed; texts can change freely.

pub mod filter;
mod index;
mod raw_template;
mod template;
pub mod validate;

pub use index::{listed, phase_of};
pub use template::{
    join_sentence, Area, Axis, Field, GridArea, MethodTemplate, Slot, TemplateKind,
};

use super::{LocalText, Template};
use serde::{Deserialize, Serialize};

/// A phase of the journey, in the order a team goes through it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Kickoff,
    Problem,
    Ideas,
    Prototype,
    Pitch,
    Reflection,
}

impl Phase {
    /// Every phase in journey order.
    pub const ALL: [Phase; 6] = [
        Phase::Kickoff,
        Phase::Problem,
        Phase::Ideas,
        Phase::Prototype,
        Phase::Pitch,
        Phase::Reflection,
    ];

    /// The key used in the JSON files and their names (`problem` → `problem.json`).
    pub fn key(self) -> &'static str {
        match self {
            Phase::Kickoff => "kickoff",
            Phase::Problem => "problem",
            Phase::Ideas => "ideas",
            Phase::Prototype => "prototype",
            Phase::Pitch => "pitch",
            Phase::Reflection => "reflection",
        }
    }

    /// The file below `methods/` that holds this phase's methods.
    pub fn file_name(self) -> String {
        format!("{}.json", self.key())
    }

    /// The phase after this one, if any (reflection is last).
    pub fn next(self) -> Option<Phase> {
        let i = Phase::ALL.iter().position(|&p| p == self)?;
        Phase::ALL.get(i + 1).copied()
    }
}

/// How many people the method works for (the facilitator not counted).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupSize {
    pub min: u16,
    pub max: u16,
}

/// One step of a method: what to call it on screen, what to do, and how long it takes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub title: LocalText,
    /// One or two short imperative sentences; the UI shows it large while the step's timer runs.
    pub instruction: LocalText,
    /// The timebox in whole minutes.
    pub minutes: u16,
    /// Split the timebox into this many equal rounds (8 × 1 min for Crazy 8s); the timer then counts each round
    /// and signals every change. Must divide `minutes`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rounds: Option<u16>,
}

impl Step {
    /// The number of rounds (1 for an ordinary step).
    pub fn round_count(&self) -> u16 {
        self.rounds.unwrap_or(1).max(1)
    }

    /// The length of one round in milliseconds.
    pub fn round_ms(&self) -> i64 {
        i64::from(self.minutes) * 60_000 / i64::from(self.round_count())
    }
}

/// A design method as facilitators read it: what it is for, how to run it, what to watch out for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Method {
    /// Stable ASCII kebab-case id; stored in boards (`Board::method`), so never rename one.
    pub id: String,
    /// Must equal the phase of the file the method is in.
    pub phase: Phase,
    pub name: LocalText,
    /// What the method is for, in one line.
    pub purpose: LocalText,
    /// What the team has in hand afterwards.
    pub output: LocalText,
    pub group: GroupSize,
    pub steps: Vec<Step>,
    /// Advice a seasoned facilitator would give.
    pub tips: Vec<LocalText>,
    /// The mistake teams make most often, and how to avoid it.
    pub pitfall: LocalText,
    /// Ids of methods that usually come next, most likely first.
    pub next: Vec<String>,
    pub template: MethodTemplate,
    /// Ideas count, not who had them (brainwriting): the board shows no author, in the room too.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub anonymous: bool,
    /// Where the method is described publicly (web addresses), for facilitators who want to read more.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

impl Method {
    /// The sum of all step timeboxes.
    pub fn total_minutes(&self) -> u32 {
        self.steps.iter().map(|s| u32::from(s.minutes)).sum()
    }

    /// The board template for this method: its id, its name as the default title, and the template's zones.
    pub fn board_template(&self) -> Template {
        Template {
            method: self.id.clone(),
            title: self.name.clone(),
            zones: self.template.zones(),
        }
    }

    /// Every text of the method with its path (`steps[2].instruction`), for checks that apply to all texts alike.
    pub fn texts(&self) -> Vec<TextRef<'_>> {
        let text = |path: &str, role, text| TextRef {
            path: path.to_owned(),
            role,
            text,
        };
        let mut out = vec![
            text("name", TextRole::Label, &self.name),
            text("purpose", TextRole::Line, &self.purpose),
            text("output", TextRole::Line, &self.output),
        ];
        for (i, step) in self.steps.iter().enumerate() {
            out.push(text(
                &format!("steps[{i}].title"),
                TextRole::Label,
                &step.title,
            ));
            out.push(text(
                &format!("steps[{i}].instruction"),
                TextRole::Prose,
                &step.instruction,
            ));
        }
        for (i, tip) in self.tips.iter().enumerate() {
            out.push(text(&format!("tips[{i}]"), TextRole::Prose, tip));
        }
        out.push(text("pitfall", TextRole::Prose, &self.pitfall));
        out.extend(self.template.texts().into_iter().map(|t| TextRef {
            path: format!("template.{}", t.path),
            ..t
        }));
        out
    }
}

/// How long a text may be depends on what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextRole {
    /// Names, titles, area labels, sentence parts: fit on a button or a column header.
    Label,
    /// One line: purpose, output, hints.
    Line,
    /// A step instruction, a tip, the pitfall: one to three sentences.
    Prose,
}

/// A text of a method with its path (relative to the method) and its role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextRef<'a> {
    pub path: String,
    pub role: TextRole,
    pub text: &'a LocalText,
}

/// One `public/methods/<phase>.json` file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseFile {
    pub phase: Phase,
    pub methods: Vec<Method>,
}
