//! One board: heading, what it started from, its zones with clusters and notes, and a revealed vote.

use super::{escape, Doc};
use crate::format::words::{Word, Words};
use crate::model::carry::Carried;
use crate::model::{Board, ClusterId, Method, Note, Workshop};

/// Indent of a `- ` item's continuation lines.
const ITEM: &str = "  ";

pub(super) fn board(
    doc: &mut Doc,
    ws: &Workshop,
    board: &Board,
    method: Option<&Method>,
    words: &impl Words,
) {
    let title = escape::inline(&board.title);
    let heading = match method {
        // A board keeps its method's name (in the language it was made in) as title unless renamed: don't say
        // it twice.
        Some(m) if [&m.name.de, &m.name.en].contains(&&board.title) || title.is_empty() => {
            escape::inline(words.pick(&m.name))
        }
        Some(m) => format!("{}: {title}", escape::inline(words.pick(&m.name))),
        None => title,
    };
    let done = if board.done {
        format!(" ({})", escape::inline(words.word(Word::Done)))
    } else {
        String::new()
    };
    doc.block(format!("### {heading}{done}"));
    carried(doc, ws, board, words);
    let dots = |note: &Note| match board.voting.as_ref().filter(|v| v.revealed) {
        Some(v) if v.dots_on(note.id) > 0 => format!(" ({})", words.dots(v.dots_on(note.id))),
        _ => String::new(),
    };
    let item = |note: &Note| format!("- {}{}", escape::block(&note.text, ITEM), dots(note));
    let mut any = false;
    for zone in &board.zones {
        let notes: Vec<&Note> = board
            .live_notes_in(&zone.key)
            .into_iter()
            .filter(|n| !n.text.trim().is_empty())
            .collect();
        if notes.is_empty() {
            continue;
        }
        any = true;
        doc.block(format!("#### {}", escape::inline(words.pick(&zone.label))));
        // Loose notes first, then each cluster: a list right after a cluster's list would read as part of it.
        let cluster_of = |n: &Note| n.cluster.filter(|c| board.live_cluster(*c).is_some());
        let loose: Vec<String> = notes
            .iter()
            .filter(|n| cluster_of(n).is_none())
            .map(|n| item(n))
            .collect();
        if !loose.is_empty() {
            doc.block(loose.join("\n"));
        }
        let mut clusters: Vec<ClusterId> = Vec::new();
        for c in notes.iter().filter_map(|n| cluster_of(n)) {
            if !clusters.contains(&c) {
                clusters.push(c);
            }
        }
        for id in clusters {
            let name = board.live_cluster(id).map_or("", |c| c.name.trim());
            let name = if name.is_empty() {
                words.word(Word::Unnamed)
            } else {
                name
            };
            doc.block(format!("**{}**", escape::inline(name)));
            let items: Vec<String> = notes
                .iter()
                .filter(|n| cluster_of(n) == Some(id))
                .map(|n| item(n))
                .collect();
            doc.block(items.join("\n"));
        }
    }
    if !any {
        doc.block(format!("*{}*", escape::inline(words.word(Word::NoNotes))));
    }
    vote(doc, board, words);
}

/// What the board started from: the carried guiding question and items, each with its source board.
fn carried(doc: &mut Doc, ws: &Workshop, board: &Board, words: &impl Words) {
    let carried = &board.carried;
    if carried.is_empty() {
        return;
    }
    doc.block(format!(
        "#### {}",
        escape::inline(words.word(Word::StartedFrom))
    ));
    let from = |c: &Carried| {
        let source = match ws.live_board(c.board) {
            Some(b) => words
                .word(Word::From)
                .replace("{board}", &escape::inline(&b.title)),
            None => escape::inline(words.word(Word::FromDeleted)),
        };
        let dots = if c.dots > 0 {
            format!(", {}", words.dots(c.dots))
        } else {
            String::new()
        };
        format!("({source}{dots})")
    };
    if let Some(prompt) = &carried.prompt {
        doc.block(format!(
            "**{}:** {} {}",
            escape::inline(words.word(Word::Prompt)),
            escape::block(&prompt.text, ""),
            from(prompt)
        ));
    }
    if !carried.items.is_empty() {
        doc.block(format!("**{}:**", escape::inline(words.word(Word::Items))));
        let items: Vec<String> = carried
            .items
            .iter()
            .map(|c| format!("- {} {}", escape::block(&c.text, ITEM), from(c)))
            .collect();
        doc.block(items.join("\n"));
    }
}

/// After the reveal: the ranking by dots and the note(s) with the most.
fn vote(doc: &mut Doc, board: &Board, words: &impl Words) {
    let Some(voting) = board.voting.as_ref().filter(|v| v.revealed) else {
        return;
    };
    doc.block(format!(
        "#### {}",
        escape::inline(words.word(Word::Ranking))
    ));
    let ranking = voting.ranking(board);
    if ranking.is_empty() {
        doc.block(escape::inline(words.word(Word::NoDots)));
        return;
    }
    let text = |id| board.live_note(id).map_or("", |n| n.text.as_str());
    let ranks: Vec<String> = ranking
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let marker = format!("{}. ", i + 1);
            // Continuation lines line up with the text after the marker, however wide the number is.
            let indent = " ".repeat(marker.len());
            format!(
                "{marker}{} ({})",
                escape::block(text(r.note), &indent),
                words.dots(r.dots)
            )
        })
        .collect();
    doc.block(ranks.join("\n"));
    let winners: Vec<String> = voting
        .winners(board)
        .into_iter()
        .map(|id| escape::inline(text(id)))
        .collect();
    doc.block(format!(
        "**{}:** {} ({})",
        escape::inline(words.word(Word::Winner)),
        winners.join(" · "),
        words.dots(ranking[0].dots)
    ));
}
