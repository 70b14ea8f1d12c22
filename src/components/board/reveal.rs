//! A big board opens with what fits on a screen; the rest of each zone follows a slice per painted frame.
//!
//! Building and laying out all cards before the first paint kept a 1,000-note board off the screen for about
//! half a second (≈100 ms to build the cards, as long again to lay them out). Each zone shows its first
//! [`FIRST`] cards at once, more than any screen holds, then [`STEP`] more after each painted frame until all
//! are there. From then on there is no limit, so a note added later always shows. A zone list that is still
//! filling says so (`aria-busy`).

use super::lists::Item;
use leptos::prelude::*;
use std::time::Duration;

/// Cards per zone in the first frame: a projector column holds about ten.
pub const FIRST: usize = 30;
/// Cards per zone added after each painted frame: about 20 ms of work for a four-zone board.
const STEP: usize = 60;

/// How many cards each zone shows now; `usize::MAX` once every card is there.
pub fn reveal(lists: Memo<Vec<Vec<Item>>>) -> ReadSignal<usize> {
    let (limit, set_limit) = signal(FIRST);
    Effect::new(move |_| {
        let now = limit.get();
        if now == usize::MAX {
            return;
        }
        // No lists yet: the workshop is still loading (an empty board has one empty list per zone).
        let Some(longest) = lists.with(|l| l.iter().map(Vec::len).max()) else {
            return;
        };
        if longest <= now {
            set_limit.set(usize::MAX);
            return;
        }
        // The next slice once this frame is painted; a board closed meanwhile has disposed the signal.
        request_animation_frame(move || {
            set_timeout(
                move || {
                    // One raise per slice, however often the lists changed meanwhile.
                    set_limit.try_maybe_update(|l| {
                        let due = *l == now;
                        if due {
                            *l = now.saturating_add(STEP);
                        }
                        (due, ())
                    });
                },
                Duration::ZERO,
            );
        });
    });
    limit
}
