//! Changes not yet in IndexedDB when the page goes. A write started in `pagehide` may never finish (the browser
//! tears the page down under it), and the debounce leaves up to 300 ms of every edit unwritten: so whatever is
//! unsaved when the page is hidden or closed is also kept synchronously in localStorage (`browser::kept`), and
//! taken up again the next time the workshop is opened, combined with what storage has by the same merge two
//! tabs use. Kept until a write of that workshop succeeds.

use super::store::{Saving, Store};
use crate::browser::clock::now_iso;
use crate::browser::kept::{ForWorkshop, UNSAVED};
use crate::format::{parse_stored, to_stored};
use crate::model::{Timestamp, Workshop, WorkshopId};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A workshop as this tab had it, with the stored version its changes are based on.
#[derive(Serialize, Deserialize)]
struct Unsaved {
    workshop: WorkshopId,
    base_rev: Option<u64>,
    base_updated: Option<Timestamp>,
    /// In the stored format, so it is read back through the same validation as a stored workshop.
    data: String,
}

impl ForWorkshop for Unsaved {
    fn workshop(&self) -> WorkshopId {
        self.workshop
    }
}

fn keep(ws: &Workshop, base_rev: Option<u64>, base_updated: Option<Timestamp>) -> bool {
    UNSAVED.save(&Unsaved {
        workshop: ws.id,
        base_rev,
        base_updated,
        data: to_stored(ws, &now_iso()),
    })
}

impl Store {
    /// Keeps every change not yet written (the open workshop's and parked ones) where a page that goes cannot
    /// lose it. Returns false if the browser refused to keep some of it: only then is closing worth a warning.
    pub(super) fn keep_unsaved(&self) -> bool {
        if self.follower.get_value() {
            return true;
        }
        let mut kept = true;
        if self.dirty.get_value() || self.in_flight.get_value() {
            kept &= self.current.with_untracked(|c| {
                c.as_ref().is_none_or(|ws| {
                    keep(ws, self.base_rev.get_value(), self.base_updated.get_value())
                })
            });
        }
        self.parked.with_value(|list| {
            for parked in list {
                kept &= keep(&parked.workshop, parked.base_rev, parked.base_updated);
            }
        });
        kept
    }

    /// `id` is written as this tab has it: what was kept of it is done with.
    pub(super) fn forget_unsaved(&self, id: WorkshopId) {
        UNSAVED.clear(id);
    }

    /// Before the stored workshop `id` is taken up: changes a closed or crashed tab left unsaved become this
    /// tab's, as its draft does.
    pub(super) async fn adopt_left_unsaved(&self, id: WorkshopId) {
        if !self.follower.get_value() {
            UNSAVED.adopt_left_behind::<Unsaved>(id).await;
        }
    }

    /// Changes a tab that looks open now left unsaved (one closed a moment ago still does) are taken over once
    /// that tab is gone, and merged into the workshop if it is still open here.
    pub(super) fn await_left_unsaved(&self, id: WorkshopId) {
        if self.follower.get_value() {
            return;
        }
        let store = *self;
        UNSAVED.adopt_when_gone::<Unsaved>(id, move || {
            if store.current.with_untracked(|c| c.as_ref().map(|w| w.id)) == Some(id) {
                // Edited here since it opened: merged, and undo starts from the merged workshop.
                if store.take_up_unsaved(None) {
                    store.history.update_value(|h| h.clear());
                    store.sync_undo_redo();
                    store.merged_elsewhere.set(true);
                }
            }
        });
    }

    /// Right after the stored version (at `rev`) of the open workshop was taken up: puts back what this tab had
    /// not written when its page went. If storage moved on meanwhile (the last write finished after all, or
    /// another tab saved), both are merged; the result is saved as usual. `None`: always merged (the workshop
    /// was edited here since it was taken up). True when the workshop changed.
    pub(super) fn take_up_unsaved(&self, rev: Option<u64>) -> bool {
        let Some(id) = self.current.with_untracked(|c| c.as_ref().map(|w| w.id)) else {
            return false;
        };
        let Some(kept) = UNSAVED.load::<Unsaved>(id) else {
            return false;
        };
        let Ok(ours) = parse_stored(&kept.data) else {
            // Kept, not dropped: a newer Querwerk may read it.
            web_sys::console::error_1(
                &"Querwerk: unsaved changes kept from before cannot be read".into(),
            );
            return false;
        };
        let ours = ours.workshop;
        let theirs = self.current.get_untracked();
        if theirs.as_ref() == Some(&ours) {
            self.forget_unsaved(id);
            return false;
        }
        let combined = if rev.is_some() && kept.base_rev == rev {
            Some(ours)
        } else {
            theirs.and_then(|theirs| self.merged(&ours, &theirs, kept.base_updated))
        };
        // No merge at hand (the start bundle): the kept changes wait for the full app.
        let Some(combined) = combined else {
            return false;
        };
        self.current.set(Some(combined));
        self.dirty.set_value(true);
        self.saving.set(Saving::Pending);
        self.schedule_save();
        true
    }
}
