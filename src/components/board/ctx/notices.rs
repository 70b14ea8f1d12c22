//! The board's messages: the live region's notice (which goes away after a while) and the last refusal.

use super::super::dom;
use crate::model::{NoteId, Timestamp};
use leptos::prelude::*;

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

#[derive(Clone, Copy)]
pub struct Notices {
    pub shown: RwSignal<Option<Notice>>,
    /// Why the last change was refused, already in the user's language.
    pub error: RwSignal<Option<String>>,
    timer: StoredValue<Option<TimeoutHandle>>,
}

impl Notices {
    pub fn new() -> Self {
        Notices {
            shown: RwSignal::new(None),
            error: RwSignal::new(None),
            timer: StoredValue::new(None),
        }
    }

    /// Shows a message in the live region; it goes away after a while unless focus is inside it.
    pub fn notify(&self, notice: Notice) {
        let ms = match notice {
            Notice::Deleted { .. } | Notice::Discarded { .. } => 12_000,
            Notice::Info(_) => 6_000,
        };
        self.shown.set(Some(notice));
        self.schedule_end(ms);
    }

    pub fn announce(&self, text: String) {
        self.notify(Notice::Info(text));
    }

    fn schedule_end(&self, ms: u64) {
        self.stop_timer();
        let notices = *self;
        let handle = set_timeout_with_handle(
            move || {
                if dom::active_inside(".board__toast") {
                    notices.schedule_end(4_000);
                } else {
                    notices.shown.set(None);
                }
            },
            std::time::Duration::from_millis(ms),
        );
        self.timer.set_value(handle.ok());
    }

    pub fn clear(&self) {
        self.stop_timer();
        self.shown.set(None);
    }

    /// Also called when the board unmounts, so no timer fires into disposed state.
    pub fn stop_timer(&self) {
        if let Some(Some(handle)) = self.timer.try_get_value() {
            handle.clear();
        }
    }
}
