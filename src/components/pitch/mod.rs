//! Preparing for the jury (see `crate::model::pitch`): the canvas of both pitches, the jury check, the timed
//! rehearsal with slides on the projector, and a printable handout.

mod canvas;
mod handout;
mod jury;
mod nav;
mod plan;
mod rehearsal;
mod slide;

pub use canvas::PitchCanvas;
pub use handout::Handout;
pub use jury::JuryCheckView;
pub use nav::{PitchNav, PitchSection};
pub use rehearsal::RehearsalView;
pub use slide::PitchSlide;

use crate::commands::Command;
use crate::model::pitch::{effective, Origin, Pitch, PitchField, PitchKind};
use crate::state::{use_catalogue, use_locale, use_store, Store};
use leptos::prelude::*;

/// The pitch of the open workshop and how to change it: every change is one `SetPitch`, one undo step.
#[derive(Clone, Copy)]
pub struct PitchEdit {
    pub pitch: Memo<Pitch>,
    pub error: RwSignal<Option<String>>,
    store: Store,
}

/// The pitch of the open workshop, ready to edit.
pub fn use_pitch_edit() -> PitchEdit {
    let store = use_store();
    PitchEdit {
        pitch: Memo::new(move |_| {
            store
                .current
                .with(|c| c.as_ref().map(|w| w.pitch.clone()).unwrap_or_default())
        }),
        error: RwSignal::new(None),
        store,
    }
}

impl PitchEdit {
    pub fn change(&self, f: impl FnOnce(&mut Pitch)) {
        let before = self.pitch.get_untracked();
        let mut next = before.clone();
        f(&mut next);
        if next == before {
            return;
        }
        let result = self.store.apply(vec![Command::SetPitch {
            pitch: Box::new(next),
        }]);
        self.error.set(result.err().map(String::from));
    }
}

/// What each field of `kind` shows (the team's text or the journey's suggestion), kept current.
pub fn use_shown(kind: Memo<PitchKind>) -> Memo<Vec<(PitchField, String, Origin)>> {
    let store = use_store();
    let locale = use_locale();
    let catalogue = use_catalogue();
    Memo::new(move |_| {
        let methods = catalogue.methods().unwrap_or_default();
        let lang = locale.lang();
        store.current.with(|c| {
            c.as_ref()
                .map(|ws| {
                    effective(&ws.pitch, ws, &methods, kind.get().fields(), |t| {
                        lang.pick(t)
                    })
                })
                .unwrap_or_default()
        })
    })
}
