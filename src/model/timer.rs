//! The room timer: a countdown for the current step, split into equal rounds where the step has them (Crazy 8s:
//! 8 × 1 min). Like [`Countdown`] it is computed from timestamps, so after the laptop slept it shows the right
//! round and time at once: rounds that ended meanwhile are counted by [`Timer::settle`], not by ticks.

use super::countdown::Countdown;
use super::method::Step;
use super::Timestamp;
use serde::{Deserialize, Serialize};

const MINUTE_MS: i64 = 60_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Timer {
    pub countdown: Countdown,
    /// The current round, 1-based.
    pub round: u16,
    pub rounds: u16,
    /// The length of one round; what an idle timer shows.
    pub round_ms: i64,
}

impl Default for Timer {
    fn default() -> Self {
        Timer::new(0, 1)
    }
}

/// What happened since the timer was last looked at, so the UI can signal it once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    None,
    /// One or more rounds ended and the next one runs.
    NextRound,
    /// The last round reached zero.
    TimeUp,
}

impl Timer {
    pub fn new(round_ms: i64, rounds: u16) -> Self {
        Timer {
            countdown: Countdown::Idle,
            round: 1,
            rounds: rounds.max(1),
            round_ms: round_ms.max(0),
        }
    }

    /// An idle timer preset from a method step.
    pub fn for_step(step: &Step) -> Self {
        Timer::new(step.round_ms(), step.round_count())
    }

    /// The primary button: start when idle or finished, pause when running, resume when paused.
    pub fn toggle(self, now: Timestamp) -> Self {
        match self.countdown {
            _ if self.is_over(now) => Timer {
                countdown: Countdown::start(self.round_ms, now),
                round: 1,
                ..self
            },
            Countdown::Idle => Timer {
                countdown: Countdown::start(self.round_ms, now),
                ..self
            },
            Countdown::Running { .. } => Timer {
                countdown: self.countdown.pause(now),
                ..self
            },
            Countdown::Paused { .. } => Timer {
                countdown: self.countdown.resume(now),
                ..self
            },
        }
    }

    /// Back to the start of the first round, keeping the preset.
    pub fn reset(self) -> Self {
        Timer::new(self.round_ms, self.rounds)
    }

    /// One more minute for the current round. An idle timer gets a longer preset; a timer that ran out restarts
    /// with one minute, because "one more minute, please" is exactly what the room asked for.
    pub fn add_minute(self, now: Timestamp) -> Self {
        let countdown = match self.countdown {
            _ if self.is_over(now) => Countdown::start(MINUTE_MS, now),
            Countdown::Idle => {
                return Timer {
                    round_ms: self.round_ms.saturating_add(MINUTE_MS),
                    ..self
                }
            }
            Countdown::Running { ends } => Countdown::Running {
                ends: Timestamp(ends.0.saturating_add(MINUTE_MS)),
            },
            Countdown::Paused { left_ms } => Countdown::Paused {
                left_ms: left_ms.saturating_add(MINUTE_MS),
            },
        };
        Timer { countdown, ..self }
    }

    /// Counts the rounds that ended by `now`: each next round starts where the last one ended, not when the
    /// page noticed. Returns the settled timer and what to signal.
    pub fn settle(self, now: Timestamp) -> (Self, Signal) {
        let mut timer = self;
        let mut signal = Signal::None;
        while let Countdown::Running { ends } = timer.countdown {
            if ends > now {
                break;
            }
            if timer.round >= timer.rounds {
                return (timer, Signal::TimeUp);
            }
            timer.round += 1;
            timer.countdown = Countdown::Running {
                ends: Timestamp(ends.0.saturating_add(timer.round_ms)),
            };
            signal = Signal::NextRound;
        }
        (timer, signal)
    }

    /// Milliseconds left in the current round; the preset when idle.
    pub fn left_ms(self, now: Timestamp) -> i64 {
        self.countdown.left_ms(now).unwrap_or(self.round_ms)
    }

    pub fn is_running(self) -> bool {
        self.countdown.is_running()
    }

    pub fn is_idle(self) -> bool {
        self.countdown == Countdown::Idle
    }

    /// The last round ran out.
    pub fn is_over(self, now: Timestamp) -> bool {
        self.round >= self.rounds && self.countdown.is_over(now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: i64 = MINUTE_MS;

    #[test]
    fn starts_pauses_resumes_and_resets() {
        let t = Timer::new(5 * MIN, 1).toggle(Timestamp(0));
        assert!(t.is_running());
        let p = t.toggle(Timestamp(MIN));
        assert_eq!(p.left_ms(Timestamp(10 * MIN)), 4 * MIN);
        let r = p.toggle(Timestamp(10 * MIN));
        assert_eq!(r.left_ms(Timestamp(11 * MIN)), 3 * MIN);
        assert_eq!(r.reset(), Timer::new(5 * MIN, 1));
        assert_eq!(r.reset().left_ms(Timestamp(99 * MIN)), 5 * MIN);
    }

    #[test]
    fn is_over_long_after_the_end_without_ticks() {
        let t = Timer::new(MIN, 1).toggle(Timestamp(0));
        let (settled, signal) = t.settle(Timestamp(60 * MIN));
        assert_eq!(signal, Signal::TimeUp);
        assert!(settled.is_over(Timestamp(60 * MIN)));
        assert_eq!(settled.left_ms(Timestamp(60 * MIN)), 0);
        // Starting again after the end begins a fresh countdown.
        let again = settled.toggle(Timestamp(61 * MIN));
        assert_eq!(again.left_ms(Timestamp(61 * MIN)), MIN);
    }

    #[test]
    fn rounds_follow_each_other_from_their_own_ends() {
        let t = Timer::new(MIN, 8).toggle(Timestamp(0));
        assert_eq!(t.settle(Timestamp(MIN - 1)), (t, Signal::None));
        // The tab slept for three and a half minutes: round 4, half of it left.
        let (t4, signal) = t.settle(Timestamp(3 * MIN + MIN / 2));
        assert_eq!((t4.round, signal), (4, Signal::NextRound));
        assert_eq!(t4.left_ms(Timestamp(3 * MIN + MIN / 2)), MIN / 2);
        // Asleep past the last round: the time is up, in round 8.
        let (end, signal) = t4.settle(Timestamp(20 * MIN));
        assert_eq!((end.round, signal), (8, Signal::TimeUp));
        assert!(end.is_over(Timestamp(20 * MIN)));
        // Restarting begins at round 1.
        assert_eq!(end.toggle(Timestamp(21 * MIN)).round, 1);
    }

    #[test]
    fn a_round_that_ends_is_not_time_up_before_the_last() {
        let t = Timer::new(MIN, 2).toggle(Timestamp(0));
        assert!(!t.is_over(Timestamp(MIN)));
        let (t2, _) = t.settle(Timestamp(MIN));
        assert!(!t2.is_over(Timestamp(MIN)));
        assert!(t2.is_over(Timestamp(2 * MIN)));
    }

    #[test]
    fn one_more_minute_in_every_state() {
        let idle = Timer::new(5 * MIN, 1).add_minute(Timestamp(0));
        assert_eq!(
            (idle.left_ms(Timestamp(0)), idle.is_idle()),
            (6 * MIN, true)
        );
        let running = Timer::new(5 * MIN, 1)
            .toggle(Timestamp(0))
            .add_minute(Timestamp(MIN));
        assert_eq!(running.left_ms(Timestamp(MIN)), 5 * MIN);
        let paused = running
            .toggle(Timestamp(MIN))
            .add_minute(Timestamp(2 * MIN));
        assert_eq!(paused.left_ms(Timestamp(9 * MIN)), 6 * MIN);
        let over = Timer::new(MIN, 1)
            .toggle(Timestamp(0))
            .add_minute(Timestamp(3 * MIN));
        assert_eq!(over.left_ms(Timestamp(3 * MIN)), MIN);
        assert!(!over.is_over(Timestamp(3 * MIN)));
    }

    #[test]
    fn survives_the_wire() {
        let t = Timer::new(MIN, 8).toggle(Timestamp(5)).toggle(Timestamp(7));
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(serde_json::from_str::<Timer>(&json).unwrap(), t);
    }
}
