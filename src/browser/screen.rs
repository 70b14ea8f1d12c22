//! Full screen and second windows, for the projector.

use wasm_bindgen::JsValue;

/// Asks for full screen on the whole page. Browsers allow it only from a user gesture and may refuse (an
/// iframe without permission); the projector view works in the window anyway.
pub fn enter_fullscreen() -> Result<(), JsValue> {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    element.request_fullscreen()
}

pub fn exit_fullscreen() {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if doc.fullscreen_element().is_some() {
            doc.exit_fullscreen();
        }
    }
}

/// The page is not shown (another tab is, the window is minimised, or the page is going).
pub fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

/// Whether focus left with the window (another tab or window, the page closing) rather than moving on inside
/// the page.
pub fn window_left() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_none_or(|d| d.hidden() || !d.has_focus().unwrap_or(true))
}

pub fn is_fullscreen() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.fullscreen_element().is_some())
}

/// Opens `url` in a new window named `name` (the same name reuses the window). `false` when a popup blocker
/// refused.
pub fn open_window(url: &str, name: &str) -> bool {
    web_sys::window()
        .and_then(|w| {
            w.open_with_url_and_target_and_features(url, name, "popup,width=1280,height=720")
                .ok()
                .flatten()
        })
        .is_some()
}
