//! The participant bundle.
fn main() {
    querwerk::browser::panic::install();
    leptos::mount::mount_to_body(querwerk::app::PhoneApp);
}
