use super::gate::use_route_id;
use crate::components::agenda::AgendaRunBar;
use crate::components::board::BoardView;
use crate::components::boards::{BoardTabs, NewBoardForm};
use crate::components::journey::{BoardDoneToggle, JourneyPanel};
use crate::components::live::LiveControls;
use crate::components::method_bar::MethodBar;
use crate::components::room::RoomControls;
use crate::components::save_status::{SaveMessages, SaveStatus};
use crate::components::team::TeamButton;
use crate::components::workshop_header::WorkshopHeader;
use crate::i18n::Key;
use crate::model::BoardId;
use crate::state::{use_live, use_locale, use_room, use_store, Page, PitchPart};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

/// A workshop: its question, its boards and the board being worked on (`?board=` picks one, e.g. after a method
/// was started in the library).
#[component]
pub fn WorkshopPage() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let id = use_route_id();
    let query = use_query_map();
    let selected = RwSignal::new(None::<BoardId>);
    Effect::new(move |_| {
        if let Some(b) = query.with(|q| q.get("board").and_then(|b| b.parse().ok())) {
            selected.set(Some(b));
        }
    });
    let board = shown_board(selected);
    let board_title = move |b: BoardId| {
        store.current.with(|c| {
            c.as_ref()
                .and_then(|w| w.live_board(b))
                .map(|b| b.title.clone())
        })
    };
    let library = move || id.get().map(|id| Page::Methods(id).href());
    let agenda = move || id.get().map(|id| Page::Agenda(id).href());
    let pitch = move || {
        id.get()
            .map(|id| Page::Pitch(id, PitchPart::Canvas, None).href())
    };

    view! {
        <div class="workshop">
            <WorkshopHeader>
                <A href=move || agenda().unwrap_or_default() attr:class="button">{locale.tr(Key::Agenda)}</A>
                <A href=move || pitch().unwrap_or_default() attr:class="button">{locale.tr(Key::PitchLink)}</A>
                <TeamButton/>
                <RoomControls/>
                <LiveControls/>
            </WorkshopHeader>
            <SaveMessages/>
            <AgendaRunBar/>
            <JourneyPanel selected=selected current=board/>
            <div class="workshop__boards">
                <BoardTabs selected=selected current=board/>
                <A href=move || library().unwrap_or_default() attr:class="button button--primary">
                    {locale.tr(Key::ChooseMethod)}
                </A>
                <BoardDoneToggle current=board/>
                <NewBoardForm on_created=Callback::new(move |b| selected.set(Some(b)))/>
                <SaveStatus/>
            </div>
            {move || match board.get() {
                Some(b) => view! {
                    // On paper the tabs are gone: the board says what it is.
                    <h2 class="print-only">{move || board_title(b)}</h2>
                    <MethodBar board=b/>
                    <BoardView board=b/>
                }.into_any(),
                None => view! { <p class="workshop__empty">{locale.tr(Key::NoBoardsYet)}</p> }.into_any(),
            }}
        </div>
    }
}

/// The board on screen: the `selected` one, or the first live one when none is chosen (or the chosen one was
/// deleted). The room (timer, projector) follows it; on a participant's device in a live room it shows the
/// lead's board, follows the lead when that moves on to another, and may look at another in between.
pub fn shown_board(selected: RwSignal<Option<BoardId>>) -> Memo<Option<BoardId>> {
    let store = use_store();
    let room = use_room();
    let live = use_live();
    let board = Memo::new(move |_| {
        store.current.with(|c| {
            let ws = c.as_ref()?;
            selected
                .get()
                .and_then(|b| ws.live_board(b).map(|b| b.id))
                .or_else(|| ws.live_boards().next().map(|b| b.id))
        })
    });
    let lead_board = Memo::new(move |_| room.room.with(|r| r.board));
    Effect::new(move |_| {
        let shown = lead_board.get();
        if !live.lead.get_untracked() && shown.is_some() && shown != board.get_untracked() {
            selected.set(shown);
        }
    });
    // After the one above, so that a phone that has taken the lead's room before this page opened shows the
    // lead's board rather than writing its own first board over it.
    Effect::new(move |_| {
        if let Some(b) = board.get() {
            room.show_board(Some(b));
        }
    });
    board
}
