//! The "open a project file" button with its hidden file input. What happens to the file is the page's
//! business (`on_file`): the full app imports it, the start bundle hands it over to the full app.

use crate::i18n::Key;
use crate::state::use_locale;
use leptos::html;
use leptos::prelude::*;

#[component]
pub fn FileButton(on_file: Callback<web_sys::File>) -> impl IntoView {
    let locale = use_locale();
    let input = NodeRef::<html::Input>::new();
    let on_change = move |_| {
        let Some(input) = input.get() else { return };
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            on_file.run(file);
        }
        // Lets the same file be picked again after fixing it.
        input.set_value("");
    };
    view! {
        <button
            type="button"
            class="button"
            on:click=move |_| {
                if let Some(input) = input.get() {
                    input.click();
                }
            }
        >
            <crate::components::icons::FileIcon/>
            {locale.tr(Key::OpenWorkshopFile)}
        </button>
        <input
            node_ref=input
            type="file"
            class="visually-hidden"
            tabindex="-1"
            aria-label=locale.tr(Key::WorkshopFile)
            accept=".json,application/json"
            on:change=on_change
        />
    }
}
