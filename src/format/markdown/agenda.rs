//! The day's plan as a small table: time, item, minutes.

use super::{escape, Doc};
use crate::format::words::{Word, Words};
use crate::model::agenda::{clock, Activity};
use crate::model::{Method, Workshop};

pub(super) fn agenda(doc: &mut Doc, ws: &Workshop, methods: &[Method], words: &impl Words) {
    let Some(agenda) = ws.agenda.as_ref().filter(|a| !a.items.is_empty()) else {
        return;
    };
    let cell = |word| escape::inline(words.word(word));
    let mut rows = vec![
        format!(
            "| {} | {} | {} |",
            cell(Word::AgendaTime),
            cell(Word::AgendaItem),
            cell(Word::AgendaMinutes)
        ),
        "|---|---|--:|".to_owned(),
    ];
    for (item, slot) in agenda.items.iter().zip(agenda.slots()) {
        // The label wins, as on screen; a method not in the catalogue shows its id.
        let name = if !item.label.trim().is_empty() {
            item.label.as_str()
        } else {
            match &item.activity {
                Activity::Method { method } => methods
                    .iter()
                    .find(|m| &m.id == method)
                    .map_or(method.as_str(), |m| words.pick(&m.name)),
                Activity::Break => words.word(Word::Break),
            }
        };
        rows.push(format!(
            "| {}–{} | {} | {} |",
            clock(slot.start),
            clock(slot.end),
            escape::inline(name),
            item.minutes
        ));
    }
    doc.block(format!("## {}", cell(Word::Agenda)));
    doc.block(rows.join("\n"));
}
