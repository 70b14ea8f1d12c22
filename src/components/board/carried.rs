//! What the board started from: the question it works on and the results taken over from earlier phases, each
//! linking back to the board it came from (see `model::carry`).

use super::ctx::use_board;
use crate::i18n::Key;
use crate::model::carry::{Carried, CarriedIn};
use crate::state::{use_navigation, Page};
use leptos::prelude::*;

#[component]
pub fn CarriedPanel() -> impl IntoView {
    let ctx = use_board();
    let carried = Memo::new(move |_| {
        ctx.store.current.with(|w| {
            w.as_ref()
                .and_then(|w| w.live_board(ctx.board))
                .map(|b| b.carried.clone())
                .filter(|c| !c.is_empty())
        })
    });
    move || carried.get().map(|c| view! { <Panel carried=c/> })
}

#[component]
fn Panel(carried: CarriedIn) -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    let CarriedIn { prompt, items } = carried;
    let prompt = prompt.map(|p| {
        // A voted question guides the board; a composed statement is where it starts.
        let label = if p.note.is_some() {
            Key::CarriedPrompt
        } else {
            Key::CarriedStatement
        };
        view! {
            <div class="carried__prompt">
                <h2 class="carried__label">{locale.tr(label)}</h2>
                <p class="carried__question">{p.text.clone()}</p>
                <Source item=p/>
            </div>
        }
    });
    let list = (!items.is_empty()).then(|| {
        let rows = items
            .into_iter()
            .map(|item| {
                let dots = match item.dots {
                    0 => None,
                    1 => Some(locale.t(Key::DotOne).to_owned()),
                    n => Some(locale.format(Key::DotsCount, &[("n", &n.to_string())])),
                };
                view! {
                    <li class="carried__item">
                        <span class="carried__text">{item.text.clone()}</span>
                        {dots.map(|d| view! { <span class="carried__dots">{d}</span> })}
                        <Source item/>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="carried__items">
                <h2 class="carried__label">{locale.tr(Key::CarriedItems)}</h2>
                <ul class="carried__list">{rows}</ul>
            </div>
        }
    });
    view! {
        <aside class="carried" aria-label=locale.tr(Key::CarriedRegion)>
            {prompt}
            {list}
        </aside>
    }
}

/// "aus „Crazy 8s“" as a link to the source board, or plain text if that board is gone.
#[component]
fn Source(item: Carried) -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    let navigation = use_navigation();
    // Tracked: renaming or deleting the source board updates the link.
    let source = move || {
        ctx.store.current.with(|w| {
            let w = w.as_ref()?;
            let b = w.live_board(item.board)?;
            Some((w.id, b.title.clone()))
        })
    };
    move || match source() {
        Some((workshop, title)) => {
            let text = locale.format(Key::CarriedFrom, &[("board", &title)]);
            let link = Page::Board(workshop, item.board).href();
            let to = link.clone();
            // Moved through the bundle's navigation (the full app's router; the participant bundle, which has
            // none, shows the board in place), except for a click that asks for another tab or window.
            let go = move |ev: leptos::ev::MouseEvent| {
                if ev.button() == 0
                    && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
                {
                    ev.prevent_default();
                    navigation.go.run(to.clone());
                }
            };
            view! { <a href=link class="carried__source" on:click=go>{text}</a> }.into_any()
        }
        None => view! { <span class="carried__source">{locale.tr(Key::CarriedFromDeleted)}</span> }
            .into_any(),
    }
}
