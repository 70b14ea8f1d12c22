//! Transaction helpers on top of `idb`: durable write transactions and waiting for their outcome.

use idb::{ObjectStore, Transaction, TransactionResult};
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbDatabase, IdbTransaction, IdbTransactionMode};

use super::error::StorageError;

pub(crate) const STORE: &str = "workshops";

/// A transaction on the store, plus the raw handle we need after `idb` has consumed its wrapper.
pub(crate) struct Tx {
    tx: Transaction,
    raw: IdbTransaction,
    write: bool,
}

impl Tx {
    pub(crate) fn read(db: &IdbDatabase) -> Result<Self, StorageError> {
        let raw = db
            .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readonly)
            .map_err(|e| StorageError::read(&e))?;
        Ok(Self::wrap(raw, false))
    }

    /// A readwrite transaction with `durability: "strict"`: "complete" then means flushed to disk, not
    /// just handed to the OS ("relaxed", which some browsers use by default). Older browsers ignore the
    /// option. web-sys offers this overload only behind `web_sys_unstable_apis`, so call it by name.
    pub(crate) fn write(db: &IdbDatabase) -> Result<Self, StorageError> {
        let open = || -> Result<IdbTransaction, JsValue> {
            let options = Object::new();
            Reflect::set(&options, &"durability".into(), &"strict".into())?;
            let transaction: Function = Reflect::get(db, &"transaction".into())?.dyn_into()?;
            let raw = transaction.call3(db, &STORE.into(), &"readwrite".into(), &options)?;
            raw.dyn_into()
        };
        let raw = open().map_err(|e| StorageError::write(&e))?;
        Ok(Self::wrap(raw, true))
    }

    fn wrap(raw: IdbTransaction, write: bool) -> Self {
        Self {
            tx: Transaction::from(raw.clone()),
            raw,
            write,
        }
    }

    pub(crate) fn store(&self) -> Result<ObjectStore, StorageError> {
        self.tx.object_store(STORE).map_err(|e| self.error(e))
    }

    /// Maps an `idb` error as a read or write failure, depending on this transaction's mode.
    pub(crate) fn error(&self, error: idb::Error) -> StorageError {
        StorageError::from_idb(error, self.write)
    }

    /// Waits until the transaction has committed. A quota failure often shows up only here, as an
    /// abort whose `error` is a QuotaExceededError.
    pub(crate) async fn committed(self) -> Result<(), StorageError> {
        let Self { tx, raw, write } = self;
        let result = tx.await;
        // idb dropped its handlers with the future; unset them so a later event finds nothing dropped.
        raw.set_oncomplete(None);
        raw.set_onabort(None);
        raw.set_onerror(None);
        match result {
            Ok(TransactionResult::Committed) => Ok(()),
            Ok(TransactionResult::Aborted) => Err(match raw.error() {
                Some(e) => StorageError::from_idb(idb::Error::DomException(e), write),
                None => StorageError::Write {
                    name: "AbortError".into(),
                    message: "the transaction was aborted".into(),
                },
            }),
            Err(e) => Err(StorageError::from_idb(e, write)),
        }
    }
}
