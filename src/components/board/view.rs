//! What a card shows, and small text helpers.

use crate::i18n::Lang;
use crate::model::{ClusterId, DotMark, Note, NoteColour, NoteId};

/// Everything a card renders. A card is rebuilt exactly when this changes (text, colour, editor open, language,
/// group, dots, earlier versions; see `lists.rs`), a note that only moved within its zone keeps its DOM node, and
/// the card itself can be static: no reactive state per card for these.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteView {
    pub id: NoteId,
    pub text: String,
    pub colour: NoteColour,
    pub editing: bool,
    pub lang: Lang,
    /// The name of the live cluster it is in (drawn as part of the group above it, and named in its label).
    pub group: Option<String>,
    pub vote: DotMark,
    /// How many earlier versions (texts a merge replaced) the note keeps.
    pub earlier: usize,
    /// The name of the team member who wrote it, if one was picked on that device.
    pub author: Option<String>,
}

impl NoteView {
    pub fn of(
        note: &Note,
        editing: bool,
        lang: Lang,
        group: Option<String>,
        vote: DotMark,
        author: Option<String>,
    ) -> Self {
        NoteView {
            id: note.id,
            text: note.text.clone(),
            colour: note.colour,
            editing,
            lang,
            group,
            vote,
            earlier: note.earlier.len(),
            author,
        }
    }

    /// Whether this view shows what [`NoteView::of`] would make of these, without copying the text.
    pub fn shows(
        &self,
        note: &Note,
        editing: bool,
        lang: Lang,
        group: Option<&String>,
        vote: DotMark,
        author: Option<&str>,
    ) -> bool {
        self.id == note.id
            && self.text == note.text
            && self.colour == note.colour
            && self.editing == editing
            && self.lang == lang
            && self.group.as_ref() == group
            && self.vote == vote
            && self.earlier == note.earlier.len()
            && self.author.as_deref() == author
    }
}

/// A cluster's heading inside a zone (one per zone it has notes in).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ClusterView {
    pub id: ClusterId,
    pub name: String,
    /// Its notes in this zone.
    pub count: usize,
    pub collapsed: bool,
    pub renaming: bool,
    /// The first heading of this cluster in zone order: it carries the DOM ids and the name field.
    pub primary: bool,
    pub lang: Lang,
}
