//! The lists the zones render, for the whole board in one pass per change.
//!
//! The workshop is one signal, so every change (and every change of the editor, the vote turn or the language)
//! reruns this. It stays cheap and local: the order comes from `model::zone_list` (one pass, no per-zone filter),
//! and a card whose view would show the same as before keeps its view and key, found by note id and compared
//! field by field (no text copied, nothing hashed). Each zone then compares its own list of keys (`zone_list`),
//! so a changed note wakes only its zone, and that zone's `<For>` rebuilds only that card.

use super::ctx::BoardCtx;
use super::view::{ClusterView, NoteView};
use crate::i18n::{Key, Lang};
use crate::model::zone_list::{zone_lists, Entry};
use crate::model::{Board, ClusterId, DotMark, MemberId, NoteId};
use leptos::prelude::*;
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Keys of card views: a new one for each view made, so `<For>` rebuilds exactly the cards whose view is new.
/// Cluster headings (few) are keyed by a hash of what they show instead; the top bit keeps the two apart.
static NEXT_KEY: AtomicU64 = AtomicU64::new(0);

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
    pub fn is_heading(&self) -> bool {
        matches!(self.view, ItemView::Cluster(_))
    }

    pub fn note(&self) -> Option<&NoteView> {
        match &self.view {
            ItemView::Note(n) => Some(n),
            ItemView::Cluster(_) => None,
        }
    }
}

/// Every zone's items, in zone order; recomputed on each change, reusing the card views that did not change.
pub fn board_lists(ctx: BoardCtx, anonymous: Memo<bool>) -> Memo<Vec<Vec<Item>>> {
    Memo::new(move |previous: Option<&Vec<Vec<Item>>>| {
        let anonymous = anonymous.get();
        let editing = ctx.edit.note.get();
        let renaming = ctx.menus.renaming.get();
        let turn = ctx.vote.turn.get();
        let lang = ctx.locale.lang();
        // The previous view of every card, to keep where nothing it shows changed.
        let kept: HashMap<NoteId, &Item> = previous
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|item| item.note().map(|n| (n.id, item)))
            .collect();
        ctx.store.current.with(|w| {
            let Some(b) = w.as_ref().and_then(|w| w.live_board(ctx.board)) else {
                return Vec::new();
            };
            let groups = group_names(b, lang);
            // Tombstones too: a note keeps showing who wrote it after they left the team.
            // None in an anonymous method.
            let authors: HashMap<MemberId, &str> = w
                .as_ref()
                .filter(|_| !anonymous)
                .map(|w| w.members.iter().map(|m| (m.id, m.name.as_str())).collect())
                .unwrap_or_default();
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
                                    key: fingerprint(&view) | 1 << 63,
                                    view: ItemView::Cluster(Arc::new(view)),
                                })
                            }
                            Entry::Card(n) => {
                                let id = n.id;
                                let vote = b
                                    .voting
                                    .as_ref()
                                    .map_or(DotMark::Off, |v| v.mark(turn.as_ref(), id));
                                let editing = editing == Some(id);
                                let group = n.cluster.and_then(|c| groups.get(&c));
                                let author = n.author.and_then(|a| authors.get(&a).copied());
                                let kept = kept.get(&id).filter(|i| {
                                    i.note().is_some_and(|v| {
                                        v.shows(n, editing, lang, group, vote, author)
                                    })
                                });
                                if let Some(item) = kept {
                                    return Some(Item::clone(item));
                                }
                                let view = NoteView::of(
                                    n,
                                    editing,
                                    lang,
                                    group.cloned(),
                                    vote,
                                    author.map(str::to_owned),
                                );
                                Some(Item {
                                    key: NEXT_KEY.fetch_add(1, Ordering::Relaxed),
                                    view: ItemView::Note(Arc::new(view)),
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
