#![cfg(not(target_arch = "wasm32"))]
//! The method catalogue in `public/methods/`: it parses, passes every check, covers the journey, keeps the stored
//! empathy-map keys and reads as German and English should. Then the validator and the parser on broken input.

use querwerk::format::{parse_phase_file, CatalogueError};
use querwerk::model::method::validate::{
    is_kebab_case, validate_catalogue, validate_phase_file, Problem, ProblemKind,
};
use querwerk::model::method::{
    join_sentence, Area, Axis, Field, GridArea, GroupSize, MethodTemplate, Slot, Step, TemplateKind,
};
use querwerk::model::validate::validate_board;
use querwerk::model::*;
use std::collections::{BTreeSet, HashMap};

fn path(phase: Phase) -> String {
    format!(
        "{}/public/methods/{}",
        env!("CARGO_MANIFEST_DIR"),
        phase.file_name()
    )
}

fn read(phase: Phase) -> String {
    std::fs::read_to_string(path(phase)).unwrap_or_else(|e| panic!("{}: {e}", path(phase)))
}

fn files() -> Vec<PhaseFile> {
    Phase::ALL
        .iter()
        .map(|&p| parse_phase_file(&read(p)).unwrap_or_else(|e| panic!("{}: {e}", path(p))))
        .collect()
}

fn catalogue() -> Vec<Method> {
    files().into_iter().flat_map(|f| f.methods).collect()
}

fn method<'a>(all: &'a [Method], id: &str) -> &'a Method {
    all.iter()
        .find(|m| m.id == id)
        .unwrap_or_else(|| panic!("no method {id}"))
}

// ---------------------------------------------------------------------------------------------------------------
// The shipped catalogue

#[test]
fn every_file_parses_and_passes_every_check() {
    let files = files();
    for (file, phase) in files.iter().zip(Phase::ALL) {
        assert_eq!(file.phase, phase, "{} names the wrong phase", path(phase));
        assert_eq!(validate_phase_file(file), vec![]);
    }
    let all: Vec<Method> = files.into_iter().flat_map(|f| f.methods).collect();
    let problems: Vec<String> = validate_catalogue(&all)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn files_hold_nothing_the_types_would_drop() {
    // A misspelt optional key (`"hnit"`) would parse and vanish; writing the typed value back must give the file.
    for phase in Phase::ALL {
        let text = read(phase);
        let raw: serde_json::Value = serde_json::from_str(&text).unwrap();
        let typed = serde_json::to_value(parse_phase_file(&text).unwrap()).unwrap();
        assert_eq!(raw, typed, "{} has keys the types ignore", path(phase));
    }
}

#[test]
fn each_phase_has_its_minimum_of_methods() {
    let all = catalogue();
    let minimum = [
        (Phase::Kickoff, 7),
        (Phase::Problem, 10),
        (Phase::Ideas, 10),
        (Phase::Prototype, 8),
        (Phase::Pitch, 6),
        (Phase::Reflection, 3),
    ];
    for (phase, min) in minimum {
        let n = all.iter().filter(|m| m.phase == phase).count();
        assert!(n >= min, "{phase:?} has {n} methods, needs {min}");
    }
    assert!(all.len() >= 43, "{} methods", all.len());
}

#[test]
fn the_journey_is_connected_from_kickoff_to_reflection() {
    let all = catalogue();
    let phase_of: HashMap<&str, Phase> = all.iter().map(|m| (m.id.as_str(), m.phase)).collect();
    for phase in Phase::ALL {
        let Some(following) = phase.next() else {
            continue;
        };
        let bridge = all.iter().filter(|m| m.phase == phase).any(|m| {
            m.next
                .iter()
                .any(|n| phase_of.get(n.as_str()) == Some(&following))
        });
        assert!(bridge, "no {phase:?} method leads into {following:?}");
    }
}

#[test]
fn every_template_kind_is_used_where_it_fits() {
    let all = catalogue();
    let used: BTreeSet<TemplateKind> = all.iter().map(|m| m.template.kind()).collect();
    assert_eq!(used, TemplateKind::ALL.into_iter().collect());
    let kind = |id: &str| method(&all, id).template.kind();
    assert_eq!(kind("impact-effort"), TemplateKind::Matrix);
    assert_eq!(kind("point-of-view"), TemplateKind::Sentence);
    assert_eq!(kind("how-might-we"), TemplateKind::Sentence);
    assert_eq!(kind("storyboard"), TemplateKind::Sequence);
    for id in [
        "lean-canvas",
        "value-proposition",
        "team-canvas",
        "pitch-canvas",
    ] {
        assert_eq!(kind(id), TemplateKind::Canvas, "{id}");
    }
    assert_eq!(
        method(&all, "brainwriting-635").template,
        MethodTemplate::Rounds {
            rounds: 6,
            ideas_per_round: 3,
            minutes_per_round: 5
        }
    );
}

#[test]
fn the_empathy_map_keeps_the_zones_stored_boards_use() {
    let all = catalogue();
    let map = method(&all, templates::EMPATHY_MAP);
    assert_eq!(map.template.zones(), templates::empathy_map().zones);
    let keys: Vec<String> = map.template.zones().into_iter().map(|z| z.key).collect();
    assert_eq!(keys, ["says", "thinks", "does", "feels"]);
    assert!(
        all.iter().all(|m| m.id != templates::FREE),
        "free is not a method"
    );
}

#[test]
fn templates_come_from_the_catalogue_with_built_ins_as_fallback() {
    let all = catalogue();
    assert_eq!(
        templates::by_method_in("free", &all),
        Some(templates::free())
    );
    let map = templates::by_method_in("empathy-map", &all).unwrap();
    assert_eq!(map.zones, templates::empathy_map().zones);
    assert_eq!(
        templates::by_method_in("empathy-map", &[]),
        Some(templates::empathy_map())
    );
    let storyboard = templates::by_method_in("storyboard", &all).unwrap();
    assert_eq!(storyboard.method, "storyboard");
    assert_eq!(
        storyboard.zones[0],
        Zone::new("panel-1", "Bild 1", "Panel 1")
    );
    assert_eq!(templates::by_method_in("storyboard", &[]), None);
    assert_eq!(templates::by_method_in("nope", &all), None);
}

#[test]
fn every_method_makes_a_valid_board() {
    for m in catalogue() {
        let template = m.board_template();
        assert_eq!(template.method, m.id);
        assert_eq!(template.title, m.name);
        let board = Board::from_template(&template, m.name.de.clone(), Timestamp(1));
        assert_eq!(validate_board(&board), Ok(()), "{}", m.id);
        let expected = match &m.template {
            MethodTemplate::Sequence { panels, .. } => usize::from(*panels),
            MethodTemplate::Rounds { rounds, .. } => usize::from(*rounds),
            other => other.keys().len(),
        };
        assert_eq!(board.zones.len(), expected, "{}", m.id);
    }
}

#[test]
fn timeboxes_are_realistic() {
    for m in catalogue() {
        let total = m.total_minutes();
        assert_eq!(
            total,
            m.steps.iter().map(|s| u32::from(s.minutes)).sum::<u32>()
        );
        assert!((10..=120).contains(&total), "{}: {total} minutes", m.id);
        if let MethodTemplate::Rounds {
            rounds,
            minutes_per_round,
            ..
        } = m.template
        {
            let needed = u16::from(rounds) * minutes_per_round;
            assert!(
                m.steps.iter().any(|s| s.minutes == needed),
                "{}: no step times the {needed} minutes of writing rounds",
                m.id
            );
        }
    }
}

/// `( [ {` close in order within one text, so slot placeholders like `[Nutzer:in]` stay whole.
fn brackets_balanced(text: &str) -> bool {
    let mut open = Vec::new();
    for c in text.chars() {
        match c {
            '(' | '[' | '{' => open.push(c),
            ')' | ']' | '}' => {
                let want = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                if open.pop() != Some(want) {
                    return false;
                }
            }
            _ => {}
        }
    }
    open.is_empty()
}

fn pairs(text: &str, open: char, close: char) -> bool {
    text.matches(open).count() == text.matches(close).count()
}

#[test]
fn texts_use_german_and_english_typography() {
    let informal = [
        "du", "dich", "dir", "dein", "deine", "deinen", "euch", "euer", "eure",
    ];
    for m in catalogue() {
        for t in m.texts() {
            let (de, en) = (&t.text.de, &t.text.en);
            let at = format!("{}: {}", m.id, t.path);
            assert!(
                !de.contains('"') && !de.contains('\''),
                "{at}: straight quote in {de}"
            );
            assert!(
                !en.contains('"') && !en.contains('\''),
                "{at}: straight quote in {en}"
            );
            let de_ok = brackets_balanced(de) && pairs(de, '„', '“') && pairs(de, '‚', '‘');
            assert!(de_ok && !de.contains('”'), "{at}: unbalanced in {de}");
            // English ’ doubles as the apostrophe, so only double quotes are paired.
            let en_ok = brackets_balanced(en) && pairs(en, '“', '”');
            assert!(en_ok && !en.contains('„'), "{at}: unbalanced in {en}");
            for text in [de, en] {
                assert!(
                    !text.contains("..."),
                    "{at}: three dots instead of … in {text}"
                );
                assert!(!text.contains(" - "), "{at}: hyphen instead of – in {text}");
                assert!(!text.contains("  "), "{at}: double space in {text}");
            }
            let words = de.split(|c: char| !c.is_alphabetic());
            for word in words {
                let word = word.to_lowercase();
                assert!(
                    !informal.contains(&word.as_str()),
                    "{at}: informal „{word}“"
                );
            }
            assert!(
                !de.contains("ae ") && !de.contains(" ue"),
                "{at}: spelled-out umlaut in {de}"
            );
            // One gender form: the spelled-out pair ("Nutzerinnen und Nutzer"), never ":innen" or "*innen".
            assert!(
                ![":in", "*in", "_in", "Innen"]
                    .iter()
                    .any(|f| de.contains(f)),
                "{at}: gender form in {de}"
            );
        }
    }
}

/// A sentence template with one phrase per slot, in German or English: the fixed words, the phrases, the end.
fn fill(all: &[Method], id: &str, de: bool, phrases: &[&str]) -> String {
    let MethodTemplate::Sentence { slots, after } = &method(all, id).template else {
        panic!("{id} is not a sentence")
    };
    assert_eq!(slots.len(), phrases.len(), "{id}: one phrase per slot");
    let pick = |t: &LocalText| if de { t.de.clone() } else { t.en.clone() };
    let mut parts = Vec::new();
    for (slot, phrase) in slots.iter().zip(phrases) {
        parts.extend(slot.before.as_ref().map(pick));
        parts.push((*phrase).to_owned());
    }
    parts.push(pick(after));
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    join_sentence(&parts)
}

/// The sentence as an empty board shows it: each gap as `[label]`.
fn placeholders(all: &[Method], id: &str, de: bool) -> String {
    let MethodTemplate::Sentence { slots, .. } = &method(all, id).template else {
        panic!("{id} is not a sentence")
    };
    let labels: Vec<String> = slots
        .iter()
        .map(|s| format!("[{}]", if de { &s.label.de } else { &s.label.en }))
        .collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    fill(all, id, de, &labels)
}

/// Every sentence template, filled the way its hints ask, in German and English: (id, German phrases, German
/// sentence, English phrases, English sentence).
#[allow(clippy::type_complexity)]
const FILLED: &[(&str, &[&str], &str, &[&str], &str)] = &[
    (
        "point-of-view",
        &[
            "Die Kassenwartin eines kleinen Vereins",
            "Belege ohne Papierstapel zu sammeln",
            "sie abends allein abrechnet",
        ],
        "Die Kassenwartin eines kleinen Vereins braucht eine Möglichkeit, Belege ohne Papierstapel zu sammeln, \
         weil sie abends allein abrechnet.",
        &[
            "The treasurer of a small club",
            "collect receipts without piles of paper",
            "she does the accounts alone in the evening",
        ],
        "The treasurer of a small club needs a way to collect receipts without piles of paper because she does the \
         accounts alone in the evening.",
    ),
    (
        "how-might-we",
        &[
            "für ältere Vereinsmitglieder",
            "das Anmelden zu Kursen leichter machen",
            "sie ohne Hilfe mitmachen können",
        ],
        "Wie könnten wir für ältere Vereinsmitglieder das Anmelden zu Kursen leichter machen, damit sie ohne Hilfe \
         mitmachen können?",
        &[
            "older club members",
            "sign up for courses without a phone call",
            "they can join in without help",
        ],
        "How might we help older club members sign up for courses without a phone call so that they can join in \
         without help?",
    ),
    (
        "test-plan",
        &[
            "ältere Mitglieder auch online buchen",
            "einem Klickprototyp bei zehn Mitgliedern im Vereinsheim",
            "die Buchungen ohne Hilfe",
            "mindestens sieben von zehn Buchungen",
        ],
        "Wir glauben, dass ältere Mitglieder auch online buchen. Das prüfen wir mit einem Klickprototyp bei zehn \
         Mitgliedern im Vereinsheim. Dabei zählen wir die Buchungen ohne Hilfe. Die Annahme gilt als bestätigt bei \
         mindestens sieben von zehn Buchungen.",
        &[
            "older members will also book online",
            "a clickable prototype and ten members at the clubhouse",
            "the bookings made without help",
            "at least seven out of ten bookings",
        ],
        "We believe that older members will also book online. We will test this with a clickable prototype and ten \
         members at the clubhouse. We will count the bookings made without help. Our threshold for success is at \
         least seven out of ten bookings.",
    ),
    (
        "elevator-pitch",
        &[
            "das Zettelchaos in der Vereinskasse",
            "kleine Sportvereine",
            "Belege per Handyfoto erfassen",
            "die Kasse in Minuten stimmt",
        ],
        "Wir lösen das Zettelchaos in der Vereinskasse für kleine Sportvereine, indem wir Belege per Handyfoto \
         erfassen, damit die Kasse in Minuten stimmt.",
        &[
            "the paper chaos of club accounts",
            "small sports clubs",
            "capturing receipts with a phone photo",
            "the accounts add up in minutes",
        ],
        "We solve the paper chaos of club accounts for small sports clubs by capturing receipts with a phone photo \
         so that the accounts add up in minutes.",
    ),
];

#[test]
fn every_sentence_template_filled_reads_as_a_whole_sentence() {
    let all = catalogue();
    let sentences: BTreeSet<&str> = all
        .iter()
        .filter(|m| m.template.kind() == TemplateKind::Sentence)
        .map(|m| m.id.as_str())
        .collect();
    let covered: BTreeSet<&str> = FILLED.iter().map(|f| f.0).collect();
    assert_eq!(
        sentences, covered,
        "every sentence template needs an example"
    );
    for (id, de, de_sentence, en, en_sentence) in FILLED {
        assert_eq!(fill(&all, id, true, de), *de_sentence, "{id} (de)");
        assert_eq!(fill(&all, id, false, en), *en_sentence, "{id} (en)");
    }
}

#[test]
fn sentence_templates_read_as_sentences() {
    let all = catalogue();
    assert_eq!(
        placeholders(&all, "point-of-view", true),
        "[Nutzerin oder Nutzer] braucht eine Möglichkeit, [Bedürfnis], weil [Erkenntnis]."
    );
    assert_eq!(
        placeholders(&all, "point-of-view", false),
        "[User] needs a way to [Need] because [Insight]."
    );
    assert_eq!(
        placeholders(&all, "how-might-we", true),
        "Wie könnten wir [Für wen] [Vorhaben], damit [Wirkung]?"
    );
    assert_eq!(
        placeholders(&all, "how-might-we", false),
        "How might we help [Whom] [Action] so that [Effect]?"
    );
    assert_eq!(
        placeholders(&all, "elevator-pitch", true),
        "Wir lösen [Problem] für [Zielgruppe], indem wir [Lösung], damit [Wirkung]."
    );
}

#[test]
fn phases_are_in_journey_order() {
    assert_eq!(Phase::ALL[0], Phase::Kickoff);
    assert_eq!(Phase::Kickoff.next(), Some(Phase::Problem));
    assert_eq!(Phase::Pitch.next(), Some(Phase::Reflection));
    assert_eq!(Phase::Reflection.next(), None);
    assert_eq!(Phase::Prototype.file_name(), "prototype.json");
    assert!(Phase::ALL.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn join_sentence_spaces_words_and_attaches_punctuation() {
    assert_eq!(join_sentence(&["a", ", weil", "b", "."]), "a, weil b.");
    assert_eq!(join_sentence(&["", "Wie", " x ", "?"]), "Wie x?");
    assert_eq!(join_sentence(&[]), "");
}

#[test]
fn kebab_case_is_strict() {
    for ok in ["a", "empathy-map", "brainwriting-635", "crazy-8s"] {
        assert!(is_kebab_case(ok), "{ok}");
    }
    for bad in ["", "-a", "a-", "a--b", "A", "a_b", "a b", "ä"] {
        assert!(!is_kebab_case(bad), "{bad}");
    }
}

// ---------------------------------------------------------------------------------------------------------------
// The validator catches each kind of defect

fn lt(s: &str) -> LocalText {
    LocalText::new(format!("{s} (de)"), format!("{s} (en)"))
}

fn area(key: &str) -> Area {
    Area {
        key: key.into(),
        label: lt(key),
        hint: None,
    }
}

fn good(id: &str) -> Method {
    Method {
        id: id.into(),
        phase: Phase::Ideas,
        name: lt("Name"),
        purpose: lt("Purpose"),
        output: lt("Output"),
        group: GroupSize { min: 2, max: 6 },
        steps: vec![Step {
            title: lt("Step"),
            instruction: lt("Do it."),
            minutes: 10,
            rounds: None,
        }],
        tips: vec![lt("Tip one."), lt("Tip two.")],
        pitfall: lt("Pitfall."),
        next: vec![],
        template: MethodTemplate::Zones {
            zones: vec![area("a"), area("b")],
        },
        anonymous: false,
        sources: vec!["https://example.org/method".into()],
    }
}

fn with_template(template: MethodTemplate) -> Method {
    Method {
        template,
        ..good("m")
    }
}

fn problem(path: &str, kind: ProblemKind) -> Problem {
    Problem {
        method: "m".into(),
        path: path.into(),
        kind,
    }
}

fn check(method: Method) -> Vec<Problem> {
    validate_catalogue(&[method])
}

fn range(found: u32, min: u32, max: u32) -> ProblemKind {
    ProblemKind::OutOfRange { found, min, max }
}

#[test]
fn brainwriting_alone_hides_who_wrote_a_note() {
    let anonymous: Vec<String> = catalogue()
        .into_iter()
        .filter(|m| m.anonymous)
        .map(|m| m.id)
        .collect();
    assert_eq!(anonymous, vec!["brainwriting-635".to_string()]);
}

#[test]
fn a_good_method_has_no_problems() {
    assert_eq!(validate_catalogue(&[good("a"), good("b")]), vec![]);
    assert_eq!(good("a").total_minutes(), 10);
}

#[test]
fn catches_ids_that_are_not_kebab_case() {
    let p = validate_catalogue(&[good("Brain_Storm")]);
    assert_eq!(p.len(), 1);
    assert_eq!(
        (p[0].path.as_str(), &p[0].kind),
        ("id", &ProblemKind::NotKebabCase)
    );
}

#[test]
fn catches_duplicate_ids() {
    assert_eq!(
        validate_catalogue(&[good("m"), good("m")]),
        vec![problem("id", ProblemKind::DuplicateId)]
    );
}

#[test]
fn catches_empty_untrimmed_and_long_texts() {
    let mut m = good("m");
    m.name.en = " ".into();
    m.purpose.de = "Zweck ".into();
    m.pitfall.de = "x".repeat(241);
    assert_eq!(
        check(m),
        vec![
            problem("name.en", ProblemKind::EmptyText),
            problem("purpose.de", ProblemKind::Untrimmed),
            problem(
                "pitfall.de",
                ProblemKind::TooLong {
                    max: 240,
                    found: 241
                }
            ),
        ]
    );
}

#[test]
fn catches_steps_out_of_range() {
    let mut none = good("m");
    none.steps.clear();
    assert_eq!(check(none), vec![problem("steps", range(0, 1, 12))]);
    let mut many = good("m");
    many.steps = vec![many.steps[0].clone(); 13];
    assert_eq!(check(many), vec![problem("steps", range(13, 1, 12))]);
    let mut minutes = good("m");
    minutes.steps[0].minutes = 0;
    minutes.steps.push(Step {
        minutes: 181,
        ..minutes.steps[0].clone()
    });
    assert_eq!(
        check(minutes),
        vec![
            problem("steps[0].minutes", range(0, 1, 180)),
            problem("steps[1].minutes", range(181, 1, 180)),
        ]
    );
    let mut rounds = good("m");
    rounds.steps[0].rounds = Some(3);
    rounds.steps.push(Step {
        rounds: Some(13),
        ..rounds.steps[0].clone()
    });
    rounds.steps.push(Step {
        rounds: Some(5),
        ..rounds.steps[0].clone()
    });
    assert_eq!(
        check(rounds),
        vec![
            problem("steps[0].rounds", ProblemKind::UnevenRounds),
            problem("steps[1].rounds", range(13, 1, 12)),
            problem("steps[1].rounds", ProblemKind::UnevenRounds),
        ]
    );
}

#[test]
fn catches_impossible_group_sizes() {
    let mut zero = good("m");
    zero.group = GroupSize { min: 0, max: 4 };
    assert_eq!(check(zero), vec![problem("group.min", range(0, 1, 4))]);
    let mut inverted = good("m");
    inverted.group = GroupSize { min: 5, max: 3 };
    assert_eq!(check(inverted), vec![problem("group.min", range(5, 1, 3))]);
}

#[test]
fn catches_too_few_tips() {
    let mut m = good("m");
    m.tips.pop();
    assert_eq!(check(m), vec![problem("tips", range(1, 2, 6))]);
}

#[test]
fn catches_bad_next_links() {
    let mut m = good("m");
    m.next = vec!["m".into(), "nowhere".into(), "other".into(), "other".into()];
    assert_eq!(
        validate_catalogue(&[m, good("other")]),
        vec![
            problem("next[0]", ProblemKind::NextIsSelf),
            problem(
                "next[1]",
                ProblemKind::UnknownNext {
                    id: "nowhere".into()
                }
            ),
            problem("next[3]", ProblemKind::DuplicateNext { id: "other".into() }),
        ]
    );
}

#[test]
fn catches_a_method_in_the_wrong_phase_file() {
    let file = PhaseFile {
        phase: Phase::Pitch,
        methods: vec![good("m")],
    };
    assert_eq!(
        validate_phase_file(&file),
        vec![problem(
            "phase",
            ProblemKind::WrongPhase {
                expected: Phase::Pitch,
                found: Phase::Ideas
            }
        )]
    );
}

#[test]
fn catches_sources_that_are_not_web_addresses() {
    let mut m = good("m");
    m.sources = vec!["http://example.org".into(), "see workbook".into()];
    assert_eq!(
        check(m),
        vec![
            problem("sources[0]", ProblemKind::NotAWebAddress),
            problem("sources[1]", ProblemKind::NotAWebAddress),
        ]
    );
}

#[test]
fn catches_missing_duplicate_and_malformed_area_keys() {
    assert_eq!(
        check(with_template(MethodTemplate::Columns { columns: vec![] })),
        vec![problem("template.columns", range(0, 1, 12))]
    );
    assert_eq!(
        check(with_template(MethodTemplate::Rows {
            rows: vec![area("a"), area("Ab"), area("a")]
        })),
        vec![
            problem("template.rows[1].key", ProblemKind::NotKebabCase),
            problem("template.rows[2].key", ProblemKind::DuplicateKey),
        ]
    );
}

#[test]
fn catches_empty_area_labels_and_hints() {
    let mut a = area("a");
    a.label.de.clear();
    a.hint = Some(LocalText::new("Frage?", ""));
    assert_eq!(
        check(with_template(MethodTemplate::Zones { zones: vec![a] })),
        vec![
            problem("template.zones[0].label.de", ProblemKind::EmptyText),
            problem("template.zones[0].hint.en", ProblemKind::EmptyText),
        ]
    );
}

fn axis() -> Axis {
    Axis {
        label: lt("Effort"),
        low: lt("low"),
        high: lt("high"),
    }
}

#[test]
fn catches_a_matrix_without_four_quadrants_or_axis_labels() {
    let mut y = axis();
    y.label.en.clear();
    let m = with_template(MethodTemplate::Matrix {
        x: Box::new(axis()),
        y: Box::new(y),
        quadrants: vec![area("a"), area("b"), area("c")],
    });
    assert_eq!(
        check(m),
        vec![
            problem("template.y.label.en", ProblemKind::EmptyText),
            problem("template.quadrants", range(3, 4, 4)),
        ]
    );
}

#[test]
fn catches_a_sentence_with_one_slot() {
    let slot = Slot {
        key: "who".into(),
        label: lt("Who"),
        before: Some(lt("Wie")),
        hint: None,
    };
    assert_eq!(
        check(with_template(MethodTemplate::Sentence {
            slots: vec![slot],
            after: lt("?"),
        })),
        vec![problem("template.slots", range(1, 2, 6))]
    );
}

#[test]
fn catches_sequences_with_too_few_panels_or_too_many_hints() {
    let m = with_template(MethodTemplate::Sequence {
        panels: 1,
        panel_label: lt("Panel"),
        hints: vec![lt("one"), lt("two")],
    });
    assert_eq!(
        check(m),
        vec![
            problem("template.panels", range(1, 2, 12)),
            problem("template.hints", range(2, 0, 1)),
        ]
    );
}

#[test]
fn catches_rounds_out_of_range() {
    let m = with_template(MethodTemplate::Rounds {
        rounds: 0,
        ideas_per_round: 13,
        minutes_per_round: 31,
    });
    assert_eq!(
        check(m),
        vec![
            problem("template.rounds", range(0, 1, 12)),
            problem("template.ideasPerRound", range(13, 1, 12)),
            problem("template.minutesPerRound", range(31, 1, 30)),
        ]
    );
}

fn field(key: &str, col: u8, row: u8, col_span: u8, row_span: u8) -> Field {
    Field {
        key: key.into(),
        label: lt(key),
        hint: None,
        area: GridArea {
            col,
            row,
            col_span,
            row_span,
        },
    }
}

fn canvas(columns: u8, rows: u8, fields: Vec<Field>) -> Method {
    with_template(MethodTemplate::Canvas {
        columns,
        rows,
        fields,
    })
}

#[test]
fn a_fully_covered_canvas_is_fine() {
    let m = canvas(
        3,
        2,
        vec![
            field("a", 1, 1, 1, 2),
            field("b", 2, 1, 2, 1),
            field("c", 2, 2, 2, 1),
        ],
    );
    assert_eq!(check(m), vec![]);
}

#[test]
fn catches_canvas_fields_outside_the_grid() {
    let m = canvas(
        2,
        1,
        vec![
            field("a", 1, 1, 1, 1),
            field("b", 2, 1, 1, 1),
            field("c", 2, 1, 2, 1),
            field("d", 0, 1, 1, 1),
            field("e", 1, 1, 0, 1),
        ],
    );
    let outside = |i: usize| {
        problem(
            &format!("template.fields[{i}].area"),
            ProblemKind::OutsideGrid,
        )
    };
    assert_eq!(check(m), vec![outside(2), outside(3), outside(4)]);
}

#[test]
fn catches_overlapping_canvas_fields() {
    let m = canvas(2, 1, vec![field("a", 1, 1, 2, 1), field("b", 2, 1, 1, 1)]);
    assert_eq!(
        check(m),
        vec![problem(
            "template.fields[1].area",
            ProblemKind::Overlap { with: "a".into() }
        )]
    );
}

#[test]
fn catches_uncovered_canvas_cells() {
    let m = canvas(2, 2, vec![field("a", 1, 1, 2, 1), field("b", 1, 2, 1, 1)]);
    assert_eq!(
        check(m),
        vec![problem(
            "template.fields",
            ProblemKind::Uncovered { col: 2, row: 2 }
        )]
    );
}

#[test]
fn catches_canvas_grids_out_of_range() {
    let m = canvas(13, 0, vec![field("a", 1, 1, 1, 1)]);
    let p = check(m);
    assert!(p.contains(&problem("template.columns", range(13, 1, 12))));
    assert!(p.contains(&problem("template.rows", range(0, 1, 12))));
}

// ---------------------------------------------------------------------------------------------------------------
// The parser names where a broken file is broken

fn minimal_file(steps_minutes: &str, kind: &str) -> String {
    format!(
        r#"{{ "phase": "ideas", "methods": [ {{
            "id": "m", "phase": "ideas",
            "name": {{"de": "N", "en": "N"}}, "purpose": {{"de": "P", "en": "P"}}, "output": {{"de": "O", "en": "O"}},
            "group": {{"min": 1, "max": 2}},
            "steps": [ {{ "title": {{"de": "T", "en": "T"}}, "instruction": {{"de": "I", "en": "I"}}, "minutes": {steps_minutes} }} ],
            "tips": [], "pitfall": {{"de": "X", "en": "X"}}, "next": [],
            "template": {{ "kind": "{kind}", "zones": [ {{"key": "a", "label": {{"de": "A", "en": "A"}}}} ] }}
        }} ] }}"#
    )
}

fn invalid_at(text: &str) -> String {
    match parse_phase_file(text) {
        Err(CatalogueError::Invalid { path, .. }) => path,
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn a_minimal_file_parses() {
    let file = parse_phase_file(&minimal_file("5", "zones")).unwrap();
    assert_eq!(file.phase, Phase::Ideas);
    assert_eq!(file.methods[0].total_minutes(), 5);
}

#[test]
fn wrong_types_and_values_name_their_path() {
    assert_eq!(
        invalid_at(&minimal_file("\"ten\"", "zones")),
        "methods[0].steps[0].minutes"
    );
    assert_eq!(
        invalid_at(&minimal_file("-1", "zones")),
        "methods[0].steps[0].minutes"
    );
    assert_eq!(
        invalid_at(&minimal_file("5", "spiral")),
        "methods[0].template.kind"
    );
    let wrong_phase = minimal_file("5", "zones").replacen("\"ideas\"", "\"ideation\"", 1);
    assert_eq!(invalid_at(&wrong_phase), "phase");
    let missing = minimal_file("5", "zones").replace(r#""pitfall": {"de": "X", "en": "X"},"#, "");
    assert_eq!(invalid_at(&missing), "methods[0]");
    let err = parse_phase_file(&minimal_file("\"ten\"", "zones")).unwrap_err();
    assert_eq!(err.location(), "methods[0].steps[0].minutes");
    assert!(
        err.to_string().contains("methods[0].steps[0].minutes"),
        "{err}"
    );
}

#[test]
fn syntax_errors_give_line_and_column() {
    let text = minimal_file("5", "zones");
    let cut = &text[..text.len() / 2];
    let Err(CatalogueError::Syntax { line, column, .. }) = parse_phase_file(cut) else {
        panic!("expected a syntax error")
    };
    assert!(line >= 1 && column >= 1);
    assert!(matches!(
        parse_phase_file(&format!("{text} trailing")),
        Err(CatalogueError::Syntax { .. })
    ));
    assert!(matches!(
        parse_phase_file(""),
        Err(CatalogueError::Syntax { .. })
    ));
    assert!(matches!(
        parse_phase_file("[]"),
        Err(CatalogueError::Invalid { .. })
    ));
}

#[test]
fn every_cut_of_a_real_file_is_an_error_not_a_panic() {
    let text = read(Phase::Reflection);
    let cuts = (0..text.len())
        .step_by(211)
        .filter(|&i| text.is_char_boundary(i));
    for cut in cuts {
        assert!(parse_phase_file(&text[..cut]).is_err(), "cut at {cut}");
    }
}

#[test]
fn day_templates_use_methods_of_the_catalogue() {
    use querwerk::model::agenda::DayTemplate;
    let ids: BTreeSet<String> = catalogue().into_iter().map(|m| m.id).collect();
    for template in DayTemplate::ALL {
        for method in template.methods() {
            assert!(
                ids.contains(method),
                "{template:?} uses unknown method {method}"
            );
        }
    }
}

#[test]
fn round_based_methods_split_their_step_into_rounds() {
    let methods = catalogue();
    let rounds = |id: &str| -> Vec<(u16, i64)> {
        let m = methods.iter().find(|m| m.id == id).unwrap();
        m.steps
            .iter()
            .filter(|s| s.rounds.is_some())
            .map(|s| (s.round_count(), s.round_ms()))
            .collect()
    };
    assert_eq!(rounds("crazy-8s"), vec![(8, 60_000)]);
    assert_eq!(rounds("brainwriting-635"), vec![(6, 300_000)]);
}

#[test]
fn day_templates_give_each_method_the_minutes_of_its_steps() {
    use querwerk::model::agenda::DayTemplate;
    let all = catalogue();
    for template in DayTemplate::ALL {
        for item in template.agenda(540, Timestamp(0)).items {
            let Some(id) = item.method() else { continue };
            let steps = method(&all, id).total_minutes();
            assert_eq!(
                u32::from(item.minutes),
                steps,
                "{template:?} plans {} minutes for {id}, its steps take {steps}",
                item.minutes
            );
        }
    }
}

#[test]
fn day_templates_run_methods_after_what_they_build_on() {
    use querwerk::model::agenda::DayTemplate;
    let at = |template: DayTemplate, id: &str| {
        template
            .agenda(540, Timestamp(0))
            .items
            .iter()
            .position(|i| i.method() == Some(id))
            .unwrap_or_else(|| panic!("{template:?} has no {id}"))
    };
    // Firms and creatives pitch first, then choose whom to talk to.
    let kickoff = DayTemplate::Kickoff;
    assert!(at(kickoff, "two-minute-pitch") < at(kickoff, "speed-dating"));
    assert!(at(kickoff, "team-canvas") < at(kickoff, "challenge-brief"));
    // The brief feeds the question the team pitches to the jury.
    assert!(at(kickoff, "challenge-brief") < at(kickoff, "question-pitch"));
    // The matrix places the voted favourites.
    let ideas = DayTemplate::IdeasWorkshop;
    assert!(at(ideas, "how-might-we") < at(ideas, "brainstorming"));
    assert!(at(ideas, "dot-voting") < at(ideas, "impact-effort"));
    let pitch = DayTemplate::PitchTraining;
    assert!(at(pitch, "pitch-canvas") < at(pitch, "pitch-storyline"));
}

#[test]
fn the_blueprint_comes_before_the_pitches_that_read_from_it() {
    let all = catalogue();
    let blueprint = method(&all, "blueprint");
    assert_eq!(blueprint.phase, Phase::Pitch);
    let position = |id: &str| all.iter().position(|m| m.id == id).unwrap();
    assert!(position("blueprint") < position("pitch-canvas"));
    assert!(blueprint.next.iter().any(|n| n == "pitch-canvas"));
}

#[test]
fn the_programme_methods_are_in_the_library() {
    let all = catalogue();
    let expected = [
        ("reverse-brainstorming", Phase::Ideas, "Kopfstand"),
        ("walt-disney", Phase::Ideas, "Walt-Disney-Methode"),
        ("morphological-box", Phase::Ideas, "Morphologischer Kasten"),
        ("existing-solutions", Phase::Problem, "Was gibt es schon?"),
        ("interview-themes", Phase::Problem, "Themen aus Interviews"),
        ("click-prototype", Phase::Prototype, "Klickbarer Prototyp"),
        ("project-roadmap", Phase::Kickoff, "Projektfahrplan"),
        (
            "cooperation-agreement",
            Phase::Kickoff,
            "Kooperationsvereinbarung",
        ),
        ("flash-round", Phase::Reflection, "Blitzlicht"),
    ];
    for (id, phase, name) in expected {
        let m = method(&all, id);
        assert_eq!(m.phase, phase, "{id}");
        assert!(m.name.de.starts_with(name), "{id}: {}", m.name.de);
    }
    // The tool check and the agreement name what the review asked for.
    let areas = |id: &str| -> Vec<String> {
        method(&all, id)
            .template
            .keys()
            .into_iter()
            .map(|(_, k)| k.to_owned())
            .collect()
    };
    assert_eq!(
        areas("click-prototype"),
        ["screens", "tool", "cost", "privacy", "upkeep"]
    );
    assert_eq!(
        areas("cooperation-agreement"),
        ["rights", "code-accounts", "afterwards", "money", "open"]
    );
    assert_eq!(
        areas("project-roadmap"),
        ["milestones", "budget", "owners", "bottlenecks"]
    );
}

#[test]
fn the_kickoff_ends_with_the_question_pitch_to_the_jury() {
    use querwerk::model::agenda::DayTemplate;
    let all = catalogue();
    let qp = method(&all, "question-pitch");
    assert_eq!(qp.phase, Phase::Kickoff);
    // The challenge brief leads to it; it fits the programme's kickoff slot of about two minutes per pitch.
    assert_eq!(method(&all, "challenge-brief").next[0], "question-pitch");
    let steps: Vec<&str> = qp.steps.iter().map(|s| s.instruction.de.as_str()).collect();
    assert!(
        steps.iter().any(|s| s.contains("zwei Minuten")),
        "{steps:?}"
    );
    assert!(steps
        .iter()
        .any(|s| s.contains("„Pitch der Fragestellung“")));
    let zones: Vec<&str> = qp.template.keys().into_iter().map(|(_, k)| k).collect();
    assert!(zones.contains(&"digital"), "{zones:?}");
    let kickoff = DayTemplate::Kickoff.agenda(540, Timestamp(0));
    let item = kickoff
        .items
        .iter()
        .find(|i| i.method() == Some("question-pitch"))
        .expect("the kickoff template has the question pitch");
    assert_eq!(u32::from(item.minutes), qp.total_minutes());
    assert_eq!(kickoff.total_minutes(), 210);
}

#[test]
fn jury_questions_are_practised_in_the_one_list_of_the_jury_check() {
    let all = catalogue();
    let m = method(&all, "jury-questions");
    // The board keeps answers and tasks, not a second list of questions with their state.
    let zones: Vec<&str> = m.template.keys().into_iter().map(|(_, k)| k).collect();
    for status in ["collected", "solid", "shaky", "open"] {
        assert!(!zones.contains(&status), "{status} in {zones:?}");
    }
    let texts: Vec<&str> = m
        .steps
        .iter()
        .flat_map(|s| [s.instruction.de.as_str(), s.instruction.en.as_str()])
        .collect();
    assert!(
        texts.iter().any(|t| t.contains("„Jury-Check“")),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("“Jury check”")),
        "{texts:?}"
    );
}

#[test]
fn the_phase_index_names_every_method_of_every_file_and_no_other() {
    let in_files: Vec<(Phase, String)> = files()
        .into_iter()
        .flat_map(|f| {
            let phase = f.phase;
            f.methods.into_iter().map(move |m| (phase, m.id))
        })
        .collect();
    let listed: Vec<(Phase, String)> = querwerk::model::method::listed()
        .map(|(p, id)| (p, id.to_owned()))
        .collect();
    assert_eq!(listed, in_files);
    assert_eq!(
        querwerk::model::method::phase_of("crazy-8s"),
        Some(Phase::Ideas)
    );
    assert_eq!(querwerk::model::method::phase_of("not-a-method"), None);
}
