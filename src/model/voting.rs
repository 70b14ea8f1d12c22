//! Dot voting on a shared screen: the team takes turns at one screen, each voter places a fixed number of dots,
//! earlier dots stay hidden until the reveal, then the notes are ranked by dots.
//!
//! A voting is stored with its board, whole: every change replaces it (`Command::SetVoting`), so each hand-over
//! and the reveal are one undo step each, and a later merge compares one `updated`.

use super::{Board, MemberId, NoteId, Timestamp};
use serde::{Deserialize, Serialize};

/// Dots each voter gets unless the team chooses otherwise.
pub const DEFAULT_DOTS: u8 = 3;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Voting {
    /// Dots per voter (1 to [`super::limits::MAX_DOTS`]).
    pub dots_each: u8,
    /// Who votes, in the order they were chosen. Names live in the workshop's members.
    #[serde(default)]
    pub voters: Vec<Voter>,
    /// Once revealed, everyone's dots are shown and the ranking is final.
    #[serde(default)]
    pub revealed: bool,
    #[serde(default)]
    pub updated: Timestamp,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Voter {
    pub member: MemberId,
    /// One entry per dot, so a voter may put several dots on one note.
    #[serde(default)]
    pub dots: Vec<NoteId>,
    /// Has handed over: their turn is over (they may still take it again before the reveal).
    #[serde(default)]
    pub done: bool,
}

/// A note and its dots after the reveal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ranked {
    pub note: NoteId,
    pub dots: u32,
}

impl Voting {
    pub fn new(members: impl IntoIterator<Item = MemberId>, dots_each: u8, now: Timestamp) -> Self {
        Voting {
            dots_each,
            voters: members
                .into_iter()
                .map(|member| Voter {
                    member,
                    dots: Vec::new(),
                    done: false,
                })
                .collect(),
            revealed: false,
            updated: now,
        }
    }

    pub fn voter(&self, member: MemberId) -> Option<&Voter> {
        self.voters.iter().find(|v| v.member == member)
    }

    /// How many voters have handed over.
    pub fn done_count(&self) -> usize {
        self.voters.iter().filter(|v| v.done).count()
    }

    /// The voting after `member` handed over with `dots` (at most `dots_each` are kept). Unknown voters are
    /// ignored, so the caller cannot add a voter by accident.
    pub fn with_turn(&self, member: MemberId, dots: &[NoteId], now: Timestamp) -> Voting {
        let mut next = self.clone();
        if let Some(v) = next.voters.iter_mut().find(|v| v.member == member) {
            v.dots = dots
                .iter()
                .copied()
                .take(usize::from(self.dots_each))
                .collect();
            v.done = true;
        }
        next.updated = now;
        next
    }

    pub fn revealed_at(&self, now: Timestamp) -> Voting {
        Voting {
            revealed: true,
            updated: now,
            ..self.clone()
        }
    }

    /// Dots on `note` from every voter.
    pub fn dots_on(&self, note: NoteId) -> u32 {
        let n = self
            .voters
            .iter()
            .flat_map(|v| &v.dots)
            .filter(|d| **d == note)
            .count();
        u32::try_from(n).unwrap_or(u32::MAX)
    }

    /// Live notes of `board` with at least one dot, most dots first; ties keep the board's display order
    /// (zones in order, notes in order), so the ranking is stable and matches what people see.
    pub fn ranking(&self, board: &Board) -> Vec<Ranked> {
        let mut ranked: Vec<Ranked> = board
            .zones
            .iter()
            .flat_map(|z| board.live_notes_in(&z.key))
            .map(|n| Ranked {
                note: n.id,
                dots: self.dots_on(n.id),
            })
            .filter(|r| r.dots > 0)
            .collect();
        // Stable sort: equal counts stay in display order.
        super::sorting::sort_by_key(&mut ranked, |r| std::cmp::Reverse(r.dots));
        ranked
    }

    /// The notes with the most dots (several on a tie), only after the reveal.
    pub fn winners(&self, board: &Board) -> Vec<NoteId> {
        if !self.revealed {
            return Vec::new();
        }
        let ranking = self.ranking(board);
        let top = ranking.first().map_or(0, |r| r.dots);
        ranking
            .into_iter()
            .take_while(|r| r.dots == top)
            .map(|r| r.note)
            .collect()
    }
}

/// What a card shows of a dot vote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DotMark {
    /// No vote running, or nobody at the screen: other voters' dots stay hidden.
    #[default]
    Off,
    /// A voter is placing dots: this card has `mine` of them; `full` when they have placed all their dots.
    Placing { mine: u8, full: bool },
    /// After the reveal: everyone's dots.
    Shown(u32),
}

/// One voter's turn at the shared screen: the dots placed so far, seen by nobody else until they hand over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Turn {
    pub member: MemberId,
    /// One entry per dot, in the order placed.
    pub dots: Vec<NoteId>,
}

/// What placing or taking back a dot did, for the message the voter hears.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DotChange {
    Placed {
        left: usize,
    },
    /// Every dot is placed already (e.g. a stale turn after an undo): nothing changed.
    NoneLeft,
    Removed {
        left: usize,
    },
    /// The card had none of this voter's dots: nothing changed.
    NoneThere,
}

impl Turn {
    /// `member` steps up; they see only their own dots from an earlier turn.
    pub fn start(voting: &Voting, member: MemberId) -> Turn {
        Turn {
            member,
            dots: voting
                .voter(member)
                .map(|v| v.dots.clone())
                .unwrap_or_default(),
        }
    }

    /// Whether the turn still fits the stored vote: not revealed, and the voter still in it (an undo or
    /// another device may have changed it).
    pub fn fits(&self, voting: Option<&Voting>) -> bool {
        voting.is_some_and(|v| !v.revealed && v.voter(self.member).is_some())
    }

    /// This voter's dots on `note`.
    pub fn on(&self, note: NoteId) -> usize {
        self.dots.iter().filter(|d| **d == note).count()
    }

    pub fn left(&self, each: u8) -> usize {
        usize::from(each).saturating_sub(self.dots.len())
    }

    pub fn add(&mut self, note: NoteId, each: u8) -> DotChange {
        if self.left(each) == 0 {
            return DotChange::NoneLeft;
        }
        self.dots.push(note);
        DotChange::Placed {
            left: self.left(each),
        }
    }

    /// Takes back the last dot placed on `note`.
    pub fn remove(&mut self, note: NoteId, each: u8) -> DotChange {
        match self.dots.iter().rposition(|d| *d == note) {
            Some(i) => {
                self.dots.remove(i);
                DotChange::Removed {
                    left: self.left(each),
                }
            }
            None => DotChange::NoneThere,
        }
    }
}

impl Voting {
    /// What the card of `note` shows, with `turn` at the screen.
    pub fn mark(&self, turn: Option<&Turn>, note: NoteId) -> DotMark {
        if self.revealed {
            return DotMark::Shown(self.dots_on(note));
        }
        match turn.filter(|t| self.voter(t.member).is_some()) {
            Some(t) => DotMark::Placing {
                mine: u8::try_from(t.on(note)).unwrap_or(u8::MAX),
                full: t.left(self.dots_each) == 0,
            },
            None => DotMark::Off,
        }
    }
}
