//! A picked or dropped file on its way from the start bundle to the full app, which opens it (`/open`). The
//! start bundle leaves the file format's reader out, so it hands the file itself over in a database of its
//! own, never beside the workshops: a File is kept by IndexedDB as it is, however large, with nothing read.

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::db::connect;
use super::error::StorageError;
use super::record::set_fields;
use super::tx::Tx;

const NAME: &str = "querwerk-handoff";
/// The one entry (in the store every Querwerk database has, keyed by `id`).
const KEY: &str = "opening";

/// Keeps `file` until [`take_handed`]; a file handed over before and never taken is replaced.
pub async fn hand_over(file: &web_sys::File) -> Result<(), StorageError> {
    let db = connect(NAME, 1, None).await?;
    let entry = Object::new();
    set_fields(&entry, [("id", KEY.into()), ("file", file.into())])?;
    let tx = Tx::write(&db)?;
    let request = tx.store()?.put(&entry, None).map_err(|e| tx.error(e))?;
    request.await.map_err(|e| tx.error(e))?;
    let result = tx.committed().await;
    db.close();
    result
}

/// The file handed over, removed as it is taken (so a reload does not open it twice); `None` if there is none.
pub async fn take_handed() -> Result<Option<web_sys::File>, StorageError> {
    let db = connect(NAME, 1, None).await?;
    let tx = Tx::write(&db)?;
    let store = tx.store()?;
    let key = JsValue::from_str(KEY);
    let entry = store.get(key.clone()).map_err(|e| tx.error(e))?;
    let entry = entry.await.map_err(|e| tx.error(e))?;
    store
        .delete(key)
        .map_err(|e| tx.error(e))?
        .await
        .map_err(|e| tx.error(e))?;
    let result = tx.committed().await;
    db.close();
    result?;
    Ok(entry
        .and_then(|entry| Reflect::get(&entry, &"file".into()).ok())
        .and_then(|file| file.dyn_into::<web_sys::File>().ok()))
}
