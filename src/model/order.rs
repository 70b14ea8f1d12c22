//! Fractional ordering of notes inside a zone.
//!
//! A note's position is an `f64`; inserting between two neighbours takes the midpoint, so a move rewrites one note
//! only (one `updated` to merge). Each insertion at the same spot halves the gap, so after roughly 30 insertions
//! into one gap it falls below [`MIN_ORDER_GAP`]. Then the caller renormalises the zone: every live note in it gets
//! `1.0, 2.0, 3.0, …` in display order (see [`renormalised`]), issued as one undo step of `MoveNote` commands —
//! `commands::place_note` does exactly that. The gap is kept far above f64 precision at realistic magnitudes
//! (a few thousand), so float rounding in JSON round trips cannot reorder notes.

use super::Note;

/// Below this gap between two neighbours, a zone should be renormalised before inserting between them.
pub const MIN_ORDER_GAP: f64 = 1e-9;

/// An order value between `before` and `after` (either may be missing at the zone's ends).
/// Non-finite inputs are treated as missing. If `before >= after` the result is still finite but not between them.
pub fn order_between(before: Option<f64>, after: Option<f64>) -> f64 {
    let before = before.filter(|v| v.is_finite());
    let after = after.filter(|v| v.is_finite());
    match (before, after) {
        (None, None) => 1.0,
        // At the end of the f64 range one more step would be infinite: stay finite (the zone renormalises).
        (Some(a), None) => (a + 1.0).min(f64::MAX),
        (None, Some(b)) => (b - 1.0).max(f64::MIN),
        // Written as a + half the gap so two huge values of one sign cannot overflow; values near both ends of
        // the f64 range (only a file can hold them) take the halves, whose sum stays finite.
        (Some(a), Some(b)) if (b - a).is_finite() => a + (b - a) / 2.0,
        (Some(a), Some(b)) => a / 2.0 + b / 2.0,
    }
}

/// True when the gap between two neighbours is too small (or broken) to insert between them safely.
pub fn needs_renormalise(before: Option<f64>, after: Option<f64>) -> bool {
    match (before, after) {
        (Some(a), Some(b)) => {
            if !a.is_finite() || !b.is_finite() {
                return true;
            }
            let mid = order_between(before, after);
            // The second test catches huge magnitudes where adjacent floats are further apart than the gap.
            b - a <= MIN_ORDER_GAP || mid <= a || mid >= b
        }
        (Some(v), None) | (None, Some(v)) => !v.is_finite(),
        (None, None) => false,
    }
}

/// The order value a note at display `index` gets when its zone is renormalised.
pub fn renormalised(index: usize) -> f64 {
    (index + 1) as f64
}

/// Stable sort by `order` (`total_cmp`, so even a NaN from a hand-edited file cannot make sorting panic).
pub(crate) fn sort_by_order(notes: &mut Vec<&Note>) {
    super::sorting::sort_by(notes, |a, b| a.order.total_cmp(&b.order));
}
