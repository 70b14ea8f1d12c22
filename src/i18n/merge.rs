//! The lines of the merge preview: what of this copy a merge overwrites or deletes, in words.

use super::{pitch, Key, Lang};
use crate::model::merge::{Item, Loss};

/// One line such as `Notiz auf „Empathy Map“: „Öffnungszeiten“ – wird gelöscht`.
pub fn loss_text(lang: Lang, loss: &Loss) -> String {
    let item = match loss.item {
        Item::PitchText(f) => lang.format(
            Key::MergeItemPitchText,
            &[("field", lang.text(pitch::field(f).0))],
        ),
        Item::PitchPlan(k) => lang.format(
            Key::MergeItemPitchPlan,
            &[("kind", lang.text(pitch::kind_name(k)))],
        ),
        Item::Jury(k) => lang.format(
            Key::MergeItemJury,
            &[("kind", lang.text(pitch::kind_name(k)))],
        ),
        other => lang.text(item_key(other)).to_owned(),
    };
    let item = match &loss.board {
        Some(board) => lang.format(Key::MergeOnBoard, &[("item", &item), ("board", board)]),
        None => item,
    };
    let action = lang.text(if loss.deleted {
        Key::MergeDeleted
    } else {
        Key::MergeReplaced
    });
    if loss.was.is_empty() {
        lang.format(
            Key::MergeLossLineBare,
            &[("item", &item), ("action", action)],
        )
    } else {
        lang.format(
            Key::MergeLossLine,
            &[
                ("item", &item),
                ("was", &short(&loss.was)),
                ("action", action),
            ],
        )
    }
}

/// Characters of a text shown in a line; a long note is cut with "…" (the whole text stays in the note).
const SHOWN_CHARS: usize = 120;

fn short(text: &str) -> String {
    match text.char_indices().nth(SHOWN_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

fn item_key(item: Item) -> Key {
    match item {
        Item::Title => Key::MergeItemTitle,
        Item::Question => Key::MergeItemQuestion,
        Item::Member => Key::MergeItemMember,
        Item::Board => Key::MergeItemBoard,
        Item::BoardTitle => Key::MergeItemBoardTitle,
        Item::Zones => Key::MergeItemZones,
        Item::Note => Key::MergeItemNote,
        Item::Cluster => Key::MergeItemCluster,
        Item::Vote => Key::MergeItemVote,
        Item::Agenda => Key::MergeItemAgenda,
        Item::Rehearsal => Key::MergeItemRehearsal,
        // Named with their field or kind above.
        Item::Jury(_) => Key::MergeItemJury,
        Item::PitchText(_) => Key::MergeItemPitchText,
        Item::PitchPlan(_) => Key::MergeItemPitchPlan,
    }
}
