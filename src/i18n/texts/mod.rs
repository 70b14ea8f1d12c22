//! Every UI text, German and English side by side, one file per area of the app. Each text is a constant
//! (`Key::HomeTitle`), not an arm of a `match`: a bundle then holds only the texts its code names, so the start
//! bundle carries the start page's texts and not all of them. A text missing a language does not compile.

/// Declares each text of a file as a constant of [`Key`], and the file's list of them (for the tests).
macro_rules! texts {
    ($($key:ident: $de:literal | $en:literal;)+) => {
        #[allow(non_upper_case_globals)]
        impl super::Key {
            $(pub const $key: super::Key = super::Key(&super::Text { de: $de, en: $en });)+
        }

        /// This file's texts with their names.
        pub(super) const ALL: &[(&str, super::Key)] = &[$((stringify!($key), super::Key::$key)),+];
    };
}

mod board;
mod data;
mod general;
mod methods;
mod pitch;
mod room;

/// A UI text; add one to the file of its area.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key(&'static Text);

#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Text {
    de: &'static str,
    en: &'static str,
}

impl Key {
    pub fn de(self) -> &'static str {
        self.0.de
    }

    pub fn en(self) -> &'static str {
        self.0.en
    }

    /// Every text with its name, for tests that walk them all (the app itself never lists them, so no bundle
    /// holds a text it does not show).
    pub fn all() -> Vec<(&'static str, Key)> {
        [
            general::ALL,
            board::ALL,
            methods::ALL,
            room::ALL,
            pitch::ALL,
            data::ALL,
        ]
        .concat()
    }
}
