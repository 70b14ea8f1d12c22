//! One compiled sort for the whole app. Each `slice::sort_by` on another element type or with another closure
//! compiles its own copy of the standard library's sort, about 3 KB of wasm apiece; sorting positions with one
//! comparator type and then moving the elements into place compiles it once.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, stably (equal items keep their order), as `slice::sort_by` would.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&i| slots[i].take()));
}

/// Sorts `items` by the key `key` gives, stably.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

#[inline(never)]
fn sort_positions(order: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_equal_items_in_their_order() {
        let words = [
            "pear", "fig", "apple", "kiwi", "date", "plum", "", "lime", "fig",
        ];
        let mut ours: Vec<(usize, &str)> = words.iter().copied().enumerate().collect();
        let mut std = ours.clone();
        sort_by_key(&mut ours, |(_, w)| w.len());
        std.sort_by_key(|(_, w)| w.len());
        assert_eq!(ours, std);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, u8::cmp);
        assert!(empty.is_empty());
    }
}
