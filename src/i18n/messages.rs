//! Translated descriptions of typed errors from the layers below: what went wrong, and where.

use super::numbers::{bytes, grouped};
use super::{Key, Lang};
use crate::commands::CommandError;
use crate::format::{ImportError, InvalidKind};
use crate::model::validate::ViolationKind;
use crate::model::LimitKind;
use crate::persistence::StorageError;

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
                ("found", &grouped(lang, *found)),
                ("max", &grouped(lang, *max)),
                ("what", lang.text(limit_unit(*what))),
            ],
        ),
    }
}

/// What went wrong in browser storage, in the user's language. Only the browser's own refusal keeps its
/// technical words (its name and message, which the browser gives in its own language), in parentheses.
pub fn storage_error(lang: Lang, err: &StorageError) -> String {
    use StorageError as E;
    let refused = |key, name: &str, message: &str| {
        lang.format(key, &[("detail", &format!("{name}: {message}"))])
    };
    let key = match err {
        E::Unavailable => Key::StorageMissing,
        E::Closed => Key::StorageClosed,
        E::QuotaExceeded => Key::StorageFull,
        E::Conflict { .. } => Key::StorageConflict,
        E::NewerData { .. } => Key::StorageNewer,
        E::VerifyFailed => Key::StorageVerify,
        E::Unreadable(_) => Key::StorageUnreadable,
        E::Write { name, message } => return refused(Key::StorageWrite, name, message),
        E::Read { name, message } => return refused(Key::StorageRead, name, message),
    };
    lang.text(key).to_owned()
}

/// Why the workshop refused a change, as shown under the page's controls: "Das ging nicht: …".
pub fn refusal(lang: Lang, err: &CommandError) -> String {
    lang.format(Key::CommandFailed, &[("detail", &command_error(lang, err))])
}

/// What a refused command means for the user. Ids and field names stay out: they mean nothing on screen.
pub fn command_error(lang: Lang, err: &CommandError) -> String {
    use CommandError as E;
    let key = match err {
        E::UnknownBoard(_) => Key::RefusedUnknownBoard,
        E::UnknownNote(_) => Key::RefusedUnknownNote,
        E::UnknownCluster(_) => Key::RefusedUnknownCluster,
        E::UnknownEarlier { .. } => Key::RefusedUnknownEarlier,
        E::UnknownMember(_) => Key::RefusedUnknownMember,
        E::UnknownZone(_) => Key::RefusedUnknownZone,
        E::Limit { what, max, found } => return limit(lang, *what, *max, *found),
        E::EmptyTitle => Key::RefusedEmptyTitle,
        E::EmptyName => Key::RefusedEmptyName,
        E::DuplicateId => Key::RefusedDuplicate,
        E::InvalidOrder => Key::RefusedOrder,
        E::NotDeleted => Key::RefusedNotDeleted,
        E::OtherWorkshop => Key::RefusedOtherWorkshop,
        E::LeadOnly => Key::RefusedLeadOnly,
        E::InvalidBoard { path, kind } => {
            let problem = match kind {
                ViolationKind::Limit { what, max, found } => {
                    return limit(lang, *what, *max, *found)
                }
                ViolationKind::Empty => Key::ProblemEmpty,
                ViolationKind::DuplicateId => Key::ProblemDuplicateId,
                ViolationKind::DuplicateZone => Key::ProblemDuplicateZone,
                ViolationKind::NoZones => Key::ProblemNoZones,
                ViolationKind::NotFinite => Key::ProblemNotFinite,
            };
            return lang.format(
                Key::ErrInvalid,
                &[("path", path), ("problem", lang.text(problem))],
            );
        }
    };
    lang.text(key).to_owned()
}

/// "Eine Notiz darf höchstens 5.000 Zeichen haben." for the note text, the general form for other limits.
fn limit(lang: Lang, what: LimitKind, max: usize, found: usize) -> String {
    if what == LimitKind::NoteText {
        return lang.format(Key::NoteTooLong, &[("max", &grouped(lang, max))]);
    }
    lang.format(
        Key::RefusedLimit,
        &[
            ("found", &grouped(lang, found)),
            ("max", &grouped(lang, max)),
            ("what", lang.text(limit_unit(what))),
        ],
    )
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
