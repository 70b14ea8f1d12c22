#![cfg(not(target_arch = "wasm32"))]
//! Every import error variant, with the data the UI needs to explain it.

mod support;

use querwerk::format::*;
use querwerk::model::*;
use serde_json::{json, Value};
use std::error::Error as _;

fn kickoff() -> Value {
    serde_json::from_str(&support::fixture("v1-kickoff.querwerk.json")).unwrap()
}

fn import_value(v: &Value) -> Result<Imported, ImportError> {
    import_workshop(&v.to_string())
}

#[test]
fn too_large() {
    assert!(check_size(MAX_FILE_BYTES).is_ok());
    let err = check_size(MAX_FILE_BYTES + 1).unwrap_err();
    assert!(
        matches!(err, ImportError::TooLarge { size, max } if size == MAX_FILE_BYTES + 1 && max == MAX_FILE_BYTES)
    );
    let big = " ".repeat(MAX_FILE_BYTES as usize + 1);
    assert!(matches!(
        import_workshop(&big),
        Err(ImportError::TooLarge { .. })
    ));
}

#[test]
fn syntax_error_has_line_column_and_source() {
    let err = import_workshop(&support::fixture("broken-truncated.json")).unwrap_err();
    let ImportError::Syntax { line, column, .. } = &err else {
        panic!("{err:?}")
    };
    let lines = support::fixture("broken-truncated.json").lines().count();
    assert!(
        *line >= lines - 1 && *column > 0,
        "line {line}, column {column}"
    );
    assert!(err.source().is_some(), "original serde_json error kept");
    let err = import_workshop("{\n  \"format\": \"querwerk\",\n  oops\n}").unwrap_err();
    assert!(
        matches!(
            err,
            ImportError::Syntax {
                line: 3,
                column: 3,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(matches!(
        import_workshop(""),
        Err(ImportError::Syntax { line: 1, .. })
    ));
}

#[test]
fn not_querwerk() {
    let err = import_workshop(&support::fixture("broken-not-querwerk.json")).unwrap_err();
    assert!(
        matches!(err, ImportError::NotQuerwerk { found: None }),
        "{err:?}"
    );
    let err = import_workshop(r#"{"format":"excalidraw"}"#).unwrap_err();
    assert!(matches!(err, ImportError::NotQuerwerk { found: Some(f) } if f == "excalidraw"));
    assert!(matches!(
        import_workshop("[1,2]"),
        Err(ImportError::NotQuerwerk { found: None })
    ));
    assert!(matches!(
        import_workshop("\"querwerk\""),
        Err(ImportError::NotQuerwerk { .. })
    ));
}

#[test]
fn format_version_missing_or_wrong() {
    let mut v = kickoff();
    v.as_object_mut().unwrap().remove("formatVersion");
    let err = import_value(&v).unwrap_err();
    assert!(
        matches!(&err, ImportError::Invalid { path, kind: InvalidKind::Missing, .. } if path == "formatVersion")
    );
    for bad in [json!("1"), json!(null), json!([1])] {
        v["formatVersion"] = bad;
        let err = import_value(&v).unwrap_err();
        assert!(
            matches!(&err, ImportError::Invalid { path, kind: InvalidKind::WrongType, .. } if path == "formatVersion")
        );
    }
    for bad in [json!(0), json!(-1), json!(1.5)] {
        v["formatVersion"] = bad;
        let err = import_value(&v).unwrap_err();
        assert!(
            matches!(&err, ImportError::Invalid { path, kind: InvalidKind::WrongValue, .. } if path == "formatVersion")
        );
    }
}

#[test]
fn newer_version() {
    let err = import_workshop(&support::fixture("broken-newer-version.json")).unwrap_err();
    assert!(
        matches!(
            err,
            ImportError::NewerVersion {
                found: 3,
                supported: CURRENT_VERSION
            }
        ),
        "{err:?}"
    );
    let mut v = kickoff();
    v["formatVersion"] = json!(u64::MAX);
    assert!(matches!(
        import_value(&v),
        Err(ImportError::NewerVersion {
            found: u64::MAX,
            ..
        })
    ));
}

#[test]
fn wrong_type_names_the_path() {
    let err = import_workshop(&support::fixture("broken-wrong-type.json")).unwrap_err();
    let ImportError::Invalid {
        path,
        kind,
        message,
        ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(path, "workshop.boards[1].notes[2].text");
    assert_eq!(*kind, InvalidKind::WrongType);
    assert!(message.contains("invalid type"), "{message}");
    assert!(err.source().is_some());

    let mut v = kickoff();
    v["workshop"]["boards"][0]["notes"][3]["colour"] = json!("magenta");
    let err = import_value(&v).unwrap_err();
    assert!(
        matches!(&err, ImportError::Invalid { path, kind: InvalidKind::WrongValue, .. }
        if path == "workshop.boards[0].notes[3].colour"),
        "{err:?}"
    );

    let mut v = kickoff();
    v["workshop"]["members"][1]["id"] = json!("not-a-uuid");
    let err = import_value(&v).unwrap_err();
    assert!(
        matches!(&err, ImportError::Invalid { path, .. } if path == "workshop.members[1].id"),
        "{err:?}"
    );

    let mut v = kickoff();
    v["workshop"] = json!([]);
    let err = import_value(&v).unwrap_err();
    assert!(
        matches!(&err, ImportError::Invalid { path, kind: InvalidKind::WrongType, .. } if path == "workshop")
    );
}

#[test]
fn missing_ids_and_workshop() {
    let mut v = kickoff();
    v["workshop"]["boards"][1]["notes"][0]
        .as_object_mut()
        .unwrap()
        .remove("id");
    let err = import_value(&v).unwrap_err();
    assert!(
        matches!(&err, ImportError::Invalid { path, kind: InvalidKind::Missing, message, .. }
        if path == "workshop.boards[1].notes[0]" && message.contains("`id`")),
        "{err:?}"
    );
    v.as_object_mut().unwrap().remove("workshop");
    let err = import_value(&v).unwrap_err();
    assert!(
        matches!(&err, ImportError::Invalid { path, kind: InvalidKind::Missing, .. } if path == "workshop")
    );
}

#[test]
fn over_limit_note() {
    let err = import_workshop(&support::fixture("broken-over-limit-note.json")).unwrap_err();
    let ImportError::Limit {
        path,
        what,
        max,
        found,
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(path, "workshop.boards[0].notes[1].text");
    assert_eq!(
        (*what, *max, *found),
        (LimitKind::NoteText, 5000, 5001),
        "counted in characters, not bytes"
    );
}

#[test]
fn earlier_versions_over_the_limit_are_refused() {
    use querwerk::i18n::{messages::import_error, Lang};
    let mut v = kickoff();
    // Within the limits, earlier versions load and come back.
    v["workshop"]["boards"][0]["notes"][0]["earlier"] = json!(["a", "b", "c", "d", "e"]);
    let imported = import_value(&v).unwrap();
    assert_eq!(imported.workshop.boards[0].notes[0].earlier.len(), 5);

    v["workshop"]["boards"][0]["notes"][0]["earlier"] = json!(["a", "b", "c", "d", "e", "f"]);
    let err = import_value(&v).unwrap_err();
    assert!(
        matches!(&err, ImportError::Limit { path, what: LimitKind::Earlier, max: 5, found: 6 }
        if path == "workshop.boards[0].notes[0].earlier"),
        "{err:?}"
    );
    assert_eq!(
        import_error(Lang::De, &err),
        "Zu groß bei „workshop.boards[0].notes[0].earlier“: 6 statt höchstens 5 frühere Fassungen."
    );
    assert!(err.to_string().contains("earlier versions"), "{err}");

    v["workshop"]["boards"][0]["notes"][0]["earlier"] = json!(["kurz", "ä".repeat(5001)]);
    let err = import_value(&v).unwrap_err();
    assert!(
        matches!(&err, ImportError::Limit { path, what: LimitKind::NoteText, max: 5000, found: 5001 }
        if path == "workshop.boards[0].notes[0].earlier[1]"),
        "{err:?}"
    );
    assert_eq!(
        import_error(Lang::En, &err),
        "Too large at “workshop.boards[0].notes[0].earlier[1]”: 5,001 instead of at most 5,000 characters."
    );
    v["workshop"]["boards"][0]["notes"][0]["earlier"] = json!("nur ein Text");
    assert!(
        matches!(
            import_value(&v),
            Err(ImportError::Invalid {
                kind: InvalidKind::WrongType,
                ..
            })
        ),
        "a list, not a string"
    );
}

#[test]
fn too_many_notes_and_boards() {
    let mut v = kickoff();
    let note = v["workshop"]["boards"][0]["notes"][0].clone();
    let notes: Vec<Value> = (0..5001)
        .map(|i| {
            let mut n = note.clone();
            n["id"] = json!(format!("00000000-0000-4000-8000-{i:012}"));
            n["cluster"] = Value::Null;
            n
        })
        .collect();
    v["workshop"]["boards"][1]["notes"] = Value::Array(notes);
    let err = import_value(&v).unwrap_err();
    assert!(
        matches!(&err, ImportError::Limit { path, what: LimitKind::NotesPerBoard, max: 5000, found: 5001 }
        if path == "workshop.boards[1].notes"),
        "{err:?}"
    );

    let mut v = kickoff();
    let board = v["workshop"]["boards"][1].clone();
    let boards: Vec<Value> = (0..201)
        .map(|i| {
            let mut b = board.clone();
            b["id"] = json!(format!("00000000-0000-4000-9000-{i:012}"));
            b["notes"] = json!([]);
            b
        })
        .collect();
    v["workshop"]["boards"] = Value::Array(boards.clone());
    let err = import_value(&v).unwrap_err();
    assert!(
        matches!(&err, ImportError::Limit { path, what: LimitKind::Boards, max: 200, found: 201 }
        if path == "workshop.boards"),
        "{err:?}"
    );
    // Tombstones don't count: an export of a long-lived workshop must import again.
    v["workshop"]["boards"][0]["deleted"] = json!(true);
    assert!(import_value(&v).is_ok());
}

#[test]
fn duplicate_ids() {
    let mut v = kickoff();
    let id = v["workshop"]["boards"][0]["notes"][0]["id"].clone();
    v["workshop"]["boards"][1]["notes"][2]["id"] = id;
    let err = import_value(&v).unwrap_err();
    assert!(
        matches!(&err, ImportError::Invalid { path, kind: InvalidKind::DuplicateId, .. }
        if path == "workshop.boards[1].notes[2].id"),
        "{err:?}"
    );
    let mut v = kickoff();
    v["workshop"]["members"][2]["id"] = v["workshop"]["members"][0]["id"].clone();
    let err = import_value(&v).unwrap_err();
    assert!(
        matches!(&err, ImportError::Invalid { path, kind: InvalidKind::DuplicateId, .. } if path == "workshop.members[2].id")
    );
}

#[test]
fn rule_violations() {
    let mut v = kickoff();
    v["workshop"]["title"] = json!("   ");
    let err = import_value(&v).unwrap_err();
    assert!(
        matches!(&err, ImportError::Invalid { path, kind: InvalidKind::Empty, .. } if path == "workshop.title")
    );
    let mut v = kickoff();
    v["workshop"]["boards"][0]["zones"] = json!([]);
    let err = import_value(&v).unwrap_err();
    assert!(
        matches!(&err, ImportError::Invalid { path, kind: InvalidKind::NoZones, .. } if path == "workshop.boards[0].zones")
    );
}

#[test]
fn dangling_references_are_repaired_not_refused() {
    let mut v = kickoff();
    v["workshop"]["boards"][0]["notes"][0]["cluster"] =
        json!("00000000-0000-4000-8000-00000000dead");
    v["workshop"]["boards"][0]["notes"][1]["author"] =
        json!("00000000-0000-4000-8000-00000000beef");
    v["workshop"]["boards"][1]["notes"][1]["zone"] = json!("elsewhere");
    let imported = import_value(&v).unwrap();
    assert_eq!(imported.repaired, 3);
    let b = &imported.workshop.boards;
    assert_eq!((b[0].notes[0].cluster, b[0].notes[1].author), (None, None));
    assert_eq!(b[1].notes[1].zone, "says");
}

#[test]
fn error_messages_are_readable() {
    let err = import_workshop(&support::fixture("broken-wrong-type.json")).unwrap_err();
    assert!(
        err.to_string().contains("workshop.boards[1].notes[2].text"),
        "{err}"
    );
    let err = import_workshop(&support::fixture("broken-over-limit-note.json")).unwrap_err();
    assert!(err.to_string().contains("5001"), "{err}");
}

#[test]
fn migration_chain_covers_every_version() {
    let sources: Vec<u32> = migrate::MIGRATIONS.iter().map(|(from, _)| *from).collect();
    let expected: Vec<u32> = (1..CURRENT_VERSION).collect();
    assert_eq!(
        sources, expected,
        "one step per version, in order, from 1 to CURRENT_VERSION - 1"
    );
    let v = kickoff();
    assert_eq!(migrate::upgrade(v.clone(), CURRENT_VERSION).unwrap(), v);
}

#[test]
fn migration_chain_runs_steps_in_order_and_reports_failures() {
    fn step1(mut v: Value) -> Result<Value, MigrationError> {
        v["log"] = json!(format!("{}1", v["log"].as_str().unwrap_or("")));
        Ok(v)
    }
    fn step2(mut v: Value) -> Result<Value, MigrationError> {
        v["log"] = json!(format!("{}2", v["log"].as_str().unwrap_or("")));
        Ok(v)
    }
    fn broken(_: Value) -> Result<Value, MigrationError> {
        Err(MigrationError::Invalid {
            path: "workshop.notes".into(),
            message: "cannot split".into(),
        })
    }
    let chain: &[(u32, migrate::Migration)] = &[(1, step1), (2, step2)];
    let out = migrate::run_chain(chain, json!({}), 1, 3).unwrap();
    assert_eq!(out["log"], "12");
    assert_eq!(
        migrate::run_chain(chain, json!({}), 2, 3).unwrap()["log"],
        "2"
    );
    let err = migrate::run_chain(chain, json!({}), 1, 4).unwrap_err();
    assert!(matches!(
        err,
        ImportError::Migration {
            from: 3,
            source: MigrationError::MissingStep(3)
        }
    ));
    let chain: &[(u32, migrate::Migration)] = &[(1, step1), (2, broken)];
    let err = migrate::run_chain(chain, json!({}), 1, 3).unwrap_err();
    assert!(matches!(&err, ImportError::Migration { from: 2, .. }));
    assert!(err.source().is_some());
}
