//! Finding methods: by phase, time available, group size and a search over names and purposes.

use super::{Method, Phase};

/// How much time the team has for the method.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Duration {
    #[default]
    Any,
    UpTo30,
    UpTo60,
    Over60,
}

impl Duration {
    pub const ALL: [Duration; 4] = [
        Duration::Any,
        Duration::UpTo30,
        Duration::UpTo60,
        Duration::Over60,
    ];

    /// The value used in the filter form.
    pub fn key(self) -> &'static str {
        match self {
            Duration::Any => "",
            Duration::UpTo30 => "30",
            Duration::UpTo60 => "60",
            Duration::Over60 => "61",
        }
    }

    pub fn from_key(key: &str) -> Duration {
        Duration::ALL
            .into_iter()
            .find(|d| d.key() == key)
            .unwrap_or_default()
    }

    fn fits(self, minutes: u32) -> bool {
        match self {
            Duration::Any => true,
            Duration::UpTo30 => minutes <= 30,
            Duration::UpTo60 => minutes <= 60,
            Duration::Over60 => minutes > 60,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MethodFilter {
    pub phase: Option<Phase>,
    pub duration: Duration,
    /// People in the team; a method fits when it works for that many.
    pub people: Option<u16>,
    /// Words that must all appear in the name or purpose, in either language, ignoring case.
    pub query: String,
}

impl MethodFilter {
    pub fn matches(&self, method: &Method) -> bool {
        self.phase.is_none_or(|p| p == method.phase)
            && self.duration.fits(method.total_minutes())
            && self
                .people
                .is_none_or(|n| method.group.min <= n && n <= method.group.max)
            && self.matches_query(method)
    }

    fn matches_query(&self, method: &Method) -> bool {
        let haystack = fold(&format!(
            "{} {} {} {} {}",
            method.id, method.name.de, method.name.en, method.purpose.de, method.purpose.en
        ));
        fold(&self.query)
            .split_whitespace()
            .all(|word| haystack.contains(word))
    }

    /// The methods that match, in catalogue order.
    pub fn apply<'a>(&self, methods: &'a [Method]) -> Vec<&'a Method> {
        methods.iter().filter(|m| self.matches(m)).collect()
    }
}

/// Lower case for search. ASCII plus the German letters by hand: full Unicode case tables would cost wasm bytes,
/// and the catalogue is German and English.
fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'Ä' => 'ä',
            'Ö' => 'ö',
            'Ü' => 'ü',
            'ẞ' => 'ß',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}
