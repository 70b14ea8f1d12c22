//! Shared proptest generators and helpers for `tests/model_*`, `tests/commands_*` and `tests/format_*`.
//! Include with `mod support;`. Not every test file uses every item.
#![allow(dead_code)]

pub mod hostile;

use proptest::prelude::*;
use proptest::sample::Index;
use querwerk::commands::Command;
use querwerk::model::*;
use serde_json::Value;
use std::collections::HashMap;
use uuid::Uuid;

/// Ids from random u128s keep cases deterministic and shrinkable (collisions are astronomically unlikely).
pub fn uuid() -> impl Strategy<Value = Uuid> {
    any::<u128>().prop_map(Uuid::from_u128)
}

pub fn timestamp() -> impl Strategy<Value = Timestamp> {
    (0i64..4_000_000_000_000).prop_map(Timestamp)
}

/// Free text: any Unicode, plus German and HTML-ish text that must survive verbatim.
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,30}",
        "[a-zA-ZäöüÄÖÜß <>&\"'/=\\n\\t]{0,40}",
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("__proto__".to_owned()),
        "\\PC{0,10}",
    ]
}

/// A title or name: never blank, within limits.
pub fn title() -> impl Strategy<Value = String> {
    ("[A-Za-zÄÖÜäöüß0-9]{1,12}", ".{0,20}").prop_map(|(a, b)| format!("{a}{b}"))
}

pub fn colour() -> impl Strategy<Value = NoteColour> {
    proptest::sample::select(NoteColour::ALL.to_vec())
}

pub fn role() -> impl Strategy<Value = Role> {
    proptest::sample::select(Role::ALL.to_vec())
}

/// Orders are quarter steps: exactly representable, so JSON round trips are exact.
pub fn order() -> impl Strategy<Value = f64> {
    (-400i32..400).prop_map(|q| f64::from(q) / 4.0)
}

pub fn member() -> impl Strategy<Value = Member> {
    (uuid(), title(), role(), timestamp(), any::<bool>()).prop_map(
        |(id, name, role, updated, deleted)| Member {
            id: MemberId(id),
            name,
            role,
            updated,
            deleted,
        },
    )
}

pub fn cluster() -> impl Strategy<Value = Cluster> {
    (uuid(), text(), any::<bool>(), timestamp(), any::<bool>()).prop_map(
        |(id, name, collapsed, updated, deleted)| Cluster {
            id: ClusterId(id),
            name,
            collapsed,
            updated,
            deleted,
        },
    )
}

/// A note whose zone, cluster and author are picked later from what exists.
#[derive(Clone, Debug)]
struct RawNote {
    id: Uuid,
    text: String,
    colour: NoteColour,
    zone: Index,
    order: f64,
    cluster: Option<Index>,
    author: Option<Index>,
    created: Timestamp,
    updated: Timestamp,
    deleted: bool,
}

fn raw_note() -> impl Strategy<Value = RawNote> {
    (
        (uuid(), text(), colour(), any::<Index>(), order()),
        (
            any::<Option<Index>>(),
            any::<Option<Index>>(),
            timestamp(),
            timestamp(),
            proptest::bool::weighted(0.2),
        ),
    )
        .prop_map(
            |((id, text, colour, zone, order), (cluster, author, created, updated, deleted))| {
                RawNote {
                    id,
                    text,
                    colour,
                    zone,
                    order,
                    cluster,
                    author,
                    created,
                    updated,
                    deleted,
                }
            },
        )
}

fn template() -> impl Strategy<Value = templates::Template> {
    prop_oneof![Just(templates::free()), Just(templates::empathy_map())]
}

/// A board with notes referencing its clusters and the given members; `raw` notes are resolved later.
#[derive(Clone, Debug)]
struct RawBoard {
    board: Board,
    notes: Vec<RawNote>,
}

fn raw_board() -> impl Strategy<Value = RawBoard> {
    (
        uuid(),
        template(),
        title(),
        prop::collection::vec(cluster(), 0..3),
        prop::collection::vec(raw_note(), 0..8),
        timestamp(),
        timestamp(),
        (proptest::bool::weighted(0.15), any::<bool>()),
    )
        .prop_map(
            |(id, template, title, clusters, notes, created, updated, (deleted, done))| {
                let mut board = Board::from_template(&template, title, created);
                board.id = BoardId(id);
                board.clusters = clusters;
                board.updated = updated;
                board.deleted = deleted;
                board.done = done;
                RawBoard { board, notes }
            },
        )
}

fn resolve(raw: RawBoard, members: &[Member]) -> Board {
    let mut board = raw.board;
    let zones: Vec<String> = board.zones.iter().map(|z| z.key.clone()).collect();
    let clusters: Vec<ClusterId> = board.clusters.iter().map(|c| c.id).collect();
    board.notes = raw
        .notes
        .into_iter()
        .map(|n| Note {
            id: NoteId(n.id),
            // Some notes carry texts a merge replaced. Derived, not drawn, so the stored regression seeds still
            // generate the cases they were saved for.
            earlier: match n.updated.0 % 6 {
                0 => vec![format!("vorher: {}", n.text)],
                1 => vec!["erste Fassung".to_owned(), format!("{}…", n.text)],
                _ => Vec::new(),
            },
            text: n.text,
            colour: n.colour,
            zone: n.zone.get(&zones).clone(),
            order: n.order,
            cluster: n
                .cluster
                .filter(|_| !clusters.is_empty())
                .map(|i| *i.get(&clusters)),
            author: n
                .author
                .filter(|_| !members.is_empty())
                .map(|i| i.get(members).id),
            created: n.created,
            updated: n.updated,
            deleted: n.deleted,
        })
        .collect();
    board
}

/// A valid workshop (passes `validate_workshop`) with tombstones, clusters and authors.
pub fn workshop() -> impl Strategy<Value = Workshop> {
    (
        uuid(),
        title(),
        text(),
        prop::collection::vec(member(), 0..4),
        prop::collection::vec(raw_board(), 0..4),
        timestamp(),
        timestamp(),
    )
        .prop_map(|(id, title, question, members, boards, created, updated)| {
            let mut boards: Vec<Board> = boards.into_iter().map(|b| resolve(b, &members)).collect();
            // Every other board carries a dot vote by the live members on its first live notes.
            let voters: Vec<MemberId> = members
                .iter()
                .filter(|m| !m.deleted)
                .map(|m| m.id)
                .collect();
            for board in boards.iter_mut().step_by(2).filter(|_| !voters.is_empty()) {
                let live: Vec<NoteId> = board.live_notes().map(|n| n.id).take(3).collect();
                let mut voting = Voting::new(voters.iter().copied(), 3, board.updated);
                if let Some(first) = voting.voters.first_mut() {
                    first.dots = live;
                    first.done = true;
                }
                voting.revealed = board.created.0 % 2 == 0;
                board.voting = Some(voting);
            }
            let pitch = pitch_of(&question, created, updated);
            Workshop {
                id: WorkshopId(id),
                title,
                question,
                members,
                boards,
                // Every third workshop has a planned day.
                agenda: (created.0 % 3 == 0).then(|| {
                    let template =
                        querwerk::model::agenda::DayTemplate::ALL[(updated.0 % 3) as usize];
                    template.agenda(540, updated)
                }),
                pitch,
                created,
                updated,
            }
        })
}

/// A pitch derived from a workshop's generated values: copies with different values disagree on texts, plans,
/// ratings and rehearsals, which is what the merge properties need.
pub fn pitch_of(text: &str, created: Timestamp, updated: Timestamp) -> pitch::Pitch {
    use pitch::*;
    let mut p = Pitch::default();
    if updated.0 % 2 == 0 {
        return p;
    }
    p = p.with_text(PitchField::Challenge, Some(text.to_string()));
    p = p.with_text(
        PitchField::ALL[(created.0 % 11) as usize],
        Some(format!("{}", updated.0)),
    );
    for t in p.texts.values_mut() {
        t.updated = Timestamp(updated.0 % 7);
    }
    let mut plan = PitchPlan {
        length_secs: 60 + (created.0 % 300) as u32,
        updated: Timestamp(created.0 % 5),
        ..PitchPlan::default()
    };
    plan.notes.insert(PitchField::Team, text.to_string());
    p.plans
        .insert(PitchKind::ALL[(updated.0 % 2) as usize], plan);
    p.jury.ratings.insert(
        Criterion::ALL[(created.0 % Criterion::ALL.len() as i64) as usize],
        1 + (updated.0 % 5) as u8,
    );
    p.jury.updated = Timestamp(updated.0 % 3);
    p.question_jury.ratings.insert(
        Criterion::ALL[(updated.0 % Criterion::ALL.len() as i64) as usize],
        1 + (created.0 % 5) as u8,
    );
    p.question_jury.updated = Timestamp(created.0 % 3);
    let run = RehearsalRun::start(
        PitchKind::Question,
        &PitchPlan::default(),
        Timestamp(created.0 % 4),
    );
    p.with_rehearsal(run.finish(Timestamp(created.0 % 4 + updated.0 % 90_000)))
}

/// A seed for one command, turned into a concrete command against the current workshop by [`make_command`],
/// so most generated commands are valid (some deliberately are not: a refused command must change nothing).
#[derive(Clone, Debug)]
pub struct Seed {
    pub kind: u8,
    pub a: Index,
    pub b: Index,
    pub c: Index,
    pub text: String,
    pub colour: NoteColour,
    pub role: Role,
    pub flag: bool,
    pub order: f64,
    pub id: Uuid,
}

pub const SEED_KINDS: u8 = 26;

pub fn seed() -> impl Strategy<Value = Seed> {
    (
        (
            0..SEED_KINDS,
            any::<Index>(),
            any::<Index>(),
            any::<Index>(),
        ),
        (text(), colour(), role(), any::<bool>(), order(), uuid()),
    )
        .prop_map(
            |((kind, a, b, c), (text, colour, role, flag, order, id))| Seed {
                kind,
                a,
                b,
                c,
                text,
                colour,
                role,
                flag,
                order,
                id,
            },
        )
}

fn pick<T: Clone>(i: &Index, items: &[T]) -> Option<T> {
    (!items.is_empty()).then(|| i.get(items).clone())
}

/// Turns a seed into a command on `ws`, or `None` if there is nothing to act on.
/// Picks among all items (tombstones included), so some commands are refused on purpose.
pub fn make_command(ws: &Workshop, s: &Seed) -> Option<Command> {
    let boards: Vec<&Board> = ws.boards.iter().collect();
    let board = pick(&s.a, &boards);
    let note = board.and_then(|b| pick(&s.b, &b.notes.iter().collect::<Vec<_>>()));
    let cluster = board.and_then(|b| pick(&s.c, &b.clusters.iter().collect::<Vec<_>>()));
    let member = pick(&s.a, &ws.members.iter().collect::<Vec<_>>());
    let zone = board.and_then(|b| pick(&s.c, &b.zones)).map(|z| z.key);
    let name = if s.text.trim().is_empty() {
        format!("x{}", s.text)
    } else {
        s.text.clone()
    };
    Some(match s.kind {
        0 => Command::SetTitle { title: name },
        1 => Command::SetQuestion {
            question: s.text.clone(),
        },
        2 => Command::AddMember {
            member: Member {
                id: MemberId(s.id),
                name,
                role: s.role,
                updated: Timestamp(0),
                deleted: false,
            },
        },
        3 => Command::UpdateMember {
            member: member?.id,
            name,
            role: s.role,
        },
        4 => Command::DeleteMember { member: member?.id },
        5 => {
            let template = if s.flag {
                templates::free()
            } else {
                templates::empathy_map()
            };
            let mut board = Board::from_template(&template, name, Timestamp(0));
            board.id = BoardId(s.id);
            Command::AddBoard { board }
        }
        6 => Command::RenameBoard {
            board: board?.id,
            title: name,
        },
        7 => Command::DeleteBoard { board: board?.id },
        8 | 9 => {
            let b = board?;
            let mut n = Note::new(s.text.clone(), zone?, s.order, Timestamp(0));
            n.id = NoteId(s.id);
            n.colour = s.colour;
            n.author = member.filter(|m| !m.deleted).map(|m| m.id);
            n.cluster = cluster.filter(|c| !c.deleted && s.flag).map(|c| c.id);
            Command::AddNote {
                board: b.id,
                note: n,
            }
        }
        // A note with earlier versions sometimes takes one back or lets one go instead (an index one past the
        // end is refused on purpose).
        10 | 12 if s.flag && note.is_some_and(|n| !n.earlier.is_empty()) => {
            let n = note?;
            let (board, note, index) = (board?.id, n.id, s.c.index(n.earlier.len() + 1));
            if s.kind == 10 {
                Command::RestoreEarlier { board, note, index }
            } else {
                Command::DiscardEarlier { board, note, index }
            }
        }
        10 => Command::EditNote {
            board: board?.id,
            note: note?.id,
            text: s.text.clone(),
        },
        11 => Command::MoveNote {
            board: board?.id,
            note: note?.id,
            zone: zone?,
            order: s.order,
        },
        12 => Command::RecolourNote {
            board: board?.id,
            note: note?.id,
            colour: s.colour,
        },
        13 => Command::DeleteNote {
            board: board?.id,
            note: note?.id,
        },
        14 => Command::AddCluster {
            board: board?.id,
            cluster: Cluster {
                id: ClusterId(s.id),
                name: s.text.clone(),
                collapsed: s.flag,
                updated: Timestamp(0),
                deleted: false,
            },
        },
        15 => Command::RenameCluster {
            board: board?.id,
            cluster: cluster?.id,
            name: s.text.clone(),
        },
        16 => Command::SetClusterCollapsed {
            board: board?.id,
            cluster: cluster?.id,
            collapsed: s.flag,
        },
        17 | 18 => Command::SetNoteCluster {
            board: board?.id,
            note: note?.id,
            cluster: cluster.filter(|_| s.flag).map(|c| c.id),
        },
        19 => Command::DeleteCluster {
            board: board?.id,
            cluster: cluster?.id,
        },
        20 => Command::Batch(querwerk::commands::place_note(
            board?,
            note?.id,
            &zone?,
            s.b.index(8),
        )),
        21 => Command::SetBoardDone {
            board: board?.id,
            done: s.flag,
        },
        22 => Command::RestoreNote {
            board: board?.id,
            note: note?.id,
        },
        23 => {
            let b = board?;
            let ids: Vec<NoteId> = b
                .notes
                .iter()
                .skip(s.b.index(3))
                .take(3)
                .map(|n| n.id)
                .collect();
            let mut cluster = Cluster::new(name, Timestamp(0));
            cluster.id = ClusterId(s.id);
            Command::Batch(querwerk::commands::group_notes(b, &ids, cluster))
        }
        24 => {
            use pitch::*;
            let field = PitchField::ALL[s.b.index(PitchField::ALL.len())];
            let mut next = ws.pitch.with_text(field, s.flag.then(|| s.text.clone()));
            let kind = PitchKind::ALL[s.c.index(2)];
            next.jury_mut(kind).ratings.insert(
                Criterion::ALL[s.c.index(Criterion::ALL.len())],
                1 + s.a.index(5) as u8,
            );
            Command::SetPitch {
                pitch: Box::new(next),
            }
        }
        _ => {
            let b = board?;
            let voting = s.flag.then(|| {
                let members = ws.members.iter().map(|m| m.id);
                let mut v = Voting::new(members, 1 + s.c.index(5) as u8, Timestamp(0));
                let dots: Vec<NoteId> = b.notes.iter().take(2).map(|n| n.id).collect();
                if let Some(first) = v.voters.first_mut() {
                    first.dots = dots;
                }
                v.revealed = s.order > 0.0;
                v
            });
            Command::SetVoting {
                board: b.id,
                voting,
            }
        }
    })
}

/// Every id in the workshop (tombstones included), as plain uuids.
pub fn all_ids(ws: &Workshop) -> Vec<Uuid> {
    let mut ids = vec![ws.id.0];
    ids.extend(ws.members.iter().map(|m| m.id.0));
    for b in &ws.boards {
        ids.push(b.id.0);
        ids.extend(b.notes.iter().map(|n| n.id.0));
        ids.extend(b.clusters.iter().map(|c| c.id.0));
    }
    ids
}

/// The visible content with ids replaced by positions, so copies with fresh ids compare equal. References to
/// items that are not live become null; workshop timestamps are dropped.
pub fn shape(ws: &Workshop) -> Value {
    let mut ws = ws.normalised();
    ws.created = Timestamp(0);
    let mut labels: HashMap<String, String> = HashMap::new();
    labels.insert(ws.id.to_string(), "workshop".into());
    for (i, m) in ws.members.iter().enumerate() {
        labels.insert(m.id.to_string(), format!("m{i}"));
    }
    for (bi, b) in ws.boards.iter_mut().enumerate() {
        labels.insert(b.id.to_string(), format!("b{bi}"));
        for (i, c) in b.clusters.iter().enumerate() {
            labels.insert(c.id.to_string(), format!("c{bi}.{i}"));
        }
        for (i, n) in b.notes.iter().enumerate() {
            labels.insert(n.id.to_string(), format!("n{bi}.{i}"));
        }
    }
    let mut value = serde_json::to_value(&ws).expect("serialisable");
    relabel(&mut value, &labels);
    value
}

fn relabel(value: &mut Value, labels: &HashMap<String, String>) {
    match value {
        Value::String(s) if Uuid::parse_str(s).is_ok() => {
            *value = labels
                .get(s.as_str())
                .map_or(Value::Null, |l| Value::String(l.clone()));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| relabel(v, labels)),
        Value::Object(map) => map.values_mut().for_each(|v| relabel(v, labels)),
        _ => {}
    }
}

/// Path of a fixture file.
pub fn fixture_path(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixture_path(name)).expect("fixture readable")
}

/// The method catalogue the app ships, read from `public/methods/`.
pub fn catalogue() -> Vec<Method> {
    Phase::ALL
        .iter()
        .flat_map(|p| {
            let path = format!(
                "{}/public/methods/{}",
                env!("CARGO_MANIFEST_DIR"),
                p.file_name()
            );
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            querwerk::format::parse_phase_file(&text)
                .unwrap_or_else(|e| panic!("{path}: {e}"))
                .methods
        })
        .collect()
}

/// A small workshop for document tests, the same on every run: fixed ids and timestamps, every kind of content
/// the exports show (members, agenda, done and carried boards, clusters, a revealed vote, a board outside the
/// catalogue) and the kind they must leave out (deleted boards, notes and members), plus text that looks like
/// Markdown or a spreadsheet formula.
pub fn documented_workshop(methods: &[Method]) -> Workshop {
    let id = |n: u128| Uuid::from_u128(n);
    let t = |minute: i64| Timestamp(1_795_856_400_000 + minute * 60_000); // 2026-11-28T09:00:00Z
    let member = |n, name: &str, role, deleted| Member {
        id: MemberId(id(n)),
        name: name.to_owned(),
        role,
        updated: t(0),
        deleted,
    };
    let members = vec![
        member(1, "Anna Vogel", Role::Company, false),
        member(2, "Ben Krause", Role::Creative, false),
        member(3, "Cem Aydın", Role::Facilitation, false),
        member(4, "Dora Gelöscht", Role::Creative, true),
    ];
    let board = |n: u128, method: &str, title: &str, minute| {
        let template = templates::by_method_in(method, methods).expect("method in catalogue");
        let mut b = Board::from_template(&template, title, t(minute));
        b.id = BoardId(id(n));
        b
    };
    let mut order = 0.0;
    let mut note = |n: u128, text: &str, zone: &str, minute| {
        order += 1.0;
        let mut note = Note::new(text, zone, order, t(minute));
        note.id = NoteId(id(n));
        note.updated = t(minute + 1);
        note
    };
    let mut check_in = board(10, "check-in", "Check-in & Steckbrief", 0);
    check_in.done = true;
    check_in.notes = vec![
        note(100, "Anna: Bäckerei in dritter Generation", "who", 1),
        note(101, "Ben: Illustration & Erklärfilme", "who", 2),
    ];
    check_in.notes[0].author = Some(MemberId(id(1)));

    let mut empathy = board(20, "empathy-map", "Frau Berger, 78", 10);
    let preise = Cluster {
        id: ClusterId(id(200)),
        name: "Preise".to_owned(),
        collapsed: true,
        updated: t(20),
        deleted: false,
    };
    let unnamed = Cluster {
        id: ClusterId(id(201)),
        name: String::new(),
        collapsed: false,
        updated: t(20),
        deleted: false,
    };
    empathy.clusters = vec![preise, unnamed];
    empathy.notes = vec![
        note(210, "„Online ist mir zu kompliziert.“", "says", 11),
        note(211, "Brötchen sind teurer geworden", "says", 12),
        note(
            212,
            "*wichtig* <b>fett</b> [Link](x) `code` | Pipe #1 _kursiv_ &amp; \\",
            "says",
            13,
        ),
        note(213, "Zweite Preisnotiz", "says", 14),
        note(
            214,
            "- sieht aus wie eine Liste\n1. und eine Nummer\n\n  ---",
            "thinks",
            15,
        ),
        note(215, "=SUMME(A1:A9)", "does", 16),
        note(216, "Fühlt sich allein; „vergessen“", "feels", 17),
        note(217, "gelöscht", "feels", 18),
        note(218, "   ", "feels", 19),
    ];
    empathy.notes[1].cluster = Some(ClusterId(id(200)));
    empathy.notes[3].cluster = Some(ClusterId(id(200)));
    empathy.notes[5].cluster = Some(ClusterId(id(201)));
    empathy.notes[1].colour = NoteColour::Pink;
    empathy.notes[1].author = Some(MemberId(id(4)));
    empathy.notes[7].deleted = true;

    let mut ideas = board(30, "brainstorming", "Brainstorming", 30);
    ideas.carried.prompt = Some(carry::Carried {
        text: "Wie könnten wir Frau Berger das Bestellen leicht machen?".to_owned(),
        board: BoardId(id(20)),
        note: None,
        dots: 0,
    });
    ideas.notes = vec![
        note(
            300,
            "Bestellen per Telefon, Lieferung mit dem Bürgerbus",
            "ideas",
            31,
        ),
        note(301, "Tablet im Laden", "ideas", 32),
        note(302, "Brötchen-Abo", "wild", 33),
    ];
    let mut voting = Voting::new([MemberId(id(1)), MemberId(id(2))], 3, t(40));
    voting.voters[0].dots = vec![NoteId(id(300)), NoteId(id(300)), NoteId(id(302))];
    voting.voters[1].dots = vec![NoteId(id(300)), NoteId(id(301)), NoteId(id(302))];
    voting.voters.iter_mut().for_each(|v| v.done = true);
    voting.revealed = true;
    ideas.voting = Some(voting);

    let mut proto = board(40, "paper-prototype", "Papierprototyp", 50);
    proto.carried.items = vec![carry::Carried {
        text: "Bestellen per Telefon".to_owned(),
        board: BoardId(id(99)),
        note: Some(NoteId(id(300))),
        dots: 3,
    }];

    let mut free = board(50, "free", "Parkplatz", 60);
    free.notes = vec![note(500, "Später klären: Lieferzeiten", "notes", 61)];
    let mut deleted = board(60, "free", "Gelöschtes Board", 70);
    deleted.deleted = true;
    deleted.notes = vec![note(600, "Unsichtbar", "notes", 71)];

    let mut agenda = agenda::Agenda::new(540);
    agenda.push(
        agenda::Activity::Method {
            method: "check-in".into(),
        },
        20,
    );
    agenda.push(agenda::Activity::Break, 15);
    agenda.items[1].label = "Kaffee | Kuchen".into();
    agenda.push(
        agenda::Activity::Method {
            method: "empathy-map".into(),
        },
        45,
    );
    agenda.push(agenda::Activity::Break, 10);
    agenda.push(
        agenda::Activity::Method {
            method: "retired-method".into(),
        },
        30,
    );

    Workshop {
        id: WorkshopId(id(0)),
        title: "Dorfladen digital #2".into(),
        question: "Wie könnten wir ältere Kundinnen\nfür Online-Bestellungen gewinnen?".into(),
        members,
        // Not in journey order on purpose: the document sorts by phase.
        boards: vec![free, ideas, check_in, empathy, deleted, proto],
        agenda: Some(agenda),
        pitch: documented_pitch(),
        created: t(0),
        updated: t(80),
    }
}

/// The pitch of [`documented_workshop`]: own texts (one with Markdown in it), ratings with two weak points, two
/// answered bank questions and an own question.
fn documented_pitch() -> pitch::Pitch {
    use pitch::*;
    let mut p = Pitch::default()
        .with_text(
            PitchField::Digital,
            Some("Eine *Web-App* statt Zettel".into()),
        )
        .with_text(PitchField::Team, Some("Anna (Laden)\nBen (Design)".into()));
    p.jury.ratings.insert(Criterion::Relevance, 4);
    p.jury.ratings.insert(Criterion::Digital, 2);
    p.jury.ratings.insert(Criterion::Continuation, 2);
    p.jury
        .bank
        .insert(BankQuestion::WhoPays, QuestionStatus::Shaky);
    p.jury
        .bank
        .insert(BankQuestion::WhoAsked, QuestionStatus::Sure);
    p.jury.own.push(OwnQuestion {
        text: "# Was kostet das <im Monat>?".into(),
        status: QuestionStatus::Open,
    });
    // The kickoff's check: its own criteria and questions.
    let q = p.jury_mut(PitchKind::Question);
    q.ratings.insert(Criterion::Problem, 4);
    q.ratings.insert(Criterion::Creative, 2);
    q.bank
        .insert(BankQuestion::WhyDigital, QuestionStatus::Sure);
    p
}
