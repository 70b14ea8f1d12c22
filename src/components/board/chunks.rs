//! A zone's cards in chunks, each a box the browser may skip while it is off screen.
//!
//! Skipping each card on its own (`content-visibility: auto` per card) made Chromium check every card against
//! the viewport after each change: 20 ms of a 5,000-note board's frame went to that check alone. A chunk of
//! [`SIZE`] cards is checked once. A group heading starts a new chunk: in the grid layouts a heading starts a
//! new row anyway, and a full chunk of [`SIZE`] fills whole rows of up to six columns, so the chunks never
//! leave a gap that one grid of all cards would not have.

use std::ops::Range;

/// Cards per chunk: divisible by every column count a zone's grid has (1 to 6).
pub const SIZE: usize = 60;

/// The chunks of a list, as ranges of its items; `headings` says for each item whether it is a group heading.
pub fn ranges(headings: impl Iterator<Item = bool>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, heading) in headings.enumerate() {
        match out.last_mut() {
            Some(last) if !heading && last.len() < SIZE => last.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notes(n: usize) -> impl Iterator<Item = bool> {
        std::iter::repeat_n(false, n)
    }

    #[test]
    fn an_empty_list_has_no_chunk() {
        assert!(ranges(notes(0)).is_empty());
    }

    #[test]
    fn cards_fill_chunks_of_sixty_and_the_last_takes_the_rest() {
        assert_eq!(ranges(notes(60)), vec![0..60]);
        assert_eq!(ranges(notes(61)), vec![0..60, 60..61]);
        let many = ranges(notes(5_000));
        assert_eq!(many.len(), 84);
        assert_eq!(many.last(), Some(&(4_980..5_000)));
        assert!(many.windows(2).all(|w| w[0].end == w[1].start));
    }

    #[test]
    fn a_group_heading_starts_a_chunk_and_its_cards_follow_it() {
        // Two loose cards, a heading with three cards, a heading with one.
        let items = [false, false, true, false, false, false, true, false];
        assert_eq!(ranges(items.into_iter()), vec![0..2, 2..6, 6..8]);
        // A heading first: no empty chunk before it.
        assert_eq!(ranges([true, false].into_iter()), vec![0..2]);
    }

    #[test]
    fn a_long_group_goes_on_in_the_next_chunk() {
        let items = std::iter::once(true).chain(notes(70));
        assert_eq!(ranges(items), vec![0..60, 60..71]);
    }

    #[test]
    fn every_chunk_holds_one_to_sixty_items_and_together_all_in_order() {
        // Headings at irregular places.
        let items: Vec<bool> = (0..1_000).map(|i| i % 37 == 5 || i % 101 == 0).collect();
        let chunks = ranges(items.iter().copied());
        assert_eq!(chunks.first().map(|r| r.start), Some(0));
        assert_eq!(chunks.last().map(|r| r.end), Some(1_000));
        for pair in chunks.windows(2) {
            assert_eq!(pair[0].end, pair[1].start);
        }
        for chunk in &chunks {
            assert!((1..=SIZE).contains(&chunk.len()));
            // A heading is only ever first.
            assert!(chunk.clone().skip(1).all(|i| !items[i]));
        }
    }
}
