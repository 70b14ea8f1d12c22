use crate::browser::{base_path, current_path, href, load_page};
use crate::components::shell::Shell;
use crate::routes::agenda::AgendaPage;
use crate::routes::methods::{MethodPage, MethodsPage};
use crate::routes::pitch::{HandoutPage, JuryPage, PitchPage, RehearsalPage};
use crate::routes::projector::ProjectorPage;
use crate::routes::{about::About, home::Home, not_found::NotFound, workshop::WorkshopPage};
use crate::state::{
    provide_catalogue, provide_locale, provide_navigation, provide_room, provide_store,
};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::{path, NavigateOptions};

/// The whole app: contexts, then the router. Tests mount this.
#[component]
pub fn App() -> impl IntoView {
    let store = provide_store(provide_locale());
    // Only the full app opens workshops, so only it brings the merge (see `Store::merger`).
    store.set_merger(crate::model::merge::merge_file);
    provide_room(store);
    provide_catalogue();
    view! {
        <Router base=base_path()>
            <RouterNavigation/>
            <Shell>
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home/>
                    <Route path=path!("/w/:id") view=WorkshopPage/>
                    <Route path=path!("/w/:id/methods") view=MethodsPage/>
                    <Route path=path!("/w/:id/agenda") view=AgendaPage/>
                    <Route path=path!("/w/:id/projector") view=ProjectorPage/>
                    <Route path=path!("/w/:id/pitch") view=PitchPage/>
                    <Route path=path!("/w/:id/pitch/jury") view=JuryPage/>
                    <Route path=path!("/w/:id/pitch/rehearsal") view=RehearsalPage/>
                    <Route path=path!("/w/:id/pitch/handout") view=HandoutPage/>
                    <Route path=path!("/w/:id/methods/:method") view=MethodPage/>
                    <Route path=path!("/about") view=About/>
                </Routes>
            </Shell>
        </Router>
    }
}

/// Gives the shared pages the router's path and navigation (inside `<Router>`, where they exist).
#[component]
fn RouterNavigation() -> impl IntoView {
    let navigate = use_navigate();
    provide_navigation(
        use_location().pathname.into(),
        Callback::new(move |to: String| navigate(&to, NavigateOptions::default())),
    );
}

/// The start bundle (`src/bin/start.rs`): the start and about pages without a router, so a first visit
/// downloads well under half of the app. The boot script (`scripts/post_build.mjs`) loads it for exactly these
/// two paths; every link and every new workshop loads its page, which the boot script gives to the full app.
#[component]
pub fn StartApp() -> impl IntoView {
    provide_store(provide_locale());
    let path = current_path();
    let about = path.trim_end_matches('/') == href("/about");
    provide_navigation(
        Signal::stored(path),
        Callback::new(|to: String| load_page(&to)),
    );
    let page = if about {
        view! { <About/> }.into_any()
    } else {
        view! { <Home/> }.into_any()
    };
    view! { <Shell>{page}</Shell> }
}
