//! A page another bundle shows. The full app leaves the pitch pages to the pitch bundle and the pitch bundle
//! leaves every other page to the full app (see the boot script in `scripts/post_build.mjs`, which picks the
//! bundle by path). Reached by a link inside the app, the page saves what is unsaved and loads its address
//! again, so the boot script hands it to the bundle that has it.

use crate::browser;
use crate::state::use_store;
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_url;

/// How long to wait at most for the router to write the new address (20 ms steps).
const WAIT_STEPS: u32 = 50;

#[component]
pub fn Elsewhere() -> impl IntoView {
    let store = use_store();
    let url = use_url().get_untracked();
    let wanted = match url.search() {
        "" => url.path().to_owned(),
        search => format!("{}?{search}", url.path()),
    };
    let was = browser::page_path();
    spawn_local(async move {
        store.save_now().await;
        // The router writes the address bar only once the new page is ready (which this one never is): wait
        // until it shows the page wanted, or has changed at all, before loading it. Whatever is still unsaved
        // then is kept as the page hides and taken up when the workshop opens in the other bundle.
        for _ in 0..WAIT_STEPS {
            let now = browser::page_path();
            if now == wanted || now != was {
                break;
            }
            TimeoutFuture::new(20).await;
        }
        browser::reload();
    });
}
