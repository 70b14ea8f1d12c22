//! Reactive state provided through context. Components reach it with the `use_*` helpers.

mod locale;

pub use locale::{provide_locale, use_locale, Locale};
