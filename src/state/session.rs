//! The open workshop: loading it, changing it through commands, undo and redo.

use super::store::{Opened, Saving, Store};
use crate::browser::clock::now_ms;
use crate::browser::prefs;
use crate::commands::{Command, CommandError};
use crate::format::parse_stored;
use crate::model::{Timestamp, WorkshopId};
use leptos::prelude::*;

impl Store {
    /// Opens a workshop from storage, unless it is already open. Unsaved changes of the previous one are
    /// saved first.
    pub async fn open(&self, id: WorkshopId) {
        if self.current.with_untracked(|c| c.as_ref().map(|w| w.id)) == Some(id) {
            return;
        }
        self.save_now().await;
        self.opened.set(Opened::Loading(id));
        let Some(db) = self.db() else {
            self.opened.set(Opened::Missing(id));
            return;
        };
        match db.get(&id.to_string()).await {
            Ok(Some(record)) => match parse_stored(&record.data) {
                Ok(imported) => {
                    self.history.update_value(|h| h.clear());
                    self.base_rev.set_value(Some(record.rev));
                    self.dirty.set_value(false);
                    self.current.set(Some(imported.workshop));
                    self.saving.set(Saving::Saved);
                    self.unexported.set(prefs::unexported(id));
                    self.sync_undo_redo();
                    self.opened.set(Opened::Ready(id));
                }
                Err(_) => self.opened.set(Opened::Unreadable(id)),
            },
            Ok(None) => self.opened.set(Opened::Missing(id)),
            Err(_) => self.opened.set(Opened::Unreadable(id)),
        }
    }

    /// Makes this window a projector window for the open workshop: it takes every version the facilitator's
    /// window sends ([`Store::mirror`]) and no longer reloads on saves, which would only flicker behind them.
    pub fn follow(&self) {
        self.follower.set_value(true);
    }

    /// Shows `ws` as the facilitator's window has it now, if it is the open workshop. Never marks anything
    /// unsaved: a projector window does not write.
    pub fn mirror(&self, ws: crate::model::Workshop) {
        if !self.follower.get_value() || self.dirty.get_value() {
            return;
        }
        if self.current.with_untracked(|c| c.as_ref().map(|w| w.id)) == Some(ws.id) {
            self.current.set(Some(ws));
        }
    }

    /// Applies commands to the open workshop as one undo step and schedules a save.
    pub fn dispatch(&self, commands: Vec<Command>) -> Result<(), CommandError> {
        let now = Timestamp(now_ms());
        let mut result = Ok(());
        self.current.update(|current| {
            if let Some(ws) = current {
                result = self
                    .history
                    .try_update_value(|h| h.run(ws, commands, now))
                    .unwrap_or(Ok(()));
            }
        });
        if result.is_ok() {
            self.changed();
        }
        result
    }

    pub fn undo(&self) -> bool {
        self.step(true)
    }

    pub fn redo(&self) -> bool {
        self.step(false)
    }

    fn step(&self, back: bool) -> bool {
        let now = Timestamp(now_ms());
        let mut done = false;
        self.current.update(|current| {
            if let Some(ws) = current {
                done = self
                    .history
                    .try_update_value(|h| {
                        if back {
                            h.undo(ws, now)
                        } else {
                            h.redo(ws, now)
                        }
                    })
                    .unwrap_or(false);
            }
        });
        if done {
            self.changed();
        } else {
            self.sync_undo_redo();
        }
        done
    }

    pub(super) fn sync_undo_redo(&self) {
        let state = self.history.with_value(|h| (h.can_undo(), h.can_redo()));
        self.undo_redo.set(state);
    }

    fn changed(&self) {
        self.sync_undo_redo();
        self.dirty.set_value(true);
        if !matches!(
            self.saving.get_untracked(),
            Saving::Failed(_) | Saving::Conflict { .. }
        ) {
            self.saving.set(Saving::Pending);
        }
        self.schedule_save();
    }
}
