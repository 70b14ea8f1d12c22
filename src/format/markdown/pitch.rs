//! The place for the pitch canvas and the jury check.
//!
//! They are not part of the workshop model yet. Once they are, this function writes their sections (with
//! `## …` headings, user text through [`super::escape`]); the document puts them after the journey's phases and
//! before the other boards. Until then it returns an empty string, which the document leaves out.

use crate::format::words::Words;
use crate::model::{Method, Workshop};

pub fn pitch_sections(_ws: &Workshop, _methods: &[Method], _words: &impl Words) -> String {
    String::new()
}
