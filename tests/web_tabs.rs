//! Which tabs are alive (Web Locks, `browser::tabs`) and whose drafts a tab may take over (`browser::kept`),
//! in headless Chromium: a draft left by a tab that is gone is taken over, one of a tab still open is not.
#![cfg(target_arch = "wasm32")]

use gloo_storage::{LocalStorage, Storage};
use querwerk::browser::kept::DRAFT;
use querwerk::browser::tabs;
use querwerk::model::draft::NoteDraft;
use querwerk::model::{BoardId, NoteId, WorkshopId};
use std::collections::HashSet;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn draft(workshop: WorkshopId, text: &str) -> NoteDraft {
    NoteDraft {
        workshop,
        board: BoardId::new(),
        note: NoteId::new(),
        zone: Some("notes".into()),
        text: text.into(),
    }
}

/// Stores `draft` as the entry of tab `tab`, as that tab would.
fn left_by(tab: &str, draft: &NoteDraft) -> String {
    let key = format!("querwerk.draft.{}.{tab}", draft.workshop);
    LocalStorage::set(&key, draft).expect("localStorage");
    key
}

/// Holds the lock of tab `id` and waits until the browser lists it (the request is granted asynchronously).
async fn hold(id: &str) -> HashSet<String> {
    tabs::hold(id);
    for _ in 0..50 {
        let alive = tabs::alive().await.expect("Chromium has Web Locks");
        if alive.contains(id) {
            return alive;
        }
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
    panic!("the lock of {id} was never listed");
}

#[wasm_bindgen_test]
async fn a_tab_holding_its_lock_is_alive_and_a_closed_one_is_not() {
    let alive = hold("web-tabs-alive").await;
    assert!(!alive.contains("web-tabs-never-opened"));
}

#[wasm_bindgen_test]
async fn a_draft_of_a_tab_still_open_stays_with_it() {
    let workshop = WorkshopId::new();
    // A lock held stands for the other tab's page (the lock is per name, not per page).
    hold("web-tabs-other-open").await;
    let key = left_by("web-tabs-other-open", &draft(workshop, "Tippt noch"));
    DRAFT.adopt_left_behind::<NoteDraft>(workshop).await;
    assert_eq!(DRAFT.load::<NoteDraft>(workshop), None);
    assert!(LocalStorage::raw().get_item(&key).ok().flatten().is_some());
    LocalStorage::delete(&key);
}

#[wasm_bindgen_test]
async fn a_draft_of_a_tab_that_is_gone_is_taken_over() {
    let workshop = WorkshopId::new();
    let kept = draft(workshop, "Vor dem Absturz getippt");
    let key = left_by("web-tabs-crashed", &kept);
    DRAFT.adopt_left_behind::<NoteDraft>(workshop).await;
    assert_eq!(DRAFT.load::<NoteDraft>(workshop), Some(kept));
    assert!(LocalStorage::raw().get_item(&key).ok().flatten().is_none());
    DRAFT.clear(workshop);
}

/// Holds lock `name` exclusively for `ms`, as a tab does until its page goes; then lets go.
fn held_for(name: &str, ms: i32) {
    use wasm_bindgen::{JsCast, JsValue};
    let locks =
        js_sys::Reflect::get(&web_sys::window().unwrap().navigator(), &"locks".into()).unwrap();
    let request: js_sys::Function = js_sys::Reflect::get(&locks, &"request".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let release = wasm_bindgen::closure::Closure::once_into_js(move || {
        js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        })
    });
    request
        .call2(&locks, &JsValue::from_str(name), &release)
        .unwrap();
}

async fn sleep(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
}

#[wasm_bindgen_test]
async fn a_draft_of_a_tab_closed_a_moment_ago_is_taken_over_once_its_lock_goes() {
    let workshop = WorkshopId::new();
    // The closed tab's lock is still held when this tab opens the workshop (the browser lets go a bit later).
    held_for("querwerk.tab.web-tabs-closing", 300);
    hold_listed("web-tabs-closing").await;
    let kept = draft(workshop, "Gerade geschlossen");
    let key = left_by("web-tabs-closing", &kept);
    DRAFT.adopt_left_behind::<NoteDraft>(workshop).await;
    assert_eq!(DRAFT.load::<NoteDraft>(workshop), None, "still looks open");
    let taken = std::rc::Rc::new(std::cell::Cell::new(0));
    let count = taken.clone();
    DRAFT.adopt_when_gone::<NoteDraft>(workshop, move || count.set(count.get() + 1));
    for _ in 0..50 {
        if taken.get() > 0 {
            break;
        }
        sleep(100).await;
    }
    assert_eq!(taken.get(), 1);
    assert_eq!(DRAFT.load::<NoteDraft>(workshop), Some(kept));
    assert!(LocalStorage::raw().get_item(&key).ok().flatten().is_none());
    DRAFT.clear(workshop);
}

#[wasm_bindgen_test]
async fn a_draft_of_a_tab_that_reloads_stays_with_it() {
    let workshop = WorkshopId::new();
    held_for("querwerk.tab.web-tabs-reloading", 200);
    hold_listed("web-tabs-reloading").await;
    let key = left_by("web-tabs-reloading", &draft(workshop, "Nach dem Neuladen"));
    let taken = std::rc::Rc::new(std::cell::Cell::new(0));
    let count = taken.clone();
    DRAFT.adopt_when_gone::<NoteDraft>(workshop, move || count.set(count.get() + 1));
    // The reloaded page asks for its lock again a moment after the old one let go.
    sleep(600).await;
    tabs::hold("web-tabs-reloading");
    sleep(2_500).await;
    assert_eq!(taken.get(), 0);
    assert_eq!(DRAFT.load::<NoteDraft>(workshop), None);
    assert!(LocalStorage::raw().get_item(&key).ok().flatten().is_some());
    LocalStorage::delete(&key);
}

/// Waits until tab `id`'s lock is listed as held.
async fn hold_listed(id: &str) {
    for _ in 0..50 {
        if tabs::alive().await.is_some_and(|a| a.contains(id)) {
            return;
        }
        sleep(10).await;
    }
    panic!("the lock of {id} was never listed");
}
