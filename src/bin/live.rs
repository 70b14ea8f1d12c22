//! The live bundle: the whole app with the live room's engine (see `LiveApp`).
fn main() {
    querwerk::browser::panic::install();
    leptos::mount::mount_to_body(querwerk::app::LiveApp);
}
