//! Adding a board: from a template (the boards' form) or by starting a method (library, journey, agenda). A
//! started method carries what earlier phases decided into its new board (see `model::carry`).

use super::{Catalogue, Refused, Store};
use crate::browser::clock::now_ms;
use crate::commands::Command;
use crate::model::carry::{carry_into, CarriedIn};
use crate::model::{Board, BoardId, Method, Template, Timestamp};
use leptos::prelude::*;

impl Store {
    /// Adds a board made from `template`, titled in the current language, as one undo step.
    pub fn add_board(&self, template: &Template, carried: CarriedIn) -> Result<BoardId, Refused> {
        let title = self
            .locale
            .lang_untracked()
            .pick(&template.title)
            .to_owned();
        let mut board = Board::from_template(template, title, Timestamp(now_ms()));
        board.carried = carried;
        let id = board.id;
        self.apply(vec![Command::AddBoard { board }]).map(|()| id)
    }

    /// Adds `method`'s board as one undo step, started from what the workshop's earlier boards decided (nothing
    /// while the catalogue is not loaded: the phases of those boards are not known yet).
    pub fn start_method(&self, catalogue: &Catalogue, method: &Method) -> Result<BoardId, Refused> {
        let lang = self.locale.lang_untracked();
        let carried = match catalogue.methods() {
            Some(methods) => self.current.with_untracked(|w| {
                w.as_ref()
                    .map(|w| carry_into(w, &methods, method, |t| lang.pick(t)))
                    .unwrap_or_default()
            }),
            None => CarriedIn::default(),
        };
        self.add_board(&method.board_template(), carried)
    }
}
