//! Which phase file holds a method, without reading the files: a board that shows one method needs only its
//! phase's file (a participant's phone, issue 13). `tests/model_methods.rs` checks this list against the files,
//! so a method added to a file and not here fails the tests.

use super::Phase;

const INDEX: [(Phase, &[&str]); 6] = [
    (
        Phase::Kickoff,
        &[
            "check-in",
            "two-minute-pitch",
            "speed-dating",
            "team-canvas",
            "challenge-brief",
            "question-pitch",
            "cooperation-agreement",
            "project-roadmap",
        ],
    ),
    (
        Phase::Problem,
        &[
            "stakeholder-map",
            "user-interviews",
            "interview-themes",
            "existing-solutions",
            "persona",
            "empathy-map",
            "customer-journey",
            "five-whys",
            "point-of-view",
            "how-might-we",
        ],
    ),
    (
        Phase::Ideas,
        &[
            "brainstorming",
            "brainwriting-635",
            "reverse-brainstorming",
            "crazy-8s",
            "cross-analogies",
            "scamper",
            "morphological-box",
            "walt-disney",
            "dot-voting",
            "impact-effort",
        ],
    ),
    (
        Phase::Prototype,
        &[
            "storyboard",
            "paper-prototype",
            "wizard-of-oz",
            "click-prototype",
            "value-proposition",
            "test-plan",
            "feedback-grid",
            "learnings",
        ],
    ),
    (
        Phase::Pitch,
        &[
            "blueprint",
            "lean-canvas",
            "pitch-canvas",
            "pitch-storyline",
            "elevator-pitch",
            "jury-questions",
        ],
    ),
    (
        Phase::Reflection,
        &["retro", "peer-learning", "flash-round"],
    ),
];

/// The phase whose file holds the method `id`; `None` for an id this version does not list.
pub fn phase_of(id: &str) -> Option<Phase> {
    INDEX
        .iter()
        .find(|(_, ids)| ids.contains(&id))
        .map(|(phase, _)| *phase)
}

/// Every listed method id with its phase, in file order (for the tests).
pub fn listed() -> impl Iterator<Item = (Phase, &'static str)> {
    INDEX
        .iter()
        .flat_map(|(phase, ids)| ids.iter().map(move |id| (*phase, *id)))
}
