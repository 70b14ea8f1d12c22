//! The workshop store guarding stored data (issue 11, "storage that stays"), in headless Chromium: the browser's
//! answer about keeping the data reaches the page, and an older version never saves over newer data — it keeps
//! the user's text in memory instead.
#![cfg(target_arch = "wasm32")]

use js_sys::Promise;
use leptos::prelude::*;
use querwerk::browser::prefs;
use querwerk::commands::Command;
use querwerk::persistence::{Db, Record, StorageError};
use querwerk::state::{provide_locale, provide_store, Saving, Storage, Store};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        let window = web_sys::window().expect("window");
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("setTimeout");
    });
    JsFuture::from(promise).await.expect("timer");
}

/// Waits up to five seconds for `done`.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..250 {
        if done() {
            return;
        }
        sleep(20).await;
    }
    panic!("timed out waiting for {what}");
}

/// A store as the bundles that open workshops have it, once storage is ready.
async fn ready_store() -> (Owner, Store) {
    // Mounting (even nothing) starts the executor that effects and tasks run on, as in the app.
    leptos::mount::mount_to_body(|| ());
    let owner = Owner::new();
    owner.set();
    let store = provide_store(provide_locale());
    store.open_workshops_here(querwerk::model::merge::merge_file);
    until("storage", || {
        store.storage.get_untracked() == Storage::Ready
    })
    .await;
    (owner, store)
}

#[wasm_bindgen_test]
async fn the_browsers_answer_about_keeping_data_reaches_the_page_once() {
    prefs::remember_persistence_told(false);
    prefs::remember_persistence_answer(None);
    let (_owner, store) = ready_store().await;

    store
        .create("Dorfladen Mittelsaida", "Wie bleibt der Laden offen?")
        .await
        .expect("create");

    until("the answer", || store.persistence.get_untracked().is_some()).await;
    // The answer often comes while the page is left for the new workshop's page: that page shows it.
    let answer = store.persistence.get_untracked();
    let (_next_owner, next_page) = ready_store().await;
    assert_eq!(next_page.persistence.get_untracked(), answer);
    next_page.dismiss_persistence();
    assert_eq!(next_page.persistence.get_untracked(), None);
    let (_third_owner, store) = ready_store().await;
    assert_eq!(store.persistence.get_untracked(), None, "explained once");
    assert_eq!(store.persistence.get_untracked(), None);

    // Told once: the next workshop asks again, but the page does not explain it again.
    store.create("Zweiter Workshop", "").await.expect("create");
    sleep(500).await;
    assert_eq!(store.persistence.get_untracked(), None);
}

#[wasm_bindgen_test]
async fn an_older_version_never_saves_over_newer_data_and_keeps_the_text() {
    let (_owner, store) = ready_store().await;
    let id = store
        .create("Kulturbahnhof Zwönitz", "Wie füllen wir die Halle?")
        .await
        .expect("create");
    store.open(id).await;
    assert!(store.current.with_untracked(Option::is_some));

    // A newer Querwerk (a later schema, with fields this version does not know) saves the workshop meanwhile.
    let newer_tab = Db::open_named("querwerk").await.expect("open");
    let stored = newer_tab
        .get(&id.to_string())
        .await
        .expect("get")
        .expect("stored");
    let newer = Record {
        rev: stored.rev + 1,
        schema: stored.schema + 1,
        data: stored
            .data
            .replacen('{', r#"{"fieldOfANewerVersion":"wichtig","#, 1),
        ..stored
    };
    newer_tab.put_unchecked(&newer).await.expect("newer save");

    // This tab, knowing nothing of it, edits and saves.
    store
        .apply(vec![Command::SetQuestion {
            question: "Wie füllen wir die Halle an Wochentagen?".into(),
        }])
        .expect("edit");
    until("the refusal", || {
        matches!(store.saving.get_untracked(), Saving::Failed(_))
    })
    .await;

    assert_eq!(
        store.saving.get_untracked(),
        Saving::Failed(StorageError::NewerData {
            stored_schema: newer.schema
        })
    );
    assert!(store.has_unsaved(), "the change is still to be saved");
    assert_eq!(
        store
            .current
            .with_untracked(|c| c.as_ref().map(|w| w.question.clone())),
        Some("Wie füllen wir die Halle an Wochentagen?".to_owned()),
        "the text stays in memory"
    );
    assert_eq!(
        newer_tab.get(&id.to_string()).await.expect("get"),
        Some(newer),
        "the newer data is untouched"
    );
}

/// `Store::apply` is the one road for changes (issue 12): only a real change touches the workshop signal or
/// schedules a save; a refusal comes back as a sentence in the UI language.
#[wasm_bindgen_test]
async fn only_an_applied_change_notifies_and_a_refusal_reads_as_a_sentence() {
    let (_owner, store) = ready_store().await;
    let id = store
        .create("Dorfladen Mittelsaida", "")
        .await
        .expect("create");
    store.open(id).await;
    until("saved", || store.saving.get_untracked() == Saving::Saved).await;
    let writes = RwSignal::new(0);
    Effect::new(move |_| {
        store.current.track();
        writes.update_untracked(|n| *n += 1);
    });
    sleep(50).await;
    let before = writes.get_untracked();

    assert_eq!(store.apply(Vec::new()), Ok(()));
    let refused = store
        .apply(vec![Command::SetTitle {
            title: "   ".into(),
        }])
        .expect_err("a blank title is refused");
    assert_eq!(refused.0, "Das ging nicht: Der Titel darf nicht leer sein.");
    sleep(50).await;
    assert_eq!(
        writes.get_untracked(),
        before,
        "nothing changed, nobody notified"
    );
    assert_eq!(store.saving.get_untracked(), Saving::Saved);

    store
        .apply(vec![Command::SetTitle {
            title: "Dorfladen".into(),
        }])
        .expect("applied");
    sleep(50).await;
    assert_eq!(writes.get_untracked(), before + 1);
    assert_ne!(store.saving.get_untracked(), Saving::Saved);
}
