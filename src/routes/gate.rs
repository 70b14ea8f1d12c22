//! The parent of every workshop page (`/w/:id/…`): it opens the route's workshop once, shows a status line
//! while it loads or when it cannot be shown, and then the page in its `<Outlet/>`. Moving between the pages
//! of one workshop keeps it open (and its undo history): only the outlet changes.

use crate::i18n::Key;
use crate::model::WorkshopId;
use crate::state::{paths, use_locale, use_room, use_store, Opened, Storage};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::Outlet;
use leptos_router::hooks::{use_location, use_params_map};

/// The `:id` of the route (the parent's parameter is every child's too).
pub fn use_route_id() -> Memo<Option<WorkshopId>> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").and_then(|v| v.parse::<WorkshopId>().ok())))
}

#[component]
pub fn WorkshopLayout() -> impl IntoView {
    let store = use_store();
    // A projector window follows the facilitator's from the start: before the workshop opens, or it would
    // adopt drafts and announce itself as a leader (see `RoomCtx`). A window never stops being one.
    if paths::is_projector(&use_location().pathname.get_untracked()) {
        use_room().follower.set(true);
        store.follow();
    }
    let id = use_route_id();
    open_when_ready(id);
    view! { <Gate id><Outlet/></Gate> }
}

/// Opens workshop `id` as soon as storage is ready (on a reload the address is known before IndexedDB is); a
/// no-op when it is open already.
pub fn open_when_ready(id: Memo<Option<WorkshopId>>) {
    let store = use_store();
    Effect::new(move |_| {
        let ready = store.storage.get() != Storage::Loading;
        if let (true, Some(id)) = (ready, id.get()) {
            spawn_local(async move { store.open(id).await });
        }
    });
}

/// Why workshop `id`'s page cannot be shown yet (loading, missing, unreadable), or `None` once it can. While
/// another workshop is still being left, its pages are not shown under the new address.
fn not_shown(id: Memo<Option<WorkshopId>>) -> Memo<Option<Key>> {
    let store = use_store();
    Memo::new(move |_| match (id.get(), store.opened.get()) {
        (None, _) => Some(Key::WorkshopMissing),
        (_, Opened::Missing(_)) => Some(Key::WorkshopMissing),
        (_, Opened::Unreadable(_)) => Some(Key::WorkshopUnreadable),
        (_, Opened::Loading(_) | Opened::None) => Some(Key::Loading),
        (Some(route), Opened::Ready(open) | Opened::DeletedElsewhere(open)) if route != open => {
            Some(Key::Loading)
        }
        _ if store.current.with(Option::is_none) => Some(Key::Loading),
        _ => None,
    })
}

/// `children` (the page) once workshop `id` is open, else a status line saying why not.
#[component]
pub fn Gate(id: Memo<Option<WorkshopId>>, children: ChildrenFn) -> impl IntoView {
    let locale = use_locale();
    let state = not_shown(id);
    view! {
        <Show
            when=move || state.get().is_none()
            fallback=move || view! { <section class="page"><p role="status">{move || state.get().map(|k| locale.t(k))}</p></section> }
        >
            {children()}
        </Show>
    }
}
