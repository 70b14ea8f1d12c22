//! The method library of a workshop (`/w/:id/methods`) and one method (`/w/:id/methods/:method`).

use super::gate::use_route_id;
use crate::components::methods::{MethodDetail, MethodLibrary};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn MethodsPage() -> impl IntoView {
    let id = use_route_id();
    move || id.get().map(|workshop| view! { <MethodLibrary workshop/> })
}

#[component]
pub fn MethodPage() -> impl IntoView {
    let id = use_route_id();
    let params = use_params_map();
    let method = Memo::new(move |_| params.with(|p| p.get("method").unwrap_or_default()));
    move || {
        id.get()
            .map(|workshop| view! { <MethodDetail workshop method/> })
    }
}
