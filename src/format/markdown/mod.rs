//! The workshop as a Markdown document, so a team's work can serve others as a blueprint.
//!
//! Layout: title, challenge question, date, team; the agenda; then every phase of the journey in order with its
//! live boards (what each started from, its zones, clusters and notes, and a revealed vote's ranking); the pitch
//! sections ([`pitch::pitch_sections`]); last the boards whose method is not in the catalogue.
//!
//! Pure and deterministic: no ids, no clock (the date comes in already formatted), user text escaped
//! ([`escape`]), so the same workshop always gives the same file and tests can compare it with an expected one.

mod agenda;
mod boards;
pub mod escape;
mod pitch;

use super::words::{Word, Words};
use crate::model::{Board, Method, Phase, Workshop};

/// The whole workshop as Markdown. `words` gives the language of the fixed words (`i18n::Lang` implements it);
/// `date` is shown as the document's date ("28.11.2026"); `methods` is the catalogue, for phases and names.
pub fn workshop_markdown(
    ws: &Workshop,
    methods: &[Method],
    words: &impl Words,
    date: &str,
) -> String {
    let mut doc = Doc::default();
    header(&mut doc, ws, words, date);
    agenda::agenda(&mut doc, ws, methods, words);
    let method_of = |b: &Board| methods.iter().find(|m| m.id == b.method);
    for phase in Phase::ALL {
        let boards: Vec<(&Board, &Method)> = ws
            .live_boards()
            .filter_map(|b| method_of(b).filter(|m| m.phase == phase).map(|m| (b, m)))
            .collect();
        if boards.is_empty() {
            continue;
        }
        doc.block(format!("## {}", words.word(Word::Phase(phase))));
        for (board, method) in boards {
            boards::board(&mut doc, ws, board, Some(method), words);
        }
    }
    let pitch = pitch::pitch_sections(ws, methods, words);
    if !pitch.is_empty() {
        doc.block(pitch);
    }
    let other: Vec<&Board> = ws
        .live_boards()
        .filter(|b| method_of(b).is_none())
        .collect();
    if !other.is_empty() {
        doc.block(format!(
            "## {}",
            escape::inline(words.word(Word::OtherBoards))
        ));
        for board in other {
            boards::board(&mut doc, ws, board, None, words);
        }
    }
    doc.finish()
}

/// Title, question, date and team.
fn header(doc: &mut Doc, ws: &Workshop, words: &impl Words, date: &str) {
    doc.block(format!("# {}", escape::inline(&ws.title)));
    if !ws.question.trim().is_empty() {
        doc.block(format!(
            "**{}:** {}",
            escape::inline(words.word(Word::Question)),
            escape::block(&ws.question, "")
        ));
    }
    doc.block(escape::inline(
        &words.word(Word::AsOf).replace("{date}", date),
    ));
    let members: Vec<String> = ws
        .live_members()
        .map(|m| {
            format!(
                "- {} ({})",
                escape::block(&m.name, "  "),
                escape::inline(words.word(Word::Role(m.role)))
            )
        })
        .collect();
    if !members.is_empty() {
        doc.block(format!("## {}", escape::inline(words.word(Word::Team))));
        doc.block(members.join("\n"));
    }
}

/// The document as blocks separated by one blank line, so no block runs into the one before (a bold line right
/// after a list item would otherwise continue the item).
#[derive(Default)]
pub(crate) struct Doc {
    blocks: Vec<String>,
}

impl Doc {
    pub(crate) fn block(&mut self, text: impl Into<String>) {
        self.blocks.push(text.into());
    }

    fn finish(self) -> String {
        let mut out = self.blocks.join("\n\n");
        out.push('\n');
        out
    }
}
