//! Sticky-note colours: a fixed palette, so exported files render the same everywhere.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NoteColour {
    #[default]
    Yellow,
    Orange,
    Pink,
    Green,
    Blue,
    Lilac,
    Grey,
}

impl NoteColour {
    /// Every colour in palette order, for pickers and test generators.
    pub const ALL: [NoteColour; 7] = [
        NoteColour::Yellow,
        NoteColour::Orange,
        NoteColour::Pink,
        NoteColour::Green,
        NoteColour::Blue,
        NoteColour::Lilac,
        NoteColour::Grey,
    ];

    /// The serialised name, e.g. `"lilac"` (usable as a CSS class suffix).
    pub fn as_str(self) -> &'static str {
        match self {
            NoteColour::Yellow => "yellow",
            NoteColour::Orange => "orange",
            NoteColour::Pink => "pink",
            NoteColour::Green => "green",
            NoteColour::Blue => "blue",
            NoteColour::Lilac => "lilac",
            NoteColour::Grey => "grey",
        }
    }
}
