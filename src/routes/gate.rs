//! What every workshop page shares: the workshop id from the route, opening it once storage is ready, and a
//! status line while it loads or when it cannot be shown.

use crate::i18n::Key;
use crate::model::WorkshopId;
use crate::state::{use_locale, use_store, Opened, Storage};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;

/// The `:id` of the route, opened in the store as soon as storage is ready (on a reload the route is known
/// before IndexedDB is).
pub fn use_route_workshop() -> Memo<Option<WorkshopId>> {
    let store = use_store();
    let params = use_params_map();
    let id =
        Memo::new(move |_| params.with(|p| p.get("id").and_then(|v| v.parse::<WorkshopId>().ok())));
    Effect::new(move |_| {
        let ready = store.storage.get() != Storage::Loading;
        if let (true, Some(id)) = (ready, id.get()) {
            // A no-op when it is open already (coming back from the method library keeps the undo history).
            spawn_local(async move { store.open(id).await });
        }
    });
    id
}

/// Shows `children` once the route's workshop is open, else why not.
#[component]
pub fn WorkshopGate(id: Memo<Option<WorkshopId>>, children: ChildrenFn) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let state = move || match (id.get(), store.opened.get()) {
        (None, _) => Some(Key::WorkshopMissing),
        (_, Opened::Missing(_)) => Some(Key::WorkshopMissing),
        (_, Opened::Unreadable(_)) => Some(Key::WorkshopUnreadable),
        (_, Opened::Loading(_) | Opened::None) => Some(Key::Loading),
        _ => None,
    };
    view! {
        <Show
            when=move || state().is_none() && store.current.with(|c| c.is_some())
            fallback=move || view! { <section class="page"><p role="status">{move || state().map(|k| locale.t(k))}</p></section> }
        >
            {children()}
        </Show>
    }
}
