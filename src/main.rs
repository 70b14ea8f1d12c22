fn main() {
    querwerk::browser::panic::install();
    leptos::mount::mount_to_body(querwerk::App);
}
