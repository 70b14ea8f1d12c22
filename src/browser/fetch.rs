//! Reading files that ship with the app (same origin only: the CSP allows nothing else).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// No answer at all: offline without a cached copy, or the request was blocked.
    #[error("no connection: {0}")]
    Network(String),
    #[error("HTTP status {0}")]
    Status(u16),
}

fn network(err: wasm_bindgen::JsValue) -> FetchError {
    FetchError::Network(err.as_string().unwrap_or_else(|| format!("{err:?}")))
}

/// The text of the app file at `path` (an app path such as `/public/methods/ideas.json`, below the base path).
pub async fn app_text(path: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or_else(|| FetchError::Network("no window".into()))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&super::href(path)))
        .await
        .map_err(network)?
        .dyn_into()
        .map_err(network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    JsFuture::from(response.text().map_err(network)?)
        .await
        .map_err(network)?
        .as_string()
        .ok_or_else(|| FetchError::Network("not text".into()))
}
