//! Leaving the open workshop without dropping an edit, and combining this tab's unsaved changes with a
//! version another tab saved meanwhile (the same merge a file goes through: the later edit of an item wins,
//! deletions stay, a replaced text stays at its note as an earlier version).

use super::store::{Opened, Parked, Saving, Store};
use crate::browser::clock::now_ms;
use crate::format::parse_stored;
use crate::model::{Timestamp, WorkshopId};
use gloo_events::{EventListener, EventListenerOptions};
use leptos::prelude::*;

/// How often a running write is checked for while leaving; writes take milliseconds.
const WAIT_STEP_MS: u32 = 20;
/// Leaving never waits longer than this for a write (a stuck IndexedDB must not freeze navigation).
const WAIT_MAX_MS: u32 = 5_000;

impl Store {
    /// Before another workshop takes the open one's place: its editor's draft goes in, a running write
    /// finishes, and what is still unsaved is written now or, if storage refuses, parked in memory (retried,
    /// warned about on closing the tab, and taken up again when the workshop is reopened). Nothing of it,
    /// including its stored rev, carries over into the next workshop.
    pub(super) async fn leave(&self) {
        if self.current.with_untracked(Option::is_none) {
            return;
        }
        self.commit_pending_draft();
        self.wait_for_write().await;
        self.save_now().await;
        self.wait_for_write().await;
        // A write still running after the wait counts as unsaved: if it fails, the parked copy remains.
        let unsaved = self.dirty.get_value() || self.in_flight.get_value();
        if matches!(self.opened.get_untracked(), Opened::DeletedElsewhere(_)) {
            self.keep_deleted_copy(unsaved).await;
        } else if unsaved {
            if let Some(workshop) = self.current.get_untracked() {
                self.park(workshop, self.base_rev.get_value());
            }
        }
        self.dirty.set_value(false);
        self.base_rev.set_value(None);
        self.base_updated.set_value(None);
        self.draft.set_value(None);
        self.saving.set(Saving::Saved);
    }

    fn park(&self, workshop: crate::model::Workshop, base_rev: Option<u64>) {
        let parked = Parked {
            workshop,
            base_rev,
            base_updated: self.base_updated.get_value(),
        };
        self.parked.update_value(|list| {
            list.retain(|p| p.workshop.id != parked.workshop.id);
            list.push(parked);
        });
    }

    /// Leaving a workshop another tab deleted while it was open here. Changes made here after that tab saw
    /// it were never in what it deleted: the copy is parked and stored again at once (as a parked copy of a
    /// deleted workshop always is, see [`Store::save_parked`]). Without such changes the deletion holds, and
    /// this tab's start page offers to undo it, as the deleting tab's does: the copy is never dropped unseen.
    async fn keep_deleted_copy(&self, unsaved: bool) {
        let Some(workshop) = self.current.get_untracked() else {
            return;
        };
        if unsaved {
            // No stored rev: it is stored as new.
            self.park(workshop, None);
            // Now, not with the next workshop's first save: the start page lists it again at once.
            self.save_parked().await;
            self.refresh_list().await;
        } else {
            let rev = self.base_rev.get_value().unwrap_or(0) + 1;
            // The deleting tab took what this device kept beside the record; none of another deletion's.
            self.deleted_traces.set_value(Default::default());
            self.last_deleted
                .set(Some(super::library::record_of(&workshop, rev)));
        }
    }

    /// Downloads every parked workshop as a file: the page is about to go while storage refuses them.
    pub(super) fn download_parked(&self) -> Result<(), crate::browser::files::FileError> {
        for parked in self.parked.get_value() {
            super::library::download_workshop(&parked.workshop)?;
        }
        Ok(())
    }

    pub(super) fn unpark(&self, id: WorkshopId) -> Option<Parked> {
        let mut found = None;
        self.parked.update_value(|list| {
            if let Some(i) = list.iter().position(|p| p.workshop.id == id) {
                found = Some(list.remove(i));
            }
        });
        found
    }

    pub(super) async fn wait_for_write(&self) {
        let mut waited = 0;
        while self.in_flight.get_value() && waited < WAIT_MAX_MS {
            gloo_timers::future::TimeoutFuture::new(WAIT_STEP_MS).await;
            waited += WAIT_STEP_MS;
        }
    }

    /// Writes parked workshops again (a full disk may have been cleared). One that another tab changed
    /// meanwhile is merged with that version first.
    pub(super) async fn save_parked(&self) {
        let Some(db) = self.db() else { return };
        for parked in self.parked.get_value() {
            let key = parked.workshop.id.to_string();
            let mut ws = parked.workshop.clone();
            let mut expected = parked.base_rev;
            match db.get(&key).await {
                // Deleted meanwhile: the unsaved changes are stored again rather than lost.
                Ok(None) => expected = None,
                Ok(Some(record)) if Some(record.rev) != expected => {
                    let Ok(theirs) = parse_stored(&record.data) else {
                        continue;
                    };
                    let Some(merged) = self.merged(&ws, &theirs.workshop, parked.base_updated)
                    else {
                        continue;
                    };
                    ws = merged;
                    expected = Some(record.rev);
                }
                _ => {}
            }
            let record = super::library::record_of(&ws, expected.map_or(1, |r| r + 1));
            if db.put(&record, expected).await.is_ok() {
                self.unpark(ws.id);
                self.forget_unsaved(ws.id);
                self.broadcast_saved(&key, record.rev);
            }
        }
    }

    /// Another tab saved a newer version of the open workshop while this one has unsaved changes: both become
    /// one, based on that version, and are saved. Returns false when that version cannot be read (e.g. from a
    /// newer Querwerk): the user is then asked which to keep.
    pub(super) async fn merge_stored(&self) -> bool {
        let Some(db) = self.db() else { return false };
        let Some(id) = self.current.with_untracked(|c| c.as_ref().map(|w| w.id)) else {
            return false;
        };
        let result = db.get(&id.to_string()).await;
        if self.current.with_untracked(|c| c.as_ref().map(|w| w.id)) != Some(id) {
            return false;
        }
        let record = match result {
            Ok(Some(record)) => record,
            Ok(None) => {
                self.opened.set(Opened::DeletedElsewhere(id));
                return false;
            }
            Err(err) => {
                self.saving.set(Saving::Failed(err));
                return false;
            }
        };
        let Ok(theirs) = parse_stored(&record.data) else {
            self.saving.set(Saving::Conflict {
                stored_rev: Some(record.rev),
            });
            return false;
        };
        if !self.adopt_merged(record.rev, theirs.workshop) {
            self.saving.set(Saving::Conflict {
                stored_rev: Some(record.rev),
            });
            return false;
        }
        true
    }

    /// Makes the open workshop this tab's copy merged with `theirs`, the stored version at `rev`, and marks it
    /// unsaved. The undo history goes: its steps were recorded against the copy before the merge, and undoing
    /// one now could overwrite the other tab's newer text without keeping it.
    /// Returns false (and changes nothing) where no merge is at hand (the start bundle).
    pub(super) fn adopt_merged(&self, rev: u64, theirs: crate::model::Workshop) -> bool {
        let since = self.base_updated.get_value();
        let Some(ours) = self.current.get_untracked().filter(|ws| ws.id == theirs.id) else {
            return false;
        };
        let Some(merged) = self.merged(&ours, &theirs, since) else {
            return false;
        };
        self.current.set(Some(merged));
        self.history.update_value(|h| h.clear());
        self.sync_undo_redo();
        self.base_rev.set_value(Some(rev));
        self.base_updated.set_value(Some(theirs.updated));
        self.dirty.set_value(true);
        self.merged_elsewhere.set(true);
        // A failed write stays on screen until a write succeeds.
        if !matches!(self.saving.get_untracked(), Saving::Failed(_)) {
            self.saving.set(Saving::Pending);
        }
        true
    }

    /// `ours` and `theirs` as one, by the same rules as a merged file (`merge_file`): texts both changed since
    /// `since` (the version `ours` is based on) keep the losing one at its note as an earlier version.
    pub(super) fn merged(
        &self,
        ours: &crate::model::Workshop,
        theirs: &crate::model::Workshop,
        since: Option<Timestamp>,
    ) -> Option<crate::model::Workshop> {
        let merge = self.merger.get_value()?;
        Some(merge(ours, theirs, since, Timestamp(now_ms())))
    }

    /// Warns before the tab closes only while something would truly be lost: a change not yet written, a
    /// write still running or a parked workshop that the browser refused to keep (`unsaved.rs`), or a draft it
    /// refused to keep.
    pub(super) fn warn_before_unload(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let store = *self;
        let options = EventListenerOptions::enable_prevent_default();
        EventListener::new_with_options(&window, "beforeunload", options, move |ev| {
            let follower = store.follower.get_value();
            let unsaved = !store.keep_unsaved() || store.draft_unsaved.get_value();
            if unsaved && !follower {
                ev.prevent_default();
            }
        })
        .forget();
    }
}
