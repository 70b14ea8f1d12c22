//! Board-local UI state, shared by every part of the board through context.
//!
//! The model is only ever read here (untracked, at the moment of an action) and changed through
//! `store.dispatch`, so each user action is exactly one undo step.

use super::dom;
use crate::i18n::Key;
use crate::model::{Board, BoardId, ClusterId, MemberId, NoteId, Timestamp};
use crate::state::{Locale, Store};
use leptos::prelude::*;

/// A note being written that is not in the model yet: it becomes one `AddNote` on commit, or vanishes.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub id: NoteId,
    pub zone: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Menu {
    Colour,
    Move,
}

/// Where a dragged note would land: display `index` among the zone's other notes.
#[derive(Clone, Debug, PartialEq)]
pub struct DropTarget {
    pub zone: String,
    pub index: usize,
    /// The note the indicator is drawn before; `None` means the end of the zone.
    pub before: Option<NoteId>,
    /// Dropped on a cluster's heading: the note joins that cluster, at its end.
    pub cluster: Option<ClusterId>,
    /// Dropped onto the middle of another card: the two become a group (or the note joins the card's group).
    pub onto: Option<NoteId>,
}

/// The message in the board's live region.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Info(String),
    /// "Note deleted" with an undo button; `at` is the workshop's `updated` right after the delete, to tell whether
    /// the delete is still the last change.
    Deleted {
        note: NoteId,
        at: Timestamp,
    },
    /// "Text discarded" with an undo button; `at` as for `Deleted`.
    Discarded {
        at: Timestamp,
    },
}

/// Per-note flags derived in O(1) per change, for the few cards that show buttons. An idle card holds no
/// reactive state: drag feedback and the roving tab stop are set on the DOM directly (`drag.rs`, `zone.rs`).
pub struct Selectors {
    pub menu: Selector<Option<NoteId>>,
}

#[derive(Clone, Copy)]
pub struct BoardCtx {
    pub board: BoardId,
    pub store: Store,
    pub locale: Locale,
    /// The note whose editor is open (a live note or the draft).
    pub editing: RwSignal<Option<NoteId>>,
    pub draft: RwSignal<Option<Draft>>,
    pub menu: RwSignal<Option<(NoteId, Menu)>>,
    /// The note focused last: the roving tab stop of its zone, and where `N` adds.
    pub current: RwSignal<Option<NoteId>>,
    /// The card under the mouse, which shows its buttons too.
    pub hover: RwSignal<Option<NoteId>>,
    /// The board as one compact list instead of zones side by side.
    pub list: RwSignal<bool>,
    /// A card that should show buttons was re-created (see `buttons.rs`).
    pub buttons_changed: Trigger,
    /// The zone that held focus last (a note or its add button).
    pub active_zone: StoredValue<Option<String>>,
    /// The press that may become a drag; not reactive, it changes on every pointer move.
    pub drag: StoredValue<Option<super::drag::Pending>>,
    pub dragging: RwSignal<Option<NoteId>>,
    pub drop: RwSignal<Option<DropTarget>>,
    pub notice: RwSignal<Option<Notice>>,
    pub error: RwSignal<Option<String>>,
    pub sel: StoredValue<Selectors>,
    /// Notes picked to be grouped (Space, Ctrl+click or the card's select button).
    pub selected: RwSignal<Vec<NoteId>>,
    /// The cluster whose name is being edited.
    pub renaming: RwSignal<Option<ClusterId>>,
    /// Dot vote: the setup form is open.
    pub vote_setup: RwSignal<bool>,
    /// Dot vote: who is at the screen now, and the dots they placed so far (stored only when they hand over).
    pub voter: RwSignal<Option<MemberId>>,
    pub staged: RwSignal<Vec<NoteId>>,
    /// The note whose earlier versions are shown (see `earlier.rs`), and whether that dialog is open.
    pub earlier: RwSignal<Option<NoteId>>,
    pub earlier_open: RwSignal<bool>,
    pub(super) notice_timer: StoredValue<Option<TimeoutHandle>>,
}

pub fn use_board() -> BoardCtx {
    expect_context::<BoardCtx>()
}

impl BoardCtx {
    pub fn new(board: BoardId, store: Store, locale: Locale) -> Self {
        let menu = RwSignal::new(None::<(NoteId, Menu)>);
        let sel = Selectors {
            menu: Selector::new(move || menu.with(|m| m.map(|(id, _)| id))),
        };
        BoardCtx {
            board,
            store,
            locale,
            editing: RwSignal::new(None),
            draft: RwSignal::new(None),
            menu,
            current: RwSignal::new(None),
            hover: RwSignal::new(None),
            buttons_changed: Trigger::new(),
            list: RwSignal::new(crate::browser::prefs::list_view()),
            active_zone: StoredValue::new(None),
            drag: StoredValue::new(None),
            dragging: RwSignal::new(None),
            drop: RwSignal::new(None),
            notice: RwSignal::new(None),
            error: RwSignal::new(None),
            sel: StoredValue::new(sel),
            selected: RwSignal::new(Vec::new()),
            renaming: RwSignal::new(None),
            vote_setup: RwSignal::new(false),
            voter: RwSignal::new(None),
            staged: RwSignal::new(Vec::new()),
            earlier: RwSignal::new(None),
            earlier_open: RwSignal::new(false),
            notice_timer: StoredValue::new(None),
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
        self.with_board(|b| visible_ids(b, zone))
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
            let ids = visible_ids(b, &zone);
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

    /// Which menu of this note is open; only the note concerned subscribes to the menu itself.
    pub fn open_menu(&self, id: NoteId) -> Signal<Option<Menu>> {
        let sel = self.sel;
        let menu = self.menu;
        Signal::derive(move || {
            if sel.with_value(|s| s.menu.selected(&Some(id))) {
                menu.get().map(|(_, m)| m)
            } else {
                None
            }
        })
    }

    /// Shows a message in the live region; it goes away after a while unless focus is inside it.
    pub fn notify(&self, notice: Notice) {
        let ms = match notice {
            Notice::Deleted { .. } | Notice::Discarded { .. } => 12_000,
            Notice::Info(_) => 6_000,
        };
        self.notice.set(Some(notice));
        self.schedule_notice_end(ms);
    }

    pub fn announce(&self, text: String) {
        self.notify(Notice::Info(text));
    }

    fn schedule_notice_end(&self, ms: u64) {
        self.stop_notice_timer();
        let ctx = *self;
        let handle = set_timeout_with_handle(
            move || {
                if dom::active_inside(".board__toast") {
                    ctx.schedule_notice_end(4_000);
                } else {
                    ctx.notice.set(None);
                }
            },
            std::time::Duration::from_millis(ms),
        );
        self.notice_timer.set_value(handle.ok());
    }

    pub fn clear_notice(&self) {
        self.stop_notice_timer();
        self.notice.set(None);
    }

    /// Also called when the board unmounts, so no timer fires into disposed state.
    pub fn stop_notice_timer(&self) {
        if let Some(Some(handle)) = self.notice_timer.try_get_value() {
            handle.clear();
        }
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
        self.current.set(Some(id));
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

fn visible_ids(b: &Board, zone: &str) -> Vec<NoteId> {
    b.live_notes_in(zone)
        .iter()
        .filter(|n| !b.hidden(n))
        .map(|n| n.id)
        .collect()
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
