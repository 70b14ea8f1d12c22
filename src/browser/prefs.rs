//! Small preferences in localStorage. Workshops never go here (see `persistence`).

use crate::i18n::Lang;
use gloo_storage::{LocalStorage as Local, Storage};

const LANG_KEY: &str = "querwerk.lang";

/// The stored UI language; German when nothing (or nothing valid) is stored.
pub fn load_lang() -> Lang {
    Local::get::<String>(LANG_KEY)
        .ok()
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

/// Remembers the language. A failure (private mode, storage full) only means it is not remembered.
pub fn save_lang(lang: Lang) {
    if let Err(err) = Local::set(LANG_KEY, lang.code()) {
        web_sys::console::warn_1(
            &format!("Querwerk: could not remember the language: {err}").into(),
        );
    }
}
