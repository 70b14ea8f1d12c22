//! The fixed words of exported documents (Markdown, CSV), asked for by meaning.
//!
//! `format` sits below `i18n` in the layers, so it cannot read UI texts itself: the caller hands in something that
//! knows the language. `i18n::Lang` implements [`Words`]; tests may pass any other implementation.

use crate::model::pitch::{BankQuestion, Criterion, PitchField, PitchKind, QuestionStatus};
use crate::model::{LocalText, NoteColour, Phase, Role};

/// A word or short phrase of a document. Phrases with `{name}` placeholders say so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    /// "Stand: {date}".
    AsOf,
    /// The label of the challenge question.
    Question,
    /// Heading of the member list.
    Team,
    Role(Role),
    Phase(Phase),
    Colour(NoteColour),
    Agenda,
    /// Agenda table headers.
    AgendaTime,
    AgendaItem,
    AgendaMinutes,
    Break,
    /// Marks a board the team finished.
    Done,
    /// Introduces what a board started from.
    StartedFrom,
    /// The carried guiding question.
    Prompt,
    /// The carried items.
    Items,
    /// "aus „{board}“".
    From,
    FromDeleted,
    OneDot,
    /// "{n} Punkte".
    Dots,
    /// Heading of a revealed vote's ranking.
    Ranking,
    /// Label of the note(s) with the most dots.
    Winner,
    /// A revealed vote without dots.
    NoDots,
    /// A board without notes.
    NoNotes,
    /// A cluster without a name.
    Unnamed,
    /// Boards whose method is not in the catalogue.
    OtherBoards,
    /// A CSV header cell.
    Column(Column),
    /// Heading of the pitch sections.
    Pitch,
    PitchKind(PitchKind),
    PitchField(PitchField),
    /// Heading of the jury check.
    JuryCheck,
    Criterion(Criterion),
    /// "{n} von 5".
    Rating,
    NotRated,
    WeakPoint,
    /// Heading of the question bank.
    JuryQuestions,
    Bank(BankQuestion),
    Status(QuestionStatus),
}

/// The columns of the notes table, in file order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Phase,
    Method,
    Board,
    Zone,
    Cluster,
    Text,
    Author,
    Colour,
    Dots,
    Created,
    Updated,
}

impl Column {
    pub const ALL: [Column; 11] = [
        Column::Phase,
        Column::Method,
        Column::Board,
        Column::Zone,
        Column::Cluster,
        Column::Text,
        Column::Author,
        Column::Colour,
        Column::Dots,
        Column::Created,
        Column::Updated,
    ];
}

/// One language's words for documents.
pub trait Words {
    /// A stored two-language text (method names, zone labels) in this language.
    fn pick<'a>(&self, text: &'a LocalText) -> &'a str;
    fn word(&self, word: Word) -> &str;

    /// "1 Punkt" / "3 Punkte".
    fn dots(&self, n: u32) -> String {
        if n == 1 {
            self.word(Word::OneDot).to_owned()
        } else {
            self.word(Word::Dots).replace("{n}", &n.to_string())
        }
    }
}
