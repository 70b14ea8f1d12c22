//! Outputs that carry forward: what an earlier phase decided becomes the starting point of a new board.
//!
//! When a method board is created, [`carry_into`] looks at the boards of earlier phases and copies their
//! results onto it, each with a link back to its source. It is a snapshot: later edits of the source do not
//! change a board that has already started from it.
//!
//! | new board's phase | prompt (the question the board works on) | items |
//! |---|---|---|
//! | Problem verstehen | the newest problem statement (a sentence board of this phase) | – |
//! | Ideen entwickeln | the winner of the newest revealed vote of the problem phase, else the newest statement | – |
//! | Prototypen | the prompt of the ideas board voted on | its ideas with dots, most first (candidates) |
//! | Pitch | the prompt the prototype phase worked on | the winning prototype, then the test learnings |
//! | the kickoff's question pitch | – | the newest challenge brief's notes (situation, affected, frame, success) |
//!
//! "Newest" is the board with the newest activity (its own or its notes' `updated`).

use super::method::{join_sentence, MethodTemplate};
use super::{Board, BoardId, LocalText, Method, Note, NoteId, Phase, Timestamp, Workshop};
use serde::{Deserialize, Serialize};

/// How many voted ideas become prototype candidates.
pub const MAX_CANDIDATES: usize = 5;
/// Zones whose notes are test learnings (the learnings board, the paper prototype's findings).
const LEARNING_ZONES: [&str; 2] = ["learned", "findings"];
/// The kickoff method that sharpens the question the challenge brief describes.
pub const QUESTION_PITCH: &str = "question-pitch";
const CHALLENGE_BRIEF: &str = "challenge-brief";
/// The challenge brief's zones the question pitch starts from (what was tried stays on the brief).
const BRIEF_ZONES: [&str; 4] = ["situation", "affected", "frame", "success"];

/// One result taken over from another board.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Carried {
    pub text: String,
    /// The board it came from (possibly deleted since: the UI then shows the text without a link).
    pub board: BoardId,
    /// The note it came from; `None` for a sentence composed from several notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<NoteId>,
    /// Dots it got in its source's vote (0 if it was not voted on).
    #[serde(default)]
    pub dots: u32,
}

/// What a board started from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CarriedIn {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<Carried>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Carried>,
}

impl CarriedIn {
    pub fn is_empty(&self) -> bool {
        self.prompt.is_none() && self.items.is_empty()
    }
}

/// A live board with its method from the catalogue.
struct Source<'a> {
    board: &'a Board,
    method: &'a Method,
    activity: Timestamp,
}

/// Live boards of catalogue methods, newest activity first (a stable sort keeps the later board first on equal
/// times).
fn sources<'a>(ws: &'a Workshop, methods: &'a [Method]) -> Vec<Source<'a>> {
    let mut sources: Vec<Source> = ws
        .live_boards()
        .filter_map(|board| {
            let method = methods.iter().find(|m| m.id == board.method)?;
            let activity = board
                .live_notes()
                .map(|n| n.updated)
                .chain([
                    board.updated,
                    board.voting.as_ref().map_or(board.updated, |v| v.updated),
                ])
                .max()
                .unwrap_or(board.updated);
            Some(Source {
                board,
                method,
                activity,
            })
        })
        .collect();
    sources.reverse();
    super::sorting::sort_by_key(&mut sources, |s| std::cmp::Reverse(s.activity));
    sources
}

/// What the journey produced so far, for the pitch: each the newest of its kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outputs {
    /// The newest complete statement of the problem phase (a point of view or a question).
    pub statement: Option<Carried>,
    /// The winner of the newest revealed vote of the problem phase: the team's question.
    pub question: Option<Carried>,
    /// The winning idea and the winning prototype.
    pub idea: Option<Carried>,
    pub prototype: Option<Carried>,
    /// Test learnings of every prototype board, newest board first.
    pub learnings: Vec<Carried>,
}

/// The results of the journey (see [`Outputs`]).
pub fn outputs(ws: &Workshop, methods: &[Method], pick: impl Fn(&LocalText) -> &str) -> Outputs {
    let sources = sources(ws, methods);
    let of = |phase: Phase| sources.iter().filter(move |s| s.method.phase == phase);
    let winner = |phase: Phase| of(phase).find_map(|s| voted(s, &pick).into_iter().next());
    Outputs {
        statement: of(Phase::Problem).find_map(|s| statement(s, &pick)),
        question: winner(Phase::Problem),
        idea: winner(Phase::Ideas),
        prototype: winner(Phase::Prototype),
        learnings: of(Phase::Prototype)
            .flat_map(|s| learnings(s.board))
            .collect(),
    }
}

/// What boards of earlier phases hand to a new board of `target`. `pick` chooses the language of fixed sentence
/// words (the notes themselves are the team's own words).
pub fn carry_into(
    ws: &Workshop,
    methods: &[Method],
    target: &Method,
    pick: impl Fn(&LocalText) -> &str,
) -> CarriedIn {
    let sources = sources(ws, methods);
    let of = |phase: Phase| sources.iter().filter(move |s| s.method.phase == phase);
    let statement = |phase: Phase| of(phase).find_map(|s| statement(s, &pick));
    match target.phase {
        Phase::Problem => CarriedIn {
            prompt: statement(Phase::Problem),
            items: Vec::new(),
        },
        Phase::Ideas => CarriedIn {
            prompt: of(Phase::Problem)
                .find_map(|s| voted(s, &pick).into_iter().next())
                .or_else(|| statement(Phase::Problem)),
            items: Vec::new(),
        },
        Phase::Prototype => of(Phase::Ideas)
            .find_map(|s| {
                let ideas = voted(s, &pick);
                (!ideas.is_empty()).then(|| CarriedIn {
                    prompt: s.board.carried.prompt.clone(),
                    items: ideas.into_iter().take(MAX_CANDIDATES).collect(),
                })
            })
            .unwrap_or_default(),
        Phase::Pitch => {
            let mut items: Vec<Carried> = of(Phase::Prototype)
                .find_map(|s| voted(s, &pick).into_iter().next())
                .into_iter()
                .collect();
            for s in of(Phase::Prototype) {
                items.extend(learnings(s.board));
            }
            CarriedIn {
                prompt: of(Phase::Prototype).find_map(|s| s.board.carried.prompt.clone()),
                items,
            }
        }
        Phase::Kickoff if target.id == QUESTION_PITCH => CarriedIn {
            prompt: None,
            items: sources
                .iter()
                .find(|s| s.board.method == CHALLENGE_BRIEF)
                .map(|s| notes_in(s.board, &BRIEF_ZONES).collect())
                .unwrap_or_default(),
        },
        Phase::Kickoff | Phase::Reflection => CarriedIn::default(),
    }
}

/// The notes of a revealed vote with at least one dot, most dots first. On a sentence board a voted note is
/// read in its sentence (see [`sentence`]), so a voted "Wie könnten wir …?" variant carries as the whole question.
fn voted(s: &Source, pick: &impl Fn(&LocalText) -> &str) -> Vec<Carried> {
    let board = s.board;
    let Some(voting) = board.voting.as_ref().filter(|v| v.revealed) else {
        return Vec::new();
    };
    voting
        .ranking(board)
        .into_iter()
        .filter_map(|r| {
            let note = board.live_note(r.note)?;
            let text = sentence(s, pick, Some(note), false).unwrap_or_else(|| note.text.clone());
            Some(Carried {
                text,
                board: board.id,
                note: Some(note.id),
                dots: r.dots,
            })
        })
        .collect()
}

/// A sentence board's statement: the fixed words and the first note of each slot, once every slot has one.
fn statement(s: &Source, pick: &impl Fn(&LocalText) -> &str) -> Option<Carried> {
    sentence(s, pick, None, true).map(|text| Carried {
        text,
        board: s.board.id,
        note: None,
        dots: 0,
    })
}

/// The sentence of a sentence board, `chosen` in its own slot and the first note in every other one. With
/// `complete`, every slot needs a note; otherwise slots without one are left out with their fixed words, except
/// that an empty first slot keeps the words that open the sentence when the next filled slot has none of its own
/// (a voted „Vorhaben“ alone still reads „Wie könnten wir …?“).
/// `None` if the board is not a sentence, or `chosen` is not in one of its slots.
fn sentence(
    s: &Source,
    pick: &impl Fn(&LocalText) -> &str,
    chosen: Option<&Note>,
    complete: bool,
) -> Option<String> {
    let MethodTemplate::Sentence { slots, after } = &s.method.template else {
        return None;
    };
    if chosen.is_some_and(|c| slots.iter().all(|slot| slot.key != c.zone)) {
        return None;
    }
    let mut parts: Vec<&str> = Vec::with_capacity(slots.len() * 2 + 1);
    // The fixed words of an empty first slot, waiting for the next filled slot.
    let mut opening: Option<&str> = None;
    for (i, slot) in slots.iter().enumerate() {
        let before = slot.before.as_ref().map(|b| pick(b).trim());
        let note = match chosen {
            Some(c) if c.zone == slot.key => Some(c),
            _ => s.board.live_notes_in(&slot.key).into_iter().next(),
        };
        let Some(note) = note.filter(|n| !n.text.trim().is_empty()) else {
            if complete {
                return None;
            }
            if i == 0 {
                opening = before;
            }
            continue;
        };
        let text = note.text.trim();
        // A slot with words of its own drops the opening of an empty first slot ("Wir glauben, dass. Dabei …").
        let before = before.or(opening.take());
        opening = None;
        // People often write the whole question into one gap: don't say "Wie könnten wir" twice.
        if let Some(before) = before {
            // Words that open the sentence lose the punctuation that joined them to a gap left out.
            let before = if parts.is_empty() {
                before.trim_start_matches([',', '.', ';', ':']).trim_start()
            } else {
                before
            };
            if !starts_with_ignore_case(text, before) {
                parts.push(before);
            }
        }
        parts.push(text);
    }
    let after = pick(after).trim();
    if !parts.last().is_some_and(|p| p.ends_with(after)) {
        parts.push(after);
    }
    Some(join_sentence(&parts))
}

fn learnings(board: &Board) -> impl Iterator<Item = Carried> + '_ {
    notes_in(board, &LEARNING_ZONES)
}

/// The live notes with text in `zones`, zone by zone in board order, as carried items.
fn notes_in<'a>(board: &'a Board, zones: &'a [&str]) -> impl Iterator<Item = Carried> + 'a {
    zones
        .iter()
        .flat_map(|z| board.live_notes_in(z))
        .filter(|n| !n.text.trim().is_empty())
        .map(|n| Carried {
            text: n.text.clone(),
            board: board.id,
            note: Some(n.id),
            dots: 0,
        })
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    let mut text = text.chars().flat_map(char::to_lowercase);
    prefix
        .chars()
        .flat_map(char::to_lowercase)
        .all(|p| text.next() == Some(p))
}
