//! Typed ids, so a `NoteId` can never be passed where a `BoardId` is meant.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        // No `Default`: a default id would be random, which is surprising in `..Default::default()`.
        #[allow(clippy::new_without_default)]
        impl $name {
            /// A fresh random (v4) id.
            pub fn new() -> Self {
                Self(Uuid::new_v4())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}

id_type!(
    /// Identifies a workshop across devices and files.
    WorkshopId
);
id_type!(
    /// Identifies a board inside a workshop.
    BoardId
);
id_type!(
    /// Identifies a sticky note.
    NoteId
);
id_type!(
    /// Identifies a cluster (group) of notes on one board.
    ClusterId
);
id_type!(
    /// Identifies a workshop member.
    MemberId
);
