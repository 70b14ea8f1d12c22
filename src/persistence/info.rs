//! Storage usage and persistence (navigator.storage). Every missing API gives `None`, never an error:
//! the UI just shows less.

use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{StorageEstimate, StorageManager};

/// What the browser reports about this origin's storage.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct StorageInfo {
    /// Bytes used by this origin (an estimate, often padded by the browser).
    pub usage: Option<f64>,
    /// Bytes this origin may use before writes fail with QuotaExceeded.
    pub quota: Option<f64>,
    /// `Some(true)`: the browser will not evict this origin's data under storage pressure.
    pub persisted: Option<bool>,
}

/// Reads `navigator.storage.estimate()` and `.persisted()`.
pub async fn storage_info() -> StorageInfo {
    let Some(manager) = storage_manager() else {
        return StorageInfo::default();
    };
    let estimate = resolve(manager.estimate())
        .await
        .map(|v| v.unchecked_into::<StorageEstimate>());
    StorageInfo {
        usage: estimate.as_ref().and_then(StorageEstimate::get_usage),
        quota: estimate.as_ref().and_then(StorageEstimate::get_quota),
        persisted: resolve(manager.persisted()).await.and_then(|v| v.as_bool()),
    }
}

/// Asks the browser not to evict this origin's data (`navigator.storage.persist()`). Chrome decides
/// silently from site engagement; Firefox may ask the user. `None` if the API is missing.
pub async fn request_persistence() -> Option<bool> {
    resolve(storage_manager()?.persist()).await?.as_bool()
}

/// `navigator.storage`, which is missing in insecure contexts (plain http other than localhost).
fn storage_manager() -> Option<StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let storage = Reflect::get(&navigator, &"storage".into()).ok()?;
    storage.is_object().then(|| storage.unchecked_into())
}

async fn resolve(promise: Result<Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}
