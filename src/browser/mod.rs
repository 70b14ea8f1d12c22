//! Thin, fallible adapters over browser APIs. Nothing here panics when an API is missing: callers get a
//! `Result` or a default.

pub mod clock;
pub mod fetch;
pub mod files;
pub mod kept;
pub mod offline;
pub mod panic;
pub mod perf;
pub mod prefs;
pub mod room_channel;
pub mod screen;
pub mod socket;
pub mod sound;
pub mod tabs;

/// The path the app is served under (`""` at the root, `"/sub"` below a sub-path), read from the `<base>`
/// element that trunk fills with `public_url`.
pub fn base_path() -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let origin = window.location().origin().unwrap_or_default();
    let base = window
        .document()
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    base_path_from(&origin, &base)
}

/// Pure part of [`base_path`], tested natively.
pub fn base_path_from(origin: &str, base_uri: &str) -> String {
    let path = base_uri.strip_prefix(origin).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    path.trim_end_matches('/').to_owned()
}

/// An app path (`/about`) as a link below the base path, for `<A href>` and navigation.
pub fn href(path: &str) -> String {
    thread_local! {
        static BASE: String = base_path();
    }
    BASE.with(|base| format!("{base}{path}"))
}

/// The address's path (with the base path), read once: for the start bundle, which has no router.
pub fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// Loads another page of the site (the start bundle's way to move on; the boot script picks its bundle).
pub fn load_page(path: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(path);
    }
}

/// Shows `path` in the address bar instead of the current address, without loading it (the participant
/// bundle's move from the join page to the room's workshop). `false` if the browser refused.
pub fn replace_path(path: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.history().ok())
        .is_some_and(|h| {
            h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
                .is_ok()
        })
}

/// Loads the address the address bar shows (a page of another bundle, see `routes::elsewhere`).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// The address bar's path and query (`/w/…?board=…`).
pub fn page_path() -> String {
    web_sys::window()
        .map(|w| {
            let location = w.location();
            location.pathname().unwrap_or_default() + &location.search().unwrap_or_default()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::base_path_from;

    #[test]
    fn base_path_at_root_and_below_a_sub_path() {
        assert_eq!(base_path_from("http://h:1", "http://h:1/"), "");
        assert_eq!(
            base_path_from("http://h:1", "http://h:1/tools/querwerk/"),
            "/tools/querwerk"
        );
        assert_eq!(base_path_from("http://h:1", "http://h:1/sub/?x=1"), "/sub");
        assert_eq!(base_path_from("http://h:1", "about:blank"), "");
    }
}
