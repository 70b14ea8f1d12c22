//! The workshops on this device as a whole: create, import, export, delete.

use super::store::{Opened, Saving, Store, Summary};
use crate::browser::{clock, files, prefs};
use crate::format::{self, export_workshop, import_workshop, to_stored, ImportError};
use crate::model::{Timestamp, Workshop, WorkshopId};
use crate::persistence::{Record, StorageError};
use leptos::prelude::*;

/// What happened to an imported file.
#[derive(Clone, Debug)]
pub enum ImportOutcome {
    Added(WorkshopId),
    /// A workshop with this id is already on the device: the user chooses to replace it or keep both.
    Exists {
        incoming: Box<Workshop>,
        existing_title: String,
    },
}

/// Why an import did not happen. In every case nothing stored was changed.
#[derive(Debug, thiserror::Error)]
pub enum ImportFailure {
    #[error(transparent)]
    File(#[from] files::FileError),
    #[error(transparent)]
    Format(#[from] ImportError),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

pub(super) fn record_of(ws: &Workshop, rev: u64) -> Record {
    Record {
        id: ws.id.to_string(),
        rev,
        saved_at: js_sys::Date::now(),
        title: ws.title.clone(),
        data: to_stored(ws, &clock::now_iso()),
        schema: format::STORED_SCHEMA,
        listing: Some(super::store::listing_of(ws)),
    }
}

/// Downloads `ws` as a workshop file; returns its id.
pub(super) fn download_workshop(ws: &Workshop) -> Result<WorkshopId, files::FileError> {
    let name = format::file_name(ws, &clock::today());
    files::download(
        &name,
        &export_workshop(ws, &clock::now_iso()),
        "application/json",
    )?;
    Ok(ws.id)
}

impl Store {
    /// Creates a workshop, stores it and returns its id.
    pub async fn create(&self, title: &str, question: &str) -> Result<WorkshopId, StorageError> {
        let ws = Workshop::new(title.trim(), question.trim(), Timestamp(clock::now_ms()));
        let id = ws.id;
        self.store_new(ws).await?;
        Ok(id)
    }

    async fn store_new(&self, ws: Workshop) -> Result<(), StorageError> {
        let record = record_of(&ws, 1);
        self.store_record(ws, record).await
    }

    async fn store_record(&self, ws: Workshop, record: Record) -> Result<(), StorageError> {
        let db = self.db().ok_or(StorageError::Unavailable)?;
        db.put(&record, None).await?;
        if let Some(summary) = Summary::listed(&record) {
            self.workshops.update(|list| list.insert(0, summary));
        }
        self.broadcast_saved(&ws.id.to_string(), 1);
        // Ask once there is something worth keeping; Firefox may show a prompt, Chrome decides silently.
        // Not awaited: the answer may take a while; the page explains it once it comes (guard.rs).
        self.ask_persistence();
        Ok(())
    }

    pub(super) fn broadcast_saved(&self, id: &str, rev: u64) {
        self.channel.with_value(|c| {
            if let Some(channel) = c {
                let _ = channel.post_saved(id, rev);
            }
        });
    }

    /// Reads, validates and stores a workshop file. A failure leaves everything stored as it was.
    pub async fn import_file(&self, file: web_sys::File) -> Result<ImportOutcome, ImportFailure> {
        use crate::browser::perf;
        perf::start("querwerk:import");
        perf::start("querwerk:import:read");
        let text = files::read_text(file, format::MAX_FILE_BYTES).await?;
        perf::measure("querwerk:import:read");
        perf::start("querwerk:import:parse");
        let imported = import_workshop(&text)?;
        perf::measure("querwerk:import:parse");
        // Stored as Querwerk writes it, never as the file's text: that could carry unknown fields or keys the
        // reader ignored, which every later load would have to read (and refuse) again.
        let ws = imported.workshop;
        let db = self.db().ok_or(StorageError::Unavailable)?;
        if let Some(existing) = db.get(&ws.id.to_string()).await? {
            return Ok(ImportOutcome::Exists {
                incoming: Box::new(ws),
                existing_title: existing.title,
            });
        }
        let id = ws.id;
        perf::start("querwerk:import:store");
        let record = record_of(&ws, 1);
        self.store_record(ws, record).await?;
        perf::measure("querwerk:import:store");
        perf::measure("querwerk:import");
        Ok(ImportOutcome::Added(id))
    }

    /// A workshop this device joined in a live room (checked like a file by `live`): stored as it is,
    /// replacing an older copy of the same workshop.
    pub async fn store_from_room(&self, ws: Workshop) -> Result<WorkshopId, StorageError> {
        // A room answers fast: the database may still be opening.
        while self.storage.get_untracked() == super::Storage::Loading {
            gloo_timers::future::TimeoutFuture::new(20).await;
        }
        let db = self.db().ok_or(StorageError::Unavailable)?;
        if db.get(&ws.id.to_string()).await?.is_some() {
            return self.import_replace(ws).await;
        }
        let id = ws.id;
        self.store_new(ws).await?;
        Ok(id)
    }

    /// Replaces the stored workshop of the same id with the imported one.
    pub async fn import_replace(&self, ws: Workshop) -> Result<WorkshopId, StorageError> {
        let db = self.db().ok_or(StorageError::Unavailable)?;
        let id = ws.id;
        let stored_rev = db.get(&id.to_string()).await?.map(|r| r.rev);
        let rev = stored_rev.map_or(1, |r| r + 1);
        db.put(&record_of(&ws, rev), stored_rev).await?;
        self.broadcast_saved(&id.to_string(), rev);
        if self.current.with_untracked(|c| c.as_ref().map(|w| w.id)) == Some(id) {
            // Replaced in place: an open editor stays open with its text (its draft fits the new version).
            self.reload_current().await;
        }
        self.refresh_list().await;
        Ok(id)
    }

    /// Stores the imported workshop as a copy with fresh ids, next to the existing one.
    pub async fn import_copy(&self, ws: Workshop) -> Result<WorkshopId, StorageError> {
        let copy = ws.with_new_ids(Timestamp(clock::now_ms()));
        let id = copy.id;
        self.store_new(copy).await?;
        Ok(id)
    }

    /// Downloads the open workshop as a `.querwerk.json` file and resets the backup reminder.
    pub fn export_current(&self) -> Result<(), files::FileError> {
        let Some(id) = self
            .current
            .with_untracked(|c| c.as_ref().map(download_workshop))
            .transpose()?
        else {
            return Ok(());
        };
        prefs::reset_unexported(id);
        prefs::remember_export(id, clock::now_ms());
        self.unexported.set(0);
        Ok(())
    }

    /// Deletes a workshop. The record is kept in memory so the deletion can be undone from the message.
    pub async fn delete(&self, id: WorkshopId) -> Result<(), StorageError> {
        let db = self.db().ok_or(StorageError::Unavailable)?;
        let key = id.to_string();
        if self.current.with_untracked(|c| c.as_ref().map(|w| w.id)) == Some(id) {
            // What was just typed goes into the record first, so undoing the deletion brings it back too.
            self.commit_pending_draft();
            self.wait_for_write().await;
            self.save_now().await;
        }
        self.unpark(id);
        let record = db.get(&key).await?;
        db.delete(&key).await?;
        self.forget_unsaved(id);
        self.channel.with_value(|c| {
            if let Some(channel) = c {
                let _ = channel.post_deleted(&key);
            }
        });
        if self.current.with_untracked(|c| c.as_ref().map(|w| w.id)) == Some(id) {
            self.close();
        }
        self.workshops.update(|list| list.retain(|s| s.id != id));
        self.deleted_traces.set_value(prefs::take_traces(id));
        self.last_deleted.set(record);
        Ok(())
    }

    /// Puts the last deleted workshop back.
    pub async fn undo_delete(&self) -> Result<(), StorageError> {
        let Some(record) = self.last_deleted.get_untracked() else {
            return Ok(());
        };
        let db = self.db().ok_or(StorageError::Unavailable)?;
        db.put(
            &Record {
                rev: record.rev + 1,
                ..record.clone()
            },
            None,
        )
        .await?;
        self.broadcast_saved(&record.id, record.rev + 1);
        // Only the deleting tab has them (another tab's copy of a deleted workshop comes back without).
        prefs::restore_traces(&self.deleted_traces.get_value());
        self.deleted_traces.set_value(Default::default());
        self.last_deleted.set(None);
        self.refresh_list().await;
        Ok(())
    }

    /// Removes every workshop and preference of Querwerk from this device.
    pub async fn delete_everything(&self) -> Result<(), StorageError> {
        let db = self.db().ok_or(StorageError::Unavailable)?;
        db.clear().await?;
        prefs::clear_all();
        self.deleted_traces.set_value(Default::default());
        self.parked.set_value(Vec::new());
        self.close();
        self.last_deleted.set(None);
        self.refresh_list().await;
        Ok(())
    }

    /// Downloads the raw stored data of a workshop this version cannot read.
    pub fn download_unreadable(&self, key: &str) -> Result<(), files::FileError> {
        let Some(raw) = self
            .unreadable
            .with_untracked(|list| list.iter().find(|u| u.id == key).cloned())
        else {
            return Ok(());
        };
        files::download(
            &format!("querwerk-raw-{}.json", format::slug(&raw.id)),
            &raw.raw_json,
            "application/json",
        )
    }

    fn close(&self) {
        self.current.set(None);
        self.history.update_value(|h| h.clear());
        self.dirty.set_value(false);
        self.base_rev.set_value(None);
        self.base_updated.set_value(None);
        self.draft.set_value(None);
        self.draft_unsaved.set_value(false);
        self.merged_elsewhere.set(false);
        self.saving.set(Saving::Saved);
        self.opened.set(Opened::None);
        self.sync_undo_redo();
    }
}
