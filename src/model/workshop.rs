//! The workshop: the unit that is stored, exported and imported.

use super::agenda::Agenda;
use super::pitch::Pitch;
use super::{Board, BoardId, ClusterId, Member, MemberId, Timestamp, WorkshopId};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Workshop {
    pub id: WorkshopId,
    #[serde(default)]
    pub title: String,
    /// The challenge question ("Fragestellung") the tandem works on.
    #[serde(default)]
    pub question: String,
    #[serde(default)]
    pub members: Vec<Member>,
    #[serde(default)]
    pub boards: Vec<Board>,
    /// The plan of the workshop day, once someone made one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agenda: Option<Agenda>,
    /// Pitch canvas, plans, jury check and rehearsals. Added in format version 1 without a migration.
    #[serde(default, skip_serializing_if = "Pitch::is_empty")]
    pub pitch: Pitch,
    #[serde(default)]
    pub created: Timestamp,
    #[serde(default)]
    pub updated: Timestamp,
}

impl Workshop {
    /// A new empty workshop with a fresh id.
    pub fn new(title: impl Into<String>, question: impl Into<String>, now: Timestamp) -> Self {
        Workshop {
            id: WorkshopId::new(),
            title: title.into(),
            question: question.into(),
            members: Vec::new(),
            boards: Vec::new(),
            agenda: None,
            pitch: Pitch::default(),
            created: now,
            updated: now,
        }
    }

    /// Any board with this id, including tombstones.
    pub fn board(&self, id: BoardId) -> Option<&Board> {
        self.boards.iter().find(|b| b.id == id)
    }

    pub fn board_mut(&mut self, id: BoardId) -> Option<&mut Board> {
        self.boards.iter_mut().find(|b| b.id == id)
    }

    /// A board only if it is not deleted.
    pub fn live_board(&self, id: BoardId) -> Option<&Board> {
        self.board(id).filter(|b| !b.deleted)
    }

    pub fn live_boards(&self) -> impl Iterator<Item = &Board> {
        self.boards.iter().filter(|b| !b.deleted)
    }

    /// The newest live board of `method`: the one an agenda item of that method continues on.
    pub fn newest_board_of(&self, method: &str) -> Option<BoardId> {
        self.live_boards()
            .filter(|b| b.method == method)
            .max_by_key(|b| b.created)
            .map(|b| b.id)
    }

    /// Any member with this id, including tombstones (so old notes can still show their author).
    pub fn member(&self, id: MemberId) -> Option<&Member> {
        self.members.iter().find(|m| m.id == id)
    }

    pub fn member_mut(&mut self, id: MemberId) -> Option<&mut Member> {
        self.members.iter_mut().find(|m| m.id == id)
    }

    pub fn live_members(&self) -> impl Iterator<Item = &Member> {
        self.members.iter().filter(|m| !m.deleted)
    }

    /// A deep copy with fresh ids everywhere, for "keep both" on import.
    ///
    /// References (`note.cluster`, `note.author`) are rewritten to the new ids. Tombstones are dropped: the copy
    /// shares no history with any other copy, so there is nothing for them to win a merge against. References to
    /// dropped or missing items become `None`. `created` and `updated` of the workshop become `now`.
    /// One exception: a removed member who voted stays as a tombstone, so their dots (and the ranking) survive.
    pub fn with_new_ids(&self, now: Timestamp) -> Workshop {
        let voted: std::collections::HashSet<MemberId> = self
            .live_boards()
            .filter_map(|b| b.voting.as_ref())
            .flat_map(|v| v.voters.iter().map(|x| x.member))
            .collect();
        let kept = |m: &&Member| !m.deleted || voted.contains(&m.id);
        let members: HashMap<MemberId, MemberId> = self
            .members
            .iter()
            .filter(kept)
            .map(|m| (m.id, MemberId::new()))
            .collect();
        // Boards and notes first, so votes and carried links can point at the copies.
        let board_ids: HashMap<BoardId, BoardId> =
            self.live_boards().map(|b| (b.id, BoardId::new())).collect();
        let note_ids: HashMap<super::NoteId, super::NoteId> = self
            .live_boards()
            .flat_map(|b| b.live_notes())
            .map(|n| (n.id, super::NoteId::new()))
            .collect();
        let boards = self
            .live_boards()
            .map(|board| {
                let clusters: HashMap<ClusterId, ClusterId> = board
                    .live_clusters()
                    .map(|c| (c.id, ClusterId::new()))
                    .collect();
                let mut copy = board.clone();
                // Every live board, note and cluster is in its map by construction; `unwrap_or` only satisfies
                // the type.
                copy.id = board_ids
                    .get(&board.id)
                    .copied()
                    .unwrap_or_else(BoardId::new);
                copy.clusters.retain(|c| !c.deleted);
                for c in &mut copy.clusters {
                    c.id = clusters.get(&c.id).copied().unwrap_or_else(ClusterId::new);
                }
                copy.notes.retain(|n| !n.deleted);
                for n in &mut copy.notes {
                    n.id = note_ids
                        .get(&n.id)
                        .copied()
                        .unwrap_or_else(super::NoteId::new);
                    n.cluster = n.cluster.and_then(|c| clusters.get(&c).copied());
                    n.author = n.author.and_then(|a| members.get(&a).copied());
                }
                if let Some(voting) = &mut copy.voting {
                    voting.voters.retain_mut(|v| match members.get(&v.member) {
                        Some(m) => {
                            v.member = *m;
                            v.dots = v
                                .dots
                                .iter()
                                .filter_map(|d| note_ids.get(d).copied())
                                .collect();
                            true
                        }
                        None => false,
                    });
                }
                let relink = |c: &mut super::carry::Carried| {
                    if let Some(b) = board_ids.get(&c.board) {
                        c.board = *b;
                    }
                    c.note = c.note.and_then(|n| note_ids.get(&n).copied());
                };
                copy.carried.prompt.iter_mut().for_each(relink);
                copy.carried.items.iter_mut().for_each(relink);
                copy
            })
            .collect();
        let members = self
            .members
            .iter()
            .filter(kept)
            .map(|m| Member {
                id: members.get(&m.id).copied().unwrap_or_else(MemberId::new),
                ..m.clone()
            })
            .collect();
        Workshop {
            id: WorkshopId::new(),
            title: self.title.clone(),
            question: self.question.clone(),
            members,
            boards,
            agenda: self.agenda.clone(),
            pitch: self.pitch.clone(),
            created: now,
            updated: now,
        }
    }

    /// The content a user can see: tombstones removed and every `updated` zeroed. Two workshops with equal
    /// normalised forms look the same, even if their edit timestamps or deleted leftovers differ.
    pub fn normalised(&self) -> Workshop {
        let mut ws = self.clone();
        ws.updated = Timestamp::default();
        if let Some(a) = &mut ws.agenda {
            a.updated = Timestamp::default();
        }
        ws.pitch = ws.pitch.normalised();
        ws.members.retain(|m| !m.deleted);
        for m in &mut ws.members {
            m.updated = Timestamp::default();
        }
        ws.boards.retain(|b| !b.deleted);
        for b in &mut ws.boards {
            b.updated = Timestamp::default();
            b.notes.retain(|n| !n.deleted);
            for n in &mut b.notes {
                n.updated = Timestamp::default();
            }
            if let Some(v) = &mut b.voting {
                v.updated = Timestamp::default();
            }
            b.clusters.retain(|c| !c.deleted);
            for c in &mut b.clusters {
                c.updated = Timestamp::default();
            }
        }
        ws
    }

    /// Same visible content (see [`Workshop::normalised`]): what undo must restore.
    pub fn content_eq(&self, other: &Workshop) -> bool {
        self.normalised() == other.normalised()
    }
}
