//! User Timing marks, so the bench can read how long the app's own work took on the main thread.

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|w| w.performance())
}

/// Marks the start of the work measured as `name`.
pub fn start(name: &str) {
    if let Some(perf) = performance() {
        let _ = perf.mark(&format!("{name}:start"));
    }
}

/// Records a measure `name` from its [`start`] mark until now.
pub fn measure(name: &str) {
    if let Some(perf) = performance() {
        let _ = perf.measure_with_start_mark(name, &format!("{name}:start"));
    }
}
