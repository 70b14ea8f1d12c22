//! `/join#room=…`: a phone or laptop joins a live room from its link or QR code, without an account. The
//! fragment (room and key) never leaves this device; once the room's workshop is stored here, it opens.

use crate::i18n::Key;
use crate::live::JoinLink;
use crate::state::{sync_server, use_live, use_locale, use_navigation, Page};
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Joining {
    Connecting,
    /// This build was made without a sync server.
    NoRooms,
    BadLink,
    StoreFailed,
    /// The lead closed the room.
    Ended,
}

#[component]
pub fn JoinPage() -> impl IntoView {
    let locale = use_locale();
    let live = use_live();
    let navigation = use_navigation();
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let state = RwSignal::new(Joining::Connecting);
    match JoinLink::parse(&hash) {
        _ if sync_server().is_none() => state.set(Joining::NoRooms),
        Ok(link) => live.join(
            link,
            Callback::new(move |joined: Option<_>| match joined {
                Some(id) => navigation.go.run(Page::Workshop(id).href()),
                None => state.set(Joining::StoreFailed),
            }),
        ),
        Err(_) => state.set(Joining::BadLink),
    }
    Effect::new(move |_| {
        if live.ended.get() {
            state.set(Joining::Ended);
        }
    });
    let message = move || match state.get() {
        Joining::Connecting => locale.t(Key::JoinConnecting),
        Joining::NoRooms => locale.t(Key::JoinNoRooms),
        Joining::BadLink => locale.t(Key::JoinBadLink),
        Joining::StoreFailed => locale.t(Key::JoinStoreFailed),
        Joining::Ended => locale.t(Key::JoinEnded),
    };
    view! {
        <section class="page page--narrow">
            <h1>{locale.tr(Key::JoinTitle)}</h1>
            <p role="status">{message}</p>
            <a href=Page::Home.href() class="button">{locale.tr(Key::BackToStart)}</a>
        </section>
    }
}
