use crate::browser::{panic, prefs};
use crate::i18n::{Key, Lang};
use leptos::prelude::*;

/// The UI language in context. `t` reads it reactively, so a switch re-renders every text.
#[derive(Clone, Copy)]
pub struct Locale {
    lang: RwSignal<Lang>,
}

impl Locale {
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// The language now, without subscribing (for messages built in event handlers).
    pub fn lang_untracked(&self) -> Lang {
        self.lang.get_untracked()
    }

    pub fn set(&self, lang: Lang) {
        self.lang.set(lang);
    }

    pub fn t(&self, key: Key) -> &'static str {
        self.lang.get().text(key)
    }

    /// A reactive text, usable directly as a view child or attribute value.
    pub fn tr(&self, key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        let lang = self.lang;
        move || lang.get().text(key)
    }

    pub fn format(&self, key: Key, args: &[(&str, &str)]) -> String {
        self.lang.get().format(key, args)
    }
}

/// Reads the stored language and keeps storage, `<html lang>` and the panic message in step with it.
pub fn provide_locale() -> Locale {
    let locale = Locale {
        lang: RwSignal::new(prefs::load_lang()),
    };
    Effect::new(move |previous: Option<Lang>| {
        let lang = locale.lang.get();
        panic::set_lang(lang);
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        // Only a real change is written: the first run merely reflects what was loaded.
        if previous.is_some_and(|p| p != lang) {
            prefs::save_lang(lang);
        }
        lang
    });
    provide_context(locale);
    locale
}

pub fn use_locale() -> Locale {
    expect_context::<Locale>()
}
