//! Names of the pitch's parts (from `i18n::pitch`) and the clock format of the rehearsal.

pub use crate::i18n::pitch::*;

/// "4:05"; negative values (an overrun) read "−0:12".
pub fn clock(ms: i64) -> String {
    let sign = if ms < 0 { "−" } else { "" };
    // Round towards the direction of counting down: 0:00.4 left still shows 0:01.
    // `unsigned_abs` and saturating: a time from a file may be at the integer limits.
    let secs = if ms < 0 {
        ms.unsigned_abs() / 1000
    } else {
        ms.unsigned_abs().saturating_add(999) / 1000
    };
    format!("{sign}{}:{:02}", secs / 60, secs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks_count_down_to_zero_and_then_show_the_overrun() {
        assert_eq!(clock(240_000), "4:00");
        assert_eq!(clock(59_001), "1:00");
        assert_eq!(clock(400), "0:01");
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(-12_500), "−0:12");
    }
}
