use crate::browser::offline::{self, Waiting};
use crate::components::icons::Logo;
use crate::components::lang_switch::LangSwitch;
use crate::components::storage_notices::StorageNotices;
use crate::i18n::Key;
use crate::state::{use_locale, use_navigation, use_store, Page};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// Moves focus to the main landmark. Done by hand because the router would treat `#main` as a navigation.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document().get_element_by_id("main") {
        if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
            let _ = main.focus();
        }
    }
}

/// The frame of every page: skip link, top bar with navigation and language, and the main landmark.
#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let locale = use_locale();
    let path = use_navigation().path;
    // Plain links: the full app's router takes their clicks over; in the start bundle they load the page.
    let current = move |to: String| {
        move || {
            path.with(|p| p.trim_end_matches('/') == to.trim_end_matches('/'))
                .then_some("page")
        }
    };
    // `/new` and `/open` are the start page with the form open or a file being opened.
    let home = move || {
        path.with(|p| {
            [Page::Home, Page::New, Page::Open]
                .iter()
                .any(|page| p.trim_end_matches('/') == page.href().trim_end_matches('/'))
        })
        .then_some("page")
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{locale.tr(Key::SkipToContent)}</a>
        <header class="topbar">
            <a href=Page::Home.href() class="brand">
                <Logo/>
                <span class="brand__name">{locale.tr(Key::AppName)}</span>
            </a>
            <nav class="topbar__nav" aria-label=locale.tr(Key::MainNav)>
                <a href=Page::Home.href() aria-current=home>{locale.tr(Key::NavWorkshops)}</a>
                <a href=Page::About.href() aria-current=current(Page::About.href())>{locale.tr(Key::NavAbout)}</a>
            </nav>
            <LangSwitch/>
        </header>
        <UpdateBanner/>
        <StorageNotices/>
        <main id="main" tabindex="-1" class="main">{children()}</main>
    }
}

/// Registers the offline worker a moment after start, and offers a new version once one is waiting. When a
/// newer version took over from another tab, says so: this page still runs the old code. Reloading saves the
/// open workshop first.
#[component]
fn UpdateBanner() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let waiting = RwSignal::new_local(None::<Waiting>);
    let newer_active = RwSignal::new(false);
    // After the first load has settled; the worker's downloads must not slow it down.
    set_timeout(
        move || {
            offline::register(
                move |w| waiting.set(Some(w)),
                move || newer_active.set(true),
            )
        },
        std::time::Duration::from_secs(2),
    );
    let reload = move |_| {
        if newer_active.get_untracked() {
            spawn_local(async move { store.reload_page().await });
        } else if let Some(w) = waiting.get_untracked() {
            spawn_local(async move {
                store.save_now().await;
                w.activate();
            });
        }
    };
    view! {
        <Show when=move || newer_active.get() || waiting.with(Option::is_some)>
            <div class="update-banner" role="status">
                <span>
                    {move || locale.t(if newer_active.get() { Key::NewerVersionActive } else { Key::UpdateReady })}
                </span>
                <button type="button" class="button button--primary" on:click=reload>
                    {locale.tr(Key::UpdateReload)}
                </button>
            </div>
        </Show>
    }
}
