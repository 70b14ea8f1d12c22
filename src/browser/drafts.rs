//! The open note editor's draft in localStorage, one per workshop and tab. localStorage rather than IndexedDB
//! because it is written synchronously: a draft stored on one keystroke is there even if the page crashes on
//! the next.
//!
//! Each tab writes and clears only its own entry (`querwerk.draft.<workshop>.<tab>`; the tab id lives in
//! sessionStorage, so a reload keeps it), so one tab never throws away another tab's draft. A tab opening a
//! workshop without a draft of its own takes over one that a closed or crashed tab left behind, never one of a
//! tab still open (`tabs`: each tab holds a lock while its page lives).

use super::tabs;
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
    thread_local! {
        // Held from this tab's first draft or open workshop on, so other tabs know it is alive.
        static HELD: () = TAB.with(|id| tabs::hold(id));
    }
    HELD.with(|_| ());
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

/// This tab's draft for `workshop`.
pub fn load(workshop: WorkshopId) -> Option<NoteDraft> {
    read(&own_key(workshop), workshop)
}

/// When this tab has no draft for `workshop`, takes over one that a tab no longer open left behind (it is then
/// this tab's own, see [`load`]). Where the browser cannot tell which tabs are open, it takes over any, as
/// before: a draft shown twice is better than one never shown again.
pub async fn adopt_left_behind(workshop: WorkshopId) {
    let own = own_key(workshop);
    let prefix = prefix(workshop);
    let others = || -> Vec<String> {
        let storage = Local::raw();
        let len = storage.length().unwrap_or(0);
        (0..len)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(&prefix) && *k != own)
            .collect()
    };
    if read(&own, workshop).is_some() || others().is_empty() {
        return;
    }
    let alive = tabs::alive().await;
    // Read again after the wait: another tab may have taken one over meanwhile.
    if read(&own, workshop).is_some() {
        return;
    }
    let gone = others().into_iter().find(|k| {
        let tab = &k[prefix.len()..];
        alive.as_ref().is_none_or(|alive| !alive.contains(tab))
    });
    let Some(other) = gone else { return };
    let Some(draft) = read(&other, workshop) else {
        return;
    };
    if Local::set(&own, &draft).is_ok() {
        Local::delete(&other);
    }
}

/// Keeps `draft`; false when the browser refused (storage full or blocked): the page then warns before closing.
pub fn save(draft: &NoteDraft) -> bool {
    Local::set(own_key(draft.workshop), draft).is_ok()
}

/// Clears this tab's draft for `workshop`; other tabs' drafts stay.
pub fn clear(workshop: WorkshopId) {
    Local::delete(own_key(workshop));
}
