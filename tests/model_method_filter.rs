#![cfg(not(target_arch = "wasm32"))]
//! Finding methods in the real catalogue: by phase, time, group size and words in either language.

use querwerk::model::method::filter::{Duration, MethodFilter};
use querwerk::model::{Method, Phase};

mod support;

fn ids(filter: &MethodFilter, all: &[Method]) -> Vec<String> {
    filter
        .apply(all)
        .into_iter()
        .map(|m| m.id.clone())
        .collect()
}

#[test]
fn no_filter_finds_everything_in_catalogue_order() {
    let all = support::catalogue();
    assert_eq!(MethodFilter::default().apply(&all).len(), all.len());
}

#[test]
fn phase_filter_keeps_only_that_phase() {
    let all = support::catalogue();
    let filter = MethodFilter {
        phase: Some(Phase::Ideas),
        ..Default::default()
    };
    let found = filter.apply(&all);
    assert!(found.len() >= 6);
    assert!(found.iter().all(|m| m.phase == Phase::Ideas));
}

#[test]
fn duration_filter_uses_the_sum_of_the_timeboxes() {
    let all = support::catalogue();
    for duration in Duration::ALL {
        let filter = MethodFilter {
            duration,
            ..Default::default()
        };
        for m in filter.apply(&all) {
            let t = m.total_minutes();
            match duration {
                Duration::Any => {}
                Duration::UpTo30 => assert!(t <= 30, "{} {t}", m.id),
                Duration::UpTo60 => assert!(t <= 60, "{} {t}", m.id),
                Duration::Over60 => assert!(t > 60, "{} {t}", m.id),
            }
        }
        assert_eq!(Duration::from_key(duration.key()), duration);
    }
    assert_eq!(Duration::from_key("nonsense"), Duration::Any);
}

#[test]
fn group_size_filter_keeps_methods_that_work_for_that_many() {
    let all = support::catalogue();
    let filter = MethodFilter {
        people: Some(3),
        ..Default::default()
    };
    let found = filter.apply(&all);
    assert!(!found.is_empty());
    assert!(found.iter().all(|m| m.group.min <= 3 && 3 <= m.group.max));
    let nobody = MethodFilter {
        people: Some(500),
        ..Default::default()
    };
    assert!(nobody.apply(&all).is_empty());
}

#[test]
fn search_finds_names_in_either_language_ignoring_case_and_umlauts() {
    let all = support::catalogue();
    let search = |q: &str| {
        ids(
            &MethodFilter {
                query: q.into(),
                ..Default::default()
            },
            &all,
        )
    };
    assert!(search("crazy").contains(&"crazy-8s".to_owned()));
    assert!(search("CRAZY 8S").contains(&"crazy-8s".to_owned()));
    assert!(search("empathy map").contains(&"empathy-map".to_owned()));
    // German name with an umlaut, typed in capitals.
    let found = search("ÜBER");
    assert!(!found.is_empty(), "some purpose says „über“");
    assert!(search("wort-das-es-nicht-gibt").is_empty());
    // Words must all match, in any order.
    assert!(search("8s crazy").contains(&"crazy-8s".to_owned()));
}

#[test]
fn filters_combine() {
    let all = support::catalogue();
    let filter = MethodFilter {
        phase: Some(Phase::Problem),
        duration: Duration::UpTo30,
        people: Some(4),
        query: String::new(),
    };
    for m in filter.apply(&all) {
        assert_eq!(m.phase, Phase::Problem);
        assert!(m.total_minutes() <= 30);
        assert!(m.group.min <= 4 && 4 <= m.group.max);
    }
}
