//! The open note editor's draft in localStorage, one per workshop. localStorage rather than IndexedDB because
//! it is written synchronously: a draft stored on one keystroke is there even if the page crashes on the next.

use crate::model::draft::NoteDraft;
use crate::model::WorkshopId;
use gloo_storage::{LocalStorage as Local, Storage};

fn key(workshop: WorkshopId) -> String {
    format!("querwerk.draft.{workshop}")
}

/// The draft kept for `workshop`, if any (a damaged entry counts as none).
pub fn load(workshop: WorkshopId) -> Option<NoteDraft> {
    Local::get::<NoteDraft>(key(workshop))
        .ok()
        .filter(|d| d.workshop == workshop)
}

/// Keeps `draft`; false when the browser refused (storage full or blocked): the page then warns before closing.
pub fn save(draft: &NoteDraft) -> bool {
    Local::set(key(draft.workshop), draft).is_ok()
}

pub fn clear(workshop: WorkshopId) {
    Local::delete(key(workshop));
}
