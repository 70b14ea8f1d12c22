//! Every UI string (`texts/`, both languages side by side), and how each language writes names, numbers and
//! messages.

mod documents;
pub mod merge;
pub mod messages;
pub mod numbers;
pub mod pitch;

mod texts;

pub use numbers::grouped;
pub use texts::Key;

use crate::model::{NoteColour, Role};
use serde::{Deserialize, Serialize};

/// The UI languages; German first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// A stored two-language text in this language, falling back to the other one when it is missing.
    pub fn pick(self, text: &crate::model::LocalText) -> &str {
        let (first, second) = match self {
            Lang::De => (&text.de, &text.en),
            Lang::En => (&text.en, &text.de),
        };
        if first.is_empty() {
            second
        } else {
            first
        }
    }

    /// The label of a journey phase.
    pub fn phase(self, phase: crate::model::Phase) -> &'static str {
        use crate::model::Phase as P;
        self.text(match phase {
            P::Kickoff => Key::PhaseKickoff,
            P::Problem => Key::PhaseProblem,
            P::Ideas => Key::PhaseIdeas,
            P::Prototype => Key::PhasePrototype,
            P::Pitch => Key::PhasePitch,
            P::Reflection => Key::PhaseReflection,
        })
    }

    /// The BCP 47 tag, for `<html lang>` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// The language's own name, shown in the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::En => "English",
        }
    }

    pub fn text(self, key: Key) -> &'static str {
        match self {
            Lang::De => key.de(),
            Lang::En => key.en(),
        }
    }

    /// A text with `{name}` placeholders filled in.
    pub fn format(self, key: Key, args: &[(&str, &str)]) -> String {
        fill(self.text(key), args)
    }
}

/// The name of a team role (the team dialog, documents).
pub fn role_key(role: Role) -> Key {
    match role {
        Role::Company => Key::RoleCompany,
        Role::Creative => Key::RoleCreative,
        Role::Facilitation => Key::RoleFacilitation,
    }
}

/// The name of a note colour (board menus, card labels, documents).
pub fn colour_key(colour: NoteColour) -> Key {
    match colour {
        NoteColour::Yellow => Key::ColourYellow,
        NoteColour::Orange => Key::ColourOrange,
        NoteColour::Pink => Key::ColourPink,
        NoteColour::Green => Key::ColourGreen,
        NoteColour::Blue => Key::ColourBlue,
        NoteColour::Lilac => Key::ColourLilac,
        NoteColour::Grey => Key::ColourGrey,
    }
}

/// Replaces `{name}` placeholders in one pass (a value that itself holds `{…}` stays as it is); unknown
/// placeholders stay visible so a missing argument is noticed. Each value is isolated for bidirectional text
/// (see [`isolate`]), so a right-to-left override in a note or title cannot reorder the sentence around it.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (close, *v))
        });
        match value {
            Some((close, v)) => {
                out.push_str(&isolate(v));
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `text` wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it holds right-to-left letters or
/// bidi controls: the isolate ends every embedding or override started inside it. Other text is returned as
/// it is, so accessible names and plain German stay unchanged.
pub fn isolate(text: &str) -> std::borrow::Cow<'_, str> {
    let needs = text.chars().any(|c| {
        matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
            || is_rtl_letter(c)
    });
    if needs {
        format!("\u{2068}{text}\u{2069}").into()
    } else {
        text.into()
    }
}

/// Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms).
fn is_rtl_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}' | '\u{10800}'..='\u{10fff}' | '\u{1e800}'..='\u{1efff}')
}

#[cfg(test)]
mod tests {
    use super::Lang;
    use crate::model::LocalText;

    #[test]
    fn local_text_falls_back_to_the_other_language() {
        let t = LocalText::new("Sagt", "");
        assert_eq!(Lang::En.pick(&t), "Sagt");
        assert_eq!(Lang::De.pick(&LocalText::new("Sagt", "Says")), "Sagt");
    }
}
