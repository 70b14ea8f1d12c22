//! Dot voting at one shared screen: the team is chosen, then each voter in turn steps up, places their dots
//! (kept here, unseen by the others) and hands over, which stores their turn as one undo step. Dots stay hidden
//! until the reveal; then every card shows its dots and the panel ranks them.

use super::ctx::BoardCtx;
use super::dom;
use crate::browser::clock::now_ms;
use crate::commands::Command;
use crate::i18n::Key;
use crate::model::voting::DEFAULT_DOTS;
use crate::model::{DotChange, Member, MemberId, NoteId, Role, Timestamp, Turn, Voting};
use leptos::prelude::*;

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
            self.notices
                .error
                .set(Some(self.locale.t(Key::VoteNoVoters).to_owned()));
            return;
        }
        let dots = if dots == 0 { DEFAULT_DOTS } else { dots };
        let first = voters.first().copied();
        if self.set_voting(Some(Voting::new(voters, dots, Timestamp(now_ms())))) {
            self.vote.setup.set(false);
            self.notices
                .announce(self.locale.t(Key::VoteStarted).to_owned());
            if let Some(m) = first {
                dom::focus_later(self.vote_dom(&format!("voter-{m}")));
            }
        }
    }

    /// `member` steps up to the screen; they see only their own dots from an earlier turn.
    pub fn take_turn(&self, member: MemberId) {
        let Some(v) = self.voting_untracked() else {
            return;
        };
        self.vote.turn.set(Some(Turn::start(&v, member)));
        dom::focus_later(self.vote_dom("hand-over"));
    }

    /// DOM id of a control in the vote panel.
    pub fn vote_dom(&self, part: &str) -> String {
        format!("vote-{}-{part}", self.board)
    }

    /// After a vote button was pressed the card is rebuilt: focus the same button, or the other one if this one
    /// is now disabled (no dots left, or none on this card).
    pub fn focus_vote_button(&self, note: NoteId) {
        let each = self.voting_untracked().map_or(0, |v| v.dots_each);
        let (left, mine) = self
            .vote
            .turn
            .with_untracked(|t| t.as_ref().map_or((0, 0), |t| (t.left(each), t.on(note))));
        let id = if left > 0 {
            format!("vote-add-{note}")
        } else if mine > 0 {
            format!("vote-remove-{note}")
        } else {
            super::ctx::note_dom(note)
        };
        dom::focus_later(id);
    }

    /// Ends a turn that no longer fits the stored vote (undone, revealed, or the voter is no longer in it).
    pub fn drop_stale_turn(&self) {
        let fits = self.vote.turn.with_untracked(|t| {
            t.as_ref()
                .is_none_or(|t| self.with_board(|b| t.fits(b.voting.as_ref())) == Some(true))
        });
        if !fits {
            self.end_turn();
        }
    }

    pub fn add_dot(&self, note: NoteId) {
        self.change_dot(|turn, each| turn.add(note, each));
    }

    pub fn remove_dot(&self, note: NoteId) {
        self.change_dot(|turn, each| turn.remove(note, each));
    }

    /// Changes the dots of the voter at the screen and says what happened.
    fn change_dot(&self, change: impl FnOnce(&mut Turn, u8) -> DotChange) {
        let Some(each) = self.voting_untracked().map(|v| v.dots_each) else {
            return;
        };
        let Some(mut turn) = self.vote.turn.get_untracked() else {
            return;
        };
        let outcome = change(&mut turn, each);
        let text = match outcome {
            DotChange::Placed { left: 0 } => self.locale.t(Key::VoteAllPlaced).to_owned(),
            DotChange::Placed { left } => self
                .locale
                .format(Key::VoteDotPlaced, &[("left", &left.to_string())]),
            DotChange::NoneLeft => self.locale.t(Key::VoteNoDotsLeft).to_owned(),
            DotChange::Removed { left } => self
                .locale
                .format(Key::VoteDotRemoved, &[("left", &left.to_string())]),
            DotChange::NoneThere => return,
        };
        if matches!(
            outcome,
            DotChange::Placed { .. } | DotChange::Removed { .. }
        ) {
            self.vote.turn.set(Some(turn));
        }
        self.notices.announce(text);
    }

    /// Stores the voter's dots (one undo step) and clears the screen for the next person.
    pub fn hand_over(&self) {
        let (Some(turn), Some(v)) = (self.vote.turn.get_untracked(), self.voting_untracked())
        else {
            return;
        };
        if self.set_voting(Some(v.with_turn(
            turn.member,
            &turn.dots,
            Timestamp(now_ms()),
        ))) {
            self.end_turn();
            self.notices
                .announce(self.locale.t(Key::VoteHandedOver).to_owned());
            // Next: the first voter who has not voted yet, else the reveal.
            let next = self
                .voting_untracked()
                .and_then(|v| v.voters.iter().find(|x| !x.done).map(|x| x.member));
            dom::focus_later(match next {
                Some(m) => self.vote_dom(&format!("voter-{m}")),
                None => self.vote_dom("reveal"),
            });
        }
    }

    /// Leaves the screen without storing anything of this turn.
    pub fn end_turn(&self) {
        self.vote.turn.set(None);
    }

    /// "Abbrechen" during a turn: back to the list of voters.
    pub fn cancel_turn(&self) {
        let member = self
            .vote
            .turn
            .with_untracked(|t| t.as_ref().map(|t| t.member));
        self.end_turn();
        if let Some(m) = member {
            dom::focus_later(self.vote_dom(&format!("voter-{m}")));
        }
    }

    pub fn reveal(&self) {
        if let Some(v) = self.voting_untracked() {
            self.end_turn();
            if self.set_voting(Some(v.revealed_at(Timestamp(now_ms())))) {
                self.notices
                    .announce(self.locale.t(Key::VoteRevealed).to_owned());
                dom::focus_later(self.vote_dom("ranking"));
            }
        }
    }

    /// Removes the vote from the board (undoable).
    pub fn end_voting(&self) {
        self.end_turn();
        if self.set_voting(None) {
            self.notices
                .announce(self.locale.t(Key::VoteRemoved).to_owned());
            dom::focus_later(self.vote_dom("open"));
        }
    }
}
