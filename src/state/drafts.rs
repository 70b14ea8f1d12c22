//! The open note editor's text as part of the work: kept durably on every keystroke (`browser::kept`),
//! handed back to the editor after a reload, a crash or a replaced workshop, and committed when the
//! workshop is left, so no typed text depends on the editor still being on screen.

use super::store::Store;
use crate::browser::clock::now_ms;
use crate::browser::kept::DRAFT;
use crate::commands::commit_draft;
use crate::model::draft::NoteDraft;
use crate::model::{BoardId, NoteId, Timestamp, WorkshopId};
use leptos::prelude::*;

impl Store {
    /// Remembers what is typed into the editor of `note` (`zone` is `Some` for a note not added yet).
    pub fn keep_draft(&self, board: BoardId, note: NoteId, zone: Option<String>, text: String) {
        let Some(workshop) = self.current.with_untracked(|c| c.as_ref().map(|w| w.id)) else {
            return;
        };
        let draft = NoteDraft {
            workshop,
            board,
            note,
            zone,
            text,
        };
        self.draft_unsaved.set_value(!DRAFT.save(&draft));
        self.draft.set_value(Some(draft));
    }

    /// The kept text for the editor of `note`, if it belongs to the open workshop.
    pub fn draft_text(&self, note: NoteId) -> Option<String> {
        let open = self.current.with_untracked(|c| c.as_ref().map(|w| w.id))?;
        self.draft
            .get_value()
            .filter(|d| d.note == note && d.workshop == open)
            .map(|d| d.text)
    }

    /// The draft to reopen on `board`, fitted to the open workshop as it is now (its note may be gone).
    pub fn draft_for_board(&self, board: BoardId) -> Option<NoteDraft> {
        let draft = self.draft.get_value()?;
        let fitted = self
            .current
            .with_untracked(|c| c.as_ref().and_then(|ws| draft.fit(ws)))?;
        (fitted.board == board).then_some(fitted)
    }

    /// The editor of `note` was committed or discarded: its draft is done with. A draft of another workshop
    /// (an editor removed after the switch) stays.
    pub fn drop_draft(&self, note: NoteId) {
        let open = self.current.with_untracked(|c| c.as_ref().map(|w| w.id));
        let Some(draft) = self.draft.get_value() else {
            return;
        };
        if draft.note == note && Some(draft.workshop) == open {
            self.forget_draft(draft.workshop);
        }
    }

    /// Puts a pending draft into the open workshop as its own step, before the workshop is left or replaced.
    /// If the workshop refuses it (a limit), the draft stays kept and comes back with the workshop.
    pub(super) fn commit_pending_draft(&self) {
        let Some(draft) = self.draft.get_value() else {
            return;
        };
        let now = Timestamp(now_ms());
        let cmds = self.current.with_untracked(|c| {
            c.as_ref()
                .filter(|ws| ws.id == draft.workshop)
                .map(|ws| commit_draft(ws, &draft, self.me.get_untracked(), now))
        });
        let Some(cmds) = cmds else { return };
        if self.apply(cmds).is_ok() {
            self.forget_draft(draft.workshop);
        }
    }

    /// The draft is in the workshop or thrown away: nothing of it is kept any more.
    fn forget_draft(&self, workshop: WorkshopId) {
        DRAFT.clear(workshop);
        self.draft.set_value(None);
        self.draft_unsaved.set_value(false);
    }

    /// Before the stored workshop `id` is taken up: a draft that a closed or crashed tab left for it becomes
    /// this tab's, so [`Store::load_draft`] finds it. A projector window takes none: it does not edit.
    pub(super) async fn adopt_left_draft(&self, id: WorkshopId) {
        if !self.follower.get_value() {
            DRAFT.adopt_left_behind::<NoteDraft>(id).await;
        }
    }

    /// A draft of a tab that looks open now (one closed a moment ago still does) is taken over once that tab is
    /// gone, and reopens its editor if the workshop is still open here and nothing is being typed.
    pub(super) fn await_left_draft(&self, id: WorkshopId) {
        if self.follower.get_value() {
            return;
        }
        let store = *self;
        DRAFT.adopt_when_gone::<NoteDraft>(id, move || {
            let open = store.current.with_untracked(|c| c.as_ref().map(|w| w.id));
            if open == Some(id) && store.draft.with_value(Option::is_none) {
                store.load_draft();
                store.late_draft.update(|n| *n += 1);
            }
        });
    }

    /// Takes up this tab's draft for the workshop just opened (from before a reload or a crash, or adopted).
    pub(super) fn load_draft(&self) {
        let id = self.current.with_untracked(|c| c.as_ref().map(|w| w.id));
        self.draft.set_value(id.and_then(|id| DRAFT.load(id)));
        self.draft_unsaved.set_value(false);
    }
}
