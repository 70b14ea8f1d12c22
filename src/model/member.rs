//! Workshop members: who is in the room, and from which side.

use super::{MemberId, Timestamp};
use serde::{Deserialize, Serialize};

/// Which side of the cross-innovation tandem a member belongs to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Someone from the small firm that brings the challenge.
    #[default]
    Company,
    /// A creative professional.
    Creative,
    /// Whoever runs the workshop.
    Facilitation,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Company, Role::Creative, Role::Facilitation];
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub id: MemberId,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub role: Role,
    #[serde(default)]
    pub updated: Timestamp,
    #[serde(default)]
    pub deleted: bool,
}

impl Member {
    pub fn new(name: impl Into<String>, role: Role, now: Timestamp) -> Self {
        Member {
            id: MemberId::new(),
            name: name.into(),
            role,
            updated: now,
            deleted: false,
        }
    }
}
