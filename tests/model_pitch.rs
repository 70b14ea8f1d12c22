#![cfg(not(target_arch = "wasm32"))]
//! The pitch: fields prefilled from the journey with their source, the team's own text winning, plans, the
//! jury check and rehearsals stored by one undoable command, and merged part by part.

use querwerk::commands::{Command, History};
use querwerk::model::merge::merge;
use querwerk::model::pitch::*;
use querwerk::model::*;

mod support;

fn board(
    ws: &mut Workshop,
    methods: &[Method],
    id: &str,
    at: i64,
    notes: &[(&str, &str)],
) -> BoardId {
    let method = methods.iter().find(|m| m.id == id).expect("method");
    let mut b = Board::from_template(
        &method.board_template(),
        format!("{id} board"),
        Timestamp(at),
    );
    for (i, (zone, text)) in notes.iter().enumerate() {
        b.notes
            .push(Note::new(*text, *zone, i as f64, Timestamp(at)));
    }
    let bid = b.id;
    ws.boards.push(b);
    bid
}

fn reveal(ws: &mut Workshop, board: BoardId, text: &str, at: i64) {
    let voters: Vec<MemberId> = ws.live_members().map(|m| m.id).collect();
    let b = ws.board_mut(board).unwrap();
    let note = b.notes.iter().find(|n| n.text == text).unwrap().id;
    let mut v = Voting::new(voters.clone(), 3, Timestamp(at));
    for voter in voters {
        v = v.with_turn(voter, &[note], Timestamp(at));
    }
    b.voting = Some(v.revealed_at(Timestamp(at)));
}

fn walked() -> (Workshop, Vec<Method>) {
    let methods = support::catalogue();
    let mut ws = Workshop::new(
        "Dorfladen",
        "Wie digital wird unser Dorfladen?",
        Timestamp(0),
    );
    ws.members
        .push(Member::new("Anna", Role::Creative, Timestamp(0)));
    ws.members
        .push(Member::new("Bernd", Role::Company, Timestamp(0)));
    let hmw = board(
        &mut ws,
        &methods,
        "how-might-we",
        10,
        &[
            ("action", "Wie könnten wir Belege sammeln?"),
            ("action", "Wie könnten wir Zeit sparen?"),
        ],
    );
    reveal(&mut ws, hmw, "Wie könnten wir Belege sammeln?", 20);
    let ideas = board(
        &mut ws,
        &methods,
        "brainstorming",
        30,
        &[("ideas", "Beleg-Foto per App")],
    );
    reveal(&mut ws, ideas, "Beleg-Foto per App", 40);
    let proto = board(
        &mut ws,
        &methods,
        "paper-prototype",
        50,
        &[
            ("screens", "Foto-Knopf auf dem Startbildschirm"),
            ("findings", "Ältere finden den Knopf sofort"),
        ],
    );
    reveal(&mut ws, proto, "Foto-Knopf auf dem Startbildschirm", 60);
    board(
        &mut ws,
        &methods,
        "learnings",
        70,
        &[
            ("learned", "Zettel bleiben trotzdem"),
            ("decided", "Mit drei Läden testen"),
        ],
    );
    (ws, methods)
}

fn de(t: &LocalText) -> &str {
    t.de.as_str()
}

#[test]
fn fields_start_from_the_journey_and_name_their_source() {
    let (ws, methods) = walked();
    let shown = effective(&ws.pitch, &ws, &methods, PitchKind::Result.fields(), de);
    let get = |f: PitchField| shown.iter().find(|(x, _, _)| *x == f).unwrap().clone();
    let (_, challenge, origin) = get(PitchField::Challenge);
    assert_eq!(challenge, "Wie könnten wir Belege sammeln?");
    assert!(
        matches!(origin, Origin::Suggested(Source::Board { ref title, .. }) if title == "how-might-we board")
    );
    assert_eq!(
        get(PitchField::Solution).1,
        "Foto-Knopf auf dem Startbildschirm"
    );
    assert_eq!(
        get(PitchField::Evidence).1,
        "Zettel bleiben trotzdem\nÄltere finden den Knopf sofort"
    );
    assert_eq!(
        get(PitchField::Team),
        (
            PitchField::Team,
            "Anna, Bernd".into(),
            Origin::Suggested(Source::Members)
        )
    );
    assert_eq!(get(PitchField::Next).1, "Mit drei Läden testen");
    assert_eq!(get(PitchField::Blueprint).2, Origin::Empty);

    // Without a voted prototype the winning idea is the solution; without a vote the workshop question leads.
    let mut early = Workshop::new("W", "Wie digital wird unser Dorfladen?", Timestamp(0));
    assert_eq!(
        suggest(&early, &methods, PitchField::Challenge, de).map(|s| (s.text, s.source)),
        Some(("Wie digital wird unser Dorfladen?".into(), Source::Question))
    );
    early.question.clear();
    assert_eq!(suggest(&early, &methods, PitchField::Challenge, de), None);
}

#[test]
fn the_teams_own_text_wins_and_clearing_it_brings_the_suggestion_back() {
    let (mut ws, methods) = walked();
    let mut history = History::default();
    let own = ws
        .pitch
        .with_text(PitchField::Challenge, Some("Belege ohne Zettel".into()));
    history
        .run(
            &mut ws,
            vec![Command::SetPitch {
                pitch: Box::new(own),
            }],
            Timestamp(100),
        )
        .unwrap();
    assert_eq!(
        ws.pitch.texts[&PitchField::Challenge].updated,
        Timestamp(100)
    );
    let shown = effective(&ws.pitch, &ws, &methods, &[PitchField::Challenge], de);
    assert_eq!(shown[0].1, "Belege ohne Zettel");
    assert_eq!(shown[0].2, Origin::Own);
    assert!(history.undo(&mut ws, Timestamp(110)));
    assert!(ws.pitch.is_empty());
    let shown = effective(&ws.pitch, &ws, &methods, &[PitchField::Challenge], de);
    assert_eq!(shown[0].1, "Wie könnten wir Belege sammeln?");
}

#[test]
fn bad_pitches_are_refused_and_change_nothing() {
    let (mut ws, _) = walked();
    let before = ws.clone();
    let mut history = History::default();
    let mut bad = Pitch::default();
    bad.jury.ratings.insert(Criterion::Clarity, 6);
    let mut zero = Pitch::default();
    zero.jury.ratings.insert(Criterion::Clarity, 0);
    let mut long = Pitch::default();
    long.plans.insert(
        PitchKind::Result,
        PitchPlan {
            length_secs: 3_601,
            ..PitchPlan::default()
        },
    );
    let huge = Pitch::default().with_text(PitchField::Team, Some("x".repeat(5_001)));
    for p in [bad, zero, long, huge] {
        assert!(history
            .run(
                &mut ws,
                vec![Command::SetPitch { pitch: Box::new(p) }],
                Timestamp(5)
            )
            .is_err());
        assert_eq!(ws, before);
    }
}

#[test]
fn a_merge_keeps_the_text_written_at_home_and_the_rating_given_in_the_workshop() {
    let (base, _) = walked();
    let mut home = base.clone();
    let mut hall = base.clone();
    home.pitch = home
        .pitch
        .with_text(
            PitchField::Impact,
            Some("Drei Läden sparen je zwei Stunden".into()),
        )
        .stamped(&base.pitch, Timestamp(200));
    let mut rated = hall.pitch.clone();
    rated.jury.ratings.insert(Criterion::Digital, 2);
    hall.pitch = rated.stamped(&base.pitch, Timestamp(210));
    let run = RehearsalRun::start(PitchKind::Result, &PitchPlan::default(), Timestamp(300));
    hall.pitch = hall.pitch.with_rehearsal(run.finish(Timestamp(400_000)));
    let run = RehearsalRun::start(PitchKind::Question, &PitchPlan::default(), Timestamp(350));
    home.pitch = home.pitch.with_rehearsal(run.finish(Timestamp(500_000)));

    let merged = merge(&home, &hall);
    assert_eq!(merged, merge(&hall, &home));
    assert_eq!(
        merged.pitch.text(PitchField::Impact),
        Some("Drei Läden sparen je zwei Stunden")
    );
    assert_eq!(merged.pitch.jury.ratings.get(&Criterion::Digital), Some(&2));
    assert_eq!(merged.pitch.rehearsals.len(), 2);
    assert_eq!(merge(&merged, &merged), merged);

    // The same field edited on both sides: the later edit wins.
    let later = home
        .pitch
        .with_text(PitchField::Impact, Some("Später".into()))
        .stamped(&home.pitch, Timestamp(900));
    let mut late = hall.clone();
    late.pitch = later;
    assert_eq!(
        merge(&home, &late).pitch.text(PitchField::Impact),
        Some("Später")
    );
}

#[test]
fn rehearsals_keep_the_newest_thirty() {
    let mut p = Pitch::default();
    for i in 0..(MAX_REHEARSALS as i64 + 5) {
        let run = RehearsalRun::start(
            PitchKind::Result,
            &PitchPlan::default(),
            Timestamp(i * 1000),
        );
        p = p.with_rehearsal(run.finish(Timestamp(i * 1000 + 500)));
    }
    assert_eq!(p.rehearsals.len(), MAX_REHEARSALS);
    assert_eq!(p.rehearsals[0].at, Timestamp(5000));
}

#[test]
fn a_pitch_survives_the_file_format() {
    let (mut ws, _) = walked();
    ws.pitch = ws
        .pitch
        .with_text(PitchField::Digital, Some("App mit Foto-Upload".into()));
    ws.pitch
        .jury
        .bank
        .insert(BankQuestion::WhoPays, QuestionStatus::Shaky);
    ws.pitch.jury.own.push(OwnQuestion {
        text: "Und im Winter?".into(),
        status: QuestionStatus::Open,
    });
    let text = querwerk::format::export_workshop(&ws, "2026-11-28T10:00:00Z");
    assert!(text.contains("\"who-pays\": \"shaky\""), "{text}");
    let back = querwerk::format::import_workshop(&text).unwrap().workshop;
    assert_eq!(back.pitch, ws.pitch);
}

/// Kickoff day: the team, a challenge brief and the question pitch's board, nothing later.
fn kickoff_day() -> (Workshop, Vec<Method>) {
    let methods = support::catalogue();
    let mut ws = Workshop::new("Museum", "Wie finden Schulklassen zu uns?", Timestamp(0));
    ws.members
        .push(Member::new("Clara", Role::Company, Timestamp(0)));
    ws.members
        .push(Member::new("Dirk", Role::Creative, Timestamp(0)));
    board(
        &mut ws,
        &methods,
        "challenge-brief",
        10,
        &[
            ("situation", "Buchungen laufen über Zettel und Telefon"),
            (
                "affected",
                "Lehrkräfte, die nach 16 Uhr niemanden erreichen",
            ),
            ("tried", "Ein Formular auf der Website"),
            ("frame", "2.500 Euro, sieben Monate"),
            ("success", "Jede zweite Klasse bucht selbst"),
        ],
    );
    (ws, methods)
}

#[test]
fn the_question_pitch_draws_on_what_exists_on_kickoff_day() {
    let (mut ws, methods) = kickoff_day();
    let fields = PitchKind::Question.fields();
    assert_eq!(
        fields,
        [
            PitchField::Challenge,
            PitchField::Affected,
            PitchField::Digital,
            PitchField::Impact,
            PitchField::Budget,
            PitchField::Team,
        ]
    );
    // Before the question is sharpened: the workshop's question, the brief and the team.
    let shown = effective(&ws.pitch, &ws, &methods, fields, de);
    let text = |shown: &[(PitchField, String, Origin)], f: PitchField| {
        shown.iter().find(|(x, _, _)| *x == f).unwrap().1.clone()
    };
    assert_eq!(
        text(&shown, PitchField::Challenge),
        "Wie finden Schulklassen zu uns?"
    );
    assert_eq!(
        text(&shown, PitchField::Affected),
        "Lehrkräfte, die nach 16 Uhr niemanden erreichen"
    );
    assert_eq!(
        text(&shown, PitchField::Impact),
        "Jede zweite Klasse bucht selbst"
    );
    assert_eq!(
        text(&shown, PitchField::Budget),
        "2.500 Euro, sieben Monate"
    );
    assert_eq!(text(&shown, PitchField::Team), "Clara, Dirk");
    assert_eq!(text(&shown, PitchField::Digital), "");

    // The kickoff method sharpens the question and names the digital part; its board starts from the brief.
    let method = methods.iter().find(|m| m.id == "question-pitch").unwrap();
    assert_eq!(method.phase, Phase::Kickoff);
    let carried = carry::carry_into(&ws, &methods, method, de);
    let items: Vec<&str> = carried.items.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        items,
        [
            "Buchungen laufen über Zettel und Telefon",
            "Lehrkräfte, die nach 16 Uhr niemanden erreichen",
            "2.500 Euro, sieben Monate",
            "Jede zweite Klasse bucht selbst",
        ]
    );
    board(
        &mut ws,
        &methods,
        "question-pitch",
        20,
        &[
            (
                "question",
                "Wie könnten wir Schulklassen das Buchen abnehmen?",
            ),
            ("digital", "Online buchen, auch abends"),
            ("why", "Mehr Klassen aus dem ganzen Landkreis"),
        ],
    );
    let shown = effective(&ws.pitch, &ws, &methods, fields, de);
    assert_eq!(
        text(&shown, PitchField::Challenge),
        "Wie könnten wir Schulklassen das Buchen abnehmen?"
    );
    assert_eq!(
        text(&shown, PitchField::Digital),
        "Online buchen, auch abends"
    );
    assert_eq!(
        text(&shown, PitchField::Impact),
        "Mehr Klassen aus dem ganzen Landkreis"
    );
    assert_eq!(likely_kind(&ws, &methods), PitchKind::Question);
}

#[test]
fn the_question_pitch_takes_about_two_minutes_and_stays_adjustable() {
    let pitch = Pitch::default();
    let plan = pitch.plan(PitchKind::Question);
    assert_eq!(plan.length_secs, 120);
    assert_eq!(plan.planned_secs(PitchKind::Question), 120);
    assert_eq!(pitch.plan(PitchKind::Result).length_secs, 240);
    let mut longer = pitch.clone();
    longer.plans.insert(
        PitchKind::Question,
        PitchPlan {
            length_secs: 180,
            ..plan
        },
    );
    assert_eq!(
        longer
            .plan(PitchKind::Question)
            .planned_secs(PitchKind::Question),
        180
    );
}

#[test]
fn each_pitch_has_its_own_jury_check() {
    let q = Criterion::of(PitchKind::Question);
    let r = Criterion::of(PitchKind::Result);
    // Nothing is built or tested on kickoff day: no evidence, blueprint or plan for afterwards.
    for c in [
        Criterion::Relevance,
        Criterion::Transfer,
        Criterion::Continuation,
        Criterion::Innovation,
    ] {
        assert!(!q.contains(&c), "{c:?} at the kickoff");
    }
    assert!(q.contains(&Criterion::Problem) && !r.contains(&Criterion::Problem));
    // What the creative side contributes counts at both moments.
    assert!(q.contains(&Criterion::Creative) && r.contains(&Criterion::Creative));
    for c in Criterion::ALL {
        assert!(q.contains(&c) || r.contains(&c), "{c:?} is in no check");
    }
    // One question bank, each pitch its part of it; the legal questions of anything digital at the end.
    let bq = BankQuestion::of(PitchKind::Question);
    let br = BankQuestion::of(PitchKind::Result);
    for list in [bq, br] {
        let unique: std::collections::BTreeSet<_> = list.iter().collect();
        assert_eq!(unique.len(), list.len());
    }
    for q in BankQuestion::ALL {
        assert!(bq.contains(&q) || br.contains(&q), "{q:?} is in no check");
    }
    for q in [
        BankQuestion::DataProtection,
        BankQuestion::Imprint,
        BankQuestion::Accessibility,
    ] {
        assert!(br.contains(&q), "{q:?}");
    }
    for q in [
        BankQuestion::WhatTested,
        BankQuestion::WhoPays,
        BankQuestion::AfterProgramme,
    ] {
        assert!(!bq.contains(&q), "{q:?} at the kickoff");
    }

    // Ratings and answers of one pitch are not the other's.
    let mut pitch = Pitch::default();
    pitch
        .jury_mut(PitchKind::Question)
        .ratings
        .insert(Criterion::Problem, 2);
    pitch
        .jury_mut(PitchKind::Question)
        .bank
        .insert(BankQuestion::WhyDigital, QuestionStatus::Sure);
    assert!(pitch.jury(PitchKind::Result).is_empty());
    assert_eq!(
        pitch.jury(PitchKind::Question).weakest(PitchKind::Question),
        vec![Criterion::Problem]
    );
    assert_eq!(
        pitch
            .jury(PitchKind::Result)
            .status(BankQuestion::WhyDigital),
        QuestionStatus::Open
    );
    // Stored apart, and read back the same.
    let json = serde_json::to_value(&pitch).unwrap();
    assert!(json.get("questionJury").is_some() && json.get("jury").is_none());
    assert_eq!(serde_json::from_value::<Pitch>(json).unwrap(), pitch);
}

#[test]
fn both_jury_checks_merge_by_their_own_time() {
    let (ws, _) = walked();
    let mut a = ws.clone();
    let mut b = ws.clone();
    a.pitch
        .jury_mut(PitchKind::Question)
        .ratings
        .insert(Criterion::Problem, 4);
    a.pitch.question_jury.updated = Timestamp(500);
    b.pitch.jury.ratings.insert(Criterion::Clarity, 3);
    b.pitch.jury.updated = Timestamp(400);
    let m = merge(&a, &b);
    assert_eq!(m.pitch.question_jury.ratings[&Criterion::Problem], 4);
    assert_eq!(m.pitch.jury.ratings[&Criterion::Clarity], 3);
}
