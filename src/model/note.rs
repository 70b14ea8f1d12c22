//! Sticky notes.

use super::limits::MAX_EARLIER;
use super::{ClusterId, MemberId, NoteColour, NoteId, Timestamp};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    pub id: NoteId,
    /// Plain text; the UI renders it as text, never as HTML.
    #[serde(default)]
    pub text: String,
    /// Earlier texts a merge replaced (oldest first, at most [`MAX_EARLIER`]), so the
    /// losing side of a conflict stays retrievable. Added in format version 1 without a migration: files without
    /// it load with none, and a note without any writes none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<String>,
    #[serde(default)]
    pub colour: NoteColour,
    /// Key of the board zone the note sits in.
    #[serde(default)]
    pub zone: String,
    /// Fractional index inside its zone (see [`crate::model::order_between`]).
    #[serde(default)]
    pub order: f64,
    #[serde(default)]
    pub cluster: Option<ClusterId>,
    #[serde(default)]
    pub author: Option<MemberId>,
    #[serde(default)]
    pub created: Timestamp,
    #[serde(default)]
    pub updated: Timestamp,
    #[serde(default)]
    pub deleted: bool,
}

impl Note {
    /// A new live note with a fresh id; `order` usually comes from [`crate::model::order_between`].
    pub fn new(
        text: impl Into<String>,
        zone: impl Into<String>,
        order: f64,
        now: Timestamp,
    ) -> Self {
        Note {
            id: NoteId::new(),
            text: text.into(),
            earlier: Vec::new(),
            colour: NoteColour::default(),
            zone: zone.into(),
            order,
            cluster: None,
            author: None,
            created: now,
            updated: now,
            deleted: false,
        }
    }

    /// Keeps `text` as the newest earlier version, unless it is the current text or kept already; beyond
    /// [`MAX_EARLIER`] the oldest goes. Returns whether anything changed.
    pub fn keep_earlier(&mut self, text: &str) -> bool {
        if text == self.text || self.earlier.iter().any(|e| e == text) {
            return false;
        }
        self.earlier.push(text.to_owned());
        let over = self.earlier.len().saturating_sub(MAX_EARLIER);
        self.earlier.drain(..over);
        true
    }
}
