//! `RoomChannel`: the BroadcastChannel between the facilitator's window and projector windows. Carries JSON
//! text; what it means is `model::room::RoomMessage`.

use gloo_events::EventListener;
use wasm_bindgen::JsValue;
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "querwerk-room";

/// Closes the channel on drop. `!Send`.
pub struct RoomChannel {
    channel: BroadcastChannel,
    listener: Option<EventListener>,
}

impl RoomChannel {
    /// `None` where BroadcastChannel is missing: there is then no projector window, only the projector mode.
    pub fn new() -> Option<Self> {
        Some(Self {
            channel: BroadcastChannel::new(CHANNEL).ok()?,
            listener: None,
        })
    }

    pub fn post(&self, text: &str) -> Result<(), JsValue> {
        self.channel.post_message(&JsValue::from_str(text))
    }

    /// Calls `callback` with the text of every message (other kinds of data are ignored).
    pub fn on_message(&mut self, callback: impl Fn(String) + 'static) {
        self.listener = Some(EventListener::new(&self.channel, "message", move |event| {
            let data = wasm_bindgen::JsCast::unchecked_ref::<MessageEvent>(event).data();
            if let Some(text) = data.as_string() {
                callback(text);
            }
        }));
    }
}

impl Drop for RoomChannel {
    fn drop(&mut self) {
        self.listener = None;
        self.channel.close();
    }
}
