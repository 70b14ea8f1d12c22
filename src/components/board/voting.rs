//! Dot voting at one shared screen: the team is chosen, then each voter in turn steps up, places their dots
//! (kept here, unseen by the others) and hands over, which stores their turn as one undo step. Dots stay hidden
//! until the reveal; then every card shows its dots and the panel ranks them.

use super::ctx::BoardCtx;
use super::view::Vote;
use crate::browser::clock::now_ms;
use crate::commands::Command;
use crate::i18n::Key;
use crate::model::voting::DEFAULT_DOTS;
use crate::model::{Board, Member, MemberId, NoteId, Role, Timestamp, Voting};
use leptos::prelude::*;

/// What the card of `note` shows of the vote on `board`, with `voter` at the screen having placed `staged`.
pub fn vote_mark(board: &Board, voter: Option<MemberId>, staged: &[NoteId], note: NoteId) -> Vote {
    match &board.voting {
        None => Vote::Off,
        Some(v) if v.revealed => Vote::Shown(v.dots_on(note)),
        Some(v) => match voter.filter(|m| v.voter(*m).is_some()) {
            Some(_) => Vote::Placing {
                mine: u8::try_from(staged.iter().filter(|d| **d == note).count())
                    .unwrap_or(u8::MAX),
                full: staged.len() >= usize::from(v.dots_each),
            },
            None => Vote::Off,
        },
    }
}

impl BoardCtx {
    /// The board's voting, tracked.
    pub fn voting(&self) -> Option<Voting> {
        self.store.current.with(|w| {
            w.as_ref()
                .and_then(|w| w.live_board(self.board))
                .and_then(|b| b.voting.clone())
        })
    }

    fn voting_untracked(&self) -> Option<Voting> {
        self.with_board(|b| b.voting.clone()).flatten()
    }

    /// The member's name, tracked (for the panel).
    pub fn member_name(&self, id: MemberId) -> String {
        self.store.current.with(|w| {
            w.as_ref()
                .and_then(|w| w.member(id))
                .map(|m| m.name.clone())
                .unwrap_or_default()
        })
    }

    fn set_voting(&self, voting: Option<Voting>) -> bool {
        self.run(vec![Command::SetVoting {
            board: self.board,
            voting,
        }])
    }

    /// Adds someone to the team (from the vote's setup); returns their id.
    pub fn add_member(&self, name: &str) -> Option<MemberId> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        let member = Member::new(name, Role::default(), Timestamp(now_ms()));
        let id = member.id;
        self.run(vec![Command::AddMember { member }]).then_some(id)
    }

    pub fn start_voting(&self, voters: Vec<MemberId>, dots: u8) {
        if voters.is_empty() {
            self.error
                .set(Some(self.locale.t(Key::VoteNoVoters).to_owned()));
            return;
        }
        let dots = if dots == 0 { DEFAULT_DOTS } else { dots };
        if self.set_voting(Some(Voting::new(voters, dots, Timestamp(now_ms())))) {
            self.vote_setup.set(false);
            self.announce(self.locale.t(Key::VoteStarted).to_owned());
        }
    }

    /// `member` steps up to the screen; they see only their own dots from an earlier turn.
    pub fn take_turn(&self, member: MemberId) {
        let mine = self
            .voting_untracked()
            .and_then(|v| v.voter(member).map(|v| v.dots.clone()))
            .unwrap_or_default();
        self.staged.set(mine);
        self.voter.set(Some(member));
    }

    pub fn add_dot(&self, note: NoteId) {
        let Some(each) = self.voting_untracked().map(|v| usize::from(v.dots_each)) else {
            return;
        };
        if self.voter.get_untracked().is_none() {
            return;
        }
        let placed = self.staged.with_untracked(Vec::len);
        if placed >= each {
            self.announce(self.locale.t(Key::VoteNoDotsLeft).to_owned());
            return;
        }
        self.staged.update(|s| s.push(note));
        let left = each - placed - 1;
        self.announce(if left == 0 {
            self.locale.t(Key::VoteAllPlaced).to_owned()
        } else {
            self.locale
                .format(Key::VoteDotPlaced, &[("left", &left.to_string())])
        });
    }

    pub fn remove_dot(&self, note: NoteId) {
        let Some(each) = self.voting_untracked().map(|v| usize::from(v.dots_each)) else {
            return;
        };
        let mut removed = false;
        self.staged.update(|s| {
            if let Some(i) = s.iter().rposition(|d| *d == note) {
                s.remove(i);
                removed = true;
            }
        });
        if removed {
            let left = (each - self.staged.with_untracked(Vec::len)).to_string();
            self.announce(self.locale.format(Key::VoteDotRemoved, &[("left", &left)]));
        }
    }

    /// Stores the voter's dots (one undo step) and clears the screen for the next person.
    pub fn hand_over(&self) {
        let (Some(member), Some(v)) = (self.voter.get_untracked(), self.voting_untracked()) else {
            return;
        };
        let staged = self.staged.get_untracked();
        if self.set_voting(Some(v.with_turn(member, &staged, Timestamp(now_ms())))) {
            self.end_turn();
            self.announce(self.locale.t(Key::VoteHandedOver).to_owned());
        }
    }

    /// Leaves the screen without storing anything of this turn.
    pub fn end_turn(&self) {
        self.voter.set(None);
        self.staged.set(Vec::new());
    }

    pub fn reveal(&self) {
        if let Some(v) = self.voting_untracked() {
            self.end_turn();
            if self.set_voting(Some(v.revealed_at(Timestamp(now_ms())))) {
                self.announce(self.locale.t(Key::VoteRevealed).to_owned());
            }
        }
    }

    /// Removes the vote from the board (undoable).
    pub fn end_voting(&self) {
        self.end_turn();
        if self.set_voting(None) {
            self.announce(self.locale.t(Key::VoteRemoved).to_owned());
        }
    }
}
