//! The jury check: the team rates itself against what a regional jury looks for, sees its weakest points, and
//! prepares answers to the questions juries ask. Each pitch has its own check: at the kickoff the jury judges a
//! question (nothing is built or tested yet), at the end a result.

use super::PitchKind;
use crate::model::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the jury looks for. The UI shows a prompt for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Criterion {
    /// The question is concrete: who is affected, what goes wrong, no ready-made solution (kickoff).
    Problem,
    /// What the creative side brings that the firm or institution would not have alone.
    Creative,
    /// Relevance, backed by evidence from users.
    Relevance,
    Innovation,
    /// A real digital component.
    Digital,
    /// Feasible with the budget and in the time.
    Feasibility,
    /// Impact in the region.
    Region,
    /// Others can copy it (the blueprint).
    Transfer,
    /// Firm and creative professional worked as equals.
    Partnership,
    /// It goes on after the programme.
    Continuation,
    Clarity,
}

impl Criterion {
    pub const ALL: [Criterion; 11] = [
        Criterion::Problem,
        Criterion::Creative,
        Criterion::Relevance,
        Criterion::Innovation,
        Criterion::Digital,
        Criterion::Feasibility,
        Criterion::Region,
        Criterion::Transfer,
        Criterion::Partnership,
        Criterion::Continuation,
        Criterion::Clarity,
    ];

    /// What the jury judges at `kind`'s moment, in the order the check shows it. On kickoff day there is a
    /// question and a team, no evidence, blueprint or plan for afterwards yet.
    pub fn of(kind: PitchKind) -> &'static [Criterion] {
        use Criterion::*;
        match kind {
            PitchKind::Question => &[
                Problem,
                Digital,
                Region,
                Creative,
                Partnership,
                Feasibility,
                Clarity,
            ],
            PitchKind::Result => &[
                Relevance,
                Innovation,
                Digital,
                Feasibility,
                Region,
                Transfer,
                Creative,
                Partnership,
                Continuation,
                Clarity,
            ],
        }
    }
}

/// Questions regional juries commonly ask.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BankQuestion {
    WhoAsked,
    WhyDigital,
    WhatExists,
    WhoPays,
    AfterProgramme,
    WhoCopies,
    WhatTested,
    WhatIfFails,
    DataProtection,
    WhoDoesWhat,
    NextStep,
    WhyRegion,
    /// What the creative side contributes.
    CreativeRole,
    /// The imprint (Impressum) of a website or profile.
    Imprint,
    Accessibility,
}

impl BankQuestion {
    pub const ALL: [BankQuestion; 15] = [
        BankQuestion::WhoAsked,
        BankQuestion::WhyDigital,
        BankQuestion::WhatExists,
        BankQuestion::WhoPays,
        BankQuestion::AfterProgramme,
        BankQuestion::WhoCopies,
        BankQuestion::WhatTested,
        BankQuestion::WhatIfFails,
        BankQuestion::DataProtection,
        BankQuestion::WhoDoesWhat,
        BankQuestion::NextStep,
        BankQuestion::WhyRegion,
        BankQuestion::CreativeRole,
        BankQuestion::Imprint,
        BankQuestion::Accessibility,
    ];

    /// The questions juries ask at `kind`'s moment, in the order the check lists them. This is the one list
    /// of jury questions: the "Jury-Fragen üben" method practises it in the jury check.
    pub fn of(kind: PitchKind) -> &'static [BankQuestion] {
        use BankQuestion::*;
        match kind {
            PitchKind::Question => &[
                WhoAsked,
                WhyDigital,
                WhatExists,
                WhyRegion,
                CreativeRole,
                WhoDoesWhat,
                DataProtection,
                NextStep,
            ],
            PitchKind::Result => &[
                WhoAsked,
                WhatTested,
                WhyDigital,
                WhatExists,
                WhyRegion,
                CreativeRole,
                WhoDoesWhat,
                WhoPays,
                AfterProgramme,
                WhoCopies,
                WhatIfFails,
                DataProtection,
                Imprint,
                Accessibility,
                NextStep,
            ],
        }
    }
}

/// How well the team can answer a question.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionStatus {
    /// No answer yet.
    #[default]
    Open,
    /// An answer, but unsure or too long.
    Shaky,
    /// An answer in thirty seconds, with evidence.
    Sure,
}

impl QuestionStatus {
    pub const ALL: [QuestionStatus; 3] = [
        QuestionStatus::Sure,
        QuestionStatus::Shaky,
        QuestionStatus::Open,
    ];
}

/// A question the team added itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OwnQuestion {
    pub text: String,
    #[serde(default)]
    pub status: QuestionStatus,
}

/// A rating at or below this is always a weak point.
const WEAK: u8 = 2;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JuryCheck {
    /// 1 to 5; a criterion without a rating is not assessed yet.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ratings: BTreeMap<Criterion, u8>,
    /// Answers to the question bank; a question without an entry is open.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub bank: BTreeMap<BankQuestion, QuestionStatus>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub own: Vec<OwnQuestion>,
    #[serde(default)]
    pub updated: Timestamp,
}

impl JuryCheck {
    pub fn is_empty(&self) -> bool {
        self.ratings.is_empty() && self.bank.is_empty() && self.own.is_empty()
    }

    pub fn status(&self, q: BankQuestion) -> QuestionStatus {
        self.bank.get(&q).copied().unwrap_or_default()
    }

    /// The criteria of `kind` to work on: every one rated 2 or lower, and else the lowest-rated ones while they
    /// are below 4. Empty when nothing is rated or everything is rated well.
    pub fn weakest(&self, kind: PitchKind) -> Vec<Criterion> {
        let criteria = Criterion::of(kind);
        let Some(lowest) = criteria
            .iter()
            .filter_map(|c| self.ratings.get(c))
            .copied()
            .min()
        else {
            return Vec::new();
        };
        criteria
            .iter()
            .copied()
            .filter(|c| {
                self.ratings
                    .get(c)
                    .is_some_and(|&r| r <= WEAK || (r == lowest && r < 4))
            })
            .collect()
    }

    /// Whether no criterion of `kind` is rated yet.
    pub fn unrated(&self, kind: PitchKind) -> bool {
        !Criterion::of(kind)
            .iter()
            .any(|c| self.ratings.contains_key(c))
    }

    /// How many questions (`kind`'s bank and own) have each status: `(sure, shaky, open)`.
    pub fn readiness(&self, kind: PitchKind) -> (usize, usize, usize) {
        let all = BankQuestion::of(kind)
            .iter()
            .map(|q| self.status(*q))
            .chain(self.own.iter().map(|q| q.status));
        all.fold((0, 0, 0), |(s, k, o), st| match st {
            QuestionStatus::Sure => (s + 1, k, o),
            QuestionStatus::Shaky => (s, k + 1, o),
            QuestionStatus::Open => (s, k, o + 1),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rated(pairs: &[(Criterion, u8)]) -> JuryCheck {
        JuryCheck {
            ratings: pairs.iter().copied().collect(),
            ..JuryCheck::default()
        }
    }

    #[test]
    fn the_weakest_points_are_the_low_ones_or_else_the_lowest_below_four() {
        let r = PitchKind::Result;
        assert!(JuryCheck::default().weakest(r).is_empty());
        let j = rated(&[
            (Criterion::Relevance, 2),
            (Criterion::Digital, 1),
            (Criterion::Clarity, 3),
        ]);
        assert_eq!(j.weakest(r), vec![Criterion::Relevance, Criterion::Digital]);
        let j = rated(&[
            (Criterion::Region, 3),
            (Criterion::Clarity, 3),
            (Criterion::Innovation, 5),
        ]);
        assert_eq!(j.weakest(r), vec![Criterion::Region, Criterion::Clarity]);
        assert!(rated(&[(Criterion::Region, 4), (Criterion::Clarity, 5)])
            .weakest(r)
            .is_empty());
        // A rating of a criterion the kickoff does not judge is no weak point of the question pitch.
        let j = rated(&[(Criterion::Continuation, 1), (Criterion::Problem, 3)]);
        assert_eq!(j.weakest(PitchKind::Question), vec![Criterion::Problem]);
        assert!(!j.unrated(PitchKind::Question));
        assert!(rated(&[(Criterion::Continuation, 1)]).unrated(PitchKind::Question));
    }

    #[test]
    fn unanswered_questions_count_as_open() {
        let mut j = JuryCheck::default();
        j.bank.insert(BankQuestion::WhoPays, QuestionStatus::Sure);
        j.own.push(OwnQuestion {
            text: "Warum gerade jetzt?".into(),
            status: QuestionStatus::Shaky,
        });
        let n = BankQuestion::of(PitchKind::Result).len();
        assert_eq!(j.readiness(PitchKind::Result), (1, 1, n - 1));
        // Who pays after the funding is no kickoff question.
        let n = BankQuestion::of(PitchKind::Question).len();
        assert_eq!(j.readiness(PitchKind::Question), (0, 1, n));
    }
}
