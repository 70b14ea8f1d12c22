//! Every keyboard shortcut, in one table. Key handlers look their action up here (`find`), and the `?` overlay
//! lists this table, so the overlay cannot miss a shortcut the code answers to. No shortcut fires while the user
//! types (the handlers check that first).

use crate::components::dialog::Dialog;
use crate::i18n::{Key, Lang};
use crate::state::use_locale;
use leptos::prelude::*;

/// Where a shortcut applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Anywhere on a workshop page (not while typing).
    Page,
    /// On a focused note card.
    Note,
    /// In the projector view.
    Projector,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeyAction {
    NewNote,
    Undo,
    Redo,
    Help,
    ToggleTimer,
    AddMinute,
    NextStep,
    PrevStep,
    Projector,
    ProjectorWindow,
    FocusNote,
    MoveNote,
    FirstLast,
    Edit,
    Delete,
    Select,
    Cancel,
    AddDot,
    RemoveDot,
    ExitProjector,
}

/// A key with its modifiers. `key` is `KeyboardEvent.key`, lower-cased for letters. `shift: None` accepts
/// either (for keys like `?` and `+` whose Shift depends on the keyboard layout).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Combo {
    pub key: &'static str,
    pub ctrl: bool,
    pub shift: Option<bool>,
    pub alt: bool,
}

const fn key(key: &'static str) -> Combo {
    Combo {
        key,
        ctrl: false,
        shift: Some(false),
        alt: false,
    }
}
const fn any_shift(key: &'static str) -> Combo {
    Combo {
        shift: None,
        ..self::key(key)
    }
}
const fn ctrl(key: &'static str) -> Combo {
    Combo {
        ctrl: true,
        ..self::key(key)
    }
}
const fn ctrl_shift(key: &'static str) -> Combo {
    Combo {
        ctrl: true,
        shift: Some(true),
        ..self::key(key)
    }
}
const fn alt(key: &'static str) -> Combo {
    Combo {
        alt: true,
        ..self::key(key)
    }
}

pub struct Shortcut {
    pub scope: Scope,
    pub action: KeyAction,
    /// Alternatives; the overlay shows them all.
    pub combos: &'static [Combo],
    pub label: Key,
}

pub const SHORTCUTS: &[Shortcut] = &[
    Shortcut {
        scope: Scope::Page,
        action: KeyAction::NewNote,
        combos: &[key("n")],
        label: Key::KeyNewNote,
    },
    Shortcut {
        scope: Scope::Page,
        action: KeyAction::Undo,
        combos: &[ctrl("z")],
        label: Key::Undo,
    },
    Shortcut {
        scope: Scope::Page,
        action: KeyAction::Redo,
        combos: &[ctrl_shift("z"), ctrl("y")],
        label: Key::Redo,
    },
    Shortcut {
        scope: Scope::Page,
        action: KeyAction::ToggleTimer,
        combos: &[key("t")],
        label: Key::KeyTimer,
    },
    Shortcut {
        scope: Scope::Page,
        action: KeyAction::AddMinute,
        combos: &[key("m")],
        label: Key::AddMinuteLong,
    },
    Shortcut {
        scope: Scope::Page,
        action: KeyAction::NextStep,
        combos: &[key("pagedown")],
        label: Key::NextStep,
    },
    Shortcut {
        scope: Scope::Page,
        action: KeyAction::PrevStep,
        combos: &[key("pageup")],
        label: Key::PrevStep,
    },
    Shortcut {
        scope: Scope::Page,
        action: KeyAction::Projector,
        combos: &[key("f")],
        label: Key::KeyProjector,
    },
    Shortcut {
        scope: Scope::Page,
        action: KeyAction::ProjectorWindow,
        combos: &[key("p")],
        label: Key::OpenProjectorWindow,
    },
    Shortcut {
        scope: Scope::Page,
        action: KeyAction::Help,
        combos: &[any_shift("?")],
        label: Key::KeyHelp,
    },
    Shortcut {
        scope: Scope::Note,
        action: KeyAction::FocusNote,
        combos: &[
            key("arrowup"),
            key("arrowdown"),
            key("arrowleft"),
            key("arrowright"),
        ],
        label: Key::KeyFocusNote,
    },
    Shortcut {
        scope: Scope::Note,
        action: KeyAction::MoveNote,
        combos: &[
            alt("arrowup"),
            alt("arrowdown"),
            alt("arrowleft"),
            alt("arrowright"),
        ],
        label: Key::KeyMoveNote,
    },
    Shortcut {
        scope: Scope::Note,
        action: KeyAction::FirstLast,
        combos: &[key("home"), key("end")],
        label: Key::KeyFirstLast,
    },
    Shortcut {
        scope: Scope::Note,
        action: KeyAction::Edit,
        combos: &[key("enter"), key("f2")],
        label: Key::KeyEdit,
    },
    Shortcut {
        scope: Scope::Note,
        action: KeyAction::Delete,
        combos: &[key("delete"), key("backspace")],
        label: Key::KeyDelete,
    },
    Shortcut {
        scope: Scope::Note,
        action: KeyAction::Select,
        combos: &[key(" ")],
        label: Key::KeySelect,
    },
    Shortcut {
        scope: Scope::Note,
        action: KeyAction::Cancel,
        combos: &[key("escape")],
        label: Key::KeyCancel,
    },
    Shortcut {
        scope: Scope::Note,
        action: KeyAction::AddDot,
        combos: &[any_shift("+")],
        label: Key::KeyAddDot,
    },
    Shortcut {
        scope: Scope::Note,
        action: KeyAction::RemoveDot,
        combos: &[any_shift("-")],
        label: Key::KeyRemoveDot,
    },
    Shortcut {
        scope: Scope::Projector,
        action: KeyAction::NextStep,
        combos: &[key("pagedown"), key("arrowright")],
        label: Key::NextStep,
    },
    Shortcut {
        scope: Scope::Projector,
        action: KeyAction::PrevStep,
        combos: &[key("pageup"), key("arrowleft")],
        label: Key::PrevStep,
    },
    Shortcut {
        scope: Scope::Projector,
        action: KeyAction::ToggleTimer,
        combos: &[key(" "), key("t")],
        label: Key::KeyTimer,
    },
    Shortcut {
        scope: Scope::Projector,
        action: KeyAction::AddMinute,
        combos: &[key("m")],
        label: Key::AddMinuteLong,
    },
    Shortcut {
        scope: Scope::Projector,
        action: KeyAction::ExitProjector,
        combos: &[key("escape"), key("f")],
        label: Key::ExitProjector,
    },
];

/// The action for a key press in `scope`.
pub fn find(scope: Scope, key: &str, ctrl: bool, shift: bool, alt: bool) -> Option<KeyAction> {
    let key = key.to_ascii_lowercase();
    SHORTCUTS
        .iter()
        .filter(|s| s.scope == scope)
        .find(|s| {
            s.combos.iter().any(|c| {
                c.key == key && c.ctrl == ctrl && c.alt == alt && c.shift.is_none_or(|s| s == shift)
            })
        })
        .map(|s| s.action)
}

/// The action for a keyboard event; `Ctrl` and `⌘` count alike.
pub fn find_event(scope: Scope, ev: &web_sys::KeyboardEvent) -> Option<KeyAction> {
    find(
        scope,
        &ev.key(),
        ev.ctrl_key() || ev.meta_key(),
        ev.shift_key(),
        ev.alt_key(),
    )
}

/// A key as printed on German or English keyboards.
fn key_name(key: &str, lang: Lang) -> String {
    let de = lang == Lang::De;
    match key {
        " " => (if de { "Leertaste" } else { "Space" }).into(),
        "arrowup" => "↑".into(),
        "arrowdown" => "↓".into(),
        "arrowleft" => "←".into(),
        "arrowright" => "→".into(),
        "pagedown" => (if de { "Bild ↓" } else { "Page Down" }).into(),
        "pageup" => (if de { "Bild ↑" } else { "Page Up" }).into(),
        "home" => (if de { "Pos1" } else { "Home" }).into(),
        "end" => (if de { "Ende" } else { "End" }).into(),
        "enter" => (if de { "Eingabe" } else { "Enter" }).into(),
        "delete" => (if de { "Entf" } else { "Delete" }).into(),
        "backspace" => (if de { "Rücktaste" } else { "Backspace" }).into(),
        "escape" => "Esc".into(),
        k if k.len() == 1 || k.starts_with('f') => k.to_ascii_uppercase(),
        k => k.into(),
    }
}

/// `Strg+Umschalt+Z`, `Alt+↑`, `?`.
pub fn combo_text(c: &Combo, lang: Lang) -> String {
    let de = lang == Lang::De;
    let mut parts: Vec<String> = Vec::new();
    if c.ctrl {
        parts.push((if de { "Strg" } else { "Ctrl" }).into());
    }
    if c.alt {
        parts.push("Alt".into());
    }
    if c.shift == Some(true) {
        parts.push((if de { "Umschalt" } else { "Shift" }).into());
    }
    parts.push(key_name(c.key, lang));
    parts.join("+")
}

/// The `?` overlay: every shortcut of the table, by scope, in the current language.
#[component]
pub fn ShortcutHelp(open: RwSignal<bool>) -> impl IntoView {
    let locale = use_locale();
    let group = move |scope: Scope, heading: Key| {
        let rows = move || {
            let lang = locale.lang();
            SHORTCUTS
                .iter()
                .filter(|s| s.scope == scope)
                .map(|s| {
                    let keys = s
                        .combos
                        .iter()
                        .map(|c| view! { <kbd>{combo_text(c, lang)}</kbd> })
                        .collect_view();
                    view! {
                        <tr data-action=format!("{:?}", s.action) data-scope=format!("{scope:?}")>
                            <td class="shortcuts__keys">{keys}</td>
                            <td>{lang.text(s.label)}</td>
                        </tr>
                    }
                })
                .collect_view()
        };
        view! {
            <h3 class="shortcuts__scope">{locale.tr(heading)}</h3>
            <table class="shortcuts__table">
                <tbody>{rows}</tbody>
            </table>
        }
    };
    view! {
        <Dialog open labelled_by="shortcuts-title">
            <h2 id="shortcuts-title">{locale.tr(Key::ShortcutsTitle)}</h2>
            <p class="shortcuts__intro">{locale.tr(Key::ShortcutsIntro)}</p>
            <div class="shortcuts">
                {group(Scope::Page, Key::ScopePage)}
                {group(Scope::Note, Key::ScopeNote)}
                {group(Scope::Projector, Key::ScopeProjector)}
            </div>
        </Dialog>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn no_key_means_two_things_in_one_scope() {
        let mut seen = HashSet::new();
        for s in SHORTCUTS {
            for c in s.combos {
                for shift in [false, true] {
                    if c.shift.is_none_or(|x| x == shift) {
                        assert!(
                            seen.insert((s.scope, c.key, c.ctrl, shift, c.alt)),
                            "{:?} {:?} is taken twice",
                            s.scope,
                            c
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn lookups_find_what_the_table_says() {
        assert_eq!(
            find(Scope::Page, "N", false, false, false),
            Some(KeyAction::NewNote)
        );
        assert_eq!(
            find(Scope::Page, "z", true, true, false),
            Some(KeyAction::Redo)
        );
        assert_eq!(
            find(Scope::Page, "?", false, true, false),
            Some(KeyAction::Help)
        );
        assert_eq!(
            find(Scope::Note, "ArrowUp", false, false, true),
            Some(KeyAction::MoveNote)
        );
        assert_eq!(
            find(Scope::Note, "ArrowUp", false, false, false),
            Some(KeyAction::FocusNote)
        );
        assert_eq!(
            find(Scope::Note, "+", false, true, false),
            Some(KeyAction::AddDot)
        );
        assert_eq!(
            find(Scope::Projector, "Escape", false, false, false),
            Some(KeyAction::ExitProjector)
        );
        assert_eq!(find(Scope::Page, "n", true, false, false), None);
        assert_eq!(find(Scope::Page, "x", false, false, false), None);
        let arrows = ["arrowup", "arrowdown", "arrowleft", "arrowright"];
        assert!(arrows
            .iter()
            .all(|a| find(Scope::Note, a, false, false, false).is_some()));
    }

    #[test]
    fn keys_read_naturally_in_both_languages() {
        assert_eq!(combo_text(&ctrl_shift("z"), Lang::De), "Strg+Umschalt+Z");
        assert_eq!(combo_text(&ctrl_shift("z"), Lang::En), "Ctrl+Shift+Z");
        assert_eq!(combo_text(&alt("arrowup"), Lang::De), "Alt+↑");
        assert_eq!(combo_text(&key(" "), Lang::De), "Leertaste");
        assert_eq!(combo_text(&key("f2"), Lang::En), "F2");
        assert_eq!(combo_text(&any_shift("?"), Lang::En), "?");
    }
}
