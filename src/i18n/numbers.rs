//! Numbers as people of each language write them: counts with thousands separators, byte sizes, dates. Every
//! figure shown to a person is formatted here, so "5.000" and "5,000" never mix on one screen.

use super::Lang;

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
    fn dates_read_as_people_write_them() {
        assert_eq!(Lang::De.date(2026, 11, 28), "28.11.2026");
        assert_eq!(Lang::En.date(2026, 11, 28), "28 Nov 2026");
        assert_eq!(Lang::De.date(2027, 1, 5), "05.01.2027");
    }
}
