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
