//! Who is in the room. Each device announces the team member working at it through the Yjs awareness messages
//! that the sync server relays to the room: a member id, never a name (names are sealed in the document, and
//! every device reads them there). A device that closes is dropped by the server's own message; one that
//! vanishes is dropped when it has not announced itself for [`GONE_AFTER_MS`].
//!
//! The lead's device also announces the room (board, step, timer, agenda run: ids, numbers and times, no text),
//! so every phone shows the step and the timer the wall shows.

use super::key::random;
use super::RoomError;
use crate::model::sorting::sort_by;
use std::collections::HashMap;
use yrs::sync::awareness::{AwarenessUpdate, AwarenessUpdateEntry};
use yrs::sync::protocol::{Message, MSG_AWARENESS};
use yrs::updates::decoder::Decode;
use yrs::updates::encoder::Encode;
use yrs::ClientID;

/// A device announces itself this often ...
pub const ANNOUNCE_EVERY_MS: u32 = 15_000;
/// ... and counts as gone after twice that without a word (as y-protocols' own clients do).
pub const GONE_AFTER_MS: f64 = 30_000.0;
/// A member id is 36 characters; anything much longer is not one.
const MAX_MEMBER_CHARS: usize = 64;

/// Whether a message from the room is about presence (an awareness message), not about the workshop.
pub fn is_presence(frame: &[u8]) -> bool {
    frame.first() == Some(&MSG_AWARENESS)
}

pub struct Presence {
    client: ClientID,
    clock: u32,
    /// Other devices: what each said last, and when (ms).
    others: HashMap<ClientID, Seen>,
}

struct Seen {
    member: Option<String>,
    /// The room, if the device leads it.
    room: Option<serde_json::Value>,
    at: f64,
}

impl Presence {
    pub fn new() -> Result<Self, RoomError> {
        // Yjs client ids are 53-bit (they must fit a JavaScript number).
        let client = ClientID::new(u64::from_le_bytes(random::<8>()?) & ((1 << 53) - 1));
        Ok(Presence {
            client,
            clock: 0,
            others: HashMap::new(),
        })
    }

    /// This device's announcement: who works at it (if anyone was picked), and the room if it leads.
    pub fn announce(&mut self, member: Option<&str>, room: Option<&serde_json::Value>) -> Vec<u8> {
        let json = match room {
            Some(room) => serde_json::json!({ "member": member, "room": room }),
            None => serde_json::json!({ "member": member }),
        };
        self.message(json.to_string())
    }

    /// That this device leaves the room.
    pub fn leave(&mut self) -> Vec<u8> {
        self.message("null".to_owned())
    }

    fn message(&mut self, json: String) -> Vec<u8> {
        self.clock = self.clock.wrapping_add(1);
        let entry = AwarenessUpdateEntry {
            clock: self.clock,
            json: json.into(),
        };
        let update = AwarenessUpdate {
            clients: HashMap::from([(self.client, entry)]),
        };
        Message::Awareness(update).encode_v1()
    }

    /// Takes in a message from the room at `now` (ms); true if who is here changed. Other messages, and
    /// announcements that are not what a Querwerk device sends, are ignored.
    pub fn receive(&mut self, frame: &[u8], now: f64) -> bool {
        if frame.first() != Some(&MSG_AWARENESS) {
            return false;
        }
        let Ok(Message::Awareness(update)) = Message::decode_v1(frame) else {
            return false;
        };
        let before = (self.here(), self.lead_room().cloned());
        for (client, entry) in update.clients {
            if client == self.client {
                continue;
            }
            match serde_json::from_str::<serde_json::Value>(&entry.json) {
                Ok(serde_json::Value::Object(state)) => {
                    let member = state
                        .get("member")
                        .and_then(|m| m.as_str())
                        .filter(|m| m.len() <= MAX_MEMBER_CHARS)
                        .map(str::to_owned);
                    let room = state.get("room").filter(|r| r.is_object()).cloned();
                    self.others.insert(
                        client,
                        Seen {
                            member,
                            room,
                            at: now,
                        },
                    );
                }
                _ => {
                    self.others.remove(&client);
                }
            }
        }
        (self.here(), self.lead_room().cloned()) != before
    }

    /// Drops devices not heard of for [`GONE_AFTER_MS`]; true if who is here changed.
    pub fn expire(&mut self, now: f64) -> bool {
        let before = self.others.len();
        self.others.retain(|_, seen| now - seen.at < GONE_AFTER_MS);
        self.others.len() != before
    }

    /// The other devices in the room, each with the member working at it, sorted.
    pub fn here(&self) -> Vec<Option<String>> {
        let mut here: Vec<_> = self.others.values().map(|s| s.member.clone()).collect();
        sort_by(&mut here, Ord::cmp);
        here
    }

    /// The room as the lead's device last announced it (the one heard from last, if several lead).
    pub fn lead_room(&self) -> Option<&serde_json::Value> {
        self.others
            .values()
            .filter(|s| s.room.is_some())
            .max_by(|a, b| a.at.total_cmp(&b.at))
            .and_then(|s| s.room.as_ref())
    }
}
