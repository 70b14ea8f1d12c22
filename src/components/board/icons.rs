//! Inline SVG icons of the board, one `<path>` each. Decorative (`aria-hidden`): the button around each carries
//! the name.
//!
//! The path data are constants on purpose: `view!` turns all-literal markup into "inert" HTML, which tachys 0.2
//! creates by searching (and cloning) every cached template on each use. With six icons on each of 1,000 cards
//! that made opening a board take seconds; a non-literal attribute keeps these on the plain element path.

use leptos::prelude::*;

pub const EDIT: &str = "M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4";
pub const COLOUR: &str = "M12 3a9 9 0 1 0 0 18c1.1 0 1.6-.8 1.3-1.7-.4-1.2.3-2.3 1.6-2.3H17a4 4 0 0 0 4-4c0-5.5-4-10-9-10z\
    M6.3 11a1.2 1.2 0 1 0 2.4 0a1.2 1.2 0 1 0-2.4 0M9.3 7a1.2 1.2 0 1 0 2.4 0a1.2 1.2 0 1 0-2.4 0\
    M13.8 7.5a1.2 1.2 0 1 0 2.4 0a1.2 1.2 0 1 0-2.4 0";
pub const MOVE: &str = "M4 12h16M16 8l4 4-4 4M8 8l-4 4 4 4";
pub const DELETE: &str = "M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6";
pub const UNDO: &str = "M9 14L4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3";
pub const REDO: &str = "M15 14l5-5-5-5M20 9H9a5 5 0 0 0 0 10h3";
pub const CHEVRON: &str = "M6 9l6 6 6-6";
pub const UNGROUP: &str = "M4 4h6v6H4zM14 14h6v6h-6zM14 4h6v6h-6";
pub const SELECT: &str = "M5 12l4 4 10-10";
pub const PLUS: &str = "M12 5v14M5 12h14";
pub const MINUS: &str = "M5 12h14";
/// A clock with an arrow turning back: earlier versions.
pub const HISTORY: &str = "M4 12a8 8 0 1 0 2.3-5.6M4 4v4h4M12 8v4l3 2";
pub const DOWNLOAD: &str = "M12 4v11M7 10l5 5 5-5M5 20h14";
pub const MERGE: &str = "M6 4v4a6 6 0 0 0 6 6h6M15 11l3 3-3 3M6 20v-6";
pub const TEAM: &str = "M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20a6 6 0 0 1 12 0M16 5a3 3 0 0 1 0 6M18 14.5a6 6 0 0 1 3 5.5";
pub const LIVE: &str = "M10 12a2 2 0 1 0 4 0a2 2 0 1 0-4 0M8.5 8.5a5 5 0 0 0 0 7M15.5 8.5a5 5 0 0 1 0 7M5.6 5.6a9 9 0 0 0 0 12.8M18.4 5.6a9 9 0 0 1 0 12.8";
pub const WINDOW: &str = "M3 5h18v14H3zM3 9h18";
pub const DOT: &str = "M8 12a4 4 0 1 0 8 0a4 4 0 1 0-8 0";
#[component]
pub fn Icon(
    /// Path data, one of the constants above.
    d: &'static str,
    /// Extra class, e.g. `icon--small`.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let class = if class.is_empty() {
        "icon".to_owned()
    } else {
        format!("icon {class}")
    };
    view! {
        <svg class=class viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=d/>
        </svg>
    }
}

/// The board's one icon button: an icon with its accessible name, and the shortcut it also has. One component
/// for every such button, so the button is compiled once, not once per place.
#[component]
pub fn IconButton(
    /// Path data, one of the constants above.
    icon: &'static str,
    /// The accessible name.
    #[prop(into)]
    label: Signal<String>,
    class: &'static str,
    /// What happens on a click.
    #[prop(into)]
    on_click: Callback<()>,
    /// A tooltip (e.g. the name with its shortcut).
    #[prop(optional, into)]
    title: Option<Signal<String>>,
    /// `aria-keyshortcuts`.
    #[prop(optional)]
    keys: Option<&'static str>,
    #[prop(optional)] tabindex: Option<&'static str>,
    #[prop(default = None)] id: Option<String>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            id=id
            class=class
            tabindex=tabindex
            aria-label=label
            title=title
            aria-keyshortcuts=keys
            on:click=move |_| on_click.run(())
        >
            <Icon d=icon/>
        </button>
    }
}
