//! The words for the pitch's kinds, fields, criteria, questions and answers: one place for the pitch pages,
//! the slides, the handout and the exported documents.

use super::Key;
use crate::model::pitch::{BankQuestion, Criterion, PitchField, PitchKind, QuestionStatus};

pub fn kind_name(kind: PitchKind) -> Key {
    match kind {
        PitchKind::Question => Key::PitchKindQuestion,
        PitchKind::Result => Key::PitchKindResult,
    }
}

pub fn kind_intro(kind: PitchKind) -> Key {
    match kind {
        PitchKind::Question => Key::PitchKindQuestionIntro,
        PitchKind::Result => Key::PitchKindResultIntro,
    }
}

/// Label and the question the field answers.
pub fn field(f: PitchField) -> (Key, Key) {
    use PitchField::*;
    match f {
        Challenge => (Key::PitchChallenge, Key::PitchChallengeHint),
        Affected => (Key::PitchAffected, Key::PitchAffectedHint),
        Audience => (Key::PitchAudience, Key::PitchAudienceHint),
        Solution => (Key::PitchSolution, Key::PitchSolutionHint),
        Digital => (Key::PitchDigital, Key::PitchDigitalHint),
        Evidence => (Key::PitchEvidence, Key::PitchEvidenceHint),
        Impact => (Key::PitchImpact, Key::PitchImpactHint),
        Blueprint => (Key::PitchBlueprint, Key::PitchBlueprintHint),
        Budget => (Key::PitchBudget, Key::PitchBudgetHint),
        Team => (Key::PitchTeam, Key::PitchTeamHint),
        Next => (Key::PitchNext, Key::PitchNextHint),
    }
}

/// Label and the prompt that makes the team think before it rates, at `kind`'s moment.
pub fn criterion(c: Criterion, kind: PitchKind) -> (Key, Key) {
    use Criterion::*;
    match c {
        Digital if kind == PitchKind::Question => {
            (Key::JuryDigital, Key::JuryDigitalQuestionPrompt)
        }
        Problem => (Key::JuryProblem, Key::JuryProblemPrompt),
        Creative => (Key::JuryCreative, Key::JuryCreativePrompt),
        Relevance => (Key::JuryRelevance, Key::JuryRelevancePrompt),
        Innovation => (Key::JuryInnovation, Key::JuryInnovationPrompt),
        Digital => (Key::JuryDigital, Key::JuryDigitalPrompt),
        Feasibility => (Key::JuryFeasibility, Key::JuryFeasibilityPrompt),
        Region => (Key::JuryRegion, Key::JuryRegionPrompt),
        Transfer => (Key::JuryTransfer, Key::JuryTransferPrompt),
        Partnership => (Key::JuryPartnership, Key::JuryPartnershipPrompt),
        Continuation => (Key::JuryContinuation, Key::JuryContinuationPrompt),
        Clarity => (Key::JuryClarity, Key::JuryClarityPrompt),
    }
}

pub fn bank(q: BankQuestion) -> Key {
    use BankQuestion::*;
    match q {
        WhoAsked => Key::BankWhoAsked,
        WhyDigital => Key::BankWhyDigital,
        WhatExists => Key::BankWhatExists,
        WhoPays => Key::BankWhoPays,
        AfterProgramme => Key::BankAfterProgramme,
        WhoCopies => Key::BankWhoCopies,
        WhatTested => Key::BankWhatTested,
        WhatIfFails => Key::BankWhatIfFails,
        DataProtection => Key::BankDataProtection,
        WhoDoesWhat => Key::BankWhoDoesWhat,
        NextStep => Key::BankNextStep,
        WhyRegion => Key::BankWhyRegion,
        CreativeRole => Key::BankCreativeRole,
        Imprint => Key::BankImprint,
        Accessibility => Key::BankAccessibility,
    }
}

/// What a good answer covers, for the questions juries ask of anything digital.
pub fn bank_help(q: BankQuestion) -> Option<Key> {
    match q {
        BankQuestion::DataProtection => Some(Key::BankHelpDataProtection),
        BankQuestion::Imprint => Some(Key::BankHelpImprint),
        BankQuestion::Accessibility => Some(Key::BankHelpAccessibility),
        _ => None,
    }
}

pub fn status(s: QuestionStatus) -> Key {
    match s {
        QuestionStatus::Sure => Key::AnswerSure,
        QuestionStatus::Shaky => Key::AnswerShaky,
        QuestionStatus::Open => Key::AnswerOpen,
    }
}
