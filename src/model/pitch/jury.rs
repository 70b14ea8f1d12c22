//! The jury check: the team rates itself against what a regional jury looks for, sees its weakest points, and
//! prepares answers to the questions juries ask.

use crate::model::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the jury looks for. The UI shows a prompt for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Criterion {
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
    pub const ALL: [Criterion; 9] = [
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
}

impl BankQuestion {
    pub const ALL: [BankQuestion; 12] = [
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
    ];
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

    /// The criteria to work on: every one rated 2 or lower, and else the lowest-rated ones while they are below
    /// 4. Empty when nothing is rated or everything is rated well.
    pub fn weakest(&self) -> Vec<Criterion> {
        let Some(lowest) = self.ratings.values().copied().min() else {
            return Vec::new();
        };
        Criterion::ALL
            .into_iter()
            .filter(|c| {
                self.ratings
                    .get(c)
                    .is_some_and(|&r| r <= WEAK || (r == lowest && r < 4))
            })
            .collect()
    }

    /// How many questions (bank and own) have each status: `(sure, shaky, open)`.
    pub fn readiness(&self) -> (usize, usize, usize) {
        let all = BankQuestion::ALL
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
        assert!(JuryCheck::default().weakest().is_empty());
        let j = rated(&[
            (Criterion::Relevance, 2),
            (Criterion::Digital, 1),
            (Criterion::Clarity, 3),
        ]);
        assert_eq!(j.weakest(), vec![Criterion::Relevance, Criterion::Digital]);
        let j = rated(&[
            (Criterion::Region, 3),
            (Criterion::Clarity, 3),
            (Criterion::Innovation, 5),
        ]);
        assert_eq!(j.weakest(), vec![Criterion::Region, Criterion::Clarity]);
        assert!(rated(&[(Criterion::Region, 4), (Criterion::Clarity, 5)])
            .weakest()
            .is_empty());
    }

    #[test]
    fn unanswered_questions_count_as_open() {
        let mut j = JuryCheck::default();
        j.bank.insert(BankQuestion::WhoPays, QuestionStatus::Sure);
        j.own.push(OwnQuestion {
            text: "Warum gerade jetzt?".into(),
            status: QuestionStatus::Shaky,
        });
        assert_eq!(j.readiness(), (1, 1, BankQuestion::ALL.len() - 1));
    }
}
