//! Documents made from the open workshop for people to read: the Markdown documentation and the notes table.
//! (The workshop file itself is `Store::export_current`.)

use super::store::Store;
use crate::browser::{clock, files};
use crate::format;
use crate::i18n::Lang;
use crate::model::Method;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Document {
    Markdown,
    Csv,
}

impl Document {
    fn extension(self) -> &'static str {
        match self {
            Document::Markdown => "md",
            Document::Csv => "csv",
        }
    }

    fn mime(self) -> &'static str {
        match self {
            Document::Markdown => "text/markdown;charset=utf-8",
            Document::Csv => "text/csv;charset=utf-8",
        }
    }
}

impl Store {
    /// Downloads `document` of the open workshop in `lang`, placing boards by the catalogue `methods`.
    /// Does nothing without an open workshop.
    pub fn export_document(
        &self,
        document: Document,
        lang: Lang,
        methods: &[Method],
    ) -> Result<(), files::FileError> {
        let (year, month, day) = clock::today_ymd();
        let Some((name, text)) = self.current.with_untracked(|c| {
            c.as_ref().map(|ws| {
                let text = match document {
                    Document::Markdown => {
                        format::workshop_markdown(ws, methods, &lang, &lang.date(year, month, day))
                    }
                    Document::Csv => format::notes_csv(ws, methods, &lang),
                };
                let name = format::document_name(ws, &clock::today(), document.extension());
                (name, text)
            })
        }) else {
            return Ok(());
        };
        files::download(&name, &text, document.mime())
    }
}
