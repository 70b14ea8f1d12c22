//! A countdown based on timestamps, not ticks: it stays right when the tab sleeps in the background or the laptop
//! is closed, because the remaining time is always computed from the clock.

use super::json::need;
use super::Timestamp;
use serde::{Deserialize, Serialize};

/// Written as `{"state": "running", "ends": …}`; read through [`RawCountdown`] (see there why).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "state", try_from = "RawCountdown")]
pub enum Countdown {
    #[default]
    Idle,
    Running {
        ends: Timestamp,
    },
    #[serde(rename_all = "camelCase")]
    Paused {
        left_ms: i64,
    },
}

/// A countdown as written, read as one flat object: serde reads an enum tagged inside its object by buffering
/// the object first, which compiles a second reader of everything in it (each such enum costs kilobytes of
/// wasm).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawCountdown {
    state: State,
    ends: Option<Timestamp>,
    left_ms: Option<i64>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
enum State {
    Idle,
    Running,
    Paused,
}

impl TryFrom<RawCountdown> for Countdown {
    type Error = String;

    fn try_from(raw: RawCountdown) -> Result<Self, Self::Error> {
        match raw.state {
            State::Idle => Ok(Countdown::Idle),
            State::Running => Ok(Countdown::Running {
                ends: need(raw.ends, "ends")?,
            }),
            State::Paused => Ok(Countdown::Paused {
                left_ms: need(raw.left_ms, "leftMs")?,
            }),
        }
    }
}

impl Countdown {
    pub fn start(duration_ms: i64, now: Timestamp) -> Self {
        Countdown::Running {
            // Saturating: moments and lengths come from the room's storage too; a page must not panic on them.
            ends: Timestamp(now.0.saturating_add(duration_ms.max(0))),
        }
    }

    /// Milliseconds left (never below zero); `None` when idle.
    pub fn left_ms(self, now: Timestamp) -> Option<i64> {
        match self {
            Countdown::Idle => None,
            Countdown::Running { ends } => Some(ends.0.saturating_sub(now.0).max(0)),
            Countdown::Paused { left_ms } => Some(left_ms),
        }
    }

    pub fn is_running(self) -> bool {
        matches!(self, Countdown::Running { .. })
    }

    /// Running and reached zero.
    pub fn is_over(self, now: Timestamp) -> bool {
        self.is_running() && self.left_ms(now) == Some(0)
    }

    pub fn pause(self, now: Timestamp) -> Self {
        match self {
            Countdown::Running { .. } => Countdown::Paused {
                left_ms: self.left_ms(now).unwrap_or(0),
            },
            other => other,
        }
    }

    pub fn resume(self, now: Timestamp) -> Self {
        match self {
            Countdown::Paused { left_ms } => Countdown::start(left_ms, now),
            other => other,
        }
    }
}

/// `m:ss`, rounding up so the display shows 0:00 only when the time is really over.
pub fn clock_text(ms: i64) -> String {
    let secs = ms.max(0).saturating_add(999) / 1000;
    format!("{}:{:02}", secs / 60, secs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_writes_and_refuses_a_state_without_its_time() {
        for c in [
            Countdown::Idle,
            Countdown::Running { ends: Timestamp(7) },
            Countdown::Paused { left_ms: -3 },
        ] {
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(
                serde_json::from_str::<Countdown>(&json).unwrap(),
                c,
                "{json}"
            );
        }
        assert_eq!(
            serde_json::to_string(&Countdown::Paused { left_ms: 5 }).unwrap(),
            r#"{"state":"paused","leftMs":5}"#
        );
        let err = serde_json::from_str::<Countdown>(r#"{"state":"running"}"#).unwrap_err();
        assert!(err.to_string().starts_with("missing field `ends`"), "{err}");
        assert!(serde_json::from_str::<Countdown>(r#"{"state":"gone"}"#).is_err());
    }

    #[test]
    fn counts_down_from_the_clock() {
        let c = Countdown::start(60_000, Timestamp(1_000));
        assert_eq!(c.left_ms(Timestamp(1_000)), Some(60_000));
        assert_eq!(c.left_ms(Timestamp(31_000)), Some(30_000));
        // Long after the end (tab asleep): zero, not negative.
        assert_eq!(c.left_ms(Timestamp(10_000_000)), Some(0));
        assert!(c.is_over(Timestamp(61_000)));
        assert!(!c.is_over(Timestamp(60_999)));
    }

    #[test]
    fn pause_keeps_the_rest_and_resume_continues_it() {
        let c = Countdown::start(60_000, Timestamp(0)).pause(Timestamp(20_000));
        assert_eq!(c, Countdown::Paused { left_ms: 40_000 });
        assert_eq!(c.left_ms(Timestamp(99_000)), Some(40_000));
        let r = c.resume(Timestamp(100_000));
        assert_eq!(r.left_ms(Timestamp(110_000)), Some(30_000));
        assert_eq!(Countdown::Idle.pause(Timestamp(5)), Countdown::Idle);
        assert_eq!(Countdown::Idle.left_ms(Timestamp(5)), None);
    }

    #[test]
    fn clock_text_rounds_up_to_whole_seconds() {
        assert_eq!(clock_text(8 * 60_000), "8:00");
        assert_eq!(clock_text(59_001), "1:00");
        assert_eq!(clock_text(1), "0:01");
        assert_eq!(clock_text(0), "0:00");
        assert_eq!(clock_text(-5), "0:00");
    }
}
