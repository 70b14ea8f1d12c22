//! Which tabs of this origin are still alive, through the Web Locks API: every tab holds a lock named after
//! its id for as long as its page lives. The browser releases it when the page goes in any way (closed,
//! reloaded, crashed, killed), which a heartbeat cannot tell apart from a throttled background tab.
//!
//! Web Locks are called through `Reflect` because web-sys ships them only behind `web_sys_unstable_apis`.

use js_sys::{Array, Function, Promise, Reflect};
use std::collections::HashSet;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const LOCK_PREFIX: &str = "querwerk.tab.";

fn locks() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    Reflect::get(&navigator, &"locks".into())
        .ok()
        .filter(|l| l.is_object())
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &name.into()).ok()?.dyn_into().ok()
}

/// Marks tab `id` alive until its page is gone: requests its lock and never lets go. A no-op where the browser
/// has no Web Locks (then [`alive`] says it cannot tell).
pub fn hold(id: &str) {
    let (Some(locks), Some(request)) = (locks(), locks().and_then(|l| method(&l, "request")))
    else {
        return;
    };
    // The lock is held while the promise this returns is pending: forever.
    let keep = Closure::once_into_js(|| Promise::new(&mut |_, _| {}));
    let _ = request.call2(&locks, &format!("{LOCK_PREFIX}{id}").into(), &keep);
}

/// One lock as the browser lists it.
struct Listed {
    name: String,
    exclusive: bool,
    pending: bool,
}

/// Every lock of this origin, held or asked for, or `None` where the browser cannot tell.
async fn listed() -> Option<Vec<Listed>> {
    let locks = locks()?;
    let query = method(&locks, "query")?;
    let promise: Promise = query.call0(&locks).ok()?.dyn_into().ok()?;
    let snapshot = JsFuture::from(promise).await.ok()?;
    let text = |entry: &JsValue, key: &str| {
        Reflect::get(entry, &key.into())
            .ok()
            .and_then(|v| v.as_string())
    };
    let mut all = Vec::new();
    for (list, pending) in [("held", false), ("pending", true)] {
        let Ok(entries) = Reflect::get(&snapshot, &list.into()) else {
            continue;
        };
        for entry in Array::from(&entries).iter() {
            if let Some(name) = text(&entry, "name") {
                all.push(Listed {
                    name,
                    exclusive: text(&entry, "mode").as_deref() == Some("exclusive"),
                    pending,
                });
            }
        }
    }
    Some(all)
}

/// The ids of the tabs alive now (including this one once its lock is granted), or `None` where the browser
/// cannot tell.
pub async fn alive() -> Option<HashSet<String>> {
    Some(
        listed()
            .await?
            .into_iter()
            .filter_map(|l| l.name.strip_prefix(LOCK_PREFIX).map(str::to_owned))
            .collect(),
    )
}

/// How long a waiting tab holds a closed tab's lock before it believes the tab gone: a reloading tab asks for
/// its lock again within this time (its page opens the workshop at once), and is then still there.
const COMES_BACK_MS: u32 = 1_500;

/// Waits until tab `id` is gone for good, however long that takes (forever for a tab that stays open), then
/// runs `take` (a take-over of what the tab left) while no other tab runs one for the same tab, and returns
/// its answer. The browser releases a closed tab's lock a moment after the close, so a tab opened at once may
/// still see it held: waiting for the lock instead of looking once closes that gap. A reload also releases it
/// briefly; a tab that asks for its lock again within [`COMES_BACK_MS`] counts as still open. `false` where
/// the browser has no Web Locks.
pub async fn when_gone(id: &str, take: impl FnOnce() -> bool + 'static) -> bool {
    let Some(locks) = locks() else { return false };
    let Some(request) = method(&locks, "request") else {
        return false;
    };
    let name = format!("{LOCK_PREFIX}{id}");
    loop {
        // Granted once the tab's page let go; resolves with whether nobody asked for the lock meanwhile.
        let asked_name = name.clone();
        let check = Closure::once_into_js(move || {
            wasm_bindgen_futures::future_to_promise(async move {
                gloo_timers::future::TimeoutFuture::new(COMES_BACK_MS).await;
                Ok(JsValue::from_bool(!asked_for(&asked_name).await))
            })
        });
        // Shared, so several waiters (this tab's draft and changes, other tabs) hold it together and none of
        // them looks like the tab coming back, which asks for it exclusively.
        let options = js_sys::Object::new();
        let _ = Reflect::set(&options, &"mode".into(), &"shared".into());
        match granted(&request, &locks, &name, Some(&options), check).await {
            Some(true) => break,
            Some(false) => continue,
            None => return false,
        }
    }
    // Waiters of several tabs get here together: one at a time reads and takes over.
    let take = Closure::once_into_js(move || JsValue::from_bool(take()));
    granted(
        &request,
        &locks,
        &format!("querwerk.taking.{id}"),
        None,
        take,
    )
    .await
    .unwrap_or(false)
}

/// Requests lock `name` for `callback` and waits for the callback's answer (`None`: the request failed).
async fn granted(
    request: &Function,
    locks: &JsValue,
    name: &str,
    options: Option<&js_sys::Object>,
    callback: JsValue,
) -> Option<bool> {
    let promise = match options {
        Some(options) => request.call3(locks, &name.into(), options, &callback),
        None => request.call2(locks, &name.into(), &callback),
    };
    let promise: Promise = promise.ok()?.dyn_into().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Whether a page waits for lock `name` exclusively now: only the tab of that name does (it came back).
async fn asked_for(name: &str) -> bool {
    listed().await.is_some_and(|all| {
        all.iter()
            .any(|l| l.pending && l.exclusive && l.name == name)
    })
}
