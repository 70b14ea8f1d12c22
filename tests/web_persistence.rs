#![cfg(target_arch = "wasm32")]
//! Browser tests of the IndexedDB adapter, the tab channel and storage info (headless Chromium).

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Object, Promise, Reflect};
use querwerk::persistence::{
    hand_over, request_persistence, storage_info, take_handed, Db, DbEvent, DeletedMessage,
    Listing, Record, SavedMessage, StorageError, TabChannel, TabMessage,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{BroadcastChannel, DomException};

wasm_bindgen_test_configure!(run_in_browser);

/// Each test gets its own database, so tests cannot see each other's records.
fn unique_name(test: &str) -> String {
    format!("querwerk-test-{test}-{}", js_sys::Math::random())
}

async fn fresh_db(test: &str) -> Db {
    Db::open_named(&unique_name(test))
        .await
        .expect("open database")
}

fn record(id: &str, rev: u64, data: &str) -> Record {
    Record {
        id: id.into(),
        rev,
        saved_at: 1_767_225_600_000.0 + rev as f64,
        title: format!("Workshop {id} – Übersicht 🎯"),
        data: data.into(),
        schema: 1,
        listing: None,
    }
}

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let obj = Object::new();
    for (name, value) in fields {
        Reflect::set(&obj, &(*name).into(), value).expect("set field");
    }
    obj.into()
}

async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        let window = web_sys::window().expect("window");
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("setTimeout");
    });
    JsFuture::from(promise).await.expect("timer");
}

#[wasm_bindgen_test]
async fn large_unicode_payload_round_trips() {
    let db = fresh_db("large").await;
    let chunk = "Grüße aus Köln: Ideen für Straße, Maß und Öl 🚀🧩👩🏽‍🔬 – «Zitat» 漢字\n";
    let data = chunk.repeat(2_100_000 / chunk.len() + 1);
    assert!(data.len() >= 2_000_000);
    let saved = record("w-large", 1, &data);

    db.put(&saved, None).await.expect("put");

    assert_eq!(db.get("w-large").await.expect("get"), Some(saved));
    assert_eq!(db.get("missing").await.expect("get missing"), None);
}

#[wasm_bindgen_test]
async fn list_returns_all_records_in_id_order() {
    let db = fresh_db("list").await;
    for id in ["b", "a", "c"] {
        db.put(&record(id, 1, id), None).await.expect("put");
    }

    let ids: Vec<String> = db
        .list()
        .await
        .expect("list")
        .into_iter()
        .map(|entry| entry.expect("readable").id)
        .collect();

    assert_eq!(ids, ["a", "b", "c"]);
}

#[wasm_bindgen_test]
async fn stale_rev_is_refused_and_leaves_newer_data() {
    let name = unique_name("conflict");
    let db = Db::open_named(&name).await.expect("open");
    // A second connection to the same database plays the old tab.
    let other_tab = Db::open_named(&name).await.expect("open again");
    db.put(&record("w", 1, "first"), None)
        .await
        .expect("create");
    db.put(&record("w", 2, "second"), Some(1))
        .await
        .expect("update");

    let stale = other_tab.put(&record("w", 2, "stale edit"), Some(1)).await;

    assert_eq!(
        stale,
        Err(StorageError::Conflict {
            stored_rev: Some(2)
        })
    );
    assert_eq!(
        db.get("w").await.expect("get"),
        Some(record("w", 2, "second"))
    );
}

#[wasm_bindgen_test]
async fn create_only_put_is_refused_when_record_exists() {
    let db = fresh_db("create-only").await;
    db.put(&record("w", 3, "kept"), None).await.expect("create");

    let again = db.put(&record("w", 1, "replacement"), None).await;

    assert_eq!(
        again,
        Err(StorageError::Conflict {
            stored_rev: Some(3)
        })
    );
    assert_eq!(
        db.get("w").await.expect("get"),
        Some(record("w", 3, "kept"))
    );
}

#[wasm_bindgen_test]
async fn update_of_a_record_deleted_elsewhere_is_refused() {
    let db = fresh_db("deleted-elsewhere").await;

    let update = db.put(&record("w", 5, "edit"), Some(4)).await;

    assert_eq!(update, Err(StorageError::Conflict { stored_rev: None }));
    assert_eq!(db.get("w").await.expect("get"), None);
}

#[wasm_bindgen_test]
async fn put_unchecked_overwrites_any_rev() {
    let db = fresh_db("unchecked").await;
    db.put(&record("w", 9, "newer"), None)
        .await
        .expect("create");

    db.put_unchecked(&record("w", 2, "restored"))
        .await
        .expect("restore");

    assert_eq!(
        db.get("w").await.expect("get"),
        Some(record("w", 2, "restored"))
    );
}

#[wasm_bindgen_test]
async fn delete_and_clear_remove_records() {
    let db = fresh_db("delete").await;
    for id in ["a", "b", "c"] {
        db.put(&record(id, 1, id), None).await.expect("put");
    }

    db.delete("b").await.expect("delete");
    db.delete("never-stored").await.expect("delete missing");
    assert_eq!(db.get("b").await.expect("get"), None);
    assert_eq!(db.list().await.expect("list").len(), 2);

    db.clear().await.expect("clear");
    assert!(db.list().await.expect("list").is_empty());
}

/// Writes a malformed value straight into the store, as an old app version or a bug might have.
async fn write_raw(db_name: &str, value: &JsValue) {
    let factory = idb::Factory::new().expect("factory");
    let database = factory
        .open(db_name, Some(1))
        .expect("open")
        .await
        .expect("opened");
    let tx = database
        .transaction(&["workshops"], idb::TransactionMode::ReadWrite)
        .expect("transaction");
    let store = tx.object_store("workshops").expect("store");
    store.put(value, None).expect("put").await.expect("stored");
    tx.await.expect("committed");
    database.close();
}

#[wasm_bindgen_test]
async fn unreadable_record_is_reported_and_kept() {
    let name = unique_name("unreadable");
    let db = Db::open_named(&name).await.expect("open");
    db.put(&record("good", 1, "fine"), None).await.expect("put");
    let broken = object(&[
        ("id", "broken".into()),
        ("rev", "seven".into()),
        ("note", "Ärger 🐛".into()),
    ]);
    write_raw(&name, &broken).await;

    for _ in 0..2 {
        let entries = db.list().await.expect("list must not fail");
        assert_eq!(entries.len(), 2);
        let unreadable = entries[0].clone().expect_err("broken sorts first");
        assert_eq!(unreadable.id, "broken");
        assert!(
            unreadable.raw_json.contains("\"rev\":\"seven\""),
            "{}",
            unreadable.raw_json
        );
        assert!(unreadable.raw_json.contains("Ärger 🐛"));
        assert_eq!(entries[1], Ok(record("good", 1, "fine")));
    }
    assert!(matches!(db.get("broken").await, Err(StorageError::Unreadable(u)) if u.id == "broken"));
    let create = db.put(&record("broken", 1, "new"), None).await;
    assert!(
        matches!(create, Err(StorageError::Unreadable(_))),
        "{create:?}"
    );
    assert_eq!(db.list().await.expect("list").len(), 2);

    db.put_unchecked(&record("broken", 1, "replaced on purpose"))
        .await
        .expect("replace");
    assert_eq!(
        db.get("broken").await.expect("get"),
        Some(record("broken", 1, "replaced on purpose"))
    );
}

#[wasm_bindgen_test]
fn quota_errors_are_recognised() {
    let quota =
        DomException::new_with_message_and_name("full", "QuotaExceededError").expect("exception");
    assert_eq!(
        StorageError::write(&quota.clone().into()),
        StorageError::QuotaExceeded
    );
    assert_eq!(
        StorageError::read(&quota.into()),
        StorageError::QuotaExceeded
    );

    let other =
        DomException::new_with_message_and_name("nope", "DataCloneError").expect("exception");
    assert_eq!(
        StorageError::write(&other.into()),
        StorageError::Write {
            name: "DataCloneError".into(),
            message: "nope".into()
        }
    );
    assert!(
        matches!(StorageError::read(&"thrown string".into()), StorageError::Read { message, .. } if message == "thrown string")
    );
}

#[wasm_bindgen_test]
async fn tab_channel_delivers_to_other_tabs_only() {
    let sender = TabChannel::new("tab-a".into()).expect("channel");
    let receiver = TabChannel::new("tab-b".into()).expect("channel");
    let same_tab = TabChannel::new("tab-a".into()).expect("channel");
    let received = Rc::new(RefCell::new(Vec::new()));
    let saved = Rc::new(RefCell::new(Vec::new()));
    let echoed = Rc::new(RefCell::new(Vec::new()));
    receiver.on_message({
        let received = received.clone();
        move |m| received.borrow_mut().push(m)
    });
    receiver.on_saved({
        let saved = saved.clone();
        move |m| saved.borrow_mut().push(m)
    });
    same_tab.on_message({
        let echoed = echoed.clone();
        move |m| echoed.borrow_mut().push(m)
    });

    // Foreign and malformed messages on the same channel name are ignored.
    let foreign = BroadcastChannel::new("querwerk-sync").expect("raw channel");
    foreign.post_message(&"not an object".into()).expect("post");
    let bad_rev = object(&[
        ("kind", "saved".into()),
        ("workshop_id", "x".into()),
        ("rev", (-1.0).into()),
        ("tab_id", "tab-z".into()),
    ]);
    foreign.post_message(&bad_rev).expect("post");
    sender.post_saved("w-1", 7).expect("post saved");
    sender.post_deleted("w-1").expect("post deleted");

    for _ in 0..100 {
        if received.borrow().len() >= 2 {
            break;
        }
        sleep(20).await;
    }
    sleep(100).await;

    let saved_message = SavedMessage {
        workshop_id: "w-1".into(),
        rev: 7,
        tab_id: "tab-a".into(),
    };
    let deleted_message = DeletedMessage {
        workshop_id: "w-1".into(),
        tab_id: "tab-a".into(),
    };
    assert_eq!(
        *received.borrow(),
        [
            TabMessage::Saved(saved_message.clone()),
            TabMessage::Deleted(deleted_message)
        ]
    );
    assert_eq!(*saved.borrow(), [saved_message]);
    assert!(
        echoed.borrow().is_empty(),
        "own tab's messages must be ignored"
    );

    // A dropped channel is closed and its callbacks are gone.
    drop(receiver);
    sender.post_saved("w-2", 1).expect("post");
    sleep(100).await;
    assert_eq!(received.borrow().len(), 2);
    foreign.close();
}

#[wasm_bindgen_test]
async fn storage_info_is_reported_without_error() {
    let info = storage_info().await;
    // The test page is served from localhost, a secure context, so Chromium has the API.
    assert!(info.quota.is_some_and(|q| q > 0.0), "{info:?}");
    assert!(info.usage.is_some(), "{info:?}");
    assert!(info.persisted.is_some(), "{info:?}");
    assert!(request_persistence().await.is_some());
}

// Storage that stays (issue 11).

/// Collects a database's events.
fn event_log() -> (Rc<RefCell<Vec<DbEvent>>>, impl Fn(DbEvent) + 'static) {
    let log = Rc::new(RefCell::new(Vec::new()));
    let sink = log.clone();
    (log, move |event| sink.borrow_mut().push(event))
}

/// Waits (up to five seconds) until `log` holds `expected`.
async fn wait_for_events(log: &Rc<RefCell<Vec<DbEvent>>>, expected: &[DbEvent]) {
    for _ in 0..250 {
        if log.borrow().as_slice() == expected {
            return;
        }
        sleep(20).await;
    }
    assert_eq!(log.borrow().as_slice(), expected);
}

#[wasm_bindgen_test]
async fn a_newer_version_upgrading_the_database_is_let_in_and_this_tab_is_told_to_reload() {
    let name = unique_name("upgrade");
    let (log, events) = event_log();
    let db = Db::open_version(&name, 1, events).await.expect("open");
    db.put(&record("w", 1, "kept"), None).await.expect("put");

    // Another tab opens the database at version 2: it gets in (this tab's connection lets go) …
    let newer = idb::Factory::new()
        .expect("factory")
        .open(&name, Some(2))
        .expect("open v2")
        .await
        .expect("the newer version is not blocked");

    // … and this one, which cannot open version 2, says the page must be reloaded.
    wait_for_events(&log, &[DbEvent::Closed, DbEvent::NeedsReload]).await;
    assert_eq!(db.get("w").await, Err(StorageError::Closed));
    assert_eq!(
        db.put(&record("w", 2, "lost?"), Some(1)).await,
        Err(StorageError::Closed)
    );
    newer.close();
}

#[wasm_bindgen_test]
async fn after_a_deletion_elsewhere_the_database_is_reopened_and_works() {
    let name = unique_name("reopen");
    let (log, events) = event_log();
    let db = Db::open_version(&name, 1, events).await.expect("open");
    db.put(&record("w", 1, "before"), None).await.expect("put");

    // "Delete site data" or another tab deletes the database.
    idb::Factory::new()
        .expect("factory")
        .delete(&name)
        .expect("delete")
        .await
        .expect("the deletion is not blocked");

    wait_for_events(&log, &[DbEvent::Closed, DbEvent::Reopened]).await;
    assert_eq!(db.get("w").await.expect("get"), None);
    db.put(&record("w", 1, "after"), None)
        .await
        .expect("writes work again");
    assert_eq!(
        db.get("w").await.expect("get"),
        Some(record("w", 1, "after"))
    );
}

#[wasm_bindgen_test]
async fn a_blocked_open_is_reported_and_goes_on_when_the_other_tab_lets_go() {
    let name = unique_name("blocked");
    // An old tab holds the database at version 1 and, unlike Querwerk, never lets go on `versionchange`.
    let mut request = idb::Factory::new()
        .expect("factory")
        .open(&name, Some(1))
        .expect("open v1");
    request.on_upgrade_needed(|event| {
        let db = idb::DatabaseEvent::database(&event).expect("database");
        let mut params = idb::ObjectStoreParams::new();
        params.key_path(Some(idb::KeyPath::new_single("id")));
        db.create_object_store("workshops", params).expect("store");
    });
    let old_tab = request.await.expect("opened");

    let (log, events) = event_log();
    let opening = Rc::new(RefCell::new(None));
    wasm_bindgen_futures::spawn_local({
        let opening = opening.clone();
        let name = name.clone();
        async move {
            let result = Db::open_version(&name, 2, events).await;
            *opening.borrow_mut() = Some(result);
        }
    });

    wait_for_events(&log, &[DbEvent::Blocked]).await;
    assert!(opening.borrow().is_none(), "still waiting");

    old_tab.close();
    for _ in 0..250 {
        if opening.borrow().is_some() {
            break;
        }
        sleep(20).await;
    }
    let db = opening
        .borrow_mut()
        .take()
        .expect("opened after the old tab let go")
        .expect("open");
    db.put(&record("w", 1, "works"), None).await.expect("put");
    assert_eq!(log.borrow().as_slice(), [DbEvent::Blocked]);
}

#[wasm_bindgen_test]
async fn data_of_a_newer_schema_is_never_overwritten_by_an_older_version() {
    let db = fresh_db("schema").await;
    let newer = Record {
        schema: 2,
        ..record("w", 4, r#"{"fieldsThisVersionDoesNotKnow":true}"#)
    };
    db.put(&newer, None).await.expect("a newer version stores");

    // The older version (schema 1), even at the right rev (as after "keep my version"), is refused.
    let older = db.put(&record("w", 5, "older edit"), Some(4)).await;

    assert_eq!(older, Err(StorageError::NewerData { stored_schema: 2 }));
    assert_eq!(db.get("w").await.expect("get"), Some(newer.clone()));
    // The newer version itself saves as before.
    let next = Record { rev: 5, ..newer };
    db.put(&next, Some(4)).await.expect("same schema");
    assert_eq!(db.get("w").await.expect("get"), Some(next));
}

#[wasm_bindgen_test]
async fn records_without_a_schema_read_as_zero_and_are_saved_over() {
    let name = unique_name("no-schema");
    let db = Db::open_named(&name).await.expect("open");
    let old = object(&[
        ("id", "w".into()),
        ("rev", 1.into()),
        ("saved_at", 0.into()),
        ("title", "Alt".into()),
        ("data", "{}".into()),
    ]);
    write_raw(&name, &old).await;

    assert_eq!(db.get("w").await.expect("get").map(|r| r.schema), Some(0));
    db.put(&record("w", 2, "new"), Some(1))
        .await
        .expect("saved over");
    assert_eq!(db.get("w").await.expect("get").map(|r| r.schema), Some(1));
}

#[wasm_bindgen_test]
async fn a_listing_is_kept_beside_the_data_and_a_malformed_one_reads_as_none() {
    let name = unique_name("listing");
    let db = Db::open_named(&name).await.expect("open");
    let listed = Record {
        listing: Some(Listing {
            question: "Wie könnten wir 🧭 …?".into(),
            updated: 1_767_225_600_123.0,
            boards: 3,
            notes: 4_000,
        }),
        ..record("listed", 1, "{}")
    };
    db.put(&listed, None).await.expect("put");
    assert_eq!(db.get("listed").await.expect("get"), Some(listed.clone()));
    // A record of an older version has none; one whose listing is broken reads as if it had none, and is
    // still the same record (nothing refused, nothing lost).
    let broken = object(&[
        ("id", "broken".into()),
        ("rev", 1.into()),
        ("saved_at", 0.into()),
        ("title", "Alt".into()),
        ("data", "{}".into()),
        (
            "listing",
            object(&[("question", "?".into()), ("boards", (-1).into())]),
        ),
    ]);
    write_raw(&name, &broken).await;
    db.put(&record("plain", 1, "{}"), None).await.expect("put");
    let listings: Vec<_> = db
        .list()
        .await
        .expect("list")
        .into_iter()
        .map(|r| r.expect("readable").listing)
        .collect();
    assert_eq!(listings, vec![None, listed.listing, None]);
}

#[wasm_bindgen_test]
async fn a_handed_over_file_is_taken_once_whole() {
    assert!(take_handed().await.expect("nothing to take").is_none());
    let parts = js_sys::Array::of1(&JsValue::from_str(
        "{\"format\":\"querwerk\"} – Übergabe 🎯",
    ));
    let file =
        web_sys::File::new_with_str_sequence(&parts, "dorfladen.querwerk.json").expect("file");
    hand_over(&file).await.expect("hand over");
    let taken = take_handed().await.expect("take").expect("the file");
    assert_eq!(taken.name(), "dorfladen.querwerk.json");
    assert_eq!(taken.size(), file.size());
    let text = JsFuture::from(taken.text()).await.expect("text");
    assert_eq!(
        text.as_string().as_deref(),
        Some("{\"format\":\"querwerk\"} – Übergabe 🎯")
    );
    assert!(take_handed().await.expect("taken already").is_none());
}
