//! The open workshop: loading it, changing it through commands ([`Store::apply`]), undo and redo.

use super::store::{Opened, Saving, Store};
use crate::browser::clock::now_ms;
use crate::browser::prefs;
use crate::commands::Command;
use crate::format::parse_stored;
use crate::i18n::messages::refusal;
use crate::model::{Timestamp, WorkshopId};
use leptos::prelude::*;

/// Why the open workshop refused a change, already in the user's language. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Refused(pub String);

impl From<Refused> for String {
    fn from(refused: Refused) -> String {
        refused.0
    }
}

impl Store {
    /// Opens a workshop from storage, unless it is already open. The previous one is left first (see
    /// `leave.rs`): its draft is committed and its changes are written or kept, never dropped. A workshop left
    /// with unsaved changes comes back with them.
    pub async fn open(&self, id: WorkshopId) {
        if self.current.with_untracked(|c| c.as_ref().map(|w| w.id)) == Some(id) {
            return;
        }
        self.leave().await;
        self.opened.set(Opened::Loading(id));
        if let Some(parked) = self.unpark(id) {
            self.take_up(parked.workshop, parked.base_rev, parked.base_updated);
            self.dirty.set_value(true);
            self.saving.set(Saving::Pending);
            self.schedule_save();
            self.opened.set(Opened::Ready(id));
            return;
        }
        let Some(db) = self.db() else {
            self.opened.set(Opened::Missing(id));
            return;
        };
        match db.get(&id.to_string()).await {
            Ok(Some(record)) => match parse_stored(&record.data) {
                Ok(imported) => {
                    self.adopt_left_draft(id).await;
                    self.adopt_left_unsaved(id).await;
                    let updated = imported.workshop.updated;
                    self.take_up(imported.workshop, Some(record.rev), Some(updated));
                    let _ = self.take_up_unsaved(Some(record.rev));
                    self.opened.set(Opened::Ready(id));
                    self.await_left_draft(id);
                    self.await_left_unsaved(id);
                }
                Err(_) => self.opened.set(Opened::Unreadable(id)),
            },
            Ok(None) => self.opened.set(Opened::Missing(id)),
            Err(_) => self.opened.set(Opened::Unreadable(id)),
        }
    }

    /// Makes `ws` the open workshop, based on the stored version `base_rev`, with a fresh history.
    pub(super) fn take_up(
        &self,
        ws: crate::model::Workshop,
        base_rev: Option<u64>,
        base_updated: Option<Timestamp>,
    ) {
        let id = ws.id;
        self.history.update_value(|h| h.clear());
        self.base_rev.set_value(base_rev);
        self.base_updated.set_value(base_updated);
        self.dirty.set_value(false);
        self.merged_elsewhere.set(false);
        self.me
            .set(prefs::me(&id.to_string()).and_then(|m| m.parse::<crate::model::MemberId>().ok()));
        self.current.set(Some(ws));
        self.saving.set(Saving::Saved);
        self.unexported.set(prefs::unexported(id));
        self.load_draft();
        self.sync_undo_redo();
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

    /// The one road by which the view changes the open workshop: validates `commands`, applies them as one undo
    /// step and schedules a save. Only a real change writes a signal: an empty list, a refused list or no open
    /// workshop leaves everything untouched and marks nothing unsaved. A refusal comes back in the user's
    /// language, ready to show.
    pub fn apply(&self, commands: Vec<Command>) -> Result<(), Refused> {
        if commands.is_empty() {
            return Ok(());
        }
        let now = Timestamp(now_ms());
        // `Ok(true)`: applied. The signal notifies only then.
        let result = self.current.try_maybe_update(|current| {
            let Some(ws) = current else {
                return (false, Ok(false));
            };
            if self.participant.get_value() {
                let me = self.me.get_untracked();
                if let Err(err) = crate::commands::participant_may(ws, &commands, me) {
                    return (false, Err(err));
                }
            }
            match self.history.try_update_value(|h| h.run(ws, commands, now)) {
                Some(Ok(())) => (true, Ok(true)),
                Some(Err(err)) => (false, Err(err)),
                None => (false, Ok(false)),
            }
        });
        match result {
            Some(Ok(true)) => {
                self.changed();
                // Made while the page is hidden (it may be closing, or be killed any time on a phone): kept at
                // once, as the save just scheduled may never run. Not for the live room's changes, which arrive
                // often in a hidden tab and which the room keeps anyway.
                if crate::browser::screen::page_hidden() {
                    self.keep_unsaved();
                }
                Ok(())
            }
            Some(Err(err)) => Err(Refused(refusal(self.locale.lang_untracked(), &err))),
            _ => Ok(()),
        }
    }

    /// Says who works at this device in the open workshop (`None`: a shared screen, notes carry no name).
    pub fn set_me(&self, member: Option<crate::model::MemberId>) {
        if let Some(id) = self.current.with_untracked(|c| c.as_ref().map(|w| w.id)) {
            prefs::set_me(&id.to_string(), member.map(|m| m.to_string()).as_deref());
            self.me.set(member);
        }
    }

    /// The live room's version of the open workshop (checked like an imported file by `state::live`): taken
    /// as it is and stored like a change made here, but not an undo step: undo is for this device's own edits.
    pub fn take_from_room(&self, ws: crate::model::Workshop) {
        let taken = self
            .current
            .try_maybe_update(|current| match current {
                Some(open) if open.id == ws.id && *open != ws => {
                    *open = ws;
                    (true, true)
                }
                _ => (false, false),
            })
            .unwrap_or(false);
        if taken {
            self.changed();
        }
    }

    pub fn undo(&self) -> bool {
        self.step(true)
    }

    pub fn redo(&self) -> bool {
        self.step(false)
    }

    fn step(&self, back: bool) -> bool {
        let now = Timestamp(now_ms());
        let done = self
            .current
            .try_maybe_update(|current| {
                let Some(ws) = current else {
                    return (false, false);
                };
                let done = self
                    .history
                    .try_update_value(|h| {
                        if back {
                            h.undo(ws, now)
                        } else {
                            h.redo(ws, now)
                        }
                    })
                    .unwrap_or(false);
                (done, done)
            })
            .unwrap_or(false);
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
