//! What the user can do to notes. Every action reads the model untracked, builds its commands and applies
//! them as one undo step; refusals become a visible message, never a panic.

use super::ctx::{editor_dom, note_dom, BoardCtx, Draft, Menu, Notice};
use super::dom;
use crate::browser::clock::now_ms;
use crate::commands::{commit_draft, discard_draft, place_note, Command};
use crate::i18n::grouped;
use crate::i18n::Key;
use crate::model::draft::NoteDraft;
use crate::model::limits::MAX_NOTE_CHARS;
use crate::model::{NoteColour, NoteId, Timestamp};
use leptos::prelude::*;

impl BoardCtx {
    /// Applies `cmds` as one step; on refusal shows why and returns false.
    pub fn run(&self, cmds: Vec<Command>) -> bool {
        match self.store.apply(cmds) {
            Ok(()) => {
                self.notices.error.set(None);
                // An older "deleted – undo" offer would now undo this change instead.
                if matches!(
                    self.notices.shown.get_untracked(),
                    Some(Notice::Deleted { .. })
                ) {
                    self.notices.clear();
                }
                true
            }
            Err(refused) => {
                self.notices.error.set(Some(refused.into()));
                false
            }
        }
    }

    pub fn too_long_text(&self) -> String {
        let max = grouped(self.locale.lang(), MAX_NOTE_CHARS);
        self.locale.format(Key::NoteTooLong, &[("max", &max)])
    }

    /// Opens an editor for a new note at the end of `zone` (default: the zone used last, else the first).
    pub fn add_note(&self, zone: Option<String>) {
        let keys = self.zone_keys();
        let zone = zone
            .or_else(|| self.focus.active_zone.get_value())
            .filter(|z| keys.contains(z))
            .or_else(|| keys.first().cloned());
        let Some(zone) = zone else { return };
        let id = NoteId::new();
        self.menus.open.set(None);
        self.focus.active_zone.set_value(Some(zone.clone()));
        self.edit.draft.set(Some(Draft { id, zone }));
        self.edit.note.set(Some(id));
        // The editor focuses itself on mount; this covers a browser that keeps focus on the clicked button.
        dom::focus_later(editor_dom(id));
    }

    pub fn edit(&self, id: NoteId) {
        self.menus.open.set(None);
        // The card makes way for the editor, which focuses itself.
        dom::let_go(&note_dom(id));
        self.edit.note.set(Some(id));
    }

    /// The open workshop's id and the editor of `id` as a draft holding `text` (`zone` set for a new note).
    fn draft_of(&self, id: NoteId, text: &str) -> Option<NoteDraft> {
        let workshop = self
            .store
            .current
            .with_untracked(|w| w.as_ref().map(|w| w.id))?;
        Some(NoteDraft {
            workshop,
            board: self.board,
            note: id,
            zone: self
                .edit
                .draft
                .get_untracked()
                .filter(|d| d.id == id)
                .map(|d| d.zone),
            text: text.to_owned(),
        })
    }

    /// Remembers the editor's text durably on every keystroke (see `state::drafts`).
    pub fn keep_typing(&self, id: NoteId, text: String) {
        let zone = self.edit.draft_zone(id);
        self.store.keep_draft(self.board, id, zone, text);
    }

    /// Closes the editor of `id`, saving `text`: an edit, a new note (`AddNote`), or nothing when nothing
    /// changed; a note deleted meanwhile (undo, another tab) comes back as a new note rather than losing the
    /// text. Returns false if the store refused (the editor then stays open).
    pub fn commit(&self, id: NoteId, text: &str, refocus: bool) -> bool {
        if self.edit.note.get_untracked() != Some(id) {
            return true;
        }
        if text.trim().chars().count() > MAX_NOTE_CHARS {
            return false;
        }
        let Some(draft) = self.draft_of(id, text) else {
            return true;
        };
        let now = Timestamp(now_ms());
        let cmds = self
            .store
            .current
            .with_untracked(|w| {
                w.as_ref()
                    .map(|w| commit_draft(w, &draft, self.store.me.get_untracked(), now))
            })
            .unwrap_or_default();
        if !cmds.is_empty() && !self.run(cmds) {
            return false;
        }
        self.close_editor(id, refocus);
        true
    }

    fn close_editor(&self, id: NoteId, refocus: bool) {
        self.store.drop_draft(id);
        self.edit.note.set(None);
        if refocus {
            // Its blur finds the editor closed, so it saves nothing twice.
            dom::let_go(&editor_dom(id));
        }
        let new_zone = self.edit.draft_zone(id);
        if new_zone.is_some() {
            // The draft's card leaves as the note's card comes with the same id. Were both in the page for a
            // moment, the browser would find that id once by walking the whole page (5 ms at 5,000 notes).
            dom::give_up_id(&note_dom(id));
        }
        self.edit.draft.set(None);
        if !refocus {
            return;
        }
        // A new note that became a card gets focus; an empty one is gone, so its zone's add button does.
        let added = self
            .with_board(|b| b.live_note(id).is_some())
            .unwrap_or(false);
        match new_zone {
            Some(zone) if !added => self.focus_add(&zone),
            _ => self.focus_note(id),
        }
    }

    /// Throws the editor's text away, as an explicit step that undo takes back (see `discard_draft`). Returns
    /// false if the store refused (the editor then stays open with its text and the reason shows). A text over
    /// the length limit could never be stored, so it is simply dropped.
    pub fn discard(&self, id: NoteId, text: &str) -> bool {
        if self.edit.note.get_untracked() != Some(id) {
            return true;
        }
        let storable = text.trim().chars().count() <= MAX_NOTE_CHARS;
        let now = Timestamp(now_ms());
        let steps = self
            .draft_of(id, text)
            .filter(|_| storable)
            .and_then(|draft| {
                self.store
                    .current
                    .with_untracked(|w| w.as_ref().and_then(|w| discard_draft(w, &draft, now)))
            });
        if let Some((commit, back)) = steps {
            if !self.run(commit) {
                return false;
            }
            // The text is in now; if taking it back is refused, it simply stays (nothing is lost).
            if self.run(back) {
                let at = self.last_change_at().unwrap_or_default();
                self.notices.notify(Notice::Discarded { at });
            }
        }
        self.close_editor(id, true);
        true
    }

    /// When the open workshop changed last: a message's undo button acts only while its change is the last.
    fn last_change_at(&self) -> Option<Timestamp> {
        self.store
            .current
            .with_untracked(|w| w.as_ref().map(|w| w.updated))
    }

    /// Undo of a discard, from its message: only while the discard is still the last change.
    pub fn undo_discard(&self, at: Timestamp) {
        self.notices.clear();
        let last = self.last_change_at() == Some(at);
        if last {
            self.store.undo();
        }
    }

    /// Opens the editor again on a draft kept from before a reload, a crash or a replaced workshop.
    pub fn restore_draft(&self) {
        if self.edit.note.get_untracked().is_some() {
            return;
        }
        let Some(d) = self.store.draft_for_board(self.board) else {
            return;
        };
        if let Some(zone) = &d.zone {
            self.edit.draft.set(Some(Draft {
                id: d.note,
                zone: zone.clone(),
            }));
        }
        // The fitted draft may name a fresh note (its note was deleted): keep the text under that id.
        self.store
            .keep_draft(d.board, d.note, d.zone.clone(), d.text.clone());
        self.edit.note.set(Some(d.note));
        dom::focus_later(editor_dom(d.note));
    }

    /// Deletes a note, offers undo, and moves focus to a neighbour (or the zone's add button).
    pub fn delete(&self, id: NoteId) {
        let Some(pos) = self.position(id) else { return };
        let neighbour = pos
            .ids
            .get(pos.index + 1)
            .or_else(|| pos.index.checked_sub(1).and_then(|i| pos.ids.get(i)))
            .copied();
        if !self.run(vec![Command::DeleteNote {
            board: self.board,
            note: id,
        }]) {
            return;
        }
        if self.edit.note.get_untracked() == Some(id) {
            self.edit.note.set(None);
        }
        self.menus.open.set(None);
        let at = self
            .store
            .current
            .with_untracked(|w| w.as_ref().map(|w| w.updated))
            .unwrap_or_default();
        self.notices.notify(Notice::Deleted { note: id, at });
        match neighbour {
            Some(n) => self.focus_note(n),
            None => self.focus_add(&pos.zone),
        }
    }

    /// Moves `id` to display `index` among the other notes of `zone` (clamped), as one step, and announces it.
    /// Returns false if nothing changed.
    pub fn place(&self, id: NoteId, zone: &str, index: usize) -> bool {
        let Some(pos) = self.position(id) else {
            return false;
        };
        let visible: Vec<NoteId> = self.ids_in(zone).into_iter().filter(|n| *n != id).collect();
        let others = visible.len();
        let index = index.min(others);
        if pos.zone == zone && pos.index == index {
            return false;
        }
        // `index` counts the notes that show; the model counts the hidden ones of collapsed clusters too.
        let Some(cmds) = self.with_board(|b| {
            let all: Vec<NoteId> = b
                .live_notes_in(zone)
                .iter()
                .map(|n| n.id)
                .filter(|n| *n != id)
                .collect();
            let full = visible
                .get(index)
                .and_then(|v| all.iter().position(|a| a == v))
                .unwrap_or(all.len());
            place_note(b, id, zone, full)
        }) else {
            return false;
        };
        if !self.run(cmds) {
            return false;
        }
        // Moved in the page, the card would lose focus anyway.
        dom::let_go(&note_dom(id));
        self.menus.open.set(None);
        self.focus.active_zone.set_value(Some(zone.to_owned()));
        let label = self.zone_label(zone);
        let text = if pos.zone == zone {
            let (n, total) = ((index + 1).to_string(), (others + 1).to_string());
            self.locale.format(
                Key::NoteMovedToPosition,
                &[("n", &n), ("total", &total), ("zone", &label)],
            )
        } else {
            self.locale.format(Key::NoteMovedTo, &[("zone", &label)])
        };
        self.notices.announce(text);
        self.focus_note(id);
        true
    }

    /// Alt+arrow moves: `dz` zones sideways (same index, clamped) or `di` places within the zone.
    /// On a one-zone board every direction reorders.
    pub fn move_by(&self, id: NoteId, dz: isize, di: isize) {
        let Some(pos) = self.position(id) else { return };
        let keys = self.zone_keys();
        let (dz, di) = steps(keys.len(), dz, di);
        if dz != 0 {
            let Some(zone) = pos
                .zone_index
                .checked_add_signed(dz)
                .and_then(|i| keys.get(i))
            else {
                return;
            };
            self.place(id, zone, pos.index);
        } else if let Some(index) = pos.index.checked_add_signed(di) {
            self.place(id, &pos.zone, index);
        }
    }

    /// Arrow keys: focus the previous/next note in the zone, or the nearest note in a neighbouring zone.
    pub fn focus_step(&self, id: NoteId, dz: isize, di: isize) {
        let Some(pos) = self.position(id) else { return };
        let keys = self.zone_keys();
        let (dz, di) = steps(keys.len(), dz, di);
        let target = if dz != 0 {
            let mut z = pos.zone_index;
            loop {
                let Some(next) = z.checked_add_signed(dz).filter(|i| *i < keys.len()) else {
                    break None;
                };
                z = next;
                let ids = self.ids_in(&keys[z]);
                if !ids.is_empty() {
                    break ids.get(pos.index.min(ids.len() - 1)).copied();
                }
            }
        } else {
            pos.index
                .checked_add_signed(di)
                .and_then(|i| pos.ids.get(i))
                .copied()
        };
        if let Some(target) = target {
            self.focus_note(target);
        }
    }

    /// Home/End: the first or last note of the zone.
    pub fn focus_edge(&self, id: NoteId, last: bool) {
        let Some(pos) = self.position(id) else { return };
        let target = if last {
            pos.ids.last()
        } else {
            pos.ids.first()
        };
        if let Some(target) = target.copied() {
            self.focus_note(target);
        }
    }

    pub fn recolour(&self, id: NoteId, colour: NoteColour) {
        self.menus.open.set(None);
        let same = self.note_colour(id).map(|c| c == colour);
        if same == Some(false)
            && self.run(vec![Command::RecolourNote {
                board: self.board,
                note: id,
                colour,
            }])
        {
            let name = self.colour_name(colour);
            self.notices.announce(name.to_owned());
        }
        self.focus_note(id);
    }

    pub fn toggle_menu(&self, id: NoteId, menu: Menu) {
        let open = self.menus.open.get_untracked() == Some((id, menu));
        self.menus.open.set((!open).then_some((id, menu)));
    }

    pub fn undo(&self) {
        if self.store.undo() {
            self.after_history(Key::Undone);
        }
    }

    pub fn redo(&self) {
        if self.store.redo() {
            self.after_history(Key::Redone);
        }
    }

    /// The undo button of the "note deleted" message: brings the note back and focuses it. If something else
    /// changed since (another part of the page, another tab), the note is restored as a new step instead, so the
    /// button never undoes a different change.
    pub fn undo_delete(&self, id: NoteId, at: Timestamp) {
        self.notices.clear();
        let last = self.last_change_at() == Some(at);
        let deleted = self
            .with_board(|b| b.note(id).is_some_and(|n| n.deleted))
            .unwrap_or(false);
        let restored = if !deleted {
            true
        } else if last {
            self.store.undo()
        } else {
            self.run(vec![Command::RestoreNote {
                board: self.board,
                note: id,
            }])
        };
        if restored {
            self.notices.error.set(None);
            self.focus_note(id);
        }
    }

    fn after_history(&self, key: Key) {
        self.notices.error.set(None);
        self.menus.open.set(None);
        self.notices.announce(self.locale.t(key).to_owned());
        // Undo may remove the focused note; keep keyboard users on the board rather than at the page top.
        let ctx = *self;
        request_animation_frame(move || {
            if !dom::focus_lost() {
                return;
            }
            // A frame later the board may be gone.
            let Some(current) = ctx.focus.current.try_get_untracked() else {
                return;
            };
            let current = current.filter(|id| ctx.position(*id).is_some());
            if !current.is_some_and(|id| dom::focus_id(&super::ctx::note_dom(id))) {
                dom::focus_id(&ctx.root_dom());
            }
        });
    }
}

/// On a one-zone board there is no sideways: every direction steps within the zone.
fn steps(zones: usize, dz: isize, di: isize) -> (isize, isize) {
    if zones < 2 {
        (0, dz + di)
    } else {
        (dz, di)
    }
}
