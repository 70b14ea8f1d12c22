//! Inline SVG icons of the board. Decorative (`aria-hidden`): the button around each carries the name.

use leptos::prelude::*;

#[component]
pub fn EditIcon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M4 20h4L19 9l-4-4L4 16z"/>
            <path d="M13.5 6.5l4 4"/>
        </svg>
    }
}

#[component]
pub fn ColourIcon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 3a9 9 0 1 0 0 18c1.1 0 1.6-.8 1.3-1.7-.4-1.2.3-2.3 1.6-2.3H17a4 4 0 0 0 4-4c0-5.5-4-10-9-10z"/>
            <circle cx="7.5" cy="11" r="1.2"/>
            <circle cx="10.5" cy="7" r="1.2"/>
            <circle cx="15" cy="7.5" r="1.2"/>
        </svg>
    }
}

#[component]
pub fn MoveIcon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M4 12h16M16 8l4 4-4 4M8 8l-4 4 4 4"/>
        </svg>
    }
}

#[component]
pub fn DeleteIcon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6"/>
        </svg>
    }
}

#[component]
pub fn UndoIcon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M9 14L4 9l5-5"/>
            <path d="M4 9h11a5 5 0 0 1 0 10h-3"/>
        </svg>
    }
}

#[component]
pub fn RedoIcon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M15 14l5-5-5-5"/>
            <path d="M20 9H9a5 5 0 0 0 0 10h3"/>
        </svg>
    }
}

/// Six dots: the handle touch users drag a note by.
#[component]
pub fn GripIcon() -> impl IntoView {
    view! {
        <svg class="icon icon--grip" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="9" cy="6" r="1.5"/>
            <circle cx="15" cy="6" r="1.5"/>
            <circle cx="9" cy="12" r="1.5"/>
            <circle cx="15" cy="12" r="1.5"/>
            <circle cx="9" cy="18" r="1.5"/>
            <circle cx="15" cy="18" r="1.5"/>
        </svg>
    }
}
