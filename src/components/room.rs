//! The room's controls on a workshop page: projector mode, the projector window, the shortcut overview, and the
//! page-wide keys for timer, steps and projector. Board keys (new note, undo) stay with the board.

use crate::browser::screen;
use crate::components::board::dom;
use crate::components::projector::ProjectorView;
use crate::components::shortcuts::{find_event, KeyAction, Scope, ShortcutHelp};
use crate::i18n::Key;
use crate::model::method::Step;
use crate::state::{use_catalogue, use_locale, use_room, use_store, RoomCtx};
use gloo_events::EventListener;
use leptos::ev;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

/// Buttons for the room, the projector layer and the shortcut overview. Mount once per workshop page.
#[component]
pub fn RoomControls() -> impl IntoView {
    let locale = use_locale();
    let room = use_room();
    let store = use_store();
    let catalogue = use_catalogue();
    let help = RwSignal::new(false);
    let blocked = RwSignal::new(false);
    let steps = move || -> Vec<Step> {
        let board = room.room.with_untracked(|r| r.board);
        let method = store.current.with_untracked(|c| {
            board.and_then(|b| c.as_ref()?.live_board(b).map(|b| b.method.clone()))
        });
        method
            .and_then(|m| catalogue.method(&m))
            .map(|m| m.steps)
            .unwrap_or_default()
    };
    let open_window = move || blocked.set(!room.open_projector_window());
    // In a live room, steps and the timer are the lead's: a participant's keys leave them alone.
    let lead = crate::state::use_live().lead;
    let act = move |action: KeyAction| -> bool {
        let leads_only = matches!(
            action,
            KeyAction::ToggleTimer
                | KeyAction::AddMinute
                | KeyAction::NextStep
                | KeyAction::PrevStep
        );
        if leads_only && !lead.get_untracked() {
            return false;
        }
        match action {
            KeyAction::ToggleTimer => room.toggle_timer(),
            KeyAction::AddMinute => room.add_minute(),
            KeyAction::NextStep | KeyAction::PrevStep => {
                let steps = steps();
                // Without steps the keys keep scrolling the page.
                if steps.is_empty() {
                    return false;
                }
                let step = room.room.with_untracked(|r| r.step);
                let next = if action == KeyAction::NextStep {
                    (step + 1).min(steps.len().saturating_sub(1))
                } else {
                    step.saturating_sub(1)
                };
                room.go_to_step(&steps, next);
            }
            KeyAction::Projector => enter_projector(room),
            KeyAction::ExitProjector => exit_projector(room),
            KeyAction::ProjectorWindow => open_window(),
            KeyAction::Help => help.set(true),
            _ => return false,
        }
        true
    };
    let keys = window_event_listener(ev::keydown, move |ev: KeyboardEvent| {
        // A held key repeats: one press, one action (no flickering projector, no ten minutes).
        if ev.default_prevented() || ev.is_composing() || ev.repeat() || ignored_target(&ev) {
            return;
        }
        // Space on a focused button presses the button.
        let on_button = dom::as_element(ev.target()).is_some_and(|el| el.tag_name() == "BUTTON");
        if on_button && (ev.key() == " " || ev.key() == "Enter") {
            return;
        }
        let scope = if room.projecting.get_untracked() {
            Scope::Projector
        } else {
            Scope::Page
        };
        if find_event(scope, &ev).is_some_and(act) {
            ev.prevent_default();
        }
    });
    on_cleanup(move || keys.remove());
    // Leaving full screen (the browser's own Esc) also leaves projector mode.
    if let Some(doc) = dom::document() {
        let fs = EventListener::new(&doc, "fullscreenchange", move |_| {
            if !screen::is_fullscreen() && room.projecting.get_untracked() {
                exit_projector(room);
            }
        });
        let fs = StoredValue::new_local(Some(fs));
        on_cleanup(move || fs.set_value(None));
    }
    on_cleanup(move || {
        if room.projecting.get_untracked() {
            exit_projector(room);
        }
    });

    view! {
        <div class="room-controls" role="group" aria-label=locale.tr(Key::RoomControls)>
            <button type="button" class="button" on:click=move |_| enter_projector(room)>
                {locale.tr(Key::ProjectorView)}
            </button>
            <button type="button" class="button header-action" aria-label=locale.tr(Key::OpenProjectorWindow)
                title=locale.tr(Key::OpenProjectorWindow) on:click=move |_| open_window()>
                <crate::components::board::icons::Icon d=crate::components::board::icons::WINDOW/>
                <span class="header-action__label">{locale.tr(Key::OpenProjectorWindow)}</span>
            </button>
            <button type="button" class="button button--quiet" on:click=move |_| help.set(true)
                aria-label=locale.tr(Key::ShortcutsTitle) aria-keyshortcuts="?">
                "?"
            </button>
        </div>
        {move || blocked.get().then(|| view! {
            <p class="message message--error" role="alert">{locale.tr(Key::PopupBlocked)}</p>
        })}
        <ShortcutHelp open=help/>
        <Show when=move || room.projecting.get()>
            <ProjectorLayer room/>
        </Show>
    }
}

/// Projector mode as a modal layer: the page behind it is inert (no focus, nothing for a screen reader) until
/// the facilitator leaves. Escape leaves through the projector's own keys, not by closing the layer natively.
#[component]
fn ProjectorLayer(room: RoomCtx) -> impl IntoView {
    let node = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let Some(layer) = node.get() else { return };
        if !layer.open() {
            if let Err(err) = layer.show_modal() {
                web_sys::console::error_2(&"Querwerk: projector layer".into(), &err);
            }
            // The keys belong to the wall, not to the first button the dialog would focus.
            if let Some(wall) = layer
                .query_selector(".projector")
                .ok()
                .flatten()
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                let _ = wall.focus();
            }
        }
    });
    view! {
        <dialog node_ref=node class="projector-layer" on:cancel=|ev: web_sys::Event| ev.prevent_default()>
            <ProjectorView on_exit=Callback::new(move |_| exit_projector(room))/>
        </dialog>
    }
}

/// Typing in a field, or a modal dialog open (it has its own keys); the projector layer's keys are the room's.
fn ignored_target(ev: &KeyboardEvent) -> bool {
    dom::as_element(ev.target()).is_some_and(|el| {
        dom::is_typing_target(&el) || dom::closest(&el, "dialog:not(.projector-layer)").is_some()
    })
}

thread_local! {
    /// Where focus was before projector mode, to return it there afterwards.
    static FOCUS_BEFORE: std::cell::RefCell<Option<web_sys::HtmlElement>> = const { std::cell::RefCell::new(None) };
}

fn enter_projector(room: RoomCtx) {
    if room.projecting.get_untracked() {
        return;
    }
    let active = dom::document()
        .and_then(|d| d.active_element())
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
    FOCUS_BEFORE.with(|f| *f.borrow_mut() = active);
    room.projecting.set(true);
    if let Err(err) = screen::enter_fullscreen() {
        // Refused (no gesture, or not allowed here): the view still fills the window.
        web_sys::console::info_2(&"Querwerk: no full screen".into(), &err);
    }
}

fn exit_projector(room: RoomCtx) {
    room.projecting.set(false);
    screen::exit_fullscreen();
    if let Some(el) = FOCUS_BEFORE
        .with(|f| f.borrow_mut().take())
        .filter(|e| e.is_connected())
    {
        let _ = el.focus();
    }
}
