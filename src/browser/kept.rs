//! What a tab keeps for a workshop in localStorage: the open note editor's draft, and the workshop's changes
//! not yet in IndexedDB when the page goes. localStorage rather than IndexedDB because it is written
//! synchronously: what is kept on one keystroke, or in `pagehide`, is there even if the page dies right after.
//!
//! Each tab writes and clears only its own entries (`<kind>.<workshop>.<tab>`; the tab id lives in
//! sessionStorage, so a reload keeps it), so one tab never throws away another tab's work. A tab opening a
//! workshop without an entry of its own takes over one that a closed or crashed tab left behind, never one of a
//! tab still open (`tabs`: each tab holds a lock while its page lives).

use super::tabs;
use crate::model::draft::NoteDraft;
use crate::model::WorkshopId;
use gloo_storage::{LocalStorage as Local, SessionStorage as Session, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;

const TAB_KEY: &str = "querwerk.tab";

/// A value kept for one workshop.
pub trait ForWorkshop: Serialize + DeserializeOwned {
    fn workshop(&self) -> WorkshopId;
}

impl ForWorkshop for NoteDraft {
    fn workshop(&self) -> WorkshopId {
        self.workshop
    }
}

/// One kind of kept value; its entries are `<kind>.<workshop>.<tab>`.
#[derive(Clone, Copy)]
pub struct Slot(&'static str);

thread_local! {
    /// Entries of open tabs this tab waits to take over (see [`Slot::adopt_when_gone`]), each waited for once.
    static WAITING: std::cell::RefCell<std::collections::HashSet<String>> = Default::default();
}

/// The open note editor's text (`model::draft::NoteDraft`).
pub const DRAFT: Slot = Slot("querwerk.draft");
/// A workshop's changes that were not written when the page went (`state::unsaved`).
pub const UNSAVED: Slot = Slot("querwerk.unsaved");

fn tab() -> String {
    thread_local! {
        static TAB: String = Session::get::<String>(TAB_KEY).unwrap_or_else(|_| {
            let id = uuid::Uuid::new_v4().simple().to_string();
            let _ = Session::set(TAB_KEY, &id);
            id
        });
    }
    thread_local! {
        // Held from this tab's first kept value or open workshop on, so other tabs know it is alive.
        static HELD: () = TAB.with(|id| tabs::hold(id));
    }
    HELD.with(|_| ());
    TAB.with(Clone::clone)
}

/// Marks this tab alive from the page's first moment: a reloading tab asks for its lock again as early as it
/// can, so a tab waiting to take over what it keeps sees it come back (`tabs::when_gone`).
pub fn hold_this_tab() {
    let _ = tab();
}

impl Slot {
    fn prefix(&self, workshop: WorkshopId) -> String {
        format!("{}.{workshop}.", self.0)
    }

    fn own_key(&self, workshop: WorkshopId) -> String {
        format!("{}{}", self.prefix(workshop), tab())
    }

    fn read<T: ForWorkshop>(key: &str, workshop: WorkshopId) -> Option<T> {
        Local::get::<T>(key)
            .ok()
            .filter(|v| v.workshop() == workshop)
    }

    /// This tab's value for `workshop`.
    pub fn load<T: ForWorkshop>(&self, workshop: WorkshopId) -> Option<T> {
        Self::read(&self.own_key(workshop), workshop)
    }

    /// When this tab has no value for `workshop`, takes over one that a tab no longer open left behind (it is
    /// then this tab's own, see [`Slot::load`]). Where the browser cannot tell which tabs are open, it takes
    /// over any: work shown twice is better than work never shown again.
    pub async fn adopt_left_behind<T: ForWorkshop>(&self, workshop: WorkshopId) {
        let own = self.own_key(workshop);
        let prefix = self.prefix(workshop);
        let others = || self.others(workshop);
        if Self::read::<T>(&own, workshop).is_some() || others().is_empty() {
            return;
        }
        let alive = tabs::alive().await;
        // `take_over` reads this tab's own entry again: one may have come meanwhile.
        let gone = others().into_iter().find(|k| {
            let tab = &k[prefix.len()..];
            alive.as_ref().is_none_or(|alive| !alive.contains(tab))
        });
        if let Some(other) = gone {
            self.take_over::<T>(workshop, &other);
        }
    }

    /// For each entry left by a tab that looks open now, waits until that tab is gone and then takes the entry
    /// over as [`Slot::adopt_left_behind`] does, calling `then` once it did. A tab closed a moment ago still
    /// looks open for a while: without this its work would wait, unshown, for the next time the workshop opens.
    pub fn adopt_when_gone<T: ForWorkshop + 'static>(
        self,
        workshop: WorkshopId,
        then: impl Fn() + Clone + 'static,
    ) {
        let prefix = self.prefix(workshop);
        for other in self.others(workshop) {
            if !WAITING.with(|w| w.borrow_mut().insert(other.clone())) {
                continue;
            }
            let tab = other[prefix.len()..].to_owned();
            let then = then.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let key = other.clone();
                let taken =
                    tabs::when_gone(&tab, move || self.take_over::<T>(workshop, &key)).await;
                WAITING.with(|w| w.borrow_mut().remove(&other));
                if taken {
                    then();
                }
            });
        }
    }

    /// The entries other tabs keep for `workshop`.
    fn others(&self, workshop: WorkshopId) -> Vec<String> {
        let own = self.own_key(workshop);
        let prefix = self.prefix(workshop);
        let storage = Local::raw();
        let len = storage.length().unwrap_or(0);
        (0..len)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(&prefix) && *k != own)
            .collect()
    }

    /// Makes the entry `other` this tab's own, unless this tab has one already. True when it did.
    fn take_over<T: ForWorkshop>(&self, workshop: WorkshopId, other: &str) -> bool {
        let own = self.own_key(workshop);
        if Self::read::<T>(&own, workshop).is_some() {
            return false;
        }
        let Some(value) = Self::read::<T>(other, workshop) else {
            return false;
        };
        let taken = Local::set(&own, &value).is_ok();
        if taken {
            Local::delete(other);
        }
        taken
    }

    /// Keeps `value`; false when the browser refused (storage full or blocked): the page then warns before
    /// closing.
    pub fn save<T: ForWorkshop>(&self, value: &T) -> bool {
        Local::set(self.own_key(value.workshop()), value).is_ok()
    }

    /// Clears this tab's value for `workshop`; other tabs' values stay.
    pub fn clear(&self, workshop: WorkshopId) {
        Local::delete(self.own_key(workshop));
    }
}
