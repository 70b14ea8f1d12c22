//! The open note editor's draft in localStorage, one per workshop and tab. localStorage rather than IndexedDB
//! because it is written synchronously: a draft stored on one keystroke is there even if the page crashes on
//! the next.
//!
//! Each tab writes and clears only its own entry (`querwerk.draft.<workshop>.<tab>`; the tab id lives in
//! sessionStorage, so a reload keeps it), so one tab never throws away another tab's draft. A tab opening a
//! workshop without a draft of its own takes over one a crashed or closed tab left behind.

use crate::model::draft::NoteDraft;
use crate::model::WorkshopId;
use gloo_storage::{LocalStorage as Local, SessionStorage as Session, Storage};

const TAB_KEY: &str = "querwerk.tab";

fn tab() -> String {
    thread_local! {
        static TAB: String = Session::get::<String>(TAB_KEY).unwrap_or_else(|_| {
            let id = uuid::Uuid::new_v4().simple().to_string();
            let _ = Session::set(TAB_KEY, &id);
            id
        });
    }
    TAB.with(Clone::clone)
}

fn prefix(workshop: WorkshopId) -> String {
    format!("querwerk.draft.{workshop}.")
}

fn own_key(workshop: WorkshopId) -> String {
    format!("{}{}", prefix(workshop), tab())
}

fn read(key: &str, workshop: WorkshopId) -> Option<NoteDraft> {
    Local::get::<NoteDraft>(key)
        .ok()
        .filter(|d| d.workshop == workshop)
}

/// This tab's draft for `workshop`, else one another tab left behind, which this tab then owns.
pub fn load(workshop: WorkshopId) -> Option<NoteDraft> {
    let own = own_key(workshop);
    if let Some(draft) = read(&own, workshop) {
        return Some(draft);
    }
    let storage = Local::raw();
    let prefix = prefix(workshop);
    let len = storage.length().unwrap_or(0);
    let other = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .find(|k| k.starts_with(&prefix) && *k != own)?;
    let draft = read(&other, workshop)?;
    if Local::set(&own, &draft).is_ok() {
        Local::delete(&other);
    }
    Some(draft)
}

/// Keeps `draft`; false when the browser refused (storage full or blocked): the page then warns before closing.
pub fn save(draft: &NoteDraft) -> bool {
    Local::set(own_key(draft.workshop), draft).is_ok()
}

/// Clears this tab's draft for `workshop`; other tabs' drafts stay.
pub fn clear(workshop: WorkshopId) {
    Local::delete(own_key(workshop));
}
