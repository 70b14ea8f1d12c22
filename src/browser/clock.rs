//! Time from the browser. The model never reads a clock: callers pass these values in.

/// Milliseconds since the epoch.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// The current moment as an ISO 8601 string in UTC, e.g. `2026-11-27T23:02:33.000Z`.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today's date in local time as `YYYY-MM-DD`, for file names.
pub fn today() -> String {
    let (year, month, day) = today_ymd();
    format!("{year:04}-{month:02}-{day:02}")
}

/// Today's date in local time: year, month (from 1), day.
pub fn today_ymd() -> (i32, u32, u32) {
    let d = js_sys::Date::new_0();
    (d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}

/// A moment (ms since the epoch) as a local date and time in the language `lang` ("de", "en").
pub fn local_date_time(ms: i64, lang: &str) -> String {
    let date = js_sys::Date::new(&(ms as f64).into());
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    String::from(date.to_locale_string(lang, &options))
}
