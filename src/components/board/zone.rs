//! One zone: its heading, the add button and its notes in order.

use super::cluster::ClusterHead;
use super::ctx::{note_dom, use_board};
use super::dom;
use super::layout::Layout;
use super::note::NoteCard;
use super::view::{ClusterView, Item, NoteView, Vote};
use super::voting::vote_mark;
use crate::components::icons::PlusIcon;
use crate::i18n::Key;
use crate::model::{NoteColour, NoteId, Zone};
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn ZoneColumn(zone: Zone, index: usize, layout: Memo<Option<Layout>>) -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    let Zone { key, label } = zone;
    let extra = Memo::new({
        let key = key.clone();
        move |_| layout.with(|l| l.as_ref().map(|l| l.extra(&key)).unwrap_or_default())
    });
    let area = move || extra.with(|e| e.area);
    let zone_label = Signal::derive(move || locale.lang().pick(&label).to_owned());

    // Recomputed on every change of the workshop, the editor or the language, but only this zone's notes are
    // cloned, and `<For>` touches only the entries whose content changed. A cluster's heading comes before its
    // first note here; the notes of a collapsed cluster are left out.
    let items = Memo::new({
        let key = key.clone();
        move |_| {
            let editing = ctx.editing.get();
            let renaming = ctx.renaming.get();
            let voter = ctx.voter.get();
            // Only while someone places dots; otherwise no card shows them.
            let staged = if voter.is_some() {
                ctx.staged.get()
            } else {
                Vec::new()
            };
            let lang = locale.lang();
            ctx.store.current.with(|w| {
                let Some(b) = w.as_ref().and_then(|w| w.live_board(ctx.board)) else {
                    return Vec::new();
                };
                let notes = b.live_notes_in(&key);
                let mut items = Vec::with_capacity(notes.len());
                // Clusters that already have a heading in an earlier zone.
                let earlier: std::collections::HashSet<_> = if b.clusters.is_empty() {
                    Default::default()
                } else {
                    let before: Vec<&str> = b
                        .zones
                        .iter()
                        .map(|z| z.key.as_str())
                        .take_while(|k| *k != key)
                        .collect();
                    b.live_notes()
                        .filter(|n| before.contains(&n.zone.as_str()))
                        .filter_map(|n| n.cluster)
                        .collect()
                };
                let mut open = None;
                for n in &notes {
                    let cluster = n.cluster.and_then(|c| b.live_cluster(c));
                    if let Some(c) = cluster.filter(|c| open != Some(c.id)) {
                        items.push(Item::Cluster(ClusterView {
                            id: c.id,
                            name: c.name.clone(),
                            count: notes.iter().filter(|m| m.cluster == Some(c.id)).count(),
                            collapsed: c.collapsed,
                            renaming: renaming == Some(c.id),
                            primary: !earlier.contains(&c.id),
                            lang,
                        }));
                    }
                    open = cluster.map(|c| c.id);
                    if cluster.is_some_and(|c| c.collapsed) {
                        continue;
                    }
                    let vote = vote_mark(b, voter, &staged, n.id);
                    let group = cluster.map(|c| {
                        if c.name.trim().is_empty() {
                            lang.text(Key::ClusterUnnamed).to_owned()
                        } else {
                            c.name.clone()
                        }
                    });
                    items.push(Item::Note(NoteView::of(n, editing, lang, group, vote)));
                }
                items
            })
        }
    });
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
                .map(|i| match i {
                    Item::Cluster(c) if c.collapsed => c.count,
                    Item::Cluster(_) => 0,
                    Item::Note(_) => 1,
                })
                .sum::<usize>()
        })
    });
    // Roving tab stop: the note focused last if it is here, else the first.
    let tab_stop = Memo::new(move |_| {
        let current = ctx.current.get();
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
            ctx.draft
                .with(|d| d.as_ref().filter(|d| d.zone == key).map(|d| d.id))
        }
    });
    let drop_here = {
        let key = key.clone();
        move || ctx.drop.with(|d| d.as_ref().is_some_and(|d| d.zone == key))
    };
    let drop_at_end = {
        let key = key.clone();
        move || {
            ctx.drop.with(|d| {
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
        move |_| ctx.active_zone.set_value(Some(key.clone()))
    };
    let card = move |item: Item| match item {
        Item::Note(note) => {
            let tab_stop = tab_stop.get_untracked() == Some(note.id);
            let zone_label = zone_label.get_untracked();
            let class = if note.group.is_some() {
                "zone__item zone__item--grouped"
            } else {
                "zone__item"
            };
            Either::Left(view! {
                <li class=class>
                    <NoteCard note zone_label tab_stop/>
                </li>
            })
        }
        // Boxed: an `Either` is as large as its largest arm, and every card would carry room for a heading.
        Item::Cluster(cluster) => Either::Right(
            view! {
                <li class="zone__item zone__item--cluster">
                    <ClusterHead cluster/>
                </li>
            }
            .into_any(),
        ),
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
                vote: Vote::Off,
                earlier: 0,
            };
            let zone_label = zone_label.get_untracked();
            view! {
                <li class="zone__item">
                    <NoteCard note zone_label tab_stop=false/>
                </li>
            }
        })
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
            <ul class="zone__list" class:zone__list--drop-end=drop_at_end>
                <For each=move || items.get() key=item_key children=card/>
                {draft_card}
            </ul>
            <Show when=empty>
                <p class="zone__empty">{locale.tr(Key::ZoneEmpty)}</p>
            </Show>
        </section>
    }
}

/// A card's `<For>` key: a hash of everything it shows, so it is rebuilt exactly when that changes, without
/// keeping a second copy of every note's text as the key.
fn item_key(item: &Item) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    item.hash(&mut h);
    h.finish()
}
