//! Where the app is and how it moves on, for the pages both bundles share. The full app answers from its
//! router (moves without reloading); the start bundle has no router, so it reads the address once and moves
//! by loading the next page, which the boot script gives to the full app.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Navigation {
    /// The current path including the base path, as in `href`.
    pub path: Signal<String>,
    /// Goes to a path including the base path.
    pub go: Callback<String>,
}

pub fn provide_navigation(path: Signal<String>, go: Callback<String>) {
    provide_context(Navigation { path, go });
}

pub fn use_navigation() -> Navigation {
    expect_context::<Navigation>()
}
