//! The pitch bundle: the pitch pages (see `PitchApp`).
fn main() {
    querwerk::browser::panic::install();
    leptos::mount::mount_to_body(querwerk::app::PitchApp);
}
