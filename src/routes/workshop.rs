use crate::components::board::BoardView;
use crate::components::boards::{BoardTabs, NewBoardForm};
use crate::components::journey::{BoardDoneToggle, JourneyPanel};
use crate::components::save_status::{SaveMessages, SaveStatus};
use crate::components::workshop_header::WorkshopHeader;
use crate::i18n::Key;
use crate::model::{BoardId, WorkshopId};
use crate::state::{use_locale, use_store, Opened, Storage};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;

/// A workshop: its question, its boards and the board being worked on.
#[component]
pub fn WorkshopPage() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let params = use_params_map();
    let id =
        Memo::new(move |_| params.with(|p| p.get("id").and_then(|v| v.parse::<WorkshopId>().ok())));
    let selected = RwSignal::new(None::<BoardId>);

    // Opens once storage is ready: on a reload the route is known before IndexedDB is.
    Effect::new(move |_| {
        let ready = store.storage.get() != Storage::Loading;
        if let (true, Some(id)) = (ready, id.get()) {
            spawn_local(async move { store.open(id).await });
        }
    });
    // The selected board, or the first live one when none is chosen (or the chosen one was deleted).
    let board = Memo::new(move |_| {
        store.current.with(|c| {
            let ws = c.as_ref()?;
            selected
                .get()
                .and_then(|b| ws.live_board(b).map(|b| b.id))
                .or_else(|| ws.live_boards().next().map(|b| b.id))
        })
    });
    let state = move || match (id.get(), store.opened.get()) {
        (None, _) => Some(Key::WorkshopMissing),
        (_, Opened::Missing(_)) => Some(Key::WorkshopMissing),
        (_, Opened::Unreadable(_)) => Some(Key::WorkshopUnreadable),
        (_, Opened::Loading(_) | Opened::None) => Some(Key::Loading),
        _ => None,
    };

    view! {
        <Show
            when=move || state().is_none() && store.current.with(|c| c.is_some())
            fallback=move || view! { <section class="page"><p role="status">{move || state().map(|k| locale.t(k))}</p></section> }
        >
            <div class="workshop">
                <WorkshopHeader/>
                <SaveMessages/>
                <JourneyPanel selected=selected current=board/>
                <div class="workshop__boards">
                    <BoardTabs selected=selected current=board/>
                    <BoardDoneToggle current=board/>
                    <NewBoardForm on_created=Callback::new(move |b| selected.set(Some(b)))/>
                    <SaveStatus/>
                </div>
                {move || match board.get() {
                    Some(b) => view! { <BoardView board=b/> }.into_any(),
                    None => view! { <p class="workshop__empty">{locale.tr(Key::NoBoardsYet)}</p> }.into_any(),
                }}
            </div>
        </Show>
    }
}
