//! Sealing user texts before they enter the shared document: XChaCha20-Poly1305 with a random 24-byte nonce.
//!
//! Pure Rust on purpose: `crypto.subtle` exists only in secure contexts, and a room may run from a laptop on a
//! hotspot over plain http. Random nonces are safe at this size (192 bits), so devices need no shared counter.
//! Each sealed value is bound to its place in the document (the associated data), so a relay that cannot read
//! texts cannot move one either (a note's text into a member's name).

use super::key::RoomKey;
use super::RoomError;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

/// First byte of every sealed value: lets a later Querwerk change the cipher without guessing.
const VERSION: u8 = 1;
const NONCE: usize = 24;

/// Seals and opens the texts of one room.
pub struct Sealer {
    cipher: XChaCha20Poly1305,
}

/// A sealed value did not open: wrong key, or altered bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotOpened;

impl Sealer {
    pub fn new(key: &RoomKey) -> Self {
        Sealer {
            cipher: XChaCha20Poly1305::new(&(*key.bytes()).into()),
        }
    }

    /// `version ‖ nonce ‖ ciphertext+tag`, bound to `place`.
    pub fn seal(&self, place: &str, plain: &[u8]) -> Result<Vec<u8>, RoomError> {
        let mut nonce = [0u8; NONCE];
        getrandom::fill(&mut nonce).map_err(|e| RoomError::Random(e.to_string()))?;
        let nonce = XNonce::from(nonce);
        let payload = Payload {
            msg: plain,
            aad: place.as_bytes(),
        };
        // Encryption fails only for messages beyond 256 GiB; a workshop text is bounded far below.
        let sealed = self
            .cipher
            .encrypt(&nonce, payload)
            .map_err(|_| RoomError::Random("encryption refused the message size".to_owned()))?;
        let mut out = Vec::with_capacity(1 + NONCE + sealed.len());
        out.push(VERSION);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// The plain bytes sealed at `place`, if this key sealed them there.
    pub fn open(&self, place: &str, sealed: &[u8]) -> Result<Vec<u8>, NotOpened> {
        let Some((&VERSION, rest)) = sealed.split_first() else {
            return Err(NotOpened);
        };
        if rest.len() < NONCE {
            return Err(NotOpened);
        }
        let (nonce, body) = rest.split_at(NONCE);
        let nonce: [u8; NONCE] = nonce.try_into().map_err(|_| NotOpened)?;
        let payload = Payload {
            msg: body,
            aad: place.as_bytes(),
        };
        self.cipher
            .decrypt(&XNonce::from(nonce), payload)
            .map_err(|_| NotOpened)
    }
}
