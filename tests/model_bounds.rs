#![cfg(not(target_arch = "wasm32"))]
//! Arithmetic on values a file (or the room's storage) may hold at the integer limits: nothing panics (tests run
//! in debug, where overflow panics), results saturate, and validation refuses what no command could create.

use querwerk::model::agenda::{Activity, Agenda, AgendaItem, AgendaRun};
use querwerk::model::countdown::{clock_text, Countdown};
use querwerk::model::pitch::{PitchField, PitchKind, PitchPlan, Rehearsal, RehearsalRun};
use querwerk::model::timer::Timer;
use querwerk::model::validate::{validate_board, validate_pitch, validate_workshop, ViolationKind};
use querwerk::model::*;

fn item(id: u32, minutes: u16) -> AgendaItem {
    AgendaItem {
        id,
        activity: Activity::Break,
        minutes,
        label: String::new(),
    }
}

#[test]
fn agenda_numbers_at_the_limits() {
    let agenda = Agenda {
        start: u16::MAX,
        items: vec![item(u32::MAX, u16::MAX), item(1, u16::MAX)],
        updated: Timestamp(i64::MIN),
    };
    let next = agenda.next_id();
    assert!(next != u32::MAX && next != 1, "{next}");
    assert_eq!(agenda.slots().len(), 2);
    assert_eq!(agenda.total_minutes(), 2 * u32::from(u16::MAX));
    let run = AgendaRun {
        item: 1,
        started: Timestamp(i64::MAX),
        item_started: Timestamp(i64::MIN),
    };
    let _ = run.behind_ms(&agenda, Timestamp(i64::MAX));
    let run = AgendaRun {
        item: usize::MAX,
        ..run
    };
    assert_eq!(run.advance(&agenda, Timestamp(0)), None);
}

#[test]
fn rehearsal_numbers_at_the_limits() {
    let r = Rehearsal {
        kind: PitchKind::Result,
        at: Timestamp(i64::MAX),
        sections: vec![
            (PitchField::Challenge, u64::MAX),
            (PitchField::Team, u64::MAX),
        ],
        planned_secs: u32::MAX,
        qa_ms: Some(u64::MAX),
    };
    assert_eq!(r.total_ms(), u64::MAX);
    assert!(r.over_ms() > 0);
    let plan = PitchPlan {
        length_secs: u32::MAX,
        qa_secs: u32::MAX,
        ..PitchPlan::default()
    };
    let mut run = RehearsalRun::start(PitchKind::Question, &plan, Timestamp(i64::MIN));
    let _ = run.total_left_ms(Timestamp(i64::MAX));
    let _ = run.section_left_ms(Timestamp(i64::MAX));
    assert!(run.next(Timestamp(i64::MAX)));
    // A run left open for ages records at most a day per section, so the record can be exported and read.
    let record = run.finish(Timestamp(i64::MAX));
    assert!(record
        .sections
        .iter()
        .all(|(_, ms)| *ms as usize <= limits::MAX_SPOKEN_MS));
    run.done = vec![u64::MAX; 3];
    run.section = run.budgets.len();
    let _ = run.elapsed_ms(Timestamp(0));
}

#[test]
fn pitch_plans_at_the_limits() {
    let mut plan = PitchPlan {
        length_secs: u32::MAX,
        ..PitchPlan::default()
    };
    for kind in PitchKind::ALL {
        let _ = plan.budgets(kind);
        let _ = plan.planned_secs(kind);
    }
    for f in PitchField::ALL {
        plan.budgets.insert(f, u32::MAX);
    }
    assert_eq!(plan.planned_secs(PitchKind::Result), u32::MAX);
    let pitch = pitch::Pitch {
        plans: [(PitchKind::Question, plan)].into(),
        ..Default::default()
    };
    assert!(matches!(
        validate_pitch(&pitch),
        Err(v) if v.path == "pitch.plans.question.budgets"
    ));
}

#[test]
fn timers_and_clocks_at_the_limits() {
    assert_eq!(
        Countdown::start(i64::MAX, Timestamp(i64::MAX)),
        Countdown::Running {
            ends: Timestamp(i64::MAX)
        }
    );
    let c = Countdown::Running {
        ends: Timestamp(i64::MAX),
    };
    assert_eq!(c.left_ms(Timestamp(i64::MIN)), Some(i64::MAX));
    let _ = clock_text(i64::MAX);
    let _ = clock_text(i64::MIN);
    let t = Timer::new(i64::MAX, u16::MAX);
    let t = t.add_minute(Timestamp(0));
    let t = t.toggle(Timestamp(i64::MAX - 1)).add_minute(Timestamp(0));
    let _ = t.settle(Timestamp(i64::MAX));
    let paused = Timer {
        countdown: Countdown::Paused { left_ms: i64::MAX },
        ..Timer::new(1, 1)
    };
    let _ = paused.add_minute(Timestamp(0));
}

#[test]
fn orders_at_the_ends_of_the_range_stay_finite() {
    assert!(order_between(Some(-f64::MAX), Some(f64::MAX)).is_finite());
    assert!(order_between(Some(f64::MAX), None).is_finite());
    assert!(order_between(None, Some(-f64::MAX)).is_finite());
    // Ordinary neighbours keep their exact midpoint.
    assert_eq!(order_between(Some(1.0), Some(2.0)), 1.5);
}

fn board() -> Board {
    Board::from_template(&templates::free(), "Ideen", Timestamp(0))
}

#[test]
fn zones_method_ids_and_carried_items_are_bounded() {
    let mut b = board();
    b.zones = (0..=limits::MAX_ZONES)
        .map(|i| Zone::new(format!("z{i}"), "Z", "Z"))
        .collect();
    assert_eq!(validate_board(&b).unwrap_err().path, "zones");
    let mut b = board();
    b.zones[0].key = "\u{200b}".into();
    assert_eq!(validate_board(&b).unwrap_err().kind, ViolationKind::Empty);
    let mut b = board();
    b.zones[0].key = "k".repeat(limits::MAX_KEY_CHARS + 1);
    assert_eq!(validate_board(&b).unwrap_err().path, "zones[0].key");
    let mut b = board();
    b.zones[0].label.en = "L".repeat(limits::MAX_TITLE_CHARS + 1);
    assert_eq!(validate_board(&b).unwrap_err().path, "zones[0].label.en");
    let mut b = board();
    b.method = "m".repeat(limits::MAX_KEY_CHARS + 1);
    assert_eq!(validate_board(&b).unwrap_err().path, "method");
    let carried = |text: String| carry::Carried {
        text,
        board: BoardId::new(),
        note: None,
        dots: u32::MAX,
    };
    let mut b = board();
    b.carried.prompt = Some(carried("x".repeat(limits::MAX_CARRIED_CHARS + 1)));
    assert_eq!(validate_board(&b).unwrap_err().path, "carried.prompt.text");
    let mut b = board();
    b.carried.items = vec![carried("x".into()); limits::MAX_NOTES_PER_BOARD + 1];
    assert_eq!(validate_board(&b).unwrap_err().path, "carried.items");
    let mut b = board();
    b.clusters = (0..=limits::MAX_NOTES_PER_BOARD)
        .map(|_| Cluster::new("G", Timestamp(0)))
        .collect();
    assert_eq!(validate_board(&b).unwrap_err().path, "clusters");
}

#[test]
fn members_names_and_agenda_method_ids_are_bounded() {
    let mut ws = Workshop::new("W", "", Timestamp(0));
    ws.members = (0..=limits::MAX_MEMBERS)
        .map(|i| Member::new(format!("M{i}"), Role::Company, Timestamp(0)))
        .collect();
    assert_eq!(validate_workshop(&ws).unwrap_err().path, "members");
    let mut ws = Workshop::new("W", "", Timestamp(0));
    ws.members = vec![Member::new(
        "\u{200b}\u{2060} ",
        Role::Company,
        Timestamp(0),
    )];
    let v = validate_workshop(&ws).unwrap_err();
    assert_eq!(
        (v.path.as_str(), v.kind),
        ("members[0].name", ViolationKind::Empty)
    );
    let mut ws = Workshop::new("\u{feff}", "", Timestamp(0));
    assert_eq!(
        validate_workshop(&ws).unwrap_err().kind,
        ViolationKind::Empty
    );
    ws.title = "W".into();
    ws.agenda = Some(Agenda {
        start: 540,
        items: vec![AgendaItem {
            activity: Activity::Method {
                method: "m".repeat(limits::MAX_KEY_CHARS + 1),
            },
            ..item(1, 10)
        }],
        updated: Timestamp(0),
    });
    assert_eq!(
        validate_workshop(&ws).unwrap_err().path,
        "agenda.items[0].activity.method"
    );
}

#[test]
fn a_command_cannot_add_an_invisible_name_or_too_many_members() {
    let mut ws = Workshop::new("W", "", Timestamp(0));
    let invisible = Member::new("\u{200b}", Role::Company, Timestamp(0));
    assert!(ws
        .apply(
            &querwerk::commands::Command::AddMember { member: invisible },
            Timestamp(1)
        )
        .is_err());
    ws.members = (0..limits::MAX_MEMBERS)
        .map(|i| Member::new(format!("M{i}"), Role::Company, Timestamp(0)))
        .collect();
    let one_more = Member::new("Eine zu viel", Role::Company, Timestamp(0));
    assert!(ws
        .apply(
            &querwerk::commands::Command::AddMember { member: one_more },
            Timestamp(1)
        )
        .is_err());
}

#[test]
fn rehearsal_records_are_bounded() {
    let r = Rehearsal {
        kind: PitchKind::Result,
        at: Timestamp(0),
        sections: vec![(PitchField::Challenge, 1); PitchField::ALL.len() + 1],
        planned_secs: 0,
        qa_ms: None,
    };
    let pitch = pitch::Pitch {
        rehearsals: vec![r.clone()],
        ..Default::default()
    };
    assert_eq!(
        validate_pitch(&pitch).unwrap_err().path,
        "pitch.rehearsals[0].sections"
    );
    let pitch = pitch::Pitch {
        rehearsals: vec![Rehearsal {
            sections: vec![],
            qa_ms: Some(limits::MAX_SPOKEN_MS as u64 + 1),
            ..r.clone()
        }],
        ..Default::default()
    };
    assert_eq!(
        validate_pitch(&pitch).unwrap_err().path,
        "pitch.rehearsals[0].qaMs"
    );
    let pitch = pitch::Pitch {
        rehearsals: vec![Rehearsal {
            sections: vec![],
            planned_secs: u32::MAX,
            ..r
        }],
        ..Default::default()
    };
    assert_eq!(
        validate_pitch(&pitch).unwrap_err().path,
        "pitch.rehearsals[0].plannedSecs"
    );
}
