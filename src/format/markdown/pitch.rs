//! The pitch canvas (both pitches, each field as the canvas shows it: the team's text or the journey's
//! suggestion) and each pitch's jury check (ratings with the weak points, the question bank with the answers'
//! state). Empty fields and empty jury checks are left out.

use super::escape;
use crate::format::words::{Word, Words};
use crate::model::pitch::{effective, BankQuestion, Criterion, Pitch, PitchKind};
use crate::model::{Method, Workshop};

pub fn pitch_sections(ws: &Workshop, methods: &[Method], words: &impl Words) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut canvas: Vec<String> = Vec::new();
    for kind in PitchKind::ALL {
        let fields = effective(&ws.pitch, ws, methods, kind.fields(), |t| words.pick(t));
        let filled: Vec<String> = fields
            .iter()
            .filter(|(_, text, _)| !text.trim().is_empty())
            .map(|(f, text, _)| {
                format!(
                    "#### {}\n\n{}",
                    escape::inline(words.word(Word::PitchField(*f))),
                    escape::block(text.trim(), "")
                )
            })
            .collect();
        if !filled.is_empty() {
            canvas.push(format!(
                "### {}\n\n{}",
                escape::inline(words.word(Word::PitchKind(kind))),
                filled.join("\n\n")
            ));
        }
    }
    if !canvas.is_empty() {
        parts.push(format!(
            "## {}\n\n{}",
            escape::inline(words.word(Word::Pitch)),
            canvas.join("\n\n")
        ));
    }
    let checks: Vec<String> = PitchKind::ALL
        .into_iter()
        .filter(|k| !ws.pitch.jury(*k).is_empty())
        .map(|k| jury_check(&ws.pitch, k, words))
        .collect();
    if !checks.is_empty() {
        parts.push(format!(
            "## {}\n\n{}",
            escape::inline(words.word(Word::JuryCheck)),
            checks.join("\n\n")
        ));
    }
    parts.join("\n\n")
}

/// One pitch's jury check: its criteria with ratings and weak points, then its questions with their state.
fn jury_check(pitch: &Pitch, kind: PitchKind, words: &impl Words) -> String {
    let jury = pitch.jury(kind);
    let weak = jury.weakest(kind);
    let ratings: Vec<String> = Criterion::of(kind)
        .iter()
        .map(|&c| {
            let rating = match jury.ratings.get(&c) {
                Some(r) => words.word(Word::Rating).replace("{n}", &r.to_string()),
                None => words.word(Word::NotRated).to_string(),
            };
            let mark = if weak.contains(&c) {
                format!(" – **{}**", escape::inline(words.word(Word::WeakPoint)))
            } else {
                String::new()
            };
            format!(
                "- **{}:** {}{mark}",
                escape::inline(words.word(Word::Criterion(c))),
                escape::inline(&rating)
            )
        })
        .collect();
    let questions: Vec<String> = BankQuestion::of(kind)
        .iter()
        .map(|&q| (words.word(Word::Bank(q)).to_string(), jury.status(q)))
        .chain(jury.own.iter().map(|q| (q.text.clone(), q.status)))
        .map(|(text, status)| {
            format!(
                "- {} – {}",
                escape::block(text.trim(), "  "),
                escape::inline(words.word(Word::Status(status)))
            )
        })
        .collect();
    format!(
        "### {}\n\n{}\n\n#### {}\n\n{}",
        escape::inline(words.word(Word::PitchKind(kind))),
        ratings.join("\n"),
        escape::inline(words.word(Word::JuryQuestions)),
        questions.join("\n")
    )
}
