//! `TabChannel`: tells the app's other tabs that a workshop was saved or deleted.

use std::cell::RefCell;

use js_sys::{Object, Reflect};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

use super::error::StorageError;
use super::record::{field, safe_u64};

const CHANNEL: &str = "querwerk-sync";

type Listener = Closure<dyn FnMut(MessageEvent)>;

#[derive(Debug, Clone, PartialEq)]
pub struct SavedMessage {
    pub workshop_id: String,
    pub rev: u64,
    pub tab_id: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DeletedMessage {
    pub workshop_id: String,
    pub tab_id: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TabMessage {
    Saved(SavedMessage),
    Deleted(DeletedMessage),
}

impl TabMessage {
    /// The tab that sent the message.
    pub fn tab_id(&self) -> &str {
        match self {
            Self::Saved(m) => &m.tab_id,
            Self::Deleted(m) => &m.tab_id,
        }
    }
}

/// BroadcastChannel "querwerk-sync". Messages are plain objects
/// `{ kind: "saved" | "deleted", workshop_id, rev?, tab_id }`. Closes the channel on drop. `!Send`.
#[derive(Debug)]
pub struct TabChannel {
    channel: BroadcastChannel,
    tab_id: String,
    listeners: RefCell<Vec<Listener>>,
}

impl TabChannel {
    /// `None` where BroadcastChannel is missing (Safari before 15.4): the tab then works alone, and the
    /// rev check in `Db::put` still keeps it from overwriting newer data.
    pub fn new(tab_id: String) -> Option<Self> {
        let channel = BroadcastChannel::new(CHANNEL).ok()?;
        Some(Self {
            channel,
            tab_id,
            listeners: RefCell::new(Vec::new()),
        })
    }

    pub fn tab_id(&self) -> &str {
        &self.tab_id
    }

    pub fn post_saved(&self, workshop_id: &str, rev: u64) -> Result<(), StorageError> {
        self.post("saved", workshop_id, Some(rev))
    }

    pub fn post_deleted(&self, workshop_id: &str) -> Result<(), StorageError> {
        self.post("deleted", workshop_id, None)
    }

    /// Calls `callback` for every well-formed message from another tab. Messages from this tab id and
    /// malformed ones (another app version, another page) are ignored.
    pub fn on_message(&self, callback: impl Fn(TabMessage) + 'static) {
        let own = self.tab_id.clone();
        let listener = Listener::new(move |event: MessageEvent| {
            if let Some(message) = parse(&event.data()).filter(|m| m.tab_id() != own) {
                callback(message);
            }
        });
        // Only fails for a null callback, which this is not.
        let _ = self
            .channel
            .add_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
        self.listeners.borrow_mut().push(listener);
    }

    /// Like [`TabChannel::on_message`], for "saved" messages only.
    pub fn on_saved(&self, callback: impl Fn(SavedMessage) + 'static) {
        self.on_message(move |message| {
            if let TabMessage::Saved(saved) = message {
                callback(saved);
            }
        });
    }

    fn post(&self, kind: &str, workshop_id: &str, rev: Option<u64>) -> Result<(), StorageError> {
        let message = Object::new();
        let mut fields: Vec<(&str, JsValue)> = vec![
            ("kind", kind.into()),
            ("workshop_id", workshop_id.into()),
            ("tab_id", self.tab_id.as_str().into()),
        ];
        if let Some(rev) = rev {
            fields.push(("rev", (rev as f64).into()));
        }
        for (name, value) in fields {
            Reflect::set(&message, &name.into(), &value).map_err(|e| StorageError::write(&e))?;
        }
        self.channel
            .post_message(&message)
            .map_err(|e| StorageError::write(&e))
    }
}

impl Drop for TabChannel {
    fn drop(&mut self) {
        for listener in self.listeners.borrow_mut().drain(..) {
            let _ = self
                .channel
                .remove_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
        }
        self.channel.close();
    }
}

fn parse(data: &JsValue) -> Option<TabMessage> {
    if !data.is_object() {
        return None;
    }
    let string = |name: &str| field(data, name).as_string();
    let workshop_id = string("workshop_id")?;
    let tab_id = string("tab_id")?;
    match string("kind")?.as_str() {
        "saved" => {
            let rev = safe_u64(&field(data, "rev"))?;
            Some(TabMessage::Saved(SavedMessage {
                workshop_id,
                rev,
                tab_id,
            }))
        }
        "deleted" => Some(TabMessage::Deleted(DeletedMessage {
            workshop_id,
            tab_id,
        })),
        _ => None,
    }
}
