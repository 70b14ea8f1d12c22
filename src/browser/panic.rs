//! A Rust panic aborts the wasm instance, so the page would freeze. The hook shows a translated recovery
//! message in `#panic` (outside the Leptos tree) and leaves the panic text in the console.

use crate::i18n::{Key, Lang};
use std::sync::atomic::{AtomicBool, Ordering};

static ENGLISH: AtomicBool = AtomicBool::new(false);

/// Called whenever the UI language changes, so the panic message speaks it.
pub fn set_lang(lang: Lang) {
    ENGLISH.store(lang == Lang::En, Ordering::Relaxed);
}

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_message();
    }));
}

fn show_message() {
    let lang = if ENGLISH.load(Ordering::Relaxed) {
        Lang::En
    } else {
        Lang::De
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(panel) = document.get_element_by_id("panic") else {
        return;
    };
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    // Built with DOM calls, never innerHTML: even our own text stays text.
    let build = || -> Option<()> {
        let bx = document.create_element("div").ok()?;
        bx.set_class_name("panic__box");
        let h = document.create_element("h1").ok()?;
        h.set_text_content(Some(lang.text(Key::PanicTitle)));
        let p = document.create_element("p").ok()?;
        p.set_text_content(Some(lang.text(Key::PanicText)));
        let a = document.create_element("a").ok()?;
        a.set_text_content(Some(lang.text(Key::PanicReload)));
        a.set_attribute("href", &href).ok()?;
        // The router must not handle this link: the app behind it no longer runs.
        a.set_attribute("rel", "external").ok()?;
        a.set_class_name("button button--primary");
        bx.append_child(&h).ok()?;
        bx.append_child(&p).ok()?;
        bx.append_child(&a).ok()?;
        panel.replace_children_with_node_1(&bx);
        panel.remove_attribute("hidden").ok()
    };
    let _ = build();
}

/// Lets the end-to-end test trigger a real panic through the exported bindings (`window.wasmBindings`).
#[wasm_bindgen::prelude::wasm_bindgen(js_name = simulatePanic)]
pub fn simulate_panic() {
    panic!("simulated panic (end-to-end test of the recovery message)");
}
