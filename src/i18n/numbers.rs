//! Numbers as people of each language write them: counts with thousands separators, byte sizes, lengths of
//! time, clocks, dates. Every figure shown to a person is formatted here, so "5.000" and "5,000" never mix on
//! one screen.

use super::{Key, Lang};

/// A count with the language's thousands separator ("5.000" / "5,000").
pub fn grouped(lang: Lang, n: usize) -> String {
    let sep = match lang {
        Lang::De => '.',
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Bytes as a short German/English figure, e.g. "10,5 MB", "512 KB" or "10.7 GB".
pub fn bytes(lang: Lang, n: u64) -> String {
    // Integer arithmetic on purpose: float formatting would add about 15 KB to the wasm.
    let (tenths, unit) = if n >= 1_000_000_000 {
        ((n + 50_000_000) / 100_000_000, "GB")
    } else if n >= 1_000_000 {
        ((n + 50_000) / 100_000, "MB")
    } else {
        ((n + 50) / 100, "KB")
    };
    let separator = if lang == Lang::De { ',' } else { '.' };
    match tenths % 10 {
        0 => format!("{} {unit}", tenths / 10),
        d => format!("{}{separator}{d} {unit}", tenths / 10),
    }
}

/// "5 Min." / "5 min".
pub fn minutes(lang: Lang, n: u32) -> String {
    lang.format(Key::MethodMinutes, &[("n", &grouped(lang, n as usize))])
}

/// "3 Std. 15 Min." / "45 Min."
pub fn duration(lang: Lang, minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => self::minutes(lang, m),
        (h, 0) => lang.format(Key::Hours, &[("h", &grouped(lang, h as usize))]),
        (h, m) => lang.format(
            Key::HoursMinutes,
            &[("h", &grouped(lang, h as usize)), ("m", &m.to_string())],
        ),
    }
}

/// Seconds as minutes the way a field shows them: "4" or "4,5" in German, "4.5" in English; at most two
/// decimals ("1,67" for 100 s), which read back to the same second.
pub fn decimal_minutes(lang: Lang, secs: u32) -> String {
    // Integer arithmetic on purpose, as in `bytes`: float formatting and parsing cost about 20 KB of wasm.
    let hundredths = (u64::from(secs) * 100 + 30) / 60;
    let (whole, part) = (hundredths / 100, hundredths % 100);
    let separator = if lang == Lang::De { ',' } else { '.' };
    match part {
        0 => whole.to_string(),
        p if p % 10 == 0 => format!("{whole}{separator}{}", p / 10),
        p => format!("{whole}{separator}{p:02}"),
    }
}

/// A length in minutes as a person types it ("4", "4,5", "4.5", " 1,25 "), in seconds; `None` for anything
/// else, for zero and for more than an hour.
pub fn parse_decimal_minutes(text: &str) -> Option<u32> {
    let text = text.trim();
    let (whole, part) = text.split_once([',', '.']).unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && part.is_empty() || !digits(whole) || !digits(part) || whole.len() > 2 {
        return None;
    }
    let whole: u32 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    // Three decimals are finer than a second; later digits cannot change the rounded second.
    let part = &part[..part.len().min(3)];
    let scale = 10u32.pow(part.len() as u32);
    let part: u32 = if part.is_empty() {
        0
    } else {
        part.parse().ok()?
    };
    let secs = whole * 60 + (part * 60 * 2 + scale) / (2 * scale);
    (1..=3_600).contains(&secs).then_some(secs)
}

/// A stopwatch reading, "4:05"; negative values (an overrun) read "−0:12".
pub fn stopwatch(ms: i64) -> String {
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

impl Lang {
    /// A calendar date as people write it: "28.11.2026", "28 Nov 2026" (`month` from 1).
    pub fn date(self, year: i32, month: u32, day: u32) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        match self {
            // DIN 5008 writes numeric dates with two-digit day and month.
            Lang::De => format!("{day:02}.{month:02}.{year}"),
            Lang::En => {
                let name = MONTHS.get(month.saturating_sub(1) as usize).unwrap_or(&"");
                format!("{day} {name} {year}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_per_language() {
        assert_eq!(grouped(Lang::De, 5000), "5.000");
        assert_eq!(grouped(Lang::En, 1234567), "1,234,567");
        assert_eq!(grouped(Lang::De, 999), "999");
    }

    #[test]
    fn byte_figures_read_naturally() {
        assert_eq!(bytes(Lang::De, 10_485_760), "10,5 MB");
        assert_eq!(bytes(Lang::En, 20_000_000), "20 MB");
        assert_eq!(bytes(Lang::En, 512_000), "512 KB");
        assert_eq!(bytes(Lang::De, 10_737_418_240), "10,7 GB");
    }

    #[test]
    fn lengths_of_time_read_naturally() {
        assert_eq!(duration(Lang::De, 45), "45 Min.");
        assert_eq!(duration(Lang::De, 120), "2 Std.");
        assert_eq!(duration(Lang::En, 195), "3 h 15 min");
        assert_eq!(decimal_minutes(Lang::De, 270), "4,5");
        assert_eq!(decimal_minutes(Lang::En, 270), "4.5");
        assert_eq!(decimal_minutes(Lang::De, 240), "4");
        assert_eq!(decimal_minutes(Lang::De, 100), "1,67");
        assert_eq!(decimal_minutes(Lang::En, 63), "1.05");
        assert_eq!(decimal_minutes(Lang::De, 0), "0");
    }

    #[test]
    fn typed_minutes_read_as_seconds_in_either_notation() {
        assert_eq!(parse_decimal_minutes("4,5"), Some(270));
        assert_eq!(parse_decimal_minutes(" 4.5 "), Some(270));
        assert_eq!(parse_decimal_minutes("4"), Some(240));
        assert_eq!(parse_decimal_minutes(",5"), Some(30));
        assert_eq!(parse_decimal_minutes("1,6666"), Some(100));
        assert_eq!(parse_decimal_minutes(" 2.25 "), Some(135));
        assert_eq!(parse_decimal_minutes("60"), Some(3_600));
        for bad in [
            "", ",", "0", "0,0", "61", "100", "-1", "4,5,5", "4 5", "1e2", "vier", "٤",
        ] {
            assert_eq!(parse_decimal_minutes(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn every_second_of_an_hour_reads_back_from_its_minutes() {
        for secs in 1..=3_600 {
            for lang in [Lang::De, Lang::En] {
                assert_eq!(
                    parse_decimal_minutes(&decimal_minutes(lang, secs)),
                    Some(secs)
                );
            }
        }
    }

    #[test]
    fn stopwatches_count_down_to_zero_and_then_show_the_overrun() {
        assert_eq!(stopwatch(240_000), "4:00");
        assert_eq!(stopwatch(59_001), "1:00");
        assert_eq!(stopwatch(400), "0:01");
        assert_eq!(stopwatch(0), "0:00");
        assert_eq!(stopwatch(-12_500), "−0:12");
    }

    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(Lang::De.date(2026, 11, 28), "28.11.2026");
        assert_eq!(Lang::En.date(2026, 11, 28), "28 Nov 2026");
        assert_eq!(Lang::De.date(2027, 1, 5), "05.01.2027");
    }
}
