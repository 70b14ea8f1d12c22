//! Translated descriptions of typed errors from the layers below: what went wrong, and where.

use super::{Key, Lang};
use crate::format::{ImportError, InvalidKind};
use crate::model::LimitKind;

/// Bytes as a short German/English figure, e.g. "10,5 MB", "512 KB" or "10.7 GB".
pub fn bytes(lang: Lang, n: u64) -> String {
    // Integer arithmetic on purpose: float formatting would add about 15 KB to the wasm.
    let (tenths, unit) = if n >= 1_000_000_000 {
        ((n + 50_000_000) / 100_000_000, "GB")
    } else if n >= 1_000_000 {
        ((n + 50_000) / 100_000, "MB")
    } else {
        ((n + 50) / 100, "KB")
    };
    let separator = if lang == Lang::De { ',' } else { '.' };
    match tenths % 10 {
        0 => format!("{} {unit}", tenths / 10),
        d => format!("{}{separator}{d} {unit}", tenths / 10),
    }
}

/// The message for a failed import; every variant names the problem and, where known, the place.
pub fn import_error(lang: Lang, err: &ImportError) -> String {
    match err {
        ImportError::TooLarge { size, max } => lang.format(
            Key::ErrTooLarge,
            &[("size", &bytes(lang, *size)), ("max", &bytes(lang, *max))],
        ),
        ImportError::Syntax { line, column, .. } => lang.format(
            Key::ErrSyntax,
            &[("line", &line.to_string()), ("column", &column.to_string())],
        ),
        ImportError::NotQuerwerk { .. } => lang.text(Key::ErrNotQuerwerk).to_owned(),
        ImportError::NewerVersion { found, supported } => lang.format(
            Key::ErrNewer,
            &[
                ("found", &found.to_string()),
                ("supported", &supported.to_string()),
            ],
        ),
        ImportError::Migration { from, .. } => {
            lang.format(Key::ErrMigration, &[("from", &from.to_string())])
        }
        ImportError::Invalid { path, kind, .. } => lang.format(
            Key::ErrInvalid,
            &[("path", path), ("problem", lang.text(invalid_kind(*kind)))],
        ),
        ImportError::Limit {
            path,
            what,
            max,
            found,
        } => lang.format(
            Key::ErrLimit,
            &[
                ("path", path),
                ("found", &found.to_string()),
                ("max", &max.to_string()),
                ("what", lang.text(limit_unit(*what))),
            ],
        ),
    }
}

fn invalid_kind(kind: InvalidKind) -> Key {
    match kind {
        InvalidKind::Missing => Key::ProblemMissing,
        InvalidKind::WrongType => Key::ProblemWrongType,
        InvalidKind::WrongValue => Key::ProblemWrongValue,
        InvalidKind::DuplicateId => Key::ProblemDuplicateId,
        InvalidKind::Empty => Key::ProblemEmpty,
        InvalidKind::NoZones => Key::ProblemNoZones,
        InvalidKind::DuplicateZone => Key::ProblemDuplicateZone,
        InvalidKind::NotFinite => Key::ProblemNotFinite,
        InvalidKind::DuplicateKey => Key::ProblemDuplicateKey,
    }
}

fn limit_unit(kind: LimitKind) -> Key {
    match kind {
        LimitKind::NotesPerBoard => Key::LimitNotes,
        LimitKind::Boards => Key::LimitBoards,
        LimitKind::NoteText
        | LimitKind::Title
        | LimitKind::Question
        | LimitKind::Key
        | LimitKind::CarriedText => Key::LimitChars,
        LimitKind::Dots => Key::LimitDots,
        LimitKind::Voters => Key::LimitVoters,
        LimitKind::AgendaItems => Key::LimitAgendaItems,
        LimitKind::ItemMinutes => Key::LimitItemMinutes,
        LimitKind::PitchSeconds => Key::LimitPitchSeconds,
        LimitKind::JuryQuestions => Key::LimitJuryQuestions,
        LimitKind::Rehearsals => Key::LimitRehearsals,
        LimitKind::Rating => Key::LimitRating,
        LimitKind::Earlier => Key::LimitEarlier,
        LimitKind::Zones => Key::LimitZones,
        LimitKind::Members => Key::LimitMembers,
        LimitKind::Clusters => Key::LimitClusters,
        LimitKind::CarriedItems => Key::LimitCarriedItems,
        LimitKind::Sections => Key::LimitSections,
        LimitKind::SpokenMs => Key::LimitSpokenMs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_figures_read_naturally() {
        assert_eq!(bytes(Lang::De, 10_485_760), "10,5 MB");
        assert_eq!(bytes(Lang::En, 20_000_000), "20 MB");
        assert_eq!(bytes(Lang::En, 512_000), "512 KB");
        assert_eq!(bytes(Lang::De, 10_737_418_240), "10,7 GB");
    }
}
