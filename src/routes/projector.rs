//! The projector window (`/w/:id/projector`): opened by the facilitator, it shows what their window shows and
//! follows every change live. It never writes, so closing it (or the other window) loses nothing. It becomes a
//! follower before the workshop opens (`gate.rs`).

use crate::components::projector::ProjectorView;
use crate::state::{use_room, use_store, Opened};
use leptos::prelude::*;

#[component]
pub fn ProjectorPage() -> impl IntoView {
    let room = use_room();
    let store = use_store();
    // Once the workshop is open, it says hello.
    Effect::new(move |_| {
        if matches!(store.opened.get(), Opened::Ready(_)) {
            room.hello();
        }
    });
    view! { <ProjectorView/> }
}
