use crate::i18n::Key;
use crate::state::use_locale;
use leptos::html;
use leptos::prelude::*;

/// A modal built on the native `<dialog>`: the browser traps focus, closes on Escape and restores focus.
/// `open` drives it; closing by Escape or the close button sets `open` back to false.
///
/// The browser fires `close` as a task of its own after the dialog has closed (and given focus back), so a quick
/// Escape then Enter on the opening button can open the dialog again before the stale event arrives: the event
/// is then ignored, or it would shut the dialog just opened.
#[component]
pub fn Dialog(
    /// Whether the dialog is shown.
    open: RwSignal<bool>,
    /// The id of the heading that names the dialog.
    labelled_by: &'static str,
    children: Children,
) -> impl IntoView {
    let locale = use_locale();
    let node = NodeRef::<html::Dialog>::new();
    Effect::new(move |_| {
        let Some(dialog) = node.get() else { return };
        match (open.get(), dialog.open()) {
            (true, false) => {
                if let Err(err) = dialog.show_modal() {
                    web_sys::console::error_2(&"Querwerk: could not open a dialog".into(), &err);
                }
            }
            (false, true) => dialog.close(),
            _ => {}
        }
    });
    view! {
        <dialog node_ref=node class="dialog" aria-labelledby=labelled_by on:close=move |_| {
            if node.get_untracked().is_some_and(|d| !d.open()) {
                open.set(false);
            }
        }>
            <button
                type="button"
                class="dialog__close button button--quiet"
                aria-label=locale.tr(Key::Close)
                on:click=move |_| open.set(false)
            >
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M6 6l12 12M18 6L6 18"/>
                </svg>
            </button>
            {children()}
        </dialog>
    }
}
