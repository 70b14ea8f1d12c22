//! A drag in progress: the press that may become one, the card lifted, and where it would land. The pointer
//! handling itself is `board/drag.rs`.

use crate::model::{ClusterId, NoteId};
use leptos::prelude::*;

/// A press on a card that may become a drag.
pub struct Pending {
    pub note: NoteId,
    pub pointer: i32,
    pub start: (f64, f64),
    pub scroll: (f64, f64),
    pub started: bool,
    /// Display order of every zone without the dragged note, taken when the drag starts.
    pub zones: Vec<(String, Vec<NoteId>)>,
}

/// Where a dragged note would land: display `index` among the zone's other notes.
#[derive(Clone, Debug, PartialEq)]
pub struct DropTarget {
    pub zone: String,
    pub index: usize,
    /// The note the indicator is drawn before; `None` means the end of the zone.
    pub before: Option<NoteId>,
    /// Dropped on a cluster's heading: the note joins that cluster, at its end.
    pub cluster: Option<ClusterId>,
    /// Dropped onto the middle of another card: the two become a group (or the note joins the card's group).
    pub onto: Option<NoteId>,
}

#[derive(Clone, Copy)]
pub struct Drag {
    /// Not reactive: it changes on every pointer move.
    pub pending: StoredValue<Option<Pending>>,
    pub dragging: RwSignal<Option<NoteId>>,
    pub drop: RwSignal<Option<DropTarget>>,
}

impl Drag {
    pub fn new() -> Self {
        Drag {
            pending: StoredValue::new(None),
            dragging: RwSignal::new(None),
            drop: RwSignal::new(None),
        }
    }
}
