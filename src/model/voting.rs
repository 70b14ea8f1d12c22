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
        ranked.sort_by_key(|r| std::cmp::Reverse(r.dots));
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
