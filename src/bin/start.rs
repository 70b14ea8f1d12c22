//! The start bundle: what a first visit to the start page downloads (see `StartApp`).
fn main() {
    querwerk::browser::panic::install();
    leptos::mount::mount_to_body(querwerk::app::StartApp);
}
