//! Board-local UI state, shared by every part of the board through context, split by concern: the editor
//! (`editing`), focus and selection (`focus`), a drag (`drag`), the dot vote at this screen (`vote`), messages
//! (`notices`) and menus and dialogs (`menus`). Each part is plain state with the rules that need nothing else;
//! what combines them with the workshop lives in the behaviour files (`actions`, `groups`, `voting`, …).
//!
//! The model is only ever read here (untracked, at the moment of an action) and changed through the store,
//! so each user action is exactly one undo step.

mod drag;
mod editing;
mod focus;
mod menus;
mod notices;
mod vote;

pub use drag::{Drag, DropTarget, Pending};
pub use editing::{Draft, Editing};
pub use focus::Focus;
pub use menus::{Menu, Menus};
pub use notices::{Notice, Notices};
pub use vote::VoteUi;

use super::dom;
use crate::i18n::Key;
use crate::model::{Board, BoardId, NoteId};
use crate::state::{Locale, Store};
use leptos::prelude::*;

/// The board's UI state, one part per concern; each part is a `Copy` handle of signals.
#[derive(Clone, Copy)]
pub struct BoardCtx {
    pub board: BoardId,
    pub store: Store,
    pub locale: Locale,
    pub edit: Editing,
    pub focus: Focus,
    pub drag: Drag,
    pub vote: VoteUi,
    pub notices: Notices,
    pub menus: Menus,
    /// The board as one compact list instead of zones side by side.
    pub list: RwSignal<bool>,
    /// A card that should show buttons was re-created (see `buttons.rs`).
    pub buttons_changed: Trigger,
}

pub fn use_board() -> BoardCtx {
    expect_context::<BoardCtx>()
}

impl BoardCtx {
    pub fn new(board: BoardId, store: Store, locale: Locale) -> Self {
        BoardCtx {
            board,
            store,
            locale,
            edit: Editing::new(),
            focus: Focus::new(),
            drag: Drag::new(),
            vote: VoteUi::new(),
            notices: Notices::new(),
            menus: Menus::new(),
            list: RwSignal::new(crate::browser::prefs::list_view()),
            buttons_changed: Trigger::new(),
        }
    }

    /// Reads the live board without subscribing (for event handlers).
    pub fn with_board<R>(&self, f: impl FnOnce(&Board) -> R) -> Option<R> {
        self.store
            .current
            .with_untracked(|w| w.as_ref()?.live_board(self.board).map(f))
    }

    pub fn zone_keys(&self) -> Vec<String> {
        self.with_board(|b| b.zones.iter().map(|z| z.key.clone()).collect())
            .unwrap_or_default()
    }

    /// The zone's label in the current language (its key if the board has no such zone).
    pub fn zone_label(&self, key: &str) -> String {
        let lang = self.locale.lang();
        self.with_board(|b| b.zone(key).map(|z| lang.pick(&z.label).to_owned()))
            .flatten()
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| key.to_owned())
    }

    /// The notes of `zone` that show, in display order (the notes of collapsed clusters are hidden).
    pub fn ids_in(&self, zone: &str) -> Vec<NoteId> {
        self.with_board(|b| b.visible_notes_in(zone))
            .unwrap_or_default()
    }

    pub fn note_colour(&self, id: NoteId) -> Option<crate::model::NoteColour> {
        self.with_board(|b| b.live_note(id).map(|n| n.colour))
            .flatten()
    }

    /// Where a live note sits: (zone index, zone key, index in zone, notes in zone).
    pub fn position(&self, id: NoteId) -> Option<Position> {
        self.with_board(|b| {
            let zone = b.live_note(id)?.zone.clone();
            let zone_index = b.zones.iter().position(|z| z.key == zone)?;
            let ids = b.visible_notes_in(&zone);
            let index = ids.iter().position(|n| *n == id)?;
            Some(Position {
                zone_index,
                zone,
                index,
                ids,
            })
        })
        .flatten()
    }

    /// DOM ids. Zones are numbered rather than named by key, because keys from files may hold any text.
    pub fn zone_dom(&self, zone_index: usize) -> String {
        format!("zone-{}-{zone_index}", self.board)
    }

    pub fn add_button_dom(&self, zone_index: usize) -> String {
        format!("add-{}-{zone_index}", self.board)
    }

    pub fn help_dom(&self) -> String {
        format!("board-help-{}", self.board)
    }

    pub fn root_dom(&self) -> String {
        format!("board-{}", self.board)
    }

    pub fn focus_note(&self, id: NoteId) {
        self.focus.current.set(Some(id));
        dom::focus_later(note_dom(id));
    }

    /// Focuses the add button of `zone`, e.g. after its last note was deleted.
    pub fn focus_add(&self, zone: &str) {
        if let Some(i) = self.zone_keys().iter().position(|k| k == zone) {
            dom::focus_later(self.add_button_dom(i));
        }
    }

    pub fn colour_name(&self, colour: crate::model::NoteColour) -> &'static str {
        self.locale.t(crate::i18n::colour_key(colour))
    }

    pub fn zone_count_text(&self, n: usize) -> String {
        if n == 1 {
            self.locale.t(Key::NoteCountOne).to_owned()
        } else {
            self.locale
                .format(Key::NotesCount, &[("n", &n.to_string())])
        }
    }
}

pub struct Position {
    pub zone_index: usize,
    pub zone: String,
    pub index: usize,
    /// The zone's live notes in display order, this one included.
    pub ids: Vec<NoteId>,
}

pub fn note_dom(id: NoteId) -> String {
    format!("note-{id}")
}

pub fn editor_dom(id: NoteId) -> String {
    format!("note-{id}-text")
}
