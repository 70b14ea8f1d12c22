//! Reading files that ship with the app (same origin only: the CSP allows nothing else).

use gloo_net::http::Request;

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// No answer at all: offline without a cached copy, or the request was blocked.
    #[error("no connection: {0}")]
    Network(String),
    #[error("HTTP status {0}")]
    Status(u16),
}

/// The text of the app file at `path` (an app path such as `/public/methods/ideas.json`, below the base path).
pub async fn app_text(path: &str) -> Result<String, FetchError> {
    let url = super::href(path);
    let response = Request::get(&url)
        .send()
        .await
        .map_err(|e| FetchError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    response
        .text()
        .await
        .map_err(|e| FetchError::Network(e.to_string()))
}
