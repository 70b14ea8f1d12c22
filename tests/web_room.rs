//! The room's browser parts in headless Chromium: the chime and the room channel between windows.
#![cfg(target_arch = "wasm32")]

use querwerk::browser::room_channel::RoomChannel;
use querwerk::browser::sound::{self, Chime};
use querwerk::model::room::{Room, RoomMessage};
use querwerk::model::timer::Timer;
use querwerk::model::{Timestamp, WorkshopId};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
fn both_chimes_play_with_web_audio() {
    sound::unlock();
    assert!(sound::play(Chime::NextRound).is_ok());
    assert!(sound::play(Chime::TimeUp).is_ok());
}

#[wasm_bindgen_test]
async fn room_messages_reach_the_other_window_and_strangers_are_ignored() {
    let leader = RoomChannel::new().expect("BroadcastChannel");
    let mut follower = RoomChannel::new().expect("BroadcastChannel");
    let got: Rc<RefCell<Vec<RoomMessage>>> = Rc::default();
    let sink = got.clone();
    follower.on_message(move |text| {
        if let Some(m) = RoomMessage::parse(&text) {
            sink.borrow_mut().push(m);
        }
    });
    let workshop = WorkshopId::new();
    let room = Room {
        step: 3,
        timer: Timer::new(60_000, 8).toggle(Timestamp(1)),
        ..Room::default()
    };
    leader.post("something else entirely").expect("post");
    leader
        .post(
            &RoomMessage::Room {
                workshop,
                room: room.clone(),
            }
            .to_text(),
        )
        .expect("post");
    sleep(50).await;
    assert_eq!(*got.borrow(), vec![RoomMessage::Room { workshop, room }]);
}
