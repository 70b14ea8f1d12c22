//! Files in and out: downloads through a Blob URL, uploads read as text with a size check first.

use gloo_file::{Blob, ObjectUrl};
use thiserror::Error;
use wasm_bindgen::JsCast;

#[derive(Debug, Error)]
pub enum FileError {
    #[error("the file is {bytes} bytes, more than the {max} allowed")]
    TooLarge { bytes: u64, max: u64 },
    #[error("the file could not be read: {0}")]
    Read(String),
    #[error("the file is not UTF-8 text")]
    NotText,
    #[error("the browser refused the download: {0}")]
    Download(String),
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), FileError> {
    let blob = Blob::new_with_options(text, Some(mime));
    let url = ObjectUrl::from(blob);
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| FileError::Download("no document".into()))?;
    let anchor = document
        .create_element("a")
        .map_err(|e| FileError::Download(format!("{e:?}")))?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| FileError::Download("not an anchor".into()))?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // The click starts the download synchronously; revoking the URL on drop is then safe in Chromium and
    // Firefox, but Safari wants a moment, so keep the URL alive briefly.
    gloo_timers::callback::Timeout::new(10_000, move || drop(url)).forget();
    Ok(())
}

/// Reads a picked or dropped file as text, refusing files over `max` bytes before reading them.
pub async fn read_text(file: web_sys::File, max: u64) -> Result<String, FileError> {
    let file = gloo_file::File::from(file);
    let bytes = file.size();
    if bytes > max {
        return Err(FileError::TooLarge { bytes, max });
    }
    // Bytes, not `read_as_text`: a JS string would be decoded to UTF-16 and re-encoded to UTF-8 on its way
    // into Rust, which costs about a third of a 5 MB import.
    let bytes = gloo_file::futures::read_as_bytes(&file)
        .await
        .map_err(|e| FileError::Read(e.to_string()))?;
    String::from_utf8(bytes).map_err(|_| FileError::NotText)
}
