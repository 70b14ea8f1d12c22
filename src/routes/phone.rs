//! A participant's page of a live room (`/w/:id` in the participant bundle, `PhoneApp`): made for a phone at
//! 390 px, and what a participant may do there: the board the lead shows (or another one to look at), its
//! step and timer, the team (who works at this device), writing notes, moving their own and the dot vote. The
//! facilitator's tools (journey, methods, new boards, files, the room's controls) stay in the full app, where
//! the agenda and pitch links lead, and where the workshop opens once this device leaves the room.

use super::gate::{open_when_ready, Gate};
use super::workshop::shown_board;
use crate::components::board::BoardView;
use crate::components::boards::BoardTabs;
use crate::components::live::LiveControls;
use crate::components::method_bar::MethodBar;
use crate::components::save_status::{SaveMessages, SaveStatus};
use crate::components::team::TeamButton;
use crate::components::workshop_header::ParticipantHeader;
use crate::i18n::Key;
use crate::model::{BoardId, WorkshopId};
use crate::state::paths::asked_board;
use crate::state::{use_live, use_locale, use_navigation, Page, PitchPart};
use leptos::prelude::*;

#[component]
pub fn ParticipantPage(id: WorkshopId) -> impl IntoView {
    let route = Memo::new(move |_| Some(id));
    open_when_ready(route);
    use_live().participants_only();
    view! { <Gate id=route><ParticipantBoard id/></Gate> }
}

#[component]
fn ParticipantBoard(id: WorkshopId) -> impl IntoView {
    let locale = use_locale();
    let selected = RwSignal::new(None::<BoardId>);
    // `?board=` (a link to a board, e.g. from the notes a board carries) shows that board.
    let path = use_navigation().path;
    Effect::new(move |_| {
        if let Some(b) = path.with(|p| asked_board(p)) {
            selected.set(Some(b));
        }
    });
    let board = shown_board(selected);
    view! {
        <div class="workshop workshop--participant">
            <ParticipantHeader>
                // Plain links: the agenda and the pitch are other bundles' pages.
                <a href=Page::Agenda(id).href() class="button">{locale.tr(Key::Agenda)}</a>
                <a href=Page::Pitch(id, PitchPart::Canvas, None).href() class="button">{locale.tr(Key::PitchLink)}</a>
                <TeamButton/>
                <LiveControls/>
            </ParticipantHeader>
            <SaveMessages/>
            <div class="workshop__boards">
                <BoardTabs selected=selected current=board/>
                <SaveStatus/>
            </div>
            {move || match board.get() {
                Some(b) => view! {
                    <MethodBar board=b/>
                    <BoardView board=b/>
                }.into_any(),
                None => view! { <p class="workshop__empty">{locale.tr(Key::NoBoardsYet)}</p> }.into_any(),
            }}
        </div>
    }
}
