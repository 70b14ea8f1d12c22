//! What a card shows, and small text helpers.

use crate::i18n::Lang;
use crate::model::{ClusterId, Note, NoteColour, NoteId};

/// Everything a card renders. Used as the `<For>` key, so a card is rebuilt exactly when what it shows
/// changes (text, colour, editor open, language, group, dots, earlier versions), a note that only moved within its zone keeps its
/// DOM node, and the card itself can be static: no reactive state per card for these.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NoteView {
    pub id: NoteId,
    pub text: String,
    pub colour: NoteColour,
    pub editing: bool,
    pub lang: Lang,
    /// The name of the live cluster it is in (drawn as part of the group above it, and named in its label).
    pub group: Option<String>,
    pub vote: Vote,
    /// How many earlier versions (texts a merge replaced) the note keeps.
    pub earlier: usize,
}

/// What a card shows of the dot vote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Vote {
    /// No vote running, or nobody at the screen: other voters' dots stay hidden.
    #[default]
    Off,
    /// A voter is placing dots: this card has `mine` of them; `full` when the voter has
    /// placed all their dots.
    Placing { mine: u8, full: bool },
    /// After the reveal: everyone's dots.
    Shown(u32),
}

impl NoteView {
    pub fn of(
        note: &Note,
        editing: Option<NoteId>,
        lang: Lang,
        group: Option<String>,
        vote: Vote,
    ) -> Self {
        NoteView {
            id: note.id,
            text: note.text.clone(),
            colour: note.colour,
            editing: editing == Some(note.id),
            lang,
            group,
            vote,
            earlier: note.earlier.len(),
        }
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

/// One entry of a zone's list: a cluster heading or a card.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Item {
    Cluster(ClusterView),
    Note(NoteView),
}

impl Item {
    pub fn note(&self) -> Option<&NoteView> {
        match self {
            Item::Note(n) => Some(n),
            Item::Cluster(_) => None,
        }
    }
}

/// Moved to `i18n::numbers` (issue 12); re-exported until `editor.rs` imports it from there.
pub use crate::i18n::grouped;
