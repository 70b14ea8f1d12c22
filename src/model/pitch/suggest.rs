//! What the journey offers for each pitch field, and from where.
//!
//! Each field has a list of sources, best first; the first that has something wins. A *zone* source reads the
//! newest board of a method (its notes of the named zones, in board order); the others are the journey's
//! results (see [`crate::model::carry::outputs`]), the workshop's question, or its members. The kickoff's
//! boards (the question pitch, the challenge brief) come last: on kickoff day they are all there is, later the
//! journey's results say more.

use super::{Pitch, PitchField};
use crate::model::carry::{outputs, Carried, Outputs};
use crate::model::journey::last_activity;
use crate::model::{Board, BoardId, LocalText, Method, Workshop};

/// The pitch a team most likely prepares now: the result once it has a board of a prototype or pitch method,
/// else the question. Boards of methods not in `methods` do not count.
pub fn likely_kind(ws: &Workshop, methods: &[Method]) -> super::PitchKind {
    let late = ws.live_boards().any(|b| {
        methods
            .iter()
            .any(|m| m.id == b.method && m.phase >= crate::model::Phase::Prototype)
    });
    if late {
        super::PitchKind::Result
    } else {
        super::PitchKind::Question
    }
}

/// Where a suggestion came from, for the "aus …" label next to a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A board (possibly deleted since: then shown without a link).
    Board { id: BoardId, title: String },
    /// The challenge question entered with the workshop.
    Question,
    /// The workshop's members.
    Members,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub text: String,
    pub source: Source,
}

/// What a field shows and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The team wrote it.
    Own,
    Suggested(Source),
    /// Nothing yet.
    Empty,
}

enum Src {
    Zones(&'static str, &'static [&'static str]),
    Question,
    Statement,
    Idea,
    Prototype,
    Learnings,
    Members,
    Workshop,
}

fn sources(field: PitchField) -> &'static [Src] {
    use PitchField::*;
    use Src::*;
    match field {
        Challenge => &[
            Question,
            Statement,
            Zones("elevator-pitch", &["problem"]),
            Zones("question-pitch", &["question"]),
            Workshop,
        ],
        Affected => &[
            Zones("pitch-canvas", &["problem"]),
            Zones("persona", &["name", "frustrations"]),
            Zones("value-proposition", &["pains"]),
            Zones("challenge-brief", &["affected"]),
        ],
        Audience => &[
            Zones("elevator-pitch", &["audience"]),
            Zones("lean-canvas", &["segments"]),
            Zones("persona", &["name"]),
        ],
        Solution => &[
            Zones("pitch-canvas", &["solution"]),
            Prototype,
            Idea,
            Zones("lean-canvas", &["solution"]),
        ],
        Digital => &[
            Zones("value-proposition", &["offer"]),
            Zones("question-pitch", &["digital"]),
        ],
        Evidence => &[Zones("pitch-canvas", &["evidence"]), Learnings],
        Impact => &[
            Zones("pitch-canvas", &["impact"]),
            Zones("elevator-pitch", &["impact"]),
            Zones("lean-canvas", &["promise"]),
            Zones("question-pitch", &["why"]),
            Zones("challenge-brief", &["success"]),
        ],
        Blueprint => &[
            Zones("pitch-canvas", &["blueprint"]),
            Zones("blueprint", &["steps", "others"]),
        ],
        Budget => &[
            Zones("pitch-canvas", &["plan"]),
            Zones("blueprint", &["tools"]),
            Zones("lean-canvas", &["costs", "revenue"]),
            Zones("project-roadmap", &["budget"]),
            Zones("challenge-brief", &["frame"]),
        ],
        Team => &[
            Zones("pitch-canvas", &["team"]),
            Members,
            Zones("team-canvas", &["roles"]),
        ],
        Next => &[
            Zones("learnings", &["decided"]),
            Zones("peer-learning", &["next-step"]),
            Zones("retro", &["change"]),
        ],
    }
}

/// The journey's suggestion for `field`, if any source has one.
pub fn suggest(
    ws: &Workshop,
    methods: &[Method],
    field: PitchField,
    pick: impl Fn(&LocalText) -> &str,
) -> Option<Suggestion> {
    let out = outputs(ws, methods, &pick);
    suggest_from(ws, &out, field)
}

fn suggest_from(ws: &Workshop, out: &Outputs, field: PitchField) -> Option<Suggestion> {
    let from_board = |c: &Carried| {
        let title = ws
            .board(c.board)
            .map(|b| b.title.clone())
            .unwrap_or_default();
        Suggestion {
            text: c.text.clone(),
            source: Source::Board { id: c.board, title },
        }
    };
    sources(field).iter().find_map(|src| match src {
        Src::Zones(method, zones) => zone_text(ws, method, zones),
        Src::Question => out.question.as_ref().map(from_board),
        Src::Statement => out.statement.as_ref().map(from_board),
        Src::Idea => out.idea.as_ref().map(from_board),
        Src::Prototype => out.prototype.as_ref().map(from_board),
        Src::Learnings => out.learnings.first().map(|first| Suggestion {
            text: lines(out.learnings.iter().map(|c| c.text.as_str())),
            ..from_board(first)
        }),
        Src::Members => {
            let names: Vec<&str> = ws.live_members().map(|m| m.name.trim()).collect();
            (!names.is_empty()).then(|| Suggestion {
                text: names.join(", "),
                source: Source::Members,
            })
        }
        Src::Workshop => (!ws.question.trim().is_empty()).then(|| Suggestion {
            text: ws.question.trim().to_string(),
            source: Source::Question,
        }),
    })
}

/// The newest board of `method` with notes in `zones`: those notes, one per line.
fn zone_text(ws: &Workshop, method: &str, zones: &[&str]) -> Option<Suggestion> {
    let mut boards: Vec<&Board> = ws.live_boards().filter(|b| b.method == method).collect();
    // Newest first; on equal activity the later board.
    boards.reverse();
    crate::model::sorting::sort_by_key(&mut boards, |b| std::cmp::Reverse(last_activity(b)));
    boards.into_iter().find_map(|b| {
        let notes = zones.iter().flat_map(|z| b.live_notes_in(z));
        let text = lines(notes.map(|n| n.text.as_str()));
        (!text.is_empty()).then(|| Suggestion {
            text,
            source: Source::Board {
                id: b.id,
                title: b.title.clone(),
            },
        })
    })
}

fn lines<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    texts
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// What each of `fields` shows: the team's text, else the suggestion, else nothing.
pub fn effective(
    pitch: &Pitch,
    ws: &Workshop,
    methods: &[Method],
    fields: &[PitchField],
    pick: impl Fn(&LocalText) -> &str,
) -> Vec<(PitchField, String, Origin)> {
    let out = outputs(ws, methods, &pick);
    fields
        .iter()
        .map(|&f| match pitch.text(f) {
            Some(own) => (f, own.to_string(), Origin::Own),
            None => match suggest_from(ws, &out, f) {
                Some(s) => (f, s.text, Origin::Suggested(s.source)),
                None => (f, String::new(), Origin::Empty),
            },
        })
        .collect()
}
