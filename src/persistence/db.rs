//! `Db`: the IndexedDB database holding one record per workshop.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use idb::{DatabaseEvent, Factory, KeyPath, ObjectStoreParams};
use js_sys::Object;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Event, IdbDatabase};

use super::error::StorageError;
use super::record::{self, Record};
use super::tx::{Tx, STORE};
use super::unreadable::Unreadable;

const DEFAULT_NAME: &str = "querwerk";
const VERSION: u32 = 1;

/// What happened to the connection, for the page to tell the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbEvent {
    /// Opening waits because another tab holds the database open at an older version and does not let go.
    /// Opening goes on by itself once that tab closes or reloads.
    Blocked,
    /// Another tab upgrades or deletes the database (a newer Querwerk, "delete site data"): this connection
    /// closed so as not to block it, and is being opened again. Calls fail with `StorageError::Closed` meanwhile.
    Closed,
    /// Opened again after [`DbEvent::Closed`]: everything works as before.
    Reopened,
    /// Cannot be opened again by this version (the database was upgraded by a newer one): only a reload helps.
    NeedsReload,
}

type Events = Rc<dyn Fn(DbEvent)>;
type Listener = Closure<dyn FnMut(Event)>;

/// A cheap-to-clone handle on the open database. Holds JS objects, so it is `!Send`.
#[derive(Clone)]
pub struct Db {
    conn: Rc<Connection>,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db")
            .field("name", &self.conn.name)
            .field("open", &self.conn.db.borrow().is_some())
            .finish()
    }
}

struct Connection {
    name: String,
    version: u32,
    /// `None` while closed after a `versionchange` (and for good if reopening failed).
    db: RefCell<Option<IdbDatabase>>,
    events: Option<Events>,
    on_version_change: RefCell<Option<Listener>>,
}

impl Drop for Connection {
    fn drop(&mut self) {
        if let Some(db) = self.db.get_mut().take() {
            db.set_onversionchange(None);
            db.close();
        }
    }
}

impl Connection {
    fn emit(&self, event: DbEvent) {
        if let Some(events) = &self.events {
            events(event);
        }
    }

    fn current(&self) -> Result<IdbDatabase, StorageError> {
        self.db.borrow().clone().ok_or(StorageError::Closed)
    }

    /// Takes `db` as this connection's database and watches it for `versionchange`.
    fn attach(self: &Rc<Self>, db: IdbDatabase) {
        let weak = Rc::downgrade(self);
        let on_version_change = Listener::new(move |_: Event| version_change(&weak));
        db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
        *self.db.borrow_mut() = Some(db);
        // Replacing drops the previous closure, whose database is closed and never calls it again.
        *self.on_version_change.borrow_mut() = Some(on_version_change);
    }
}

/// A newer app version in another tab wants to upgrade (or someone deletes) the database: let it, rather than
/// block it forever, then open again. After a deletion that works (an empty database is created); after an
/// upgrade this version cannot open it any more and the page must be reloaded.
fn version_change(weak: &Weak<Connection>) {
    let Some(conn) = weak.upgrade() else { return };
    if let Some(db) = conn.db.borrow_mut().take() {
        db.close();
    }
    conn.emit(DbEvent::Closed);
    let weak = weak.clone();
    let (name, version, events) = (conn.name.clone(), conn.version, conn.events.clone());
    drop(conn);
    wasm_bindgen_futures::spawn_local(async move {
        let reopened = connect(&name, version, events.as_ref()).await;
        let Some(conn) = weak.upgrade() else {
            if let Ok(db) = reopened {
                db.close();
            }
            return;
        };
        match reopened {
            Ok(db) => {
                conn.attach(db);
                conn.emit(DbEvent::Reopened);
            }
            Err(err) => {
                web_sys::console::warn_1(
                    &format!("Querwerk: browser storage cannot be opened again: {err}").into(),
                );
                conn.emit(DbEvent::NeedsReload);
            }
        }
    });
}

/// Opens `name` at `version`, creating the store on first use, and reports a blocked open.
pub(super) async fn connect(
    name: &str,
    version: u32,
    events: Option<&Events>,
) -> Result<IdbDatabase, StorageError> {
    let factory = Factory::new().map_err(|_| StorageError::Unavailable)?;
    // Throws synchronously in opaque origins (sandboxed frames, some file:// set-ups).
    let mut request = factory
        .open(name, Some(version))
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
    if let Some(events) = events.cloned() {
        request.on_blocked(move |_| events(DbEvent::Blocked));
    }
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
    Ok(db)
}

/// What a write checks before it overwrites.
enum Expect {
    /// Stored rev must equal this (`None`: no record may exist).
    Rev(Option<u64>),
    Anything,
}

impl Db {
    /// Opens (and on first use creates) the app's database "querwerk"; `events` hears of a blocked open and of
    /// the connection being taken by another tab (and whether it came back).
    pub async fn open(events: impl Fn(DbEvent) + 'static) -> Result<Self, StorageError> {
        Self::open_with(DEFAULT_NAME, VERSION, Some(Rc::new(events))).await
    }

    /// Opens the database `name` at the app's version, without events (tests, tools).
    pub async fn open_named(name: &str) -> Result<Self, StorageError> {
        Self::open_with(name, VERSION, None).await
    }

    /// Opens `name` at `version` with events. Public so tests can play a newer app version.
    #[doc(hidden)]
    pub async fn open_version(
        name: &str,
        version: u32,
        events: impl Fn(DbEvent) + 'static,
    ) -> Result<Self, StorageError> {
        Self::open_with(name, version, Some(Rc::new(events))).await
    }

    async fn open_with(
        name: &str,
        version: u32,
        events: Option<Events>,
    ) -> Result<Self, StorageError> {
        let db = connect(name, version, events.as_ref()).await?;
        let conn = Rc::new(Connection {
            name: name.to_owned(),
            version,
            db: RefCell::new(None),
            events,
            on_version_change: RefCell::new(None),
        });
        conn.attach(db);
        Ok(Self { conn })
    }

    /// All stored records in id order; values that are not valid records come as `Err(Unreadable)`.
    pub async fn list(&self) -> Result<Vec<Result<Record, Unreadable>>, StorageError> {
        let tx = Tx::read(&self.conn.current()?)?;
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
    /// yet), checked and written in one transaction so a stale tab cannot overwrite newer data. Refused
    /// with `NewerData` when the stored record has a higher `schema` than `record` (an older app version
    /// would drop the fields it does not know). Returns once the write is durable and has been read back.
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
        let tx = Tx::write(&self.conn.current()?)?;
        let request = tx.store()?.delete(JsValue::from_str(id));
        request
            .map_err(|e| tx.error(e))?
            .await
            .map_err(|e| tx.error(e))?;
        tx.committed().await
    }

    /// Deletes every record, unreadable ones included.
    pub async fn clear(&self) -> Result<(), StorageError> {
        let tx = Tx::write(&self.conn.current()?)?;
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
        let tx = Tx::write(&self.conn.current()?)?;
        let store = tx.store()?;
        if let Expect::Rev(expected) = expect {
            let stored = store.get(key.clone()).map_err(|e| tx.error(e))?;
            let stored_rev = match stored.await.map_err(|e| tx.error(e))? {
                None => None,
                Some(stored) => {
                    let rev = record::check_shape(&stored).map_err(|reason| {
                        StorageError::Unreadable(Unreadable::new(&key, &stored, reason))
                    })?;
                    // Checked before the rev: even a user's "keep my version" must not drop the fields a
                    // newer Querwerk stored. Nothing written; the transaction commits empty.
                    let stored_schema = record::schema(&stored);
                    if stored_schema > record.schema {
                        return Err(StorageError::NewerData { stored_schema });
                    }
                    Some(rev)
                }
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
        let tx = Tx::read(&self.conn.current()?)?;
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
