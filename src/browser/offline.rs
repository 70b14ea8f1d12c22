//! The service worker (`scripts/sw.js`, written to the site's root by `scripts/post_build.mjs`), which makes the
//! app start without a network after one visit. It is registered a moment after start, so its downloads never
//! compete with the first load, and watched for a new version waiting to take over.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

/// A new version of the app is installed and waits for the page to let it take over.
#[derive(Clone)]
pub struct Waiting(ServiceWorker);

impl Waiting {
    /// Lets the new version take over; the page reloads once it controls the page.
    pub fn activate(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let container = window.navigator().service_worker();
        EventListener::once(&container, "controllerchange", move |_| {
            let _ = window.location().reload();
        })
        .forget();
        if let Err(err) = self.0.post_message(&"SKIP_WAITING".into()) {
            web_sys::console::warn_2(&"Querwerk: could not activate the new version".into(), &err);
        }
    }
}

/// Registers the worker; `on_waiting` runs when a newer version is ready to take over (at once, or later), and
/// `on_newer_active` when one has taken over while this page runs the older code (activated from another tab):
/// the page should then be reloaded. Without service workers (an insecure origin, a private window in some
/// browsers) nothing happens: the app then simply needs the network to start.
pub fn register(
    on_waiting: impl Fn(Waiting) + Clone + 'static,
    on_newer_active: impl Fn() + 'static,
) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    // The controller changes when the first worker claims the page (this page's code is that version: nothing
    // to say) and when a newer worker activates, here or in another tab (this page's code is now the old one).
    let controlled_before = std::cell::Cell::new(container.controller().is_some());
    {
        let container = container.clone();
        EventListener::new(&container.clone(), "controllerchange", move |_| {
            if controlled_before.replace(container.controller().is_some()) {
                on_newer_active();
            }
        })
        .forget();
    }
    let url = super::href("/sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        // Checked, not assumed: a browser (or a test harness) that blocks workers may resolve with nothing.
        let registration = match JsFuture::from(container.register(&url))
            .await
            .map(|r| r.dyn_into::<ServiceWorkerRegistration>())
        {
            Ok(Ok(r)) => r,
            Ok(Err(_)) => return,
            Err(err) => {
                web_sys::console::warn_2(&"Querwerk: no offline support".into(), &err);
                return;
            }
        };
        // Only an update waits behind a controlling worker; the very first install just takes over.
        let controlled = {
            let container = container.clone();
            move || container.controller().is_some()
        };
        if let Some(worker) = registration.waiting().filter(|_| controlled()) {
            on_waiting(Waiting(worker));
        }
        let watched = registration.clone();
        EventListener::new(&registration, "updatefound", move |_| {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_waiting = on_waiting.clone();
            let controlled = controlled.clone();
            EventListener::new(&installing, "statechange", move |_| {
                if worker.state() == ServiceWorkerState::Installed && controlled() {
                    on_waiting(Waiting(worker.clone()));
                }
            })
            .forget();
        })
        .forget();
    });
}
