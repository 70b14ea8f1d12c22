//! The room key and the room id: random bytes, written as base64url so they fit a link's fragment.

use super::{LinkError, RoomError};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use std::fmt;

const KEY_BYTES: usize = 32;
const ID_BYTES: usize = 16;

/// The 32-byte key every text of one room is sealed with. It travels only in a link's fragment, which browsers
/// never send to a server.
#[derive(Clone, PartialEq, Eq)]
pub struct RoomKey([u8; KEY_BYTES]);

/// The document's name on the sync server. Random rather than the workshop id, so a file's id finds no room
/// and a new room for the same workshop shares nothing with an ended one.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RoomId(String);

pub(super) fn random<const N: usize>() -> Result<[u8; N], RoomError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| RoomError::Random(e.to_string()))?;
    Ok(bytes)
}

fn decode<const N: usize>(text: &str) -> Option<[u8; N]> {
    URL_SAFE_NO_PAD.decode(text).ok()?.try_into().ok()
}

impl RoomKey {
    pub fn generate() -> Result<Self, RoomError> {
        random().map(RoomKey)
    }

    pub fn from_bytes(bytes: [u8; KEY_BYTES]) -> Self {
        RoomKey(bytes)
    }

    pub fn bytes(&self) -> &[u8; KEY_BYTES] {
        &self.0
    }

    /// 43 characters of base64url.
    pub fn to_text(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.0)
    }

    pub fn from_text(text: &str) -> Result<Self, LinkError> {
        decode(text).map(RoomKey).ok_or(LinkError::BadKey)
    }
}

// Never print the key itself, e.g. in a panic message or a log.
impl fmt::Debug for RoomKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RoomKey(…)")
    }
}

impl RoomId {
    pub fn generate() -> Result<Self, RoomError> {
        random::<ID_BYTES>().map(|b| RoomId(URL_SAFE_NO_PAD.encode(b)))
    }

    /// 22 characters of base64url (128 random bits).
    pub fn from_text(text: &str) -> Result<Self, LinkError> {
        decode::<ID_BYTES>(text)
            .map(|_| RoomId(text.to_owned()))
            .ok_or(LinkError::BadRoomId)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RoomId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
