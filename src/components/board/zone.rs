//! One zone: its heading, the add button and its notes in order.

use super::chunks;
use super::cluster::ClusterHead;
use super::ctx::{note_dom, use_board};
use super::dom;
use super::layout::Layout;
use super::lists::{zone_list, Item, ItemView};
use super::note::NoteCard;
use super::view::{ClusterView, NoteView};
use crate::components::icons::PlusIcon;
use crate::i18n::Key;
use crate::model::DotMark;
use crate::model::{NoteColour, NoteId, Zone};
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn ZoneColumn(
    zone: Zone,
    index: usize,
    layout: Memo<Option<Layout>>,
    lists: Memo<Vec<Vec<Item>>>,
    /// How many of its cards the zone shows yet (see `reveal.rs`).
    shown: ReadSignal<usize>,
) -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    let Zone { key, label } = zone;
    let extra = Memo::new({
        let key = key.clone();
        move |_| layout.with(|l| l.as_ref().map(|l| l.extra(&key)).unwrap_or_default())
    });
    let area = move || extra.with(|e| e.area);
    let zone_label = Signal::derive(move || locale.lang().pick(&label).to_owned());

    // This zone's part of the board's lists: wakes only when one of its entries changed (see `lists.rs`).
    let items = zone_list(lists, index);
    let notes = Memo::new(move |_| {
        items.with(|items| {
            items
                .iter()
                .filter_map(Item::note)
                .map(|n| n.id)
                .collect::<Vec<_>>()
        })
    });
    // Every note of the zone, those in collapsed groups too.
    let total = Memo::new(move |_| {
        items.with(|items| {
            items
                .iter()
                .map(|i| match &i.view {
                    ItemView::Cluster(c) if c.collapsed => c.count,
                    ItemView::Cluster(_) => 0,
                    ItemView::Note(_) => 1,
                })
                .sum::<usize>()
        })
    });
    // Roving tab stop: the note focused last if it is here, else the first.
    let tab_stop = Memo::new(move |_| {
        let current = ctx.focus.current.get();
        notes.with(|ns| {
            current
                .filter(|c| ns.contains(c))
                .or_else(|| ns.first().copied())
        })
    });
    // Moves the tab stop on the DOM: two attribute writes, instead of an effect on each card.
    Effect::new(move |previous: Option<Option<NoteId>>| {
        let now = tab_stop.get();
        if let Some(Some(old)) = previous.filter(|p| *p != now) {
            dom::set_tabindex(&note_dom(old), "-1");
        }
        if let Some(new) = now {
            dom::set_tabindex(&note_dom(new), "0");
        }
        now
    });
    let draft = Memo::new({
        let key = key.clone();
        move |_| {
            ctx.edit
                .draft
                .with(|d| d.as_ref().filter(|d| d.zone == key).map(|d| d.id))
        }
    });
    let drop_here = {
        let key = key.clone();
        move || {
            ctx.drag
                .drop
                .with(|d| d.as_ref().is_some_and(|d| d.zone == key))
        }
    };
    let drop_at_end = {
        let key = key.clone();
        move || {
            ctx.drag.drop.with(|d| {
                d.as_ref()
                    .is_some_and(|d| d.zone == key && d.before.is_none())
            })
        }
    };
    let heading = ctx.zone_dom(index);
    let heading_ref = heading.clone();
    let add_label = move || locale.format(Key::AddNoteTo, &[("zone", &zone_label.get())]);
    let count = move || ctx.zone_count_text(total.get());
    let empty = move || items.with(Vec::is_empty) && draft.get().is_none();
    let on_focusin = {
        let key = key.clone();
        move |_| ctx.focus.active_zone.set_value(Some(key.clone()))
    };
    // The shown items in chunks (see `chunks.rs`); each chunk compares its own items, so a change wakes the
    // `<For>` of its chunk only.
    let bounds = Memo::new(move |_| {
        let limit = shown.get();
        items.with(|items| chunks::ranges(items.iter().take(limit).map(Item::is_heading)))
    });
    let filling = move || {
        let limit = shown.get();
        items.with(|items| items.len() > limit).then_some("true")
    };
    let card = move |item: Item| match item.view {
        ItemView::Note(note) => {
            let note = NoteView::clone(&note);
            let tab_stop = tab_stop.get_untracked() == Some(note.id);
            let zone_label = zone_label.get_untracked();
            let class = if note.group.is_some() {
                "zone__item zone__item--grouped"
            } else {
                "zone__item"
            };
            Either::Left(view! {
                <div class=class role="listitem">
                    <NoteCard note zone_label tab_stop/>
                </div>
            })
        }
        // Boxed: an `Either` is as large as its largest arm, and every card would carry room for a heading.
        ItemView::Cluster(cluster) => Either::Right({
            let cluster = ClusterView::clone(&cluster);
            view! {
                <div class="zone__item zone__item--cluster" role="listitem">
                    <ClusterHead cluster/>
                </div>
            }
            .into_any()
        }),
    };
    let draft_card = move || {
        draft.get().map(|id: NoteId| {
            let note = NoteView {
                id,
                text: String::new(),
                colour: NoteColour::default(),
                editing: true,
                lang: untrack(|| locale.lang()),
                group: None,
                vote: DotMark::Off,
                earlier: 0,
                author: None,
            };
            let zone_label = zone_label.get_untracked();
            view! {
                <div class="zone__item" role="listitem">
                    <NoteCard note zone_label tab_stop=false/>
                </div>
            }
        })
    };
    let chunk = move |index: usize| {
        // Every change of the zone asks each chunk; one whose items are the same keeps its list (no copy).
        let shown = Memo::new_owning(move |previous: Option<Vec<Item>>| {
            let range = bounds.with(|b| b.get(index).cloned()).unwrap_or_default();
            items.with(|items| {
                let now = items.get(range).unwrap_or_default();
                match previous {
                    Some(kept) if kept.as_slice() == now => (kept, false),
                    _ => (now.to_vec(), true),
                }
            })
        });
        // Until the browser has laid a chunk out once, it reserves about a card's height per item.
        let estimate = move || format!("auto {}rem", shown.with(Vec::len) * 8);
        view! {
            <div class="zone__chunk" style:contain-intrinsic-size=estimate>
                <For each=move || shown.get() key=|item: &Item| item.key children=card/>
            </div>
        }
    };
    view! {
        <section
            class="zone"
            style:grid-column=move || area().map(|a| format!("{} / span {}", a.col, a.col_span))
            style:grid-row=move || area().map(|a| format!("{} / span {}", a.row, a.row_span))
            class:zone--drop=drop_here
            data-zone=key.clone()
            aria-labelledby=heading_ref
            on:focusin=on_focusin
        >
            <header class="zone__head">
                <h2 id=heading class="zone__title">
                    {move || zone_label.get()}
                </h2>
                <span class="zone__count">{count}</span>
                <button
                    type="button"
                    id=ctx.add_button_dom(index)
                    class="button zone__add"
                    aria-label=add_label
                    title=locale.tr(Key::AddNoteShortcut)
                    aria-keyshortcuts="N"
                    on:click={
                        let key = key.clone();
                        move |_| ctx.add_note(Some(key.clone()))
                    }
                >
                    <PlusIcon/>
                    <span>{locale.tr(Key::AddNote)}</span>
                </button>
            </header>
            {move || {
                extra
                    .with(|e| e.hint.clone())
                    .map(|h| view! { <p class="zone__hint">{move || locale.lang().pick(&h).to_owned()}</p> })
            }}
            <div class="zone__list" role="list" class:zone__list--drop-end=drop_at_end aria-busy=filling>
                <For each=move || 0..bounds.with(Vec::len) key=|i: &usize| *i children=chunk/>
                {draft_card}
            </div>
            <Show when=empty>
                <p class="zone__empty">{locale.tr(Key::ZoneEmpty)}</p>
            </Show>
        </section>
    }
}
