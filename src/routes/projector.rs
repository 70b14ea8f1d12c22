//! The projector window (`/w/:id/projector`): opened by the facilitator, it shows what their window shows and
//! follows every change live. It never writes, so closing it (or the other window) loses nothing.

use super::gate::{use_route_workshop, WorkshopGate};
use crate::components::projector::ProjectorView;
use crate::state::{use_room, use_store, Opened};
use leptos::prelude::*;

#[component]
pub fn ProjectorPage() -> impl IntoView {
    let id = use_route_workshop();
    let room = use_room();
    let store = use_store();
    // A follower from the start (it must never write); once the workshop is open, it says hello.
    room.follower.set(true);
    store.follow();
    Effect::new(move |_| {
        if matches!(store.opened.get(), Opened::Ready(_)) {
            room.hello();
        }
    });
    view! {
        <WorkshopGate id>
            <ProjectorView/>
        </WorkshopGate>
    }
}
