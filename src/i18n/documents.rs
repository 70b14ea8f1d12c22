//! The vocabulary of exported documents (`format::Words`) in the UI languages.

use super::{colour_key, pitch, role_key, Key, Lang};
use crate::format::{Column, Word, Words};
use crate::model::pitch::PitchKind;
use crate::model::LocalText;

impl Words for Lang {
    fn pick<'a>(&self, text: &'a LocalText) -> &'a str {
        Lang::pick(*self, text)
    }

    fn word(&self, word: Word) -> &str {
        if let Word::Phase(phase) = word {
            return self.phase(phase);
        }
        self.text(match word {
            Word::AsOf => Key::DocAsOf,
            Word::Question => Key::ChallengeQuestion,
            Word::Team => Key::DocTeam,
            Word::Role(role) => role_key(role),
            Word::Colour(colour) => colour_key(colour),
            Word::Agenda => Key::Agenda,
            Word::AgendaTime => Key::DocAgendaTime,
            Word::AgendaItem => Key::DocAgendaItem,
            Word::AgendaMinutes => Key::AgendaMinutes,
            Word::Break => Key::Break,
            Word::Done => Key::BoardStateDone,
            Word::StartedFrom => Key::CarriedRegion,
            Word::Prompt => Key::CarriedPrompt,
            Word::Items => Key::CarriedItems,
            Word::From => Key::CarriedFrom,
            Word::FromDeleted => Key::CarriedFromDeleted,
            Word::OneDot => Key::DotOne,
            Word::Dots => Key::DotsCount,
            Word::Ranking => Key::DocRanking,
            Word::Winner => Key::VoteWinner,
            Word::NoDots => Key::VoteNoDots,
            Word::NoNotes => Key::DocNoNotes,
            Word::Unnamed => Key::ClusterUnnamed,
            Word::OtherBoards => Key::OtherBoards,
            Word::Column(column) => column_key(column),
            Word::Pitch => Key::PitchTitle,
            Word::PitchKind(k) => pitch::kind_name(k),
            Word::PitchField(f) => pitch::field(f).0,
            Word::JuryCheck => Key::PitchJuryTab,
            Word::Criterion(c) => pitch::criterion(c, PitchKind::Result).0,
            Word::Rating => Key::JuryRatingOf,
            Word::NotRated => Key::DocNotRated,
            Word::WeakPoint => Key::JuryWeakPoint,
            Word::JuryQuestions => Key::JuryQuestionsTitle,
            Word::Bank(q) => pitch::bank(q),
            Word::Status(s) => pitch::status(s),
            // Answered above.
            Word::Phase(_) => Key::PhaseKickoff,
        })
    }
}

fn column_key(column: Column) -> Key {
    match column {
        Column::Phase => Key::CsvPhase,
        Column::Method => Key::CsvMethod,
        Column::Board => Key::CsvBoard,
        Column::Zone => Key::CsvZone,
        Column::Cluster => Key::CsvCluster,
        Column::Text => Key::CsvText,
        Column::Author => Key::CsvAuthor,
        Column::Colour => Key::CsvColour,
        Column::Dots => Key::CsvDots,
        Column::Created => Key::CsvCreated,
        Column::Updated => Key::CsvUpdated,
    }
}
