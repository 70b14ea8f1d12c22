//! The lists the zones render, for the whole board in one pass per change.
//!
//! The workshop is one signal, so every change (and every change of the editor, the vote turn or the language)
//! reruns this. It stays cheap and local: the order comes from `model::zone_list` (one pass, no per-zone filter),
//! each entry gets a fingerprint of what its card shows, and a card whose fingerprint is the same as before keeps
//! its view without copying its text. Each zone then compares its own list (`zone_list`), so a changed note wakes
//! only its zone, and that zone's `<For>` rebuilds only that card.

use super::ctx::BoardCtx;
use super::view::{ClusterView, NoteView};
use crate::i18n::{Key, Lang};
use crate::model::zone_list::{zone_lists, Entry};
use crate::model::{Board, ClusterId, DotMark, Note};
use leptos::prelude::*;
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

/// One line of a zone's list, with the fingerprint of what it shows. Two items are equal when their
/// fingerprints are: that is what `<For>` keys on and what a zone's memo compares.
#[derive(Clone, Debug)]
pub struct Item {
    pub key: u64,
    pub view: ItemView,
}

#[derive(Clone, Debug)]
pub enum ItemView {
    Cluster(Arc<ClusterView>),
    Note(Arc<NoteView>),
}

impl PartialEq for Item {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl Item {
    pub fn note(&self) -> Option<&NoteView> {
        match &self.view {
            ItemView::Note(n) => Some(n),
            ItemView::Cluster(_) => None,
        }
    }
}

/// Every zone's items, in zone order; recomputed on each change, reusing the card views that did not change.
pub fn board_lists(ctx: BoardCtx) -> Memo<Vec<Vec<Item>>> {
    Memo::new(move |previous: Option<&Vec<Vec<Item>>>| {
        let editing = ctx.edit.note.get();
        let renaming = ctx.menus.renaming.get();
        let turn = ctx.vote.turn.get();
        let lang = ctx.locale.lang();
        let kept: HashMap<u64, &Arc<NoteView>> = previous
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|item| match &item.view {
                ItemView::Note(n) => Some((item.key, n)),
                ItemView::Cluster(_) => None,
            })
            .collect();
        ctx.store.current.with(|w| {
            let Some(b) = w.as_ref().and_then(|w| w.live_board(ctx.board)) else {
                return Vec::new();
            };
            let notes: HashMap<_, &Note> = b.live_notes().map(|n| (n.id, n)).collect();
            let groups = group_names(b, lang);
            zone_lists(b)
                .into_iter()
                .map(|list| {
                    list.into_iter()
                        .filter_map(|entry| match entry {
                            Entry::Heading(h) => {
                                let c = b.live_cluster(h.cluster)?;
                                let view = ClusterView {
                                    id: c.id,
                                    name: c.name.clone(),
                                    count: h.count,
                                    collapsed: h.collapsed,
                                    renaming: renaming == Some(c.id),
                                    primary: h.primary,
                                    lang,
                                };
                                Some(Item {
                                    key: fingerprint(&view),
                                    view: ItemView::Cluster(Arc::new(view)),
                                })
                            }
                            Entry::Card(id) => {
                                let n = notes.get(&id)?;
                                let group = n.cluster.and_then(|c| groups.get(&c)).cloned();
                                let vote = b
                                    .voting
                                    .as_ref()
                                    .map_or(DotMark::Off, |v| v.mark(turn.as_ref(), id));
                                let editing = editing == Some(id);
                                let key = fingerprint(&(
                                    id,
                                    &n.text,
                                    n.colour,
                                    editing,
                                    lang,
                                    &group,
                                    vote,
                                    n.earlier.len(),
                                ));
                                let view = match kept.get(&key) {
                                    Some(view) => Arc::clone(view),
                                    None => Arc::new(NoteView::of(
                                        n,
                                        editing.then_some(id),
                                        lang,
                                        group,
                                        vote,
                                    )),
                                };
                                Some(Item {
                                    key,
                                    view: ItemView::Note(view),
                                })
                            }
                        })
                        .collect()
                })
                .collect()
        })
    })
}

/// One zone's items out of the board's: notifies only when this zone's list changed.
pub fn zone_list(lists: Memo<Vec<Vec<Item>>>, index: usize) -> Memo<Vec<Item>> {
    Memo::new(move |_| lists.with(|l| l.get(index).cloned().unwrap_or_default()))
}

/// The names cards show for their group ("unnamed group" for a blank one).
fn group_names(b: &Board, lang: Lang) -> HashMap<ClusterId, String> {
    b.live_clusters()
        .map(|c| {
            let name = if c.name.trim().is_empty() {
                lang.text(Key::ClusterUnnamed).to_owned()
            } else {
                c.name.clone()
            };
            (c.id, name)
        })
        .collect()
}

fn fingerprint(value: &impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}
