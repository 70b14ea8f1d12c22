//! Small preferences in localStorage. Workshops never go here (see `persistence`).
//!
//! Values are JSON, as gloo-storage writes them. The flags and the language, which the start bundle reads, go
//! through [`flag`] and [`set_flag`] and plain strings instead: `true`, `false` and `"de"` are their whole JSON,
//! and the start bundle carries no JSON parser.

use crate::i18n::Lang;
use crate::model::WorkshopId;
use gloo_storage::{LocalStorage as Local, Storage};

const LANG_KEY: &str = "querwerk.lang";

/// The stored UI language; German when nothing (or nothing valid) is stored.
pub fn load_lang() -> Lang {
    let stored = item(LANG_KEY);
    Lang::ALL
        .into_iter()
        .find(|lang| stored.as_deref() == Some(quoted(*lang).as_str()))
        .unwrap_or_default()
}

/// The language's code as a JSON string (`"de"`): codes are plain letters, so quoting is all it takes.
fn quoted(lang: Lang) -> String {
    format!("\"{}\"", lang.code())
}

/// Remembers the language. A failure (private mode, storage full) only means it is not remembered.
pub fn save_lang(lang: Lang) {
    if let Err(err) = Local::raw().set_item(LANG_KEY, &quoted(lang)) {
        web_sys::console::warn_1(&err);
    }
}

const HAS_WORKSHOPS_KEY: &str = "querwerk.has-workshops";

/// Whether the last run had workshops: lets the start page pick its layout before IndexedDB answers,
/// so nothing jumps when it does.
pub fn had_workshops() -> bool {
    flag(HAS_WORKSHOPS_KEY).unwrap_or(false)
}

pub fn remember_has_workshops(has: bool) {
    set_flag(HAS_WORKSHOPS_KEY, has);
}

const LIST_VIEW_KEY: &str = "querwerk.list-view";

/// Whether boards show as a compact list instead of side-by-side zones (remembered per device).
pub fn list_view() -> bool {
    flag(LIST_VIEW_KEY).unwrap_or(false)
}

pub fn set_list_view(on: bool) {
    set_flag(LIST_VIEW_KEY, on);
}

const JOURNEY_KEY: &str = "querwerk.journey-open";

/// Whether the journey above the boards is shown in full, if the user ever chose (remembered per device).
pub fn journey_open() -> Option<bool> {
    flag(JOURNEY_KEY)
}

pub fn set_journey_open(open: bool) {
    set_flag(JOURNEY_KEY, open);
}

/// Who works at this device in a workshop (a member id), so its notes carry their name. None on a shared screen.
pub fn me(workshop: &str) -> Option<String> {
    Local::get::<String>(format!("querwerk.me.{workshop}")).ok()
}

pub fn set_me(workshop: &str, member: Option<&str>) {
    let key = format!("querwerk.me.{workshop}");
    match member {
        Some(m) => {
            let _ = Local::set(key, m);
        }
        None => Local::delete(key),
    }
}

const MUTED_KEY: &str = "querwerk.muted";

/// Whether the timer stays silent at zero (remembered per device: the hall's speakers are the facilitator's call).
pub fn muted() -> bool {
    flag(MUTED_KEY).unwrap_or(false)
}

pub fn set_muted(on: bool) {
    set_flag(MUTED_KEY, on);
}

fn unexported_key(id: WorkshopId) -> String {
    format!("querwerk.unexported.{id}")
}

/// Counts one more save since the workshop was last exported; returns the new count.
pub fn add_unexported(id: WorkshopId) -> u32 {
    let count = unexported(id).saturating_add(1);
    let _ = Local::set(unexported_key(id), count);
    count
}

pub fn unexported(id: WorkshopId) -> u32 {
    Local::get::<u32>(unexported_key(id)).unwrap_or(0)
}

fn exported_key(id: WorkshopId) -> String {
    format!("querwerk.exported.{id}")
}

/// When this device last exported the workshop (ms): the moment a copy taken home parted from this one.
pub fn last_export(id: WorkshopId) -> Option<i64> {
    Local::get::<i64>(exported_key(id)).ok()
}

pub fn remember_export(id: WorkshopId, at: i64) {
    let _ = Local::set(exported_key(id), at);
}

/// Called after an export: the reminder starts counting afresh.
pub fn reset_unexported(id: WorkshopId) {
    Local::delete(unexported_key(id));
}

const PERSISTENCE_TOLD_KEY: &str = "querwerk.persistence-told";
const PERSISTENCE_ANSWER_KEY: &str = "querwerk.persistence-answer";

/// Whether the browser's answer about keeping the data (`navigator.storage.persist()`) was explained already.
pub fn persistence_told() -> bool {
    flag(PERSISTENCE_TOLD_KEY).unwrap_or(false)
}

pub fn remember_persistence_told(told: bool) {
    set_flag(PERSISTENCE_TOLD_KEY, told);
}

/// The browser's answer, kept until it has been explained: it often comes while the page is being left (a new
/// workshop opens its page), so the next page shows it.
pub fn persistence_answer() -> Option<bool> {
    flag(PERSISTENCE_ANSWER_KEY)
}

pub fn remember_persistence_answer(answer: Option<bool>) {
    match answer {
        Some(answer) => {
            set_flag(PERSISTENCE_ANSWER_KEY, answer);
        }
        None => Local::delete(PERSISTENCE_ANSWER_KEY),
    }
}

/// What this device keeps for one workshop beside its record: who works here, the export reminder, the live
/// room's link (with the room's key) and state, every tab's draft and unsaved changes. Each such key names the
/// workshop as one of its dot-separated parts (`querwerk.<kind>.<workshop>[.<more>]`), so a kind added later
/// is found without being listed here.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Traces(Vec<(String, String)>);

impl Traces {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

fn names_workshop(key: &str, workshop: &str) -> bool {
    key.strip_prefix("querwerk.")
        .is_some_and(|rest| rest.split('.').any(|part| part == workshop))
}

/// Removes what this device keeps for `workshop` outside its record (a deleted workshop leaves no room key
/// behind) and returns it, so undoing the deletion can put it back.
pub fn take_traces(workshop: WorkshopId) -> Traces {
    let id = workshop.to_string();
    let Some((storage, keys)) = keys_where(|k| names_workshop(k, &id)) else {
        return Traces::default();
    };
    let mut taken = Vec::new();
    for key in keys {
        if let Ok(Some(value)) = storage.get_item(&key) {
            if storage.remove_item(&key).is_ok() {
                taken.push((key, value));
            }
        }
    }
    Traces(taken)
}

/// Puts back what [`take_traces`] took. A value that no longer fits (storage full) is left out: it is the
/// workshop's record that matters, and that is in IndexedDB.
pub fn restore_traces(traces: &Traces) {
    for (key, value) in &traces.0 {
        if let Err(err) = Local::raw().set_item(key, value) {
            web_sys::console::warn_1(&err);
        }
    }
}

/// Removes every preference Querwerk stored (for "delete all data on this device").
pub fn clear_all() {
    let Some((storage, keys)) = keys_where(|k| k.starts_with("querwerk.")) else {
        return;
    };
    for key in keys {
        let _ = storage.remove_item(&key);
    }
}

/// localStorage and its keys that `wanted` accepts, collected first: removing while walking the keys by index
/// would skip some. `None` where there is no localStorage.
fn keys_where(wanted: impl Fn(&str) -> bool) -> Option<(web_sys::Storage, Vec<String>)> {
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    let keys = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| wanted(k))
        .collect();
    Some((storage, keys))
}

/// The stored text under `key`, if any.
fn item(key: &str) -> Option<String> {
    Local::raw().get_item(key).ok().flatten()
}

/// A stored flag; `None` when there is none or it is not `true` or `false`.
fn flag(key: &str) -> Option<bool> {
    match item(key)?.as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// Stores a flag. A failure (private mode, storage full) only means it is not remembered.
fn set_flag(key: &str, on: bool) {
    let _ = Local::raw().set_item(key, if on { "true" } else { "false" });
}
