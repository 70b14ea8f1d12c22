//! Rehearsing the pitch against the clock: section by section, each with its own time, and a record of every
//! run. Like the timer, the run stores moments, not a countdown, so it is right after the laptop slept.

use super::{PitchField, PitchKind, PitchPlan};
use crate::model::limits::MAX_SPOKEN_MS;
use crate::model::Timestamp;
use serde::{Deserialize, Serialize};

/// Rehearsals kept per workshop; older ones give way.
pub const MAX_REHEARSALS: usize = 30;

/// One finished rehearsal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Rehearsal {
    pub kind: PitchKind,
    /// When it started.
    pub at: Timestamp,
    /// Milliseconds spoken per section, in order; sections not reached are missing.
    pub sections: Vec<(PitchField, u64)>,
    /// The length planned at the time, in seconds.
    pub planned_secs: u32,
    /// Milliseconds of the jury's questions, if the run got that far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qa_ms: Option<u64>,
}

impl Rehearsal {
    /// Saturating: the numbers come from files too, and a page must not panic on one.
    pub fn total_ms(&self) -> u64 {
        self.sections
            .iter()
            .fold(0u64, |sum, (_, ms)| sum.saturating_add(*ms))
    }

    /// Milliseconds over the plan (0 if within).
    pub fn over_ms(&self) -> u64 {
        self.total_ms()
            .saturating_sub(u64::from(self.planned_secs).saturating_mul(1000))
    }
}

/// A rehearsal under way.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RehearsalRun {
    pub kind: PitchKind,
    pub started: Timestamp,
    /// Seconds per section, taken from the plan at the start.
    pub budgets: Vec<(PitchField, u32)>,
    /// The section being spoken, 0-based.
    pub section: usize,
    pub section_started: Timestamp,
    /// Milliseconds of the sections already done.
    pub done: Vec<u64>,
    /// Seconds for the jury's questions after the last section (0: none). `section == budgets.len()` is that
    /// round.
    #[serde(default)]
    pub qa_secs: u32,
}

impl RehearsalRun {
    pub fn start(kind: PitchKind, plan: &PitchPlan, now: Timestamp) -> Self {
        RehearsalRun {
            kind,
            started: now,
            budgets: plan.budgets(kind),
            section: 0,
            section_started: now,
            done: Vec::new(),
            qa_secs: plan.qa_secs,
        }
    }

    /// The section being spoken; `None` in the questions round.
    pub fn field(&self) -> Option<PitchField> {
        self.budgets.get(self.section).map(|(f, _)| *f)
    }

    /// The jury's questions, after the last section.
    pub fn in_qa(&self) -> bool {
        self.section >= self.budgets.len()
    }

    pub fn is_last(&self) -> bool {
        self.section + 1 >= self.budgets.len() + usize::from(self.qa_secs > 0)
    }

    pub fn planned_ms(&self) -> i64 {
        self.budgets.iter().fold(0i64, |sum, (_, s)| {
            sum.saturating_add(i64::from(*s).saturating_mul(1000))
        })
    }

    /// Speaking time so far; it stops when the questions begin.
    pub fn elapsed_ms(&self, now: Timestamp) -> i64 {
        if self.in_qa() {
            self.done.iter().fold(0i64, |sum, ms| {
                sum.saturating_add(i64::try_from(*ms).unwrap_or(i64::MAX))
            })
        } else {
            now.0.saturating_sub(self.started.0).max(0)
        }
    }

    pub fn section_elapsed_ms(&self, now: Timestamp) -> i64 {
        now.0.saturating_sub(self.section_started.0).max(0)
    }

    /// Time left in the current section; negative once it runs over.
    pub fn section_left_ms(&self, now: Timestamp) -> i64 {
        let secs = match self.budgets.get(self.section) {
            Some((_, s)) => *s,
            None => self.qa_secs,
        };
        let budget = i64::from(secs).saturating_mul(1000);
        budget.saturating_sub(self.section_elapsed_ms(now))
    }

    /// Time left of the whole pitch; negative once it runs over.
    pub fn total_left_ms(&self, now: Timestamp) -> i64 {
        self.planned_ms().saturating_sub(self.elapsed_ms(now))
    }

    /// On to the next section. `false` (and no change) on the last one: finish it instead.
    pub fn next(&mut self, now: Timestamp) -> bool {
        if self.is_last() {
            return false;
        }
        self.done.push(spoken(self.section_elapsed_ms(now)));
        self.section += 1;
        self.section_started = now;
        true
    }

    /// The record of this run, ended at `now` in the current section.
    pub fn finish(&self, now: Timestamp) -> Rehearsal {
        let mut spoken = self.done.clone();
        spoken.push(self::spoken(self.section_elapsed_ms(now)));
        Rehearsal {
            kind: self.kind,
            at: self.started,
            sections: self
                .budgets
                .iter()
                .map(|(f, _)| *f)
                .zip(spoken.iter().copied())
                .collect(),
            planned_secs: self
                .budgets
                .iter()
                .fold(0u32, |sum, (_, s)| sum.saturating_add(*s)),
            qa_ms: spoken.get(self.budgets.len()).copied(),
        }
    }
}

/// Milliseconds of a section as recorded: at most [`MAX_SPOKEN_MS`] (a run left open over a weekend records a
/// day), so every recorded run can be exported and imported again.
fn spoken(elapsed_ms: i64) -> u64 {
    elapsed_ms.unsigned_abs().min(MAX_SPOKEN_MS as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_times_each_section_and_warns_when_one_runs_over() {
        let plan = PitchKind::Question.default_plan();
        let mut run = RehearsalRun::start(PitchKind::Question, &plan, Timestamp(1_000));
        assert_eq!(run.field(), Some(PitchField::Challenge));
        // Challenge has 35 of the two minutes.
        assert_eq!(run.section_left_ms(Timestamp(21_000)), 15_000);
        assert_eq!(run.section_left_ms(Timestamp(46_000)), -10_000);
        assert!(run.next(Timestamp(46_000)));
        assert_eq!(run.field(), Some(PitchField::Affected));
        assert_eq!(run.total_left_ms(Timestamp(46_000)), 75_000);
        while run.field() != Some(PitchField::Team) {
            run.next(Timestamp(100_000));
        }
        assert!(!run.is_last(), "the questions follow");
        let r = run.finish(Timestamp(130_000));
        assert_eq!(r.sections.len(), 6);
        assert_eq!(r.sections[0], (PitchField::Challenge, 45_000));
        assert_eq!(r.total_ms(), 129_000);
        assert_eq!(r.planned_secs, 120);
        assert_eq!(r.over_ms(), 9_000);
        assert_eq!(r.at, Timestamp(1_000));
        assert_eq!(r.qa_ms, None);

        // The questions round: speaking time stands still, the round has its own clock.
        assert!(run.next(Timestamp(130_000)));
        assert!(run.in_qa() && run.is_last() && run.field().is_none());
        assert_eq!(run.elapsed_ms(Timestamp(400_000)), 129_000);
        assert_eq!(run.section_left_ms(Timestamp(330_000)), -20_000);
        assert!(!run.next(Timestamp(330_000)));
        let r = run.finish(Timestamp(330_000));
        assert_eq!(r.total_ms(), 129_000);
        assert_eq!(r.qa_ms, Some(200_000));
        assert_eq!(r.sections.len(), 6);
    }

    #[test]
    fn without_questions_the_last_section_ends_the_run() {
        let plan = PitchPlan {
            qa_secs: 0,
            ..PitchPlan::default()
        };
        let mut run = RehearsalRun::start(PitchKind::Question, &plan, Timestamp(0));
        for _ in 0..5 {
            assert!(run.next(Timestamp(1)));
        }
        assert!(run.is_last());
        assert!(!run.next(Timestamp(2)));
    }

    #[test]
    fn stopping_early_records_only_the_sections_reached() {
        let run = RehearsalRun::start(PitchKind::Result, &PitchPlan::default(), Timestamp(0));
        let r = run.finish(Timestamp(30_000));
        assert_eq!(r.sections, vec![(PitchField::Challenge, 30_000)]);
        assert_eq!(r.over_ms(), 0);
    }
}
