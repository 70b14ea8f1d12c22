//! How agenda items and lengths read on screen.

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

/// "3 Std. 15 Min." / "45 Min."
pub fn duration(lang: Lang, minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => lang.format(Key::MethodMinutes, &[("n", &m.to_string())]),
        (h, 0) => lang.format(Key::Hours, &[("h", &h.to_string())]),
        (h, m) => lang.format(
            Key::HoursMinutes,
            &[("h", &h.to_string()), ("m", &m.to_string())],
        ),
    }
}
