//! The pitch pages' use case: which pitch the team most likely prepares now (see `model::pitch::likely_kind`).

use super::{Catalogue, Store};
use crate::model::pitch::{likely_kind, PitchKind};
use leptos::prelude::*;

impl Store {
    /// The pitch to show when the address names none, from the open workshop's boards.
    pub fn likely_pitch_kind(&self, catalogue: &Catalogue) -> PitchKind {
        let methods = catalogue.methods().unwrap_or_default();
        self.current.with_untracked(|c| {
            c.as_ref()
                .map_or(PitchKind::Question, |ws| likely_kind(ws, &methods))
        })
    }
}
