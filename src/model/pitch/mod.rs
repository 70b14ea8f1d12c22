//! The pitch before the regional jury. The programme asks for two: at the kickoff the team presents its
//! *question* in about two minutes (the challenge, who it affects, what digital could change, why it matters,
//! the frame and the team); at the end it presents its *result*. Both draw on one canvas of fields, each pitch
//! using the fields it needs. A field the team has not written yet shows what the journey produced (see
//! [`suggest`]), so the canvas starts filled and every word stays editable. Each pitch has its own jury check
//! (see [`Criterion::of`], [`BankQuestion::of`]).
//!
//! Stored with the workshop in parts that each carry their own `updated` (a field's text, a pitch's plan, the
//! jury check), so a merge keeps a text written at home and a rating given in the workshop (see
//! `crate::model::merge`). Rehearsals are a record: they merge as a union.

mod jury;
mod rehearsal;
mod suggest;

pub use jury::{BankQuestion, Criterion, JuryCheck, OwnQuestion, QuestionStatus};
pub use rehearsal::{Rehearsal, RehearsalRun, MAX_REHEARSALS};
pub use suggest::{effective, likely_kind, suggest, Origin, Source, Suggestion};

use super::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Which of the two pitches.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum PitchKind {
    /// At the kickoff: the team's question, fed by the challenge brief.
    Question,
    /// At the end: the prototype and what it changes.
    #[default]
    Result,
}

impl PitchKind {
    pub const ALL: [PitchKind; 2] = [PitchKind::Question, PitchKind::Result];

    /// The fields this pitch uses, in the order it tells them.
    pub fn fields(self) -> &'static [PitchField] {
        use PitchField::*;
        match self {
            PitchKind::Question => &[Challenge, Affected, Digital, Impact, Budget, Team],
            PitchKind::Result => &[
                Challenge, Audience, Solution, Digital, Evidence, Impact, Blueprint, Budget, Team,
                Next,
            ],
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            PitchKind::Question => "question",
            PitchKind::Result => "result",
        }
    }

    pub fn from_key(key: &str) -> Option<PitchKind> {
        PitchKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The plan until the team changes it: two minutes at the kickoff (the programme's kickoff slot), four at
    /// the end; three minutes of questions after each.
    pub fn default_plan(self) -> PitchPlan {
        PitchPlan {
            length_secs: match self {
                PitchKind::Question => QUESTION_LENGTH_SECS,
                PitchKind::Result => DEFAULT_LENGTH_SECS,
            },
            ..PitchPlan::default()
        }
    }
}

/// A field of the pitch canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PitchField {
    /// The challenge: the team's question.
    Challenge,
    /// Who suffers from the problem today.
    Affected,
    /// Who the solution is for.
    Audience,
    /// The solution and its prototype.
    Solution,
    /// What is digital about it.
    Digital,
    /// What the tests showed (the jury asks for evidence from users).
    Evidence,
    /// Benefit and impact in the region.
    Impact,
    /// What another firm needs to copy it.
    Blueprint,
    /// Implementation and budget (for the question pitch: the planned approach and use of the budget).
    Budget,
    Team,
    Next,
}

impl PitchField {
    pub const ALL: [PitchField; 11] = [
        PitchField::Challenge,
        PitchField::Affected,
        PitchField::Audience,
        PitchField::Solution,
        PitchField::Digital,
        PitchField::Evidence,
        PitchField::Impact,
        PitchField::Blueprint,
        PitchField::Budget,
        PitchField::Team,
        PitchField::Next,
    ];

    /// Share of the speaking time by default: the problem and the solution carry a pitch.
    fn weight(self) -> u32 {
        match self {
            PitchField::Challenge | PitchField::Solution => 3,
            PitchField::Affected | PitchField::Evidence | PitchField::Impact => 2,
            _ => 1,
        }
    }
}

/// A text the team wrote for a field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldText {
    pub text: String,
    #[serde(default)]
    pub updated: Timestamp,
}

/// Length, sections and speaker notes of one pitch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PitchPlan {
    /// Speaking time in seconds.
    pub length_secs: u32,
    /// Time for the jury's questions afterwards, in seconds.
    pub qa_secs: u32,
    /// Seconds the team gave a section; the others share the rest of `length_secs` (see [`PitchPlan::budgets`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub budgets: BTreeMap<PitchField, u32>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<PitchField, String>,
    #[serde(default)]
    pub updated: Timestamp,
}

/// Four minutes plus three for questions: a common slot before a jury.
pub const DEFAULT_LENGTH_SECS: u32 = 4 * 60;
/// The kickoff's question pitch: about two minutes, as at the programme's kickoffs.
pub const QUESTION_LENGTH_SECS: u32 = 2 * 60;
pub const DEFAULT_QA_SECS: u32 = 3 * 60;
/// Section times are rounded to this, so the plan reads "0:35", not "0:34".
const ROUND_SECS: u32 = 5;

impl Default for PitchPlan {
    fn default() -> Self {
        PitchPlan {
            length_secs: DEFAULT_LENGTH_SECS,
            qa_secs: DEFAULT_QA_SECS,
            budgets: BTreeMap::new(),
            notes: BTreeMap::new(),
            updated: Timestamp::default(),
        }
    }
}

impl PitchPlan {
    /// Seconds per section of `kind`, in order. Sections the team timed keep their time; the others share what
    /// is left of the length by weight, in steps of five seconds, the last taking the remainder so the shared
    /// part adds up exactly.
    pub fn budgets(&self, kind: PitchKind) -> Vec<(PitchField, u32)> {
        let fields = kind.fields();
        // Saturating and checked throughout: plans come from files, and a page must not panic on one.
        let fixed = fields
            .iter()
            .filter_map(|f| self.budgets.get(f))
            .fold(0u32, |sum, s| sum.saturating_add(*s));
        let free: Vec<PitchField> = fields
            .iter()
            .copied()
            .filter(|f| !self.budgets.contains_key(f))
            .collect();
        let rest = self.length_secs.saturating_sub(fixed);
        let weights: u32 = free.iter().map(|f| f.weight()).sum::<u32>().max(1);
        let mut left = rest;
        let mut shares = BTreeMap::new();
        for (i, f) in free.iter().enumerate() {
            let share = if i + 1 == free.len() {
                left
            } else {
                (rest.saturating_mul(f.weight()) / weights / ROUND_SECS * ROUND_SECS).min(left)
            };
            left -= share;
            shares.insert(*f, share);
        }
        fields
            .iter()
            .map(|f| {
                (
                    *f,
                    self.budgets.get(f).or(shares.get(f)).copied().unwrap_or(0),
                )
            })
            .collect()
    }

    /// The sections' total, which exceeds `length_secs` when the team gave sections more than the length.
    pub fn planned_secs(&self, kind: PitchKind) -> u32 {
        self.budgets(kind)
            .iter()
            .fold(0u32, |sum, (_, s)| sum.saturating_add(*s))
    }
}

/// Everything the team prepared for the jury.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Pitch {
    /// Texts the team wrote; a field without one shows the journey's suggestion.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub texts: BTreeMap<PitchField, FieldText>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub plans: BTreeMap<PitchKind, PitchPlan>,
    /// The result pitch's jury check (the only one before the question pitch got its own).
    #[serde(default, skip_serializing_if = "JuryCheck::is_empty")]
    pub jury: JuryCheck,
    /// The question pitch's jury check.
    #[serde(default, skip_serializing_if = "JuryCheck::is_empty")]
    pub question_jury: JuryCheck,
    /// Oldest first, at most [`MAX_REHEARSALS`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rehearsals: Vec<Rehearsal>,
}

impl Pitch {
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
            && self.plans.is_empty()
            && self.jury.is_empty()
            && self.question_jury.is_empty()
            && self.rehearsals.is_empty()
    }

    /// The jury check of `kind`.
    pub fn jury(&self, kind: PitchKind) -> &JuryCheck {
        match kind {
            PitchKind::Question => &self.question_jury,
            PitchKind::Result => &self.jury,
        }
    }

    pub fn jury_mut(&mut self, kind: PitchKind) -> &mut JuryCheck {
        match kind {
            PitchKind::Question => &mut self.question_jury,
            PitchKind::Result => &mut self.jury,
        }
    }

    /// The team's own text of `field`, if it wrote one.
    pub fn text(&self, field: PitchField) -> Option<&str> {
        self.texts.get(&field).map(|t| t.text.as_str())
    }

    /// The plan of `kind` (the default until the team changes it).
    pub fn plan(&self, kind: PitchKind) -> PitchPlan {
        self.plans
            .get(&kind)
            .cloned()
            .unwrap_or_else(|| kind.default_plan())
    }

    /// Sets or clears (`None`: back to the suggestion) the team's text of `field`.
    pub fn with_text(&self, field: PitchField, text: Option<String>) -> Pitch {
        let mut next = self.clone();
        match text {
            Some(text) => {
                next.texts.insert(
                    field,
                    FieldText {
                        text,
                        updated: Timestamp::default(),
                    },
                );
            }
            None => {
                next.texts.remove(&field);
            }
        }
        next
    }

    /// Records a rehearsal, dropping the oldest beyond [`MAX_REHEARSALS`].
    pub fn with_rehearsal(&self, rehearsal: Rehearsal) -> Pitch {
        let mut next = self.clone();
        next.rehearsals.push(rehearsal);
        crate::model::sorting::sort_by_key(&mut next.rehearsals, |r| r.at);
        let over = next.rehearsals.len().saturating_sub(MAX_REHEARSALS);
        next.rehearsals.drain(..over);
        next
    }

    /// `self` as stored after an edit that produced it from `before` at `now`: every part that changed gets
    /// `now` as its `updated`, the others keep theirs (so a merge can tell which copy changed what).
    pub fn stamped(&self, before: &Pitch, now: Timestamp) -> Pitch {
        let mut next = self.clone();
        for (field, t) in &mut next.texts {
            if before.texts.get(field).is_none_or(|b| b.text != t.text) {
                t.updated = now;
            }
        }
        for (kind, plan) in &mut next.plans {
            let same = before.plans.get(kind).is_some_and(|b| {
                PitchPlan {
                    updated: plan.updated,
                    ..b.clone()
                } == *plan
            });
            if !same {
                plan.updated = now;
            }
        }
        for kind in PitchKind::ALL {
            let jury = next.jury_mut(kind);
            let same = JuryCheck {
                updated: jury.updated,
                ..before.jury(kind).clone()
            } == *jury;
            if !same {
                jury.updated = now;
            }
        }
        next
    }

    /// Every `updated` zeroed: what a user sees (see `Workshop::normalised`).
    pub fn normalised(&self) -> Pitch {
        let mut p = self.clone();
        p.texts
            .values_mut()
            .for_each(|t| t.updated = Timestamp::default());
        p.plans
            .values_mut()
            .for_each(|t| t.updated = Timestamp::default());
        p.jury.updated = Timestamp::default();
        p.question_jury.updated = Timestamp::default();
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_plans_share_two_and_four_minutes_in_steps_of_five_seconds() {
        for (kind, length) in [
            (PitchKind::Question, QUESTION_LENGTH_SECS),
            (PitchKind::Result, DEFAULT_LENGTH_SECS),
        ] {
            let plan = Pitch::default().plan(kind);
            assert_eq!(plan.length_secs, length);
            let b = plan.budgets(kind);
            assert_eq!(b.len(), kind.fields().len());
            assert_eq!(b.iter().map(|(_, s)| s).sum::<u32>(), length);
            assert!(
                b.iter().all(|(_, s)| s % ROUND_SECS == 0 && *s > 0),
                "{b:?}"
            );
        }
        let q = PitchPlan::default().budgets(PitchKind::Question);
        // Challenge weighs 3 of 10.
        assert_eq!(q[0], (PitchField::Challenge, 70));
        assert!(PitchKind::Question.fields().contains(&PitchField::Digital));
    }

    #[test]
    fn timed_sections_keep_their_time_and_the_rest_shares_what_is_left() {
        let mut plan = PitchKind::Result.default_plan();
        plan.budgets.insert(PitchField::Challenge, 60);
        let b = plan.budgets(PitchKind::Question);
        assert_eq!(b[0], (PitchField::Challenge, 60));
        assert_eq!(plan.planned_secs(PitchKind::Question), 240);
        plan.budgets.insert(PitchField::Team, 300);
        assert_eq!(plan.planned_secs(PitchKind::Question), 360);
        assert!(plan
            .budgets(PitchKind::Question)
            .iter()
            .any(|(_, s)| *s == 0));
    }

    #[test]
    fn only_changed_parts_are_stamped() {
        let before = Pitch::default().with_text(PitchField::Team, Some("Anna".into()));
        let before = before.stamped(&Pitch::default(), Timestamp(5));
        assert_eq!(before.texts[&PitchField::Team].updated, Timestamp(5));
        let next = before.with_text(PitchField::Next, Some("Testen".into()));
        let next = next.stamped(&before, Timestamp(9));
        assert_eq!(next.texts[&PitchField::Team].updated, Timestamp(5));
        assert_eq!(next.texts[&PitchField::Next].updated, Timestamp(9));
        assert_eq!(next.jury.updated, Timestamp::default());
        let mut rated = next.clone();
        rated.jury.ratings.insert(Criterion::Clarity, 4);
        let rated = rated.stamped(&next, Timestamp(12));
        assert_eq!(rated.jury.updated, Timestamp(12));
        assert_eq!(rated.question_jury.updated, Timestamp::default());
        let mut asked = rated.clone();
        asked
            .jury_mut(PitchKind::Question)
            .ratings
            .insert(Criterion::Problem, 3);
        let asked = asked.stamped(&rated, Timestamp(15));
        assert_eq!(asked.question_jury.updated, Timestamp(15));
        assert_eq!(asked.jury.updated, Timestamp(12));
    }

    #[test]
    fn kinds_round_trip_through_their_keys() {
        for kind in PitchKind::ALL {
            assert_eq!(PitchKind::from_key(kind.key()), Some(kind));
        }
        assert_eq!(PitchKind::from_key("x"), None);
    }
}
