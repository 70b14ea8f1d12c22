#![cfg(not(target_arch = "wasm32"))]
//! The sync protocol as a device speaks it with the room's server: a new device gets the room's workshop in
//! the handshake, a change travels as one update, and what is not a sync message or fails a check is left alone.

mod support;

use querwerk::live::sync::{hello, receive, update};
use querwerk::live::{RoomDoc, RoomError, RoomKey};
use support::{catalogue, documented_workshop};

fn key() -> RoomKey {
    RoomKey::from_bytes([7; 32])
}

/// Delivers every message `from` answers to `frame` to `to`; returns the last workshop `to` read.
fn relay(from: &RoomDoc, to: &RoomDoc, frame: &[u8]) -> Option<querwerk::model::Workshop> {
    let mut last = None;
    for reply in receive(from, frame).unwrap().send {
        if let Some(ws) = receive(to, &reply).unwrap().workshop {
            last = Some(ws);
        }
    }
    last
}

#[test]
fn a_new_device_gets_the_room_in_the_handshake_and_then_each_change() {
    let ws = documented_workshop(&catalogue());
    let room = RoomDoc::new(&key());
    room.write(&ws).unwrap();
    let phone = RoomDoc::new(&key());
    // The phone says what it has seen (nothing); the room answers with everything.
    let got = relay(&room, &phone, &hello(&phone).unwrap()).expect("the room's workshop");
    assert_eq!(got, room.read().unwrap());

    // A note edited on the phone reaches the room as one update.
    let mut edited = got.clone();
    edited.boards[0].notes[0].text = "Geändert am Telefon".into();
    let change = phone.write(&edited).unwrap().expect("a change");
    let seen = receive(&room, &update(change))
        .unwrap()
        .workshop
        .expect("read");
    assert_eq!(seen.boards[0].notes[0].text, "Geändert am Telefon");
}

#[test]
fn an_empty_room_answers_nothing_and_presence_is_ignored() {
    let empty = RoomDoc::new(&key());
    let phone = RoomDoc::new(&key());
    assert!(relay(&empty, &phone, &hello(&phone).unwrap()).is_none());
    // The answer to hello says the phone has caught up, even with an empty room.
    let answer = receive(&empty, &hello(&phone).unwrap())
        .unwrap()
        .send
        .remove(0);
    assert!(receive(&phone, &answer).unwrap().caught_up);
    assert!(!receive(&phone, &update(vec![0, 0])).unwrap().caught_up);
    // An awareness (presence) message: tag 1, left alone.
    let reply = receive(&phone, &[1, 3, 1, 2, 3]).unwrap();
    assert!(reply.send.is_empty() && reply.workshop.is_none());
}

#[test]
fn a_sync_message_of_garbage_or_the_wrong_key_changes_nothing() {
    let ws = documented_workshop(&catalogue());
    let room = RoomDoc::new(&key());
    room.write(&ws).unwrap();
    let phone = RoomDoc::new(&key());
    relay(&room, &phone, &hello(&phone).unwrap()).unwrap();
    let before = phone.state();
    assert!(matches!(
        receive(&phone, &[0, 2, 5, 9, 9, 9]),
        Err(RoomError::Garbage(_))
    ));

    // A room written with another key: its texts do not open here.
    let stranger = RoomDoc::new(&RoomKey::from_bytes([9; 32]));
    stranger.write(&ws).unwrap();
    let other = RoomDoc::new(&key());
    let replies = receive(&stranger, &hello(&other).unwrap()).unwrap().send;
    assert!(receive(&other, &replies[0]).is_err());
    assert_eq!(
        phone.state(),
        before,
        "a refused message leaves the document as it was"
    );
}

#[test]
fn the_lead_ends_the_room_for_everyone_and_a_device_joining_later_learns_it_too() {
    let ws = documented_workshop(&catalogue());
    let lead = RoomDoc::new(&key());
    lead.write(&ws).unwrap();
    let phone = RoomDoc::new(&key());
    relay(&lead, &phone, &hello(&phone).unwrap()).expect("the room's workshop");
    assert!(!lead.ended() && !phone.ended());

    let end = lead.end();
    assert!(lead.ended());
    // The phone takes it like any update: the workshop is still there, as it was.
    let still = receive(&phone, &update(end))
        .unwrap()
        .workshop
        .expect("read");
    assert_eq!(still, lead.read().unwrap());
    assert!(phone.ended());
    // A device that comes later gets it in the handshake.
    let late = RoomDoc::new(&key());
    relay(&lead, &late, &hello(&late).unwrap());
    assert!(late.ended());
}
