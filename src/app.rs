use crate::browser::{base_path, current_path, load_page, replace_path};
use crate::components::shell::Shell;
use crate::routes::agenda::AgendaPage;
use crate::routes::elsewhere::Elsewhere;
use crate::routes::home::{Arrival, Home};
use crate::routes::join::JoinPage;
use crate::routes::methods::{MethodPage, MethodsPage};
use crate::routes::phone::ParticipantPage;
use crate::routes::pitch::{HandoutPage, JuryPage, PitchPage, RehearsalPage};
use crate::routes::projector::ProjectorPage;
use crate::routes::start::StartHome;
use crate::routes::WorkshopLayout;
use crate::routes::{about::About, not_found::NotFound, workshop::WorkshopPage};
use crate::state::paths::{participant_page, routes};
use crate::state::{
    provide_catalogue, provide_live, provide_locale, provide_navigation, provide_room,
    provide_store, Rooms,
};
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// The contexts of every bundle that opens workshops.
fn provide_workshop_contexts(rooms: Rooms) {
    let store = provide_store(provide_locale());
    store.open_workshops_here(crate::model::merge::merge_file);
    let room = provide_room(store);
    provide_live(store, room, rooms);
    provide_catalogue();
}

/// The whole app but the pitch pages; a workshop in a live room, and going live, it hands to the live bundle.
/// Tests mount this.
#[component]
pub fn App() -> impl IntoView {
    whole_app(Rooms::Elsewhere)
}

/// The live bundle (`src/bin/live.rs`): the whole app with the live room's engine (see `state::Rooms`).
#[component]
pub fn LiveApp() -> impl IntoView {
    whole_app(Rooms::Here(crate::state::live_engine()))
}

/// Contexts, then the router.
fn whole_app(rooms: Rooms) -> impl IntoView {
    provide_workshop_contexts(rooms);
    view! {
        <Router base=base_path()>
            <RouterNavigation/>
            <Shell>
                <Routes fallback=NotFound>
                    <Route path=routes::home() view=|| view! { <Home/> }/>
                    <Route path=routes::new() view=|| view! { <Home arrival=Arrival::Creating/> }/>
                    <Route path=routes::open() view=|| view! { <Home arrival=Arrival::Opening/> }/>
                    // Every page of a workshop: the parent opens it once and keeps it open between them.
                    <ParentRoute path=routes::workshop() view=WorkshopLayout>
                        <Route path=routes::board() view=WorkshopPage/>
                        <Route path=routes::methods() view=MethodsPage/>
                        <Route path=routes::method() view=MethodPage/>
                        <Route path=routes::agenda() view=AgendaPage/>
                        <Route path=routes::projector() view=ProjectorPage/>
                    </ParentRoute>
                    // The pitch bundle's pages (`PitchApp`).
                    <Route path=routes::whole_pitch() view=Elsewhere/>
                    <Route path=routes::whole_jury() view=Elsewhere/>
                    <Route path=routes::whole_rehearsal() view=Elsewhere/>
                    <Route path=routes::whole_handout() view=Elsewhere/>
                    <Route path=routes::about() view=About/>
                    <Route path=routes::join() view=JoinPage/>
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

/// The start bundle (`src/bin/start.rs`): the start page without a router, and without what creating a
/// workshop or opening a file needs (`routes::start`), so a first visit downloads a fraction of the app. The
/// boot script (`scripts/post_build.mjs`) loads it for exactly this path; every link (a workshop, "new
/// project", the about page) and a picked file load their page, which the boot script gives to the full app.
#[component]
pub fn StartApp() -> impl IntoView {
    provide_store(provide_locale());
    provide_navigation(
        Signal::stored(current_path()),
        Callback::new(|to: String| load_page(&to)),
    );
    view! { <Shell><StartHome/></Shell> }
}

/// The pitch bundle (`src/bin/pitch.rs`): the pitch pages, which a team needs months after its boards. The
/// boot script loads it for their paths; every other page is the full app's.
#[component]
pub fn PitchApp() -> impl IntoView {
    provide_workshop_contexts(Rooms::Not);
    view! {
        <Router base=base_path()>
            <RouterNavigation/>
            <Shell>
                <Routes fallback=Elsewhere>
                    <ParentRoute path=routes::workshop() view=WorkshopLayout>
                        <Route path=routes::pitch() view=PitchPage/>
                        <Route path=routes::jury() view=JuryPage/>
                        <Route path=routes::rehearsal() view=RehearsalPage/>
                        <Route path=routes::handout() view=HandoutPage/>
                    </ParentRoute>
                </Routes>
            </Shell>
        </Router>
    }
}

/// The participant bundle (`src/bin/phone.rs`): what a participant's phone (or laptop) in a live room
/// downloads, without a router: the join page, and the board page of a workshop this device is in a room for
/// as a participant (`routes::phone`). The boot script (`scripts/post_build.mjs`) loads it for exactly these;
/// every other page, and the lead's, is the live bundle's.
#[component]
pub fn PhoneApp() -> impl IntoView {
    provide_workshop_contexts(Rooms::Here(crate::state::live_engine()));
    let path = RwSignal::new(current_path());
    // From the join page to the room's workshop, and to another board of it, in place (without a way back to
    // the join page, which would join again); any other page is loaded, and the boot script picks its bundle.
    provide_navigation(
        path.into(),
        Callback::new(move |to: String| {
            if participant_page(&to).is_some() && replace_path(&to) {
                path.set(to);
            } else {
                load_page(&to);
            }
        }),
    );
    // The page changes with the workshop only, not with the board its address asks for.
    let workshop = Memo::new(move |_| participant_page(&path.get()));
    let page = move || match workshop.get() {
        Some(id) => view! { <ParticipantPage id/> }.into_any(),
        None => view! { <JoinPage/> }.into_any(),
    };
    view! { <Shell>{page}</Shell> }
}
