//! Storage that stays (issue 11): what the browser promised about keeping the data, a database connection
//! another tab took, and leaving this page for a newer version without losing a word.
//!
//! An older tab and newer stored data: this version *refuses* to save over a workshop that a newer Querwerk
//! stored (`StorageError::NewerData`, checked in the write transaction against `Record::schema`) rather than
//! carrying the unknown fields along. Keeping unknown fields would mean merging the newer JSON into ours at
//! every level, matching array items by id, guessing whether a missing field was deleted or never known —
//! and a wrong guess loses data silently. Refusing loses nothing: this tab's changes stay in memory, the page
//! says so plainly and offers a reload, which first downloads anything unsaved as a file.

use super::store::{Opened, Store};
use crate::browser::prefs;
use crate::persistence::{request_persistence, DbEvent};
use leptos::prelude::*;
use leptos::task::spawn_local;

impl Store {
    /// Asks the browser to keep this origin's data even under storage pressure, and keeps its answer for the
    /// page to explain ([`Store::persistence`]) until the user has read it once.
    pub(super) fn ask_persistence(&self) {
        let store = *self;
        spawn_local(async move {
            let Some(answer) = request_persistence().await else {
                return;
            };
            if !prefs::persistence_told() {
                prefs::remember_persistence_answer(Some(answer));
                store.persistence.set(Some(answer));
            }
        });
    }

    /// At start, with workshops stored but the answer never explained (it came while the page was left, or the
    /// workshops are older than this version): asks again, so the page can explain it.
    pub(super) fn ask_persistence_if_untold(&self) {
        let untold = !prefs::persistence_told() && self.persistence.get_untracked().is_none();
        if untold && self.workshops.with_untracked(|list| !list.is_empty()) {
            self.ask_persistence();
        }
    }

    /// The user has read the explanation of the browser's answer: it is not shown again on this device.
    pub fn dismiss_persistence(&self) {
        prefs::remember_persistence_told(true);
        prefs::remember_persistence_answer(None);
        self.persistence.set(None);
    }

    pub(super) fn on_db_event(&self, event: DbEvent) {
        match event {
            // Usually followed by `Reopened` within milliseconds; a save in between fails and is retried.
            DbEvent::Closed => {}
            DbEvent::Blocked | DbEvent::NeedsReload => self.db_notice.set(Some(event)),
            DbEvent::Reopened => {
                self.db_notice.set(None);
                let store = *self;
                spawn_local(async move {
                    store.refresh_list().await;
                    store.save_now().await;
                });
            }
        }
    }

    /// Whether this tab holds changes that are not in storage.
    pub fn has_unsaved(&self) -> bool {
        self.dirty.get_value()
    }

    /// Reloads the page (to the newest version). Saves first; what storage does not take (a newer version
    /// owns the data, or the connection is gone) is downloaded as a file before the page goes, so no text is
    /// lost: the open workshop (also one deleted in another tab, which lives only here) and every workshop
    /// parked on leaving it. If even a download fails, the page stays.
    pub async fn reload_page(&self) {
        match self.reloader.get_value() {
            Some(reload) => reload(*self).await,
            // The start bundle: nothing open, nothing parked.
            None => {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().reload();
                }
            }
        }
    }

    pub(super) async fn reload_open(self) {
        self.save_now().await;
        let reload = || {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        };
        let open = self.dirty.get_value()
            || matches!(self.opened.get_untracked(), Opened::DeletedElsewhere(_));
        let parked = self.parked.with_value(|p| !p.is_empty());
        if !open && !parked {
            reload();
            return;
        }
        let downloaded = if open { self.export_current() } else { Ok(()) };
        match downloaded.and_then(|()| self.download_parked()) {
            // A moment for the browser to take the download before the page (and its object URL) goes.
            Ok(()) => {
                gloo_timers::callback::Timeout::new(1_000, reload).forget();
            }
            Err(err) => web_sys::console::error_1(
                &format!(
                    "Querwerk: not reloading, the unsaved work could not be downloaded: {err}"
                )
                .into(),
            ),
        }
    }
}
