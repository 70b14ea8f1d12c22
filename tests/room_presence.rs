#![cfg(not(target_arch = "wasm32"))]
//! Who is in the room: devices announce the member working at them (an id only), leave, or fade out.

use querwerk::live::presence::{Presence, GONE_AFTER_MS};

#[test]
fn devices_announce_themselves_change_their_member_leave_and_fade_out() {
    let mut laptop = Presence::new().unwrap();
    let mut anna = Presence::new().unwrap();
    let mut shared = Presence::new().unwrap();
    let id = "6f1c1f0e-4b5a-4c8e-9f57-2f3c9a1b7d10";
    assert!(laptop.receive(&anna.announce(Some(id), None), 0.0));
    assert!(laptop.receive(&shared.announce(None, None), 0.0));
    assert_eq!(laptop.here(), vec![None, Some(id.to_owned())]);
    // Saying the same again changes nothing; its own echo is not another device.
    assert!(!laptop.receive(&anna.announce(Some(id), None), 1_000.0));
    let echo = laptop.announce(None, None);
    assert!(!laptop.receive(&echo, 1_000.0));
    assert!(laptop.receive(&anna.leave(), 2_000.0));
    assert_eq!(laptop.here(), vec![None]);
    // The shared screen last spoke at 0: gone once it has been quiet long enough.
    assert!(!laptop.expire(GONE_AFTER_MS - 1.0));
    assert!(laptop.expire(GONE_AFTER_MS));
    assert!(laptop.here().is_empty());
}

#[test]
fn what_is_not_a_querwerk_announcement_is_ignored() {
    let mut laptop = Presence::new().unwrap();
    // A sync message, garbage, and an awareness entry whose member is not an id-sized string.
    assert!(!laptop.receive(&[0, 0, 1, 0], 0.0));
    assert!(!laptop.receive(&[1, 200, 200, 200], 0.0));
    let mut odd = Presence::new().unwrap();
    let long = "x".repeat(500);
    assert!(laptop.receive(&odd.announce(Some(&long), None), 0.0));
    assert_eq!(laptop.here(), vec![None]);
}

#[test]
fn the_leads_device_announces_the_room_and_the_others_read_it() {
    let mut phone = Presence::new().unwrap();
    let mut lead = Presence::new().unwrap();
    assert!(phone.lead_room().is_none());
    let room = serde_json::json!({ "board": null, "step": 2 });
    assert!(phone.receive(&lead.announce(None, Some(&room)), 0.0));
    assert_eq!(phone.lead_room(), Some(&room));
    // The same room again is no change; a new step is.
    assert!(!phone.receive(&lead.announce(None, Some(&room)), 1.0));
    let next = serde_json::json!({ "board": null, "step": 3 });
    assert!(phone.receive(&lead.announce(None, Some(&next)), 2.0));
    assert_eq!(phone.lead_room(), Some(&next));
    // A room that is not an object is no room.
    let mut odd = Presence::new().unwrap();
    phone.receive(&lead.leave(), 3.0);
    phone.receive(
        &odd.announce(None, Some(&serde_json::json!("nonsense"))),
        3.0,
    );
    assert!(phone.lead_room().is_none());
}
