//! Saving the open workshop: debounced after each change, flushed when the page is hidden, refused by
//! storage when another tab saved a newer version first, retried after a failure. Nothing is ever written
//! over newer data without the user choosing so.

use super::library::record_of;
use super::store::{Opened, Saving, Store};
use crate::browser::{perf, prefs};
use crate::format::parse_stored;
use crate::model::WorkshopId;
use crate::persistence::{Record, StorageError};
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Delay from the first unsaved change to its write: well inside the 500 ms promise, yet a burst of changes
/// becomes one write.
const DEBOUNCE_MS: u32 = 300;
/// After a failed write, try again this often (a full disk may have been cleared meanwhile).
const RETRY_MS: u32 = 10_000;
/// Saves since the last export after which a backup is suggested.
pub const BACKUP_REMINDER_AFTER: u32 = 25;

impl Store {
    /// Starts the save timer unless one is already due within `DEBOUNCE_MS`: the first unsaved change is
    /// written after `DEBOUNCE_MS` however long the burst of changes lasts. A slower timer (the retry after a
    /// failure, also one left running by a workshop left meanwhile) is brought forward: a new change deserves a
    /// prompt attempt.
    pub(super) fn schedule_save(&self) {
        let soon = js_sys::Date::now() + f64::from(DEBOUNCE_MS);
        if self.scheduled.get_value().is_none_or(|due| due > soon) {
            self.schedule_save_in(DEBOUNCE_MS);
        }
    }

    fn schedule_save_in(&self, ms: u32) {
        let store = *self;
        self.scheduled
            .set_value(Some(js_sys::Date::now() + f64::from(ms)));
        let timeout = Timeout::new(ms, move || {
            store.scheduled.set_value(None);
            spawn_local(async move { store.save_now().await });
        });
        // Replacing the stored timeout drops (and so cancels) the previous one.
        self.timer.set_value(Some(timeout));
    }

    /// Writes the open workshop now if it has unsaved changes (and parked ones, see `leave.rs`). When another
    /// tab saved first, its version and this tab's changes are merged and written as one.
    pub async fn save_now(&self) {
        // Set where workshops are opened: the start bundle has nothing to save and leaves the code out.
        match self.saver.get_value() {
            Some(save) => save(*self).await,
            None if self.dirty.get_value() => leptos::logging::error!(
                "Querwerk: a store with unsaved changes cannot save (open_workshops_here was not called)"
            ),
            None => {}
        }
    }

    pub(super) async fn save_open(self) {
        if self.parked.with_value(|p| !p.is_empty()) {
            self.save_parked().await;
        }
        // A merge can meet yet another tab's save; a few rounds settle it, after that the user decides.
        for _ in 0..3 {
            match self.write_once().await {
                Some(StorageError::Conflict { .. }) if self.merge_stored().await => continue,
                _ => return,
            }
        }
        if let Some(stored_rev) = self.base_rev.get_value() {
            self.saving.set(Saving::Conflict {
                stored_rev: Some(stored_rev),
            });
        }
    }

    /// One write of the open workshop if it has unsaved changes; returns the conflict it met, if any.
    async fn write_once(&self) -> Option<StorageError> {
        if !self.dirty.get_value() || self.in_flight.get_value() {
            return None;
        }
        if matches!(self.saving.get_untracked(), Saving::Conflict { .. })
            || matches!(self.opened.get_untracked(), Opened::DeletedElsewhere(_))
        {
            return None;
        }
        let db = self.db()?;
        let expected = self.base_rev.get_value();
        perf::start("querwerk:autosave");
        let (record, updated) = self.current.with_untracked(|current| {
            current
                .as_ref()
                .map(|ws| (record_of(ws, expected.map_or(1, |r| r + 1)), ws.updated))
        })?;
        perf::measure("querwerk:autosave");
        self.in_flight.set_value(true);
        self.dirty.set_value(false);
        let result = db.put(&record, expected).await;
        self.in_flight.set_value(false);
        // Left meanwhile (see `leave.rs`, which parked it): the result belongs to no open workshop.
        if self
            .current
            .with_untracked(|c| c.as_ref().map(|w| w.id.to_string()))
            != Some(record.id.clone())
        {
            return None;
        }
        match result {
            Ok(()) => {
                self.saved(&record, updated);
                None
            }
            Err(err) => {
                self.dirty.set_value(true);
                match err {
                    StorageError::Conflict { .. } => return Some(err),
                    // storage and worker (issue 11): a newer Querwerk stored this workshop; retrying cannot
                    // help, only a reload (guard.rs). The changes stay in memory, `dirty` stays set.
                    err @ StorageError::NewerData { .. } => self.saving.set(Saving::Failed(err)),
                    other => {
                        web_sys::console::error_1(
                            &format!("Querwerk: saving failed: {other}").into(),
                        );
                        self.saving.set(Saving::Failed(other));
                        self.schedule_save_in(RETRY_MS);
                    }
                }
                None
            }
        }
    }

    fn saved(&self, record: &Record, updated: crate::model::Timestamp) {
        self.base_rev.set_value(Some(record.rev));
        self.base_updated.set_value(Some(updated));
        self.channel.with_value(|c| {
            if let Some(channel) = c {
                let _ = channel.post_saved(&record.id, record.rev);
            }
        });
        if let Ok(id) = record.id.parse::<WorkshopId>() {
            self.unexported.set(prefs::add_unexported(id));
        }
        // The line of what was just stored, from the record's listing (counted once, in `record_of`). It stays
        // where it is: a save that ends while the start page is shown (the workshop just left) must not move
        // the cards under the pointer. The start page puts the latest first when it opens (`sort_list`).
        if let Some(summary) = super::Summary::listed(record) {
            self.workshops
                .update(|list| match list.iter_mut().find(|s| s.id == summary.id) {
                    Some(line) => *line = summary,
                    None => list.insert(0, summary),
                });
        }
        if self.dirty.get_value() {
            self.saving.set(Saving::Pending);
            self.schedule_save();
        } else {
            self.saving.set(Saving::Saved);
            if let Ok(id) = record.id.parse::<WorkshopId>() {
                self.forget_unsaved(id);
            }
        }
    }

    /// Saves when the tab is hidden or closed: the debounce must not cost the last edit. The write may not
    /// finish before the page goes, so what it carries is also kept synchronously (`unsaved.rs`).
    pub(super) fn flush_when_hidden(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let store = *self;
        let flush = move || {
            store.keep_unsaved();
            spawn_local(async move { store.save_now().await });
        };
        if let Some(document) = window.document() {
            let doc = document.clone();
            EventListener::new(&document, "visibilitychange", move |_| {
                if doc.hidden() {
                    flush();
                }
            })
            .forget();
        }
        EventListener::new(&window, "pagehide", move |_| flush()).forget();
    }

    /// Another tab saved `id` at `rev`: take it over quietly when this tab has nothing unsaved, else merge it
    /// with this tab's changes. A write running now meets the newer version itself and merges then.
    pub(super) async fn on_saved_elsewhere(&self, id: &str, rev: u64) {
        let open = self
            .current
            .with_untracked(|c| c.as_ref().map(|w| w.id.to_string()));
        if open.as_deref() != Some(id)
            || self.follower.get_value()
            || self.base_rev.get_value().is_some_and(|r| r >= rev)
            || !matches!(self.opened.get_untracked(), Opened::Ready(_))
        {
            return;
        }
        if self.in_flight.get_value() {
            return;
        }
        if self.dirty.get_value() {
            if self.merge_stored().await {
                self.schedule_save();
            }
        } else {
            self.reload_current().await;
        }
    }

    pub(super) fn on_deleted_elsewhere(&self, id: &str) {
        let open = self.current.with_untracked(|c| c.as_ref().map(|w| w.id));
        if let Some(open) = open.filter(|w| w.to_string() == id) {
            self.opened.set(Opened::DeletedElsewhere(open));
        }
    }

    /// Conflict: drop this tab's unsaved changes and load what the other tab saved.
    pub async fn take_stored_version(&self) {
        self.dirty.set_value(false);
        if let Some(id) = self.current.with_untracked(|c| c.as_ref().map(|w| w.id)) {
            self.forget_unsaved(id);
        }
        self.reload_current().await;
    }

    /// Conflict: keep this tab's version and write it over the other tab's.
    pub async fn keep_this_version(&self) {
        if let Saving::Conflict { stored_rev } = self.saving.get_untracked() {
            self.base_rev.set_value(stored_rev);
            self.saving.set(Saving::Pending);
            self.dirty.set_value(true);
            self.save_now().await;
        }
    }

    /// Deleted in another tab: store this tab's copy again.
    pub async fn restore_deleted(&self) {
        if let Opened::DeletedElsewhere(id) = self.opened.get_untracked() {
            self.base_rev.set_value(None);
            self.opened.set(Opened::Ready(id));
            self.dirty.set_value(true);
            self.save_now().await;
            self.refresh_list().await;
        }
    }

    /// Loads the stored version of the open workshop in its place, without closing it: the board and an open
    /// editor stay on screen (the editor's text is kept as a draft, see `drafts.rs`). If this tab changed
    /// something while the stored version was read, the two are merged instead.
    pub(super) async fn reload_current(&self) {
        let Some(id) = self.current.with_untracked(|c| c.as_ref().map(|w| w.id)) else {
            return;
        };
        let Some(db) = self.db() else { return };
        let result = db.get(&id.to_string()).await;
        // Another workshop may have been opened meanwhile: this answer is not for it.
        if self.current.with_untracked(|c| c.as_ref().map(|w| w.id)) != Some(id) {
            return;
        }
        match result {
            Ok(Some(record)) => match parse_stored(&record.data) {
                Ok(imported) if self.dirty.get_value() || self.in_flight.get_value() => {
                    if self.adopt_merged(record.rev, imported.workshop) {
                        self.schedule_save();
                    } else {
                        self.saving.set(Saving::Conflict {
                            stored_rev: Some(record.rev),
                        });
                    }
                }
                Ok(imported) => {
                    // The editor is still open: its text outlives the swap, and another tab's draft is not
                    // picked up here.
                    let draft = self.draft.get_value();
                    let updated = imported.workshop.updated;
                    self.take_up(imported.workshop, Some(record.rev), Some(updated));
                    self.draft.set_value(draft);
                    self.opened.set(Opened::Ready(id));
                }
                Err(_) => self.opened.set(Opened::Unreadable(id)),
            },
            Ok(None) => self.opened.set(Opened::DeletedElsewhere(id)),
            Err(err) => self.saving.set(Saving::Failed(err)),
        }
    }
}
