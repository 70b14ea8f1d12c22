//! `Db`: the IndexedDB database holding one record per workshop.

use std::rc::Rc;

use idb::{DatabaseEvent, Factory, KeyPath, ObjectStoreParams};
use js_sys::Object;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Event, IdbDatabase};

use super::error::StorageError;
use super::record::{self, Record, Unreadable};
use super::tx::{Tx, STORE};

const DEFAULT_NAME: &str = "querwerk";
const VERSION: u32 = 1;

/// A cheap-to-clone handle on the open database. Holds JS objects, so it is `!Send`.
#[derive(Clone, Debug)]
pub struct Db {
    conn: Rc<Connection>,
}

#[derive(Debug)]
struct Connection {
    db: IdbDatabase,
    _on_version_change: Closure<dyn FnMut(Event)>,
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.db.set_onversionchange(None);
        self.db.close();
    }
}

/// What a write checks before it overwrites.
enum Expect {
    /// Stored rev must equal this (`None`: no record may exist).
    Rev(Option<u64>),
    Anything,
}

impl Db {
    /// Opens (and on first use creates) the app's database "querwerk".
    pub async fn open() -> Result<Self, StorageError> {
        Self::open_named(DEFAULT_NAME).await
    }

    pub async fn open_named(name: &str) -> Result<Self, StorageError> {
        let factory = Factory::new().map_err(|_| StorageError::Unavailable)?;
        // Throws synchronously in opaque origins (sandboxed frames, some file:// set-ups).
        let mut request = factory
            .open(name, Some(VERSION))
            .map_err(|_| StorageError::Unavailable)?;
        request.on_upgrade_needed(|event| {
            // Version 1 only creates the store; later versions add their migration steps here.
            let Ok(db) = event.database() else { return };
            if !db.store_names().iter().any(|n| n == STORE) {
                let mut params = ObjectStoreParams::new();
                params.key_path(Some(KeyPath::new_single("id")));
                let _ = db.create_object_store(STORE, params);
            }
        });
        let database = request.await.map_err(open_error)?;
        let has_store = database.store_names().iter().any(|n| n == STORE);
        let db: IdbDatabase = database.into();
        if !has_store {
            db.close();
            return Err(StorageError::Read {
                name: "NotFoundError".into(),
                message: format!("database {name} has no object store {STORE}"),
            });
        }
        // A newer app version in another tab wants to upgrade (or delete) the database: let it, rather
        // than block it forever. This tab's later calls then fail with InvalidStateError; reload it.
        let on_version_change = {
            let db = db.clone();
            Closure::<dyn FnMut(Event)>::new(move |_: Event| db.close())
        };
        db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
        Ok(Self {
            conn: Rc::new(Connection {
                db,
                _on_version_change: on_version_change,
            }),
        })
    }

    /// All stored records in id order; values that are not valid records come as `Err(Unreadable)`.
    pub async fn list(&self) -> Result<Vec<Result<Record, Unreadable>>, StorageError> {
        let tx = Tx::read(&self.conn.db)?;
        let store = tx.store()?;
        let keys = store.get_all_keys(None, None).map_err(|e| tx.error(e))?;
        let keys = keys.await.map_err(|e| tx.error(e))?;
        let values = store.get_all(None, None).map_err(|e| tx.error(e))?;
        let values = values.await.map_err(|e| tx.error(e))?;
        // Same transaction, so both are the same snapshot in the same key order.
        Ok(keys
            .iter()
            .zip(&values)
            .map(|(key, value)| {
                record::from_js(value).map_err(|reason| Unreadable::new(key, value, reason))
            })
            .collect())
    }

    /// The record stored under `id`; `Err(StorageError::Unreadable)` if it is there but malformed.
    pub async fn get(&self, id: &str) -> Result<Option<Record>, StorageError> {
        let key = JsValue::from_str(id);
        let Some(value) = self.get_raw(&key).await? else {
            return Ok(None);
        };
        record::from_js(&value)
            .map(Some)
            .map_err(|reason| StorageError::Unreadable(Unreadable::new(&key, &value, reason)))
    }

    /// Writes `record` only if the stored rev equals `expected_rev` (`None`: only if nothing is stored
    /// yet), checked and written in one transaction so a stale tab cannot overwrite newer data. Returns
    /// once the write is durable and has been read back.
    pub async fn put(
        &self,
        record: &Record,
        expected_rev: Option<u64>,
    ) -> Result<(), StorageError> {
        self.write(record, Expect::Rev(expected_rev)).await
    }

    /// Writes `record` whatever is stored (restore, import, replacing an unreadable record), with the
    /// same durability and read-back check as [`Db::put`].
    pub async fn put_unchecked(&self, record: &Record) -> Result<(), StorageError> {
        self.write(record, Expect::Anything).await
    }

    pub async fn delete(&self, id: &str) -> Result<(), StorageError> {
        let tx = Tx::write(&self.conn.db)?;
        let request = tx.store()?.delete(JsValue::from_str(id));
        request
            .map_err(|e| tx.error(e))?
            .await
            .map_err(|e| tx.error(e))?;
        tx.committed().await
    }

    /// Deletes every record, unreadable ones included.
    pub async fn clear(&self) -> Result<(), StorageError> {
        let tx = Tx::write(&self.conn.db)?;
        let request = tx.store()?.clear();
        request
            .map_err(|e| tx.error(e))?
            .await
            .map_err(|e| tx.error(e))?;
        tx.committed().await
    }

    async fn write(&self, record: &Record, expect: Expect) -> Result<(), StorageError> {
        let value = record::to_js(record)?;
        let key = JsValue::from_str(&record.id);
        let tx = Tx::write(&self.conn.db)?;
        let store = tx.store()?;
        if let Expect::Rev(expected) = expect {
            let stored = store.get(key.clone()).map_err(|e| tx.error(e))?;
            let stored_rev = match stored.await.map_err(|e| tx.error(e))? {
                None => None,
                Some(stored) => Some(record::check_shape(&stored).map_err(|reason| {
                    StorageError::Unreadable(Unreadable::new(&key, &stored, reason))
                })?),
            };
            if stored_rev != expected {
                // Nothing written; the transaction commits empty.
                return Err(StorageError::Conflict { stored_rev });
            }
        }
        let request = store.put(&value, None).map_err(|e| tx.error(e))?;
        request.await.map_err(|e| tx.error(e))?;
        tx.committed().await?;
        self.verify(&key, &value).await
    }

    /// Reads the record back in a new transaction and compares it with what was written (JS `===` on
    /// the strings, so megabytes of data are not copied into Rust).
    async fn verify(&self, key: &JsValue, written: &Object) -> Result<(), StorageError> {
        let stored = self.get_raw(key).await?.ok_or(StorageError::VerifyFailed)?;
        let same = |name: &str| record::field(&stored, name) == record::field(written, name);
        if same("id") && same("rev") && same("data") {
            Ok(())
        } else {
            Err(StorageError::VerifyFailed)
        }
    }

    async fn get_raw(&self, key: &JsValue) -> Result<Option<JsValue>, StorageError> {
        let tx = Tx::read(&self.conn.db)?;
        let request = tx.store()?.get(key.clone()).map_err(|e| tx.error(e))?;
        request.await.map_err(|e| tx.error(e))
    }
}

/// Opening fails this way where storage is switched off (private modes, blocked cookies).
fn open_error(error: idb::Error) -> StorageError {
    match StorageError::from_idb(error, false) {
        StorageError::Read { name, .. }
            if name == "InvalidStateError" || name == "SecurityError" =>
        {
            StorageError::Unavailable
        }
        other => other,
    }
}
