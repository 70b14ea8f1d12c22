//! How an agenda item is called on screen.

use crate::i18n::{Key, Lang};
use crate::model::agenda::{Activity, AgendaItem};
use crate::state::Catalogue;

/// The label, else the method's name (its id while the catalogue loads), else "Pause".
pub fn item_name(item: &AgendaItem, lang: Lang, catalogue: &Catalogue) -> String {
    if !item.label.trim().is_empty() {
        return item.label.clone();
    }
    match &item.activity {
        Activity::Method { method } => catalogue
            .method(method)
            .map(|m| lang.pick(&m.name).to_owned())
            .unwrap_or_else(|| method.clone()),
        Activity::Break => lang.text(Key::Break).to_owned(),
    }
}
