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

/// The ids of the tabs alive now (including this one once its lock is granted), or `None` where the browser
/// cannot tell.
pub async fn alive() -> Option<HashSet<String>> {
    let locks = locks()?;
    let query = method(&locks, "query")?;
    let promise: Promise = query.call0(&locks).ok()?.dyn_into().ok()?;
    let snapshot = JsFuture::from(promise).await.ok()?;
    let mut ids = HashSet::new();
    for list in ["held", "pending"] {
        let Ok(entries) = Reflect::get(&snapshot, &list.into()) else {
            continue;
        };
        for entry in Array::from(&entries).iter() {
            let name = Reflect::get(&entry, &"name".into())
                .ok()
                .and_then(|n| n.as_string());
            if let Some(id) = name.as_deref().and_then(|n| n.strip_prefix(LOCK_PREFIX)) {
                ids.insert(id.to_owned());
            }
        }
    }
    Some(ids)
}
