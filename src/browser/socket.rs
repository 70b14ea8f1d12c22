//! `Socket`: one WebSocket to the live room's sync server, carrying binary frames. Closes on drop.

use gloo_events::EventListener;
use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::JsCast;
use web_sys::{BinaryType, MessageEvent, WebSocket};

/// What the socket reports.
pub enum SocketEvent {
    Open,
    Frame(Vec<u8>),
    /// Closed or failed; a new `Socket` is the way to try again.
    Closed,
}

pub struct Socket {
    ws: WebSocket,
    _listeners: [EventListener; 4],
}

impl Socket {
    /// Connects to `url` (`ws://…` or `wss://…`); `None` when the browser refuses the address at once (a
    /// malformed one, or one the page's security policy does not allow).
    pub fn connect(url: &str, on_event: impl Fn(SocketEvent) + 'static) -> Option<Self> {
        let ws = WebSocket::new(url).ok()?;
        ws.set_binary_type(BinaryType::Arraybuffer);
        let on_event = std::rc::Rc::new(on_event);
        let listen = |name: &'static str, f: Box<dyn Fn(&web_sys::Event)>| {
            EventListener::new(&ws, name, move |e| f(e))
        };
        let open = on_event.clone();
        let frame = on_event.clone();
        let close = on_event.clone();
        let error = on_event;
        let listeners = [
            listen("open", Box::new(move |_| open(SocketEvent::Open))),
            listen(
                "message",
                Box::new(move |e| {
                    let data = e.unchecked_ref::<MessageEvent>().data();
                    if let Some(buffer) = data.dyn_ref::<ArrayBuffer>() {
                        frame(SocketEvent::Frame(Uint8Array::new(buffer).to_vec()));
                    }
                }),
            ),
            listen("close", Box::new(move |_| close(SocketEvent::Closed))),
            listen("error", Box::new(move |_| error(SocketEvent::Closed))),
        ];
        Some(Socket {
            ws,
            _listeners: listeners,
        })
    }

    /// Sends one frame; false when the socket is not open (the caller keeps the change for the next sync).
    pub fn send(&self, frame: &[u8]) -> bool {
        self.ws.ready_state() == WebSocket::OPEN && self.ws.send_with_u8_array(frame).is_ok()
    }
}

impl Drop for Socket {
    fn drop(&mut self) {
        let _ = self.ws.close();
    }
}
