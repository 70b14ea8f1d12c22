//! Dragging notes with Pointer Events (mouse anywhere on the card; touch and pen on the grip, so a swipe over a
//! card still scrolls the page). The model is untouched until the drop, which is one `place_note` step.

use super::ctx::{note_dom, BoardCtx, DropTarget, Pending};
use super::dom;
use crate::model::{BoardId, ClusterId, NoteId};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent};

/// Movement (px) before a press becomes a drag, so a tap or click stays a tap.
const THRESHOLD: f64 = 6.0;
/// Distance (px) from the window edge at which a drag scrolls the page.
const EDGE: f64 = 48.0;
const SCROLL_STEP: f64 = 16.0;

/// CSS classes of drag feedback, set on the cards directly (a drag touches two cards, not a thousand).
const DRAGGING: &str = "note--dragging";
const DROP_BEFORE: &str = "note--drop-before";
const DROP_ONTO: &str = "note--drop-onto";

pub fn down(ctx: BoardCtx, id: NoteId, card: &Element, ev: &PointerEvent) {
    if ev.button() != 0 || !ev.is_primary() || ctx.edit.note.get_untracked() == Some(id) {
        return;
    }
    let Some(target) = dom::as_element(ev.target()) else {
        return;
    };
    if dom::closest(
        &target,
        "button, textarea, input, select, a, .note__popover",
    )
    .is_some()
    {
        return;
    }
    let touch = ev.pointer_type() != "mouse";
    if touch && dom::closest(&target, ".note__grip").is_none() {
        return;
    }
    // Without capture a fast move leaves the card and the drag is lost.
    if card.set_pointer_capture(ev.pointer_id()).is_err() {
        return;
    }
    // No emulated mouse events after a touch. (A mouse press keeps its default: it focuses the card.)
    if touch {
        ev.prevent_default();
    }
    ctx.drag.pending.set_value(Some(Pending {
        note: id,
        pointer: ev.pointer_id(),
        start: (f64::from(ev.client_x()), f64::from(ev.client_y())),
        scroll: dom::scroll_offset(),
        started: false,
        zones: Vec::new(),
    }));
}

pub fn moved(ctx: BoardCtx, id: NoteId, ev: &PointerEvent) {
    let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
    let (sx, sy) = dom::scroll_offset();
    let mut starting = false;
    let step = ctx.drag.pending.try_update_value(|slot| {
        let p = slot
            .as_mut()
            .filter(|p| p.note == id && p.pointer == ev.pointer_id())?;
        let offset = (
            x - p.start.0 + sx - p.scroll.0,
            y - p.start.1 + sy - p.scroll.1,
        );
        if !p.started {
            if offset.0.hypot(offset.1) < THRESHOLD {
                return None;
            }
            p.started = true;
            starting = true;
            p.zones = ctx
                .zone_keys()
                .into_iter()
                .map(|k| {
                    let ids = ctx.ids_in(&k).into_iter().filter(|n| *n != id).collect();
                    (k, ids)
                })
                .collect();
        }
        Some((offset, drop_target(ctx.board, p, x, y)))
    });
    let Some(Some((offset, target))) = step else {
        return;
    };
    let card = note_dom(id);
    if starting {
        ctx.menus.open.set(None);
        ctx.drag.dragging.set(Some(id));
        dom::set_class(&card, DRAGGING, true);
        dom::lift(&card, true);
    }
    // Whole pixels: formatting floats would pull float printing into the wasm.
    let shift = format!(
        "translate({}px, {}px)",
        offset.0.round() as i32,
        offset.1.round() as i32
    );
    dom::set_style(&card, "transform", Some(&shift));
    if ctx.drag.drop.with_untracked(|d| *d != target) {
        mark_drop(ctx, target.as_ref());
        ctx.drag.drop.set(target);
    }
    let height = dom::viewport_height();
    if y < EDGE {
        dom::scroll_by(-SCROLL_STEP);
    } else if height > 0.0 && y > height - EDGE {
        dom::scroll_by(SCROLL_STEP);
    }
}

pub fn up(ctx: BoardCtx, id: NoteId, ev: &PointerEvent) {
    let started = ctx.drag.pending.try_with_value(|slot| {
        slot.as_ref()
            .filter(|p| p.note == id && p.pointer == ev.pointer_id())
            .map(|p| p.started)
    });
    let Some(Some(started)) = started else { return };
    let target = ctx.drag.drop.get_untracked().filter(|_| started);
    end(ctx);
    match target {
        Some(DropTarget {
            zone,
            cluster: Some(c),
            ..
        }) => ctx.join_cluster(id, &zone, c),
        Some(DropTarget {
            zone,
            onto: Some(other),
            ..
        }) => ctx.group_onto(id, &zone, other),
        Some(t) => {
            ctx.place(id, &t.zone, t.index);
        }
        None => {}
    }
}

/// Pointer cancelled (e.g. the browser took over the touch) or capture lost: the note snaps back.
pub fn cancel(ctx: BoardCtx, id: NoteId, ev: &PointerEvent) {
    // `lostpointercapture` also fires when a drop re-creates the card, possibly after the board is gone.
    let ours = ctx.drag.pending.try_with_value(|slot| {
        slot.as_ref()
            .is_some_and(|p| p.note == id && p.pointer == ev.pointer_id())
    });
    if ours == Some(true) {
        end(ctx);
    }
}

/// Ends any drag without moving anything (also used by Escape).
pub fn end(ctx: BoardCtx) {
    ctx.drag.pending.set_value(None);
    if let Some(Some(id)) = ctx.drag.dragging.try_get_untracked() {
        let card = note_dom(id);
        dom::set_class(&card, DRAGGING, false);
        dom::lift(&card, false);
        dom::set_style(&card, "transform", None);
        mark_drop(ctx, None);
        ctx.drag.dragging.set(None);
        ctx.drag.drop.set(None);
    }
}

/// Moves the drop indicators (the bar before a card, the ring of a card dropped onto) to `target`.
fn mark_drop(ctx: BoardCtx, target: Option<&DropTarget>) {
    let (old_before, old_onto) = ctx
        .drag
        .drop
        .with_untracked(|d| d.as_ref().map_or((None, None), |d| (d.before, d.onto)));
    if let Some(old) = old_onto {
        dom::set_class(&note_dom(old), DROP_ONTO, false);
    }
    if let Some(old) = old_before {
        dom::set_class(&note_dom(old), DROP_BEFORE, false);
        if let Some(head) = group_heading_before(old) {
            let _ = head.class_list().remove_1(HEADING_DROP_BEFORE);
        }
    }
    let Some(t) = target else { return };
    if let Some(new) = t.onto {
        dom::set_class(&note_dom(new), DROP_ONTO, true);
    }
    if let Some(new) = t.before {
        // Before the first card of a group the dragged note lands above the group's heading unless it belongs to
        // that group (see `commands::place_note`): draw the bar where it will land.
        let member = ctx
            .with_board(|b| {
                let cluster = |id| b.live_note(id).and_then(|n| n.cluster);
                cluster(new).is_some()
                    && cluster(new) == ctx.drag.dragging.get_untracked().and_then(cluster)
            })
            .unwrap_or(false);
        match group_heading_before(new).filter(|_| !member) {
            Some(head) => {
                let _ = head.class_list().add_1(HEADING_DROP_BEFORE);
            }
            None => dom::set_class(&note_dom(new), DROP_BEFORE, true),
        }
    }
}

const HEADING_DROP_BEFORE: &str = "zone__item--drop-before";

/// The list item of the group heading right above this card, if the card is the first of its group.
fn group_heading_before(note: NoteId) -> Option<Element> {
    let item = dom::by_id(&note_dom(note))?.parent_element()?;
    item.previous_element_sibling()
        .filter(|prev| prev.class_list().contains("zone__item--cluster"))
}

/// The zone under the pointer (ignoring the dragged card itself) and the index within it.
fn drop_target(board: BoardId, p: &Pending, x: f64, y: f64) -> Option<DropTarget> {
    let doc = dom::document()?;
    let dragged = dom::by_id(&note_dom(p.note));
    let zone_el = doc
        .elements_from_point(x as f32, y as f32)
        .iter()
        .filter_map(|v| v.dyn_into::<Element>().ok())
        .filter(|el| !dragged.as_ref().is_some_and(|d| d.contains(Some(el))))
        .find_map(|el| dom::closest(&el, "[data-zone]"))?;
    let owner = dom::closest(&zone_el, "[data-board]")?.get_attribute("data-board")?;
    if owner != board.to_string() {
        return None;
    }
    let key = zone_el.get_attribute("data-zone")?;
    // Over a cluster's heading: join that cluster.
    let cluster = doc
        .elements_from_point(x as f32, y as f32)
        .iter()
        .filter_map(|v| v.dyn_into::<Element>().ok())
        .find_map(|el| dom::closest(&el, "[data-cluster]"))
        .filter(|h| zone_el.contains(Some(h)))
        .and_then(|h| h.get_attribute("data-cluster")?.parse::<ClusterId>().ok());
    if cluster.is_some() {
        return Some(DropTarget {
            zone: key,
            index: 0,
            before: None,
            cluster,
            onto: None,
        });
    }
    let ids = &p.zones.iter().find(|(k, _)| *k == key)?.1;
    if let Some(onto) = onto_card(ids, x, y) {
        return Some(DropTarget {
            zone: key,
            index: 0,
            before: None,
            cluster: None,
            onto: Some(onto),
        });
    }
    let index = index_at(ids, x, y);
    Some(DropTarget {
        zone: key,
        index,
        before: ids.get(index).copied(),
        cluster: None,
        onto: None,
    })
}

/// The card whose middle the pointer is over (the inner half of its height and width); its edges still mean
/// "put it before or after me".
fn onto_card(ids: &[NoteId], x: f64, y: f64) -> Option<NoteId> {
    ids.iter().copied().find(|id| {
        dom::by_id(&note_dom(*id))
            .and_then(|el| dom::rect(&el))
            .is_some_and(|r| {
                (r.top + r.height * 0.25..=r.bottom() - r.height * 0.25).contains(&y)
                    && (r.left + r.width * 0.25..=r.left + r.width * 0.75).contains(&x)
            })
    })
}

/// The first card the pointer is "before", by binary search: cards are laid out in reading order, so the answer
/// flips from no to yes exactly once. A wrapping grid compares within rows; a column compares heights.
fn index_at(ids: &[NoteId], x: f64, y: f64) -> usize {
    let rect_of = |i: usize| {
        ids.get(i)
            .and_then(|id| dom::by_id(&note_dom(*id)))
            .and_then(|el| dom::rect(&el))
    };
    // A wrapping grid has two neighbours on one row somewhere near the start (a group's heading row may sit
    // between the first two).
    let grid =
        (0..ids.len().min(4).saturating_sub(1)).any(|i| match (rect_of(i), rect_of(i + 1)) {
            (Some(a), Some(b)) => (a.top - b.top).abs() < 1.0,
            _ => false,
        });
    let before = |i: usize| {
        rect_of(i).is_some_and(|r| {
            if grid {
                y < r.top || (y <= r.bottom() && x < r.mid_x())
            } else {
                y < r.mid_y()
            }
        })
    };
    let (mut lo, mut hi) = (0, ids.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if before(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}
