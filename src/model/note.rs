//! Sticky notes.

use super::{ClusterId, MemberId, NoteColour, NoteId, Timestamp};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    pub id: NoteId,
    /// Plain text; the UI renders it as text, never as HTML.
    #[serde(default)]
    pub text: String,
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
}
