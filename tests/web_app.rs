//! The app in a real browser (headless Chromium): mounting, language, preferences, base path.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use querwerk::browser::{base_path, href, prefs};
use querwerk::i18n::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let document = document();
    let div = document
        .create_element("div")
        .expect("div")
        .unchecked_into::<web_sys::HtmlElement>();
    document
        .body()
        .expect("body")
        .append_child(&div)
        .expect("append");
    div
}

#[wasm_bindgen_test]
async fn start_page_renders_in_german_and_switches_to_english() {
    prefs::save_lang(Lang::De);
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), querwerk::App);
    leptos::task::tick().await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Neues Projekt anlegen"), "{text}");
    assert_eq!(
        document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .as_deref(),
        Some("de")
    );

    let english = root
        .query_selector("button[lang='en']")
        .ok()
        .flatten()
        .expect("English button")
        .unchecked_into::<web_sys::HtmlElement>();
    english.click();
    leptos::task::tick().await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Create a new project"), "{text}");
    assert_eq!(
        document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .as_deref(),
        Some("en")
    );
    assert_eq!(prefs::load_lang(), Lang::En);
    prefs::save_lang(Lang::De);
}

#[wasm_bindgen_test]
fn a_stored_language_that_is_unknown_falls_back_to_german() {
    let storage = window()
        .local_storage()
        .ok()
        .flatten()
        .expect("localStorage");
    storage.set_item("querwerk.lang", "\"fr\"").expect("set");
    assert_eq!(prefs::load_lang(), Lang::De);
    storage.set_item("querwerk.lang", "not json").expect("set");
    assert_eq!(prefs::load_lang(), Lang::De);
}

#[wasm_bindgen_test]
fn the_base_path_comes_from_the_document() {
    // The test page has no <base>, so the app runs at the root.
    assert_eq!(base_path(), "");
    assert_eq!(href("/about"), "/about");
}

#[wasm_bindgen_test]
fn the_backup_counter_counts_and_resets() {
    let id = querwerk::model::WorkshopId::new();
    assert_eq!(prefs::unexported(id), 0);
    assert_eq!(prefs::add_unexported(id), 1);
    assert_eq!(prefs::add_unexported(id), 2);
    prefs::reset_unexported(id);
    assert_eq!(prefs::unexported(id), 0);
}

#[wasm_bindgen_test]
fn a_deleted_workshops_traces_are_taken_whole_and_put_back() {
    use gloo_storage::{LocalStorage, Storage};
    let id = querwerk::model::WorkshopId::new();
    let other = querwerk::model::WorkshopId::new();
    let ours = [
        format!("querwerk.live.{id}"),
        format!("querwerk.live.{id}.seen"),
        format!("querwerk.me.{id}"),
        format!("querwerk.draft.{id}.tab1"),
    ];
    for key in &ours {
        LocalStorage::raw()
            .set_item(key, &format!("\"{key}\""))
            .unwrap();
    }
    // Another workshop's, a preference, and a key that only contains the id inside a part: all stay.
    let kept = [
        format!("querwerk.live.{other}"),
        "querwerk.lang".to_owned(),
        format!("querwerk.x.{id}x"),
    ];
    for key in &kept {
        LocalStorage::raw().set_item(key, "1").unwrap();
    }
    let traces = prefs::take_traces(id);
    assert!(!traces.is_empty());
    let item = |key: &str| LocalStorage::raw().get_item(key).unwrap();
    for key in &ours {
        assert_eq!(item(key), None, "{key} removed");
    }
    for key in &kept {
        assert_eq!(item(key).as_deref(), Some("1"), "{key} untouched");
    }
    assert!(prefs::take_traces(id).is_empty(), "nothing left to take");
    prefs::restore_traces(&traces);
    for key in &ours {
        assert_eq!(
            item(key),
            Some(format!("\"{key}\"")),
            "{key} back as it was"
        );
    }
    for key in ours.iter().chain(&kept) {
        LocalStorage::delete(key);
    }
}
