//! The board view: a board's zones with their sticky notes, for mouse, touch, keyboard and screen readers.
//!
//! `ctx/` holds the board-local UI state, one file per concern, and `actions`, `groups` and `voting` every change a
//! user can make; each change is one `Store::apply`, so one undo step. `lists` computes what each zone shows, once
//! per change for the whole board. The parts: `zone` (a column), `note` (a card), `editor`, `menus` (colour,
//! move), `toolbar` (undo/redo, messages), `events` (the board's listeners, for every card), `drag` (pointer
//! events) and `keys` (shortcuts).

mod actions;
mod axes;
mod buttons;
mod carried;
mod chunks;
mod cluster;
mod ctx;
pub(crate) mod dom;
mod drag;
mod earlier;
mod editor;
mod events;
mod groups;
pub mod icons;
mod keys;
mod layout;
mod lists;
mod menus;
mod note;
mod reveal;
mod sentence;
mod toolbar;
mod view;
mod vote_panel;
mod voting;
mod zone;

use crate::i18n::Key;
use crate::model::{BoardId, Zone};
use crate::state::{expect_catalogue, use_locale, use_store, Opened};
use ctx::BoardCtx;
use layout::Layout;
use leptos::prelude::*;
use toolbar::{Messages, SelectionBar, Toolbar};
use vote_panel::VotePanel;
use zone::ZoneColumn;

/// The board `board` of the open workshop. Mount one per board (re-create it when the board changes); while it is
/// mounted it owns the board shortcuts (`N`, `Ctrl+Z`, `Ctrl+Shift+Z`, `Ctrl+Y`) for the whole window.
#[component]
pub fn BoardView(board: BoardId) -> impl IntoView {
    let store = use_store();
    let locale = use_locale();
    let ctx = BoardCtx::new(board, store, locale);
    provide_context(ctx);
    keys::install_shortcuts(ctx);
    on_cleanup(move || ctx.notices.stop_timer());
    // A draft kept from before a reload or a crash reopens its editor once the workshop is there, and one
    // taken over later from a tab closed a moment before.
    Effect::new(move |_| {
        store.late_draft.track();
        if matches!(store.opened.get(), Opened::Ready(_)) {
            ctx.restore_draft();
        }
    });

    let zones = Memo::new(move |_| {
        store.current.with(|w| {
            w.as_ref()
                .and_then(|w| w.live_board(board))
                .map(|b| b.zones.clone())
        })
    });
    let title = Memo::new(move |_| {
        store.current.with(|w| {
            w.as_ref()
                .and_then(|w| w.live_board(board))
                .map(|b| b.title.clone())
                .unwrap_or_default()
        })
    });
    let zone_count = Signal::derive(move || zones.with(|z| z.as_ref().map_or(0, Vec::len)));
    buttons::manage(ctx, zone_count);
    menus::lift_open_menu(ctx);
    let method = expect_catalogue().board_method(store, board);
    let anonymous = Memo::new(move |_| method.with(|m| m.as_ref().is_some_and(|m| m.anonymous)));
    let lists = lists::board_lists(ctx, anonymous);
    let shown = reveal::reveal(lists);
    let layout = Memo::new(move |_| method.with(|m| m.as_ref().map(|m| Layout::of(&m.template))));
    let kind = Memo::new(move |_| layout.with(|l| l.as_ref().map_or("zones", |l| l.kind)));
    let columns = Memo::new(move |_| layout.with(|l| l.as_ref().and_then(|l| l.columns)));
    let frame_axes = Memo::new(move |_| layout.with(|l| l.as_ref().and_then(|l| l.axes.clone())));
    let numbered = move || {
        zones
            .get()
            .unwrap_or_default()
            .into_iter()
            .enumerate()
            .collect::<Vec<_>>()
    };
    let zone_key =
        |(i, z): &(usize, Zone)| (*i, z.key.clone(), z.label.de.clone(), z.label.en.clone());
    let missing = move || view! { <p class="board-missing">{locale.tr(Key::BoardMissing)}</p> };

    view! {
        <Show when=move || zones.with(Option::is_some) fallback=missing>
            <section
                id=ctx.root_dom()
                class="board"
                class:board--free=move || zone_count.get() == 1
                class:board--list=move || ctx.list.get()
                data-board=board.to_string()
                aria-label=move || title.get()
                tabindex="-1"
                on:keydown=events::on_keydown(ctx)
                on:focusin=events::on_focusin(ctx)
                on:dblclick=events::on_dblclick(ctx)
                on:click=events::on_click(ctx)
                on:pointerover=events::on_pointerover(ctx)
                on:pointerleave=events::on_pointerleave(ctx)
                on:pointerdown=events::on_pointerdown(ctx)
                on:pointermove=events::on_pointermove(ctx)
                on:pointerup=events::on_pointerup(ctx)
                on:pointercancel=events::on_pointercancel(ctx)
                on:lostpointercapture=events::on_pointercancel(ctx)
            >
                <Toolbar/>
                <SelectionBar/>
                <VotePanel/>
                <carried::CarriedPanel/>
                // The layout arrives with the catalogue, after the board may already show: it changes classes
                // and styles in place, so the cards are not built twice.
                {move || layout.with(|l| l.as_ref().and_then(|l| l.sentence.clone())).map(|(gaps, after)| view! { <sentence::Sentence gaps after/> })}
                <div class="board__frame" class:board__matrix=move || frame_axes.with(Option::is_some)>
                    {move || frame_axes.get().map(|(_, y)| view! { <axes::YAxis y/> })}
                    <div
                        class=move || format!("board__zones board__zones--{} board__zones--{}", zone_count.get().clamp(1, 4), kind.get())
                        style:grid-template-columns=move || columns.get().map(|c| format!("repeat({c}, minmax(0, 1fr))"))
                    >
                        <For
                            each=numbered
                            key=zone_key
                            children=move |(index, zone)| view! { <ZoneColumn zone index layout lists shown/> }
                        />
                    </div>
                    {move || frame_axes.get().map(|(x, _)| view! { <axes::XAxis x/> })}
                </div>
                <Messages/>
                <earlier::EarlierDialog/>
            </section>
        </Show>
    }
}
