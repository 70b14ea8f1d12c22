//! Inline SVG icons. They are decorative (`aria-hidden`): the control around them carries the name.

use leptos::prelude::*;

#[component]
pub fn Logo() -> impl IntoView {
    view! {
        <svg class="logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
            <rect x="3" y="3" width="12" height="12" rx="2" class="logo__a"/>
            <rect x="17" y="3" width="12" height="12" rx="2" class="logo__b"/>
            <rect x="3" y="17" width="12" height="12" rx="2" class="logo__b"/>
            <rect x="17" y="17" width="12" height="12" rx="2" class="logo__c"/>
        </svg>
    }
}

#[component]
pub fn PlusIcon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 5v14M5 12h14"/>
        </svg>
    }
}

#[component]
pub fn FileIcon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z"/>
            <path d="M14 3v5h5M12 17v-6M9 14l3 3 3-3"/>
        </svg>
    }
}
