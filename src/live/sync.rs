//! The Yjs sync protocol between this device and the room's server, as y-websocket speaks it: each side sends
//! what it has seen (step 1), the other answers with what is missing (step 2), then every change is an update.
//! Only the messages go through here; `yrs::sync` encodes them, the socket carries them.

use super::doc::RoomDoc;
use super::RoomError;
use crate::model::Workshop;
use yrs::sync::protocol::{Message, SyncMessage, MSG_SYNC};
use yrs::updates::decoder::Decode;
use yrs::updates::encoder::Encode;
use yrs::StateVector;

/// What to do after a message from the room.
#[derive(Debug, Default)]
pub struct Reply {
    /// Messages to send back.
    pub send: Vec<Vec<u8>>,
    /// The room's workshop, when the message brought something new and it passed every check.
    pub workshop: Option<Workshop>,
    /// The message was the room's answer to [`hello`] (sync step 2): this document now holds everything the
    /// room held, even when that was nothing.
    pub caught_up: bool,
}

/// The first message after connecting: what this device has seen, so the server sends what is missing.
pub fn hello(doc: &RoomDoc) -> Result<Vec<u8>, RoomError> {
    let sv = StateVector::decode_v1(&doc.state_vector())
        .map_err(|e| RoomError::Garbage(e.to_string()))?;
    Ok(Message::Sync(SyncMessage::SyncStep1(sv)).encode_v1())
}

/// A change made on this device, for the room.
pub fn update(change: Vec<u8>) -> Vec<u8> {
    Message::Sync(SyncMessage::Update(change)).encode_v1()
}

/// Answers one message from the room. Presence and other kinds of messages are not sync and are left alone;
/// a sync message whose content fails a check is refused and changes nothing.
pub fn receive(doc: &RoomDoc, frame: &[u8]) -> Result<Reply, RoomError> {
    if frame.first() != Some(&MSG_SYNC) {
        return Ok(Reply::default());
    }
    let message = Message::decode_v1(frame).map_err(|e| RoomError::Garbage(e.to_string()))?;
    let Message::Sync(sync) = message else {
        return Ok(Reply::default());
    };
    match sync {
        SyncMessage::SyncStep1(sv) => {
            let missing = doc.update_since(&sv.encode_v1())?;
            Ok(Reply {
                send: vec![Message::Sync(SyncMessage::SyncStep2(missing)).encode_v1()],
                ..Reply::default()
            })
        }
        SyncMessage::SyncStep2(change) => Ok(Reply {
            caught_up: true,
            ..applied(doc, &change)?
        }),
        SyncMessage::Update(change) => applied(doc, &change),
    }
}

fn applied(doc: &RoomDoc, change: &[u8]) -> Result<Reply, RoomError> {
    if is_empty_update(change) {
        return Ok(Reply::default());
    }
    Ok(Reply {
        workshop: Some(doc.apply(change)?),
        ..Reply::default()
    })
}

/// An update that carries nothing (what an empty room answers): two zero counts.
fn is_empty_update(update: &[u8]) -> bool {
    update == [0, 0]
}
