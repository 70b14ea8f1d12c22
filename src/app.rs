use crate::browser::base_path;
use crate::components::shell::Shell;
use crate::routes::agenda::AgendaPage;
use crate::routes::methods::{MethodPage, MethodsPage};
use crate::routes::pitch::{HandoutPage, JuryPage, PitchPage, RehearsalPage};
use crate::routes::projector::ProjectorPage;
use crate::routes::{about::About, home::Home, not_found::NotFound, workshop::WorkshopPage};
use crate::state::{provide_catalogue, provide_locale, provide_room, provide_store};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The whole app: contexts, then the router. Tests mount this.
#[component]
pub fn App() -> impl IntoView {
    provide_locale();
    let store = provide_store();
    provide_room(store);
    provide_catalogue();
    view! {
        <Router base=base_path()>
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
