//! Small, fallible DOM helpers for the board. Nothing here panics when an API is missing.

use leptos::prelude::request_animation_frame;

const CHUNK: &str = "zone__chunk";
const LIFTED: &str = "zone__chunk--lifted";
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, EventTarget, HtmlElement};

pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

pub fn by_id(id: &str) -> Option<Element> {
    document()?.get_element_by_id(id)
}

/// Focuses the element with `id` after the pending render: Leptos applies changes in a microtask, so by the next
/// frame a re-created card exists again.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        focus_id(&id);
    });
}

pub fn focus_id(id: &str) -> bool {
    by_id(id)
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
        .is_some_and(|el| el.focus().is_ok())
}

/// True when the focused element lies inside an element matching `selector`.
pub fn active_inside(selector: &str) -> bool {
    document()
        .and_then(|d| d.active_element())
        .and_then(|el| el.closest(selector).ok().flatten())
        .is_some()
}

/// True when nothing in particular has focus (the focused element was removed, or focus is on the body).
pub fn focus_lost() -> bool {
    let Some(doc) = document() else { return false };
    match doc.active_element() {
        None => true,
        Some(el) => doc.body().is_some_and(|b| b.is_same_node(Some(&el))),
    }
}

/// Whether a `focusout` moves focus to somewhere inside `wrap` (so the popover or editor should stay).
pub fn focus_stays_in(ev: &web_sys::FocusEvent, wrap: Option<impl AsRef<web_sys::Node>>) -> bool {
    let to = ev
        .related_target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    match (to, wrap) {
        (Some(to), Some(wrap)) => wrap.as_ref().contains(Some(&to)),
        _ => false,
    }
}

/// Takes focus off the element with `id` if it has it, before a change removes or moves that element. Removing
/// a focused element makes the browser move focus, and lay out the page for it, in the middle of the change
/// (2 to 3 ms at 5,000 notes); done first, while the page is laid out, it costs nothing. The change then
/// focuses what it means to, a frame later (`focus_later`), as it did after the removal.
pub fn let_go(id: &str) {
    let focused = by_id(id).filter(|el| {
        document()
            .and_then(|d| d.active_element())
            .is_some_and(|a| el.contains(Some(&a)))
    });
    if let Some(el) = focused.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
        let _ = el.blur();
    }
}

/// Takes the id off the element that has it, for an element about to leave the page.
pub fn give_up_id(id: &str) {
    if let Some(el) = by_id(id) {
        el.remove_attribute("id").ok();
    }
}

pub fn set_tabindex(id: &str, value: &str) {
    if let Some(el) = by_id(id) {
        let _ = el.set_attribute("tabindex", value);
    }
}

/// Lets the card with `id` paint outside its chunk while it must (an open menu, a lifted card): turns off the
/// skipping of its chunk, which clips paint to the chunk. (CSS has no cheap way up: a `:has()` rule made each
/// change restyle the whole board.)
pub fn lift(id: &str, on: bool) {
    let chunk = by_id(id)
        .and_then(|card| card.parent_element())
        .and_then(|item| item.parent_element())
        .filter(|chunk| chunk.class_list().contains(CHUNK));
    if let Some(chunk) = chunk {
        let list = chunk.class_list();
        let _ = if on {
            list.add_1(LIFTED)
        } else {
            list.remove_1(LIFTED)
        };
    }
}

/// Adds or removes `class` on the element with `id`, if it exists.
pub fn set_class(id: &str, class: &str, on: bool) {
    if let Some(el) = by_id(id) {
        let list = el.class_list();
        let _ = if on {
            list.add_1(class)
        } else {
            list.remove_1(class)
        };
    }
}

/// Sets (or with `None` removes) one inline style property of the element with `id`, through the CSSOM, which a
/// strict CSP allows.
pub fn set_style(id: &str, property: &str, value: Option<&str>) {
    let Some(el) = by_id(id).and_then(|el| el.dyn_into::<HtmlElement>().ok()) else {
        return;
    };
    let style = el.style();
    let _ = match value {
        Some(v) => style.set_property(property, v),
        None => style.remove_property(property).map(|_| ()),
    };
}

pub fn as_element(target: Option<EventTarget>) -> Option<Element> {
    target?.dyn_into::<Element>().ok()
}

/// The nearest ancestor-or-self of `el` matching `selector`.
pub fn closest(el: &Element, selector: &str) -> Option<Element> {
    el.closest(selector).ok().flatten()
}

/// Where the user is typing: shortcuts must leave these keys alone.
pub fn is_typing_target(el: &Element) -> bool {
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select")
        || el
            .dyn_ref::<HtmlElement>()
            .is_some_and(|h| h.is_content_editable())
}

/// A client rectangle. `getBoundingClientRect` is called through reflection because the `DomRect` binding is not
/// among the enabled `web-sys` features.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn bottom(&self) -> f64 {
        self.top + self.height
    }

    pub fn mid_x(&self) -> f64 {
        self.left + self.width / 2.0
    }

    pub fn mid_y(&self) -> f64 {
        self.top + self.height / 2.0
    }
}

pub fn rect(el: &Element) -> Option<Rect> {
    let get = |obj: &wasm_bindgen::JsValue, key: &str| js_sys::Reflect::get(obj, &key.into()).ok();
    let method = get(el, "getBoundingClientRect")?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let r = method.call0(el).ok()?;
    let num = |key: &str| get(&r, key).and_then(|v| v.as_f64());
    Some(Rect {
        left: num("left")?,
        top: num("top")?,
        width: num("width")?,
        height: num("height")?,
    })
}

pub fn scroll_offset() -> (f64, f64) {
    web_sys::window()
        .map(|w| (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0)))
        .unwrap_or((0.0, 0.0))
}

pub fn viewport_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
}

pub fn scroll_by(dy: f64) {
    if let Some(w) = web_sys::window() {
        w.scroll_by_with_x_and_y(0.0, dy);
    }
}
