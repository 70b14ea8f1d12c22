//! Size limits shared by commands (refuse the edit) and the file format (refuse the file), so that every state the
//! app can reach can also be exported and imported again. Counts are of live (non-deleted) items: tombstones must
//! never stop someone from re-importing their own export.

use std::fmt;

/// Characters (Unicode scalar values, `chars().count()`) per note text.
pub const MAX_NOTE_CHARS: usize = 5_000;
/// Live notes per board.
pub const MAX_NOTES_PER_BOARD: usize = 5_000;
/// Live boards per workshop.
pub const MAX_BOARDS: usize = 200;
/// Characters of a workshop title, board title, member name or cluster name.
pub const MAX_TITLE_CHARS: usize = 200;
/// Characters of the challenge question ("Fragestellung").
pub const MAX_QUESTION_CHARS: usize = 2_000;
/// Earlier versions a note keeps (texts a merge replaced); each is a note text with its limit.
pub const MAX_EARLIER: usize = 5;

/// Dots per voter in a dot vote.
pub const MAX_DOTS: usize = 10;
/// Voters in one dot vote.
pub const MAX_VOTERS: usize = 50;
/// Items of an agenda (a long day with short items stays well below).
pub const MAX_AGENDA_ITEMS: usize = 60;
/// Minutes of one agenda item.
pub const MAX_ITEM_MINUTES: usize = 600;
/// Seconds of a pitch, its questions or one section (an hour is far beyond any jury slot).
pub const MAX_PITCH_SECONDS: usize = 3_600;
/// Questions the team added to the jury check.
pub const MAX_JURY_QUESTIONS: usize = 100;
/// A self-rating in the jury check, from 1.
pub const MAX_RATING: usize = 5;

/// Zones of one board (templates have at most twelve).
pub const MAX_ZONES: usize = 50;
/// Characters of a key or id written into files: a zone key, a method id, the app version.
pub const MAX_KEY_CHARS: usize = 100;
/// Live members of a workshop.
pub const MAX_MEMBERS: usize = 500;
/// Characters of a carried-over text: a sentence joins at most six notes (see `method::join_sentence`).
pub const MAX_CARRIED_CHARS: usize = 8 * MAX_NOTE_CHARS;
/// Milliseconds of one rehearsal section or question round: a day, far beyond any pitch; a run left open
/// longer records this much (see `RehearsalRun::finish`).
pub const MAX_SPOKEN_MS: usize = 24 * 60 * 60 * 1000;

/// Which limit was hit; the UI turns this into a translated message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LimitKind {
    NoteText,
    NotesPerBoard,
    Boards,
    Title,
    Question,
    Dots,
    Voters,
    AgendaItems,
    ItemMinutes,
    PitchSeconds,
    JuryQuestions,
    Rehearsals,
    Rating,
    Earlier,
    Zones,
    Key,
    Members,
    Clusters,
    CarriedText,
    CarriedItems,
    Sections,
    SpokenMs,
}

impl LimitKind {
    /// The maximum allowed for this limit.
    pub fn max(self) -> usize {
        match self {
            LimitKind::NoteText => MAX_NOTE_CHARS,
            LimitKind::NotesPerBoard => MAX_NOTES_PER_BOARD,
            LimitKind::Boards => MAX_BOARDS,
            LimitKind::Title => MAX_TITLE_CHARS,
            LimitKind::Question => MAX_QUESTION_CHARS,
            LimitKind::Dots => MAX_DOTS,
            LimitKind::Voters => MAX_VOTERS,
            LimitKind::AgendaItems => MAX_AGENDA_ITEMS,
            LimitKind::ItemMinutes => MAX_ITEM_MINUTES,
            LimitKind::PitchSeconds => MAX_PITCH_SECONDS,
            LimitKind::JuryQuestions => MAX_JURY_QUESTIONS,
            LimitKind::Rehearsals => super::pitch::MAX_REHEARSALS,
            LimitKind::Rating => MAX_RATING,
            LimitKind::Earlier => MAX_EARLIER,
            LimitKind::Zones => MAX_ZONES,
            LimitKind::Key => MAX_KEY_CHARS,
            LimitKind::Members => MAX_MEMBERS,
            // Live clusters and carried items are bounded like notes: each needs at least one note to exist.
            LimitKind::Clusters | LimitKind::CarriedItems => MAX_NOTES_PER_BOARD,
            LimitKind::CarriedText => MAX_CARRIED_CHARS,
            LimitKind::Sections => super::pitch::PitchField::ALL.len(),
            LimitKind::SpokenMs => MAX_SPOKEN_MS,
        }
    }

    /// `Err(found)` when `found` exceeds the limit.
    pub fn check(self, found: usize) -> Result<(), usize> {
        if found > self.max() {
            Err(found)
        } else {
            Ok(())
        }
    }
}

impl fmt::Display for LimitKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LimitKind::NoteText => "characters in a note",
            LimitKind::NotesPerBoard => "notes on a board",
            LimitKind::Boards => "boards in a workshop",
            LimitKind::Title => "characters in a title or name",
            LimitKind::Question => "characters in the question",
            LimitKind::Dots => "dots per voter",
            LimitKind::Voters => "voters",
            LimitKind::AgendaItems => "items in the agenda",
            LimitKind::ItemMinutes => "minutes of an agenda item",
            LimitKind::PitchSeconds => "seconds of a pitch",
            LimitKind::JuryQuestions => "own jury questions",
            LimitKind::Rehearsals => "recorded rehearsals",
            LimitKind::Rating => "points of a rating",
            LimitKind::Earlier => "earlier versions of a note",
            LimitKind::Zones => "zones on a board",
            LimitKind::Key => "characters in a key or version",
            LimitKind::Members => "members",
            LimitKind::Clusters => "groups on a board",
            LimitKind::CarriedText => "characters in a carried-over text",
            LimitKind::CarriedItems => "carried-over items",
            LimitKind::Sections => "sections of a rehearsal",
            LimitKind::SpokenMs => "milliseconds of a rehearsal section",
        })
    }
}
