//! The live room in context: the open workshop shared with every device in the room through the sync server.
//!
//! Each device keeps the workshop in its own storage as always; the room is a second road for changes. Every
//! change of the open workshop is written into the room's document (`live::RoomDoc`, texts sealed with the
//! room key) and sent as one update; every update from the room is checked like an imported file before the
//! workshop takes it, and stored like a local change. Without a connection the document keeps the changes and
//! the handshake of the next connection sends them. The room of a workshop (its link, key included) is kept
//! on this device only, so a reload or a later visit rejoins.

use super::room::RoomCtx;
use super::store::Store;
use crate::browser::clock::now_ms;
use crate::browser::socket::{Socket, SocketEvent};
use crate::i18n::Key;
use crate::live::presence::{is_presence, Presence, ANNOUNCE_EVERY_MS};
use crate::live::sync::{self, Reply};
use crate::live::{JoinLink, RoomDoc, RoomError, RoomId, RoomKey};
use crate::model::{Timestamp, Workshop, WorkshopId};
use gloo_storage::{LocalStorage as Local, SessionStorage as Session, Storage};
use gloo_timers::callback::{Interval, Timeout};
use leptos::prelude::*;
use std::rc::Rc;

/// How long to wait before connecting again after the connection dropped.
const RETRY_MS: u32 = 2_000;

/// The sync server this build was made for (`make build SYNC_URL=wss://…`); without one there is no live room.
pub fn sync_server() -> Option<&'static str> {
    option_env!("QUERWERK_SYNC_URL").filter(|s| !s.is_empty())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LiveStatus {
    /// Not in a room.
    Off,
    Connecting,
    /// Connected and in step with the room.
    Live,
    /// The connection dropped; changes are kept and sent on the next connection.
    Offline,
}

/// What a bundle does about live rooms. The live bundle (`LiveApp`, `src/bin/live.rs`) has the engine: the
/// socket, the shared document, the sealing. The full app hands a workshop that is in a room, and going live,
/// to the live bundle (the boot script picks it for `/join` and for a workshop with a kept room link), so a
/// team that never goes live never downloads the engine. The pitch bundle leaves rooms alone: what changes on
/// the pitch pages reaches the room when the workshop is next open in the live bundle, as an offline change.
#[derive(Clone, Copy)]
pub enum Rooms {
    Here(Engine),
    Elsewhere,
    Not,
}

/// The live room's code, named only by the live bundle (`engine()`), so the other bundles leave it out. Not a
/// static: the linker kept one in every bundle, and the functions it names with it.
#[derive(Clone, Copy)]
pub struct Engine {
    install: fn(LiveRoom),
    go_live: fn(&LiveRoom) -> Result<(), GoLiveError>,
    join: fn(&LiveRoom, JoinLink, Callback<Option<WorkshopId>>),
    end_for_everyone: fn(&LiveRoom) -> bool,
    end: fn(&LiveRoom),
}

pub fn engine() -> Engine {
    Engine {
        install,
        go_live: LiveRoom::go_live_here,
        join: LiveRoom::join_here,
        end_for_everyone: LiveRoom::end_for_everyone_here,
        end: LiveRoom::end_here,
    }
}

/// Why the open workshop could not go live. Nothing changed: the workshop stays as it was, and not in a room.
#[derive(Debug, thiserror::Error)]
pub enum GoLiveError {
    /// The browser gives no random numbers for the room's id and key.
    #[error(transparent)]
    Random(#[from] RoomError),
    /// The room's link could not be kept on this device (storage full, or refused): the next reload would
    /// have left the room, and the full app could not hand the workshop to the live bundle.
    #[error("the room's link could not be stored: {0}")]
    NotKept(String),
}

impl GoLiveError {
    /// What the user is told.
    pub fn message(&self) -> Key {
        match self {
            GoLiveError::Random(_) => Key::LiveFailed,
            GoLiveError::NotKept(_) => Key::LiveNotKept,
        }
    }
}

/// Set before the full app hands a workshop it just made live to the live bundle: the invitation opens there.
const INVITE_KEY: &str = "querwerk.live.invite";

#[derive(Clone, Copy)]
pub struct LiveRoom {
    rooms: Rooms,
    store: Store,
    room: RoomCtx,
    /// The lead's room as last taken, so a phone follows a change of step or board once, and may look at
    /// another board in between.
    followed: StoredValue<Option<serde_json::Value>>,
    pub status: RwSignal<LiveStatus>,
    /// The join link of the room the open workshop is in.
    pub link: RwSignal<Option<JoinLink>>,
    /// This device leads the room: it opened it, or joined by the facilitator's link. Participants write,
    /// move their own notes and vote; steps, the timer, the agenda run, starting and revealing a vote and
    /// removing other people's notes belong to the lead (the clients' rule: there are no accounts).
    pub lead: Memo<bool>,
    /// The other devices in the room, each with the member id working at it (if one was picked there).
    pub here: RwSignal<Vec<Option<String>>>,
    /// The last update from the room that was refused (what it failed), until the next good one.
    pub refused: RwSignal<Option<String>>,
    /// The lead closed the room for everyone while this device was in it (or joining it).
    pub ended: RwSignal<bool>,
    workshop: StoredValue<Option<WorkshopId>>,
    doc: StoredValue<Option<Rc<RoomDoc>>, LocalStorage>,
    /// The document holds what the room held when this device (re)joined: only from then on are local
    /// changes written into it. Written earlier, into an empty document, every field would be a new write that
    /// could win over newer edits other devices made meanwhile.
    caught_up: StoredValue<bool>,
    socket: StoredValue<Option<Socket>, LocalStorage>,
    retry: StoredValue<Option<Timeout>, LocalStorage>,
    presence: StoredValue<Option<Presence>, LocalStorage>,
    announcer: StoredValue<Option<Interval>, LocalStorage>,
    /// Joining from a link: called once the room's workshop is stored on this device (`None`: it could not be).
    joined: StoredValue<Option<Callback<Option<WorkshopId>>>>,
}

pub fn provide_live(store: Store, room: RoomCtx, rooms: Rooms) -> LiveRoom {
    let link = RwSignal::new(None::<JoinLink>);
    let live = LiveRoom {
        rooms,
        store,
        room,
        followed: StoredValue::new(None),
        status: RwSignal::new(LiveStatus::Off),
        link,
        lead: Memo::new(move |_| link.with(|l| l.as_ref().is_none_or(|l| l.lead))),
        refused: RwSignal::new(None),
        ended: RwSignal::new(false),
        workshop: StoredValue::new(None),
        doc: StoredValue::new_local(None),
        caught_up: StoredValue::new(false),
        socket: StoredValue::new_local(None),
        retry: StoredValue::new_local(None),
        presence: StoredValue::new_local(None),
        announcer: StoredValue::new_local(None),
        here: RwSignal::new(Vec::new()),
        joined: StoredValue::new(None),
    };
    provide_context(live);
    Effect::new(move |_| store.participant.set_value(!live.lead.get()));
    // A build without a sync server has no live room at all (its CSP would not even let it connect), and the
    // compiler drops the room's code from it.
    if sync_server().is_none() {
        return live;
    }
    match rooms {
        Rooms::Here(engine) => (engine.install)(live),
        Rooms::Elsewhere => hand_over_rooms(store),
        Rooms::Not => {}
    }
    live
}

/// The full app: a workshop that is in a room opens in the live bundle.
fn hand_over_rooms(store: Store) {
    let open = Memo::new(move |_| store.current.with(|c| c.as_ref().map(|w| w.id)));
    Effect::new(move |_| {
        if open.get().is_some_and(|id| {
            Local::raw()
                .get_item(&link_key(id))
                .ok()
                .flatten()
                .is_some()
        }) {
            reload_saved(store);
        }
    });
}

/// Saves, then loads the page again: the boot script gives it to the bundle for what it is now (the live
/// bundle for a workshop this device leads a room of, the full app for one that left its room).
fn reload_saved(store: Store) {
    leptos::task::spawn_local(async move {
        store.save_now().await;
        crate::browser::reload();
    });
}

/// The live bundle: rejoins, follows and sends (see the module's comment).
fn install(live: LiveRoom) {
    let store = live.store;
    let room = live.room;
    // Opening a workshop that is in a room rejoins it; opening another leaves.
    let open = Memo::new(move |_| store.current.with(|c| c.as_ref().map(|w| w.id)));
    Effect::new(move |_| {
        let id = open.get();
        if id == live.workshop.get_value() {
            return;
        }
        live.leave();
        if id.is_some() {
            live.ended.set(false);
        }
        if let Some(id) = id {
            if let Some(link) = kept_link(id) {
                live.start(Some(id), link);
            }
        }
    });
    // Opening a workshop restores the room this tab kept for it (`RoomCtx`, whose effect was made first and so
    // runs first); a participant's device then takes the lead's again, which it may have taken while joining,
    // before the workshop was open.
    Effect::new(move |_| {
        open.track();
        live.followed.set_value(None);
        live.follow_the_lead();
    });
    // Who works at this device, and on the lead's device the room, are told to the room when they change.
    Effect::new(move |_| {
        store.me.track();
        room.room.track();
        live.announce();
    });
    // Every change of the open workshop goes to the room.
    Effect::new(move |_| {
        store.current.track();
        live.send_changes();
    });
}

pub fn use_live() -> LiveRoom {
    expect_context::<LiveRoom>()
}

impl LiveRoom {
    /// Makes the open workshop a live room on this build's sync server (in the full app: keeps its link and
    /// hands the workshop to the live bundle, which joins the room and shows the invitation).
    pub fn go_live(&self) -> Result<(), GoLiveError> {
        match self.rooms {
            Rooms::Here(engine) => (engine.go_live)(self),
            Rooms::Elsewhere => {
                let Some((id, link)) = self.new_room()? else {
                    return Ok(());
                };
                keep_link(id, &link)?;
                let _ = Session::set(INVITE_KEY, true);
                reload_saved(self.store);
                Ok(())
            }
            Rooms::Not => Ok(()),
        }
    }

    /// For the participant bundle's page, which is a participant's: once this device leads the room (it
    /// opened one after the lead ended theirs) or has left it, the page is saved and loaded again, and the boot
    /// script gives it the bundle for what the device is now. A room the lead ended keeps the page, which says so.
    pub fn participants_only(&self) {
        let live = *self;
        let was_in_room = StoredValue::new(false);
        Effect::new(move |_| {
            let in_room = live.link.with(Option::is_some);
            let leads = in_room && live.lead.get();
            let left = was_in_room.get_value() && !in_room && !live.ended.get();
            was_in_room.set_value(in_room);
            if leads {
                let _ = Session::set(INVITE_KEY, true);
            }
            if leads || left {
                reload_saved(live.store);
            }
        });
    }

    /// Whether the invitation should open at once: the full app handed over a workshop it just made live.
    pub fn take_invite(&self) -> bool {
        let asked = Session::get::<bool>(INVITE_KEY).unwrap_or(false);
        Session::delete(INVITE_KEY);
        asked
    }

    /// A new room for the open workshop on this build's sync server (none without either).
    fn new_room(&self) -> Result<Option<(WorkshopId, JoinLink)>, RoomError> {
        let (Some(server), Some(id)) = (
            sync_server(),
            self.store
                .current
                .with_untracked(|c| c.as_ref().map(|w| w.id)),
        ) else {
            return Ok(None);
        };
        let link = JoinLink {
            server: server.to_owned(),
            room: RoomId::generate()?,
            key: RoomKey::generate()?,
            lead: true,
        };
        Ok(Some((id, link)))
    }

    fn go_live_here(&self) -> Result<(), GoLiveError> {
        let Some((id, link)) = self.new_room()? else {
            return Ok(());
        };
        keep_link(id, &link)?;
        self.ended.set(false);
        self.start(Some(id), link);
        Ok(())
    }

    /// Closes the room for every device in it (the lead's, while connected: a device that comes back later
    /// learns it from the room at once). Each keeps the workshop as it is. This also is the way out of a room
    /// whose document no longer passes the checks: end it and open a new one. False when it could not be sent.
    pub fn end_for_everyone(&self) -> bool {
        match self.rooms {
            Rooms::Here(engine) => (engine.end_for_everyone)(self),
            _ => false,
        }
    }

    fn end_for_everyone_here(&self) -> bool {
        if !self.lead.get_untracked() || self.status.get_untracked() != LiveStatus::Live {
            return false;
        }
        let Some(end) = self.doc.with_value(|d| d.as_ref().map(|d| d.end())) else {
            return false;
        };
        // Sent before the socket closes: a WebSocket sends what is queued before its closing frame.
        self.send(&sync::update(end));
        self.end_here();
        true
    }

    /// Joins the room of `link` from this device: once the room's workshop has come and is stored here,
    /// `joined` gets its id (opening it then continues in the room), or `None` if this device could not
    /// store it.
    pub fn join(&self, link: JoinLink, joined: Callback<Option<WorkshopId>>) {
        match self.rooms {
            Rooms::Here(engine) => (engine.join)(self, link, joined),
            // The boot script gives `/join` to the participant or the live bundle.
            Rooms::Elsewhere => crate::browser::reload(),
            Rooms::Not => {}
        }
    }

    fn join_here(&self, link: JoinLink, joined: Callback<Option<WorkshopId>>) {
        if sync_server().is_none() {
            return;
        }
        self.leave();
        self.ended.set(false);
        self.joined.set_value(Some(joined));
        self.start(None, link);
    }

    /// Leaves the room on this device: the workshop stays here, as it is now.
    pub fn end(&self) {
        if let Rooms::Here(engine) = self.rooms {
            (engine.end)(self);
        }
    }

    fn end_here(&self) {
        if let Some(id) = self.workshop.get_value() {
            Local::delete(link_key(id));
            Local::delete(seen_key(id));
        }
        self.leave();
    }

    /// A fresh document for the room of `link` (for the open workshop `id`, or to be joined), then connects.
    fn start(&self, id: Option<WorkshopId>, link: JoinLink) {
        self.workshop.set_value(id);
        self.doc.set_value(Some(Rc::new(RoomDoc::new(&link.key))));
        self.caught_up.set_value(false);
        self.presence.set_value(Presence::new().ok());
        self.link.set(Some(link));
        self.connect();
    }

    fn leave(&self) {
        // The others see this device go at once, not only when it falls silent.
        let goodbye = self
            .presence
            .try_update_value(|p| p.as_mut().map(Presence::leave))
            .flatten();
        if let Some(goodbye) = goodbye {
            self.send(&goodbye);
        }
        self.presence.set_value(None);
        self.announcer.set_value(None);
        self.here.set(Vec::new());
        self.joined.set_value(None);
        self.retry.set_value(None);
        self.socket.set_value(None);
        self.doc.set_value(None);
        self.workshop.set_value(None);
        self.link.set(None);
        self.refused.set(None);
        self.status.set(LiveStatus::Off);
    }

    fn connect(&self) {
        let Some(link) = self.link.get_untracked() else {
            return;
        };
        self.status.set(LiveStatus::Connecting);
        let live = *self;
        let url = format!("{}/{}", link.server.trim_end_matches('/'), link.room);
        let socket = Socket::connect(&url, move |event| live.on_event(event));
        if socket.is_none() {
            self.status.set(LiveStatus::Offline);
        }
        self.socket.set_value(socket);
    }

    fn on_event(&self, event: SocketEvent) {
        // A socket that outlived its room (left meanwhile) reports into disposed signals: ignore it.
        if self.status.try_get_untracked().is_none() || self.doc.with_value(Option::is_none) {
            return;
        }
        match event {
            SocketEvent::Open => {
                self.status.set(LiveStatus::Live);
                if let Some(Ok(hello)) = self.doc.with_value(|d| d.as_ref().map(|d| sync::hello(d)))
                {
                    self.send(&hello);
                }
                self.announce();
                let live = *self;
                let every = Interval::new(ANNOUNCE_EVERY_MS, move || {
                    live.announce();
                    let now = now_ms() as f64;
                    let gone = live
                        .presence
                        .try_update_value(|p| p.as_mut().is_some_and(|p| p.expire(now)));
                    if gone == Some(true) {
                        live.show_who_is_here();
                    }
                });
                self.announcer.set_value(Some(every));
            }
            SocketEvent::Frame(frame) if is_presence(&frame) => {
                // Presence, not a change of the workshop.
                let now = now_ms() as f64;
                let changed = self
                    .presence
                    .try_update_value(|p| p.as_mut().is_some_and(|p| p.receive(&frame, now)));
                if changed == Some(true) {
                    self.show_who_is_here();
                }
            }
            SocketEvent::Frame(frame) => {
                // What this device changed and has not written yet goes in first, so the room's newer fields
                // are never written over with this device's older ones.
                self.send_changes();
                let reply = self
                    .doc
                    .with_value(|d| d.as_ref().map(|d| sync::receive(d, &frame)));
                match reply {
                    Some(Ok(Reply {
                        send,
                        workshop,
                        caught_up,
                    })) => {
                        for message in send {
                            self.send(&message);
                        }
                        // Closed by the lead: this device takes the room's last state and leaves, keeping the
                        // workshop as it is; a phone joining now stores nothing.
                        let ended = self
                            .doc
                            .with_value(|d| d.as_ref().is_some_and(|d| d.ended()));
                        let joining = self.joined.with_value(Option::is_some);
                        let first = caught_up && !self.caught_up.get_value();
                        if let Some(ws) = workshop.filter(|_| !(ended && joining)) {
                            self.refused.set(None);
                            self.take(ws, first);
                        }
                        if ended {
                            self.ended.set(true);
                            self.end_here();
                            return;
                        }
                        if first {
                            // What this device has that the room lacks (all of it, for a new room) goes in now.
                            self.caught_up.set_value(true);
                            self.send_changes();
                        }
                    }
                    Some(Err(err)) => self.refused.set(Some(err.to_string())),
                    None => {}
                }
            }
            SocketEvent::Closed => {
                self.socket.set_value(None);
                self.announcer.set_value(None);
                self.here.set(Vec::new());
                self.status.set(LiveStatus::Offline);
                let live = *self;
                self.retry
                    .set_value(Some(Timeout::new(RETRY_MS, move || live.connect())));
            }
        }
    }

    /// The room's workshop, checked: the open one takes it as a change of its own (stored, never undone). On
    /// (re)joining, this device's copy may hold edits the room lacks (made offline, or before a reload): the
    /// two are merged as two copies of a file are (the later edit of an item wins, nothing typed is lost).
    fn take(&self, ws: Workshop, first: bool) {
        if let Some(joined) = self.joined.get_value() {
            // The first workshop of a room joined from a link: keep it here, then open it. Without its room
            // link kept, it would open outside the room: then it is not stored at all, and the join page says so.
            self.joined.set_value(None);
            let kept = self
                .link
                .get_untracked()
                .map_or(Ok(()), |link| keep_link(ws.id, &link));
            if let Err(err) = kept {
                leptos::logging::warn!("live room: {err}");
                joined.run(None);
                return;
            }
            self.workshop.set_value(Some(ws.id));
            let store = self.store;
            leptos::task::spawn_local(async move {
                joined.run(store.store_from_room(ws).await.ok());
            });
            return;
        }
        if Some(ws.id) != self.workshop.get_value() {
            return;
        }
        let ws = if first {
            // Edits after the last moment this device was in step with the room are its own; a note only one
            // side changed since then is no conflict.
            let since = kept_seen(ws.id);
            let local = self.store.current.get_untracked();
            local
                .and_then(|local| self.store.merged(&local, &ws, since))
                .unwrap_or(ws)
        } else {
            ws
        };
        self.store.take_from_room(ws);
        self.mark_seen();
    }

    fn send_changes(&self) {
        if !self.caught_up.get_value() {
            return;
        }
        let Some(doc) = self.doc.get_value() else {
            return;
        };
        let change = self
            .store
            .current
            .with_untracked(|c| c.as_ref().map(|ws| doc.write(ws)));
        match change {
            Some(Ok(Some(update))) => {
                self.send(&sync::update(update));
                self.mark_seen();
            }
            Some(Err(err)) => self.refused.set(Some(err.to_string())),
            _ => {}
        }
    }

    /// Tells the room who works at this device, and the room (step, timer, agenda run) if it leads.
    fn announce(&self) {
        let me = self.store.me.get_untracked().map(|m| m.to_string());
        let room = self
            .lead
            .get_untracked()
            .then(|| serde_json::to_value(self.room.room.get_untracked()).ok())
            .flatten();
        let hello = self
            .presence
            .try_update_value(|p| p.as_mut().map(|p| p.announce(me.as_deref(), room.as_ref())))
            .flatten();
        if let Some(hello) = hello {
            self.send(&hello);
        }
    }

    fn show_who_is_here(&self) {
        let here = self
            .presence
            .with_value(|p| p.as_ref().map(Presence::here).unwrap_or_default());
        self.here.set(here);
        self.follow_the_lead();
    }

    /// A participant's device shows the board, step, timer and agenda run of the lead's, once per change, so
    /// it may look at another board in between.
    fn follow_the_lead(&self) {
        if self.lead.get_untracked() {
            return;
        }
        let room = self
            .presence
            .with_value(|p| p.as_ref().and_then(|p| p.lead_room().cloned()));
        let Some(room) = room else {
            return;
        };
        if self.followed.with_value(|f| f.as_ref() == Some(&room)) {
            return;
        }
        if let Ok(taken) = serde_json::from_value(room.clone()) {
            self.room.room.set(taken);
            self.followed.set_value(Some(room));
        }
    }

    /// Remembers that this device is in step with the room as of its workshop's last change (see `take`).
    fn mark_seen(&self) {
        if self.status.get_untracked() != LiveStatus::Live {
            return;
        }
        let seen = self
            .store
            .current
            .with_untracked(|c| c.as_ref().map(|w| (w.id, w.updated)));
        if let Some((id, updated)) = seen {
            let _ = Local::set(seen_key(id), updated.0);
        }
    }

    /// Sends now if connected; otherwise the document keeps the change for the next handshake.
    fn send(&self, frame: &[u8]) {
        self.socket.with_value(|s| {
            if let Some(s) = s {
                s.send(frame);
            }
        });
    }
}

/// The room of a workshop, kept on this device, so opening the workshop rejoins it (and the boot script loads
/// the bundle with the room's engine for it).
fn keep_link(id: WorkshopId, link: &JoinLink) -> Result<(), GoLiveError> {
    Local::set(link_key(id), link.fragment()).map_err(|e| GoLiveError::NotKept(e.to_string()))
}

fn kept_link(id: WorkshopId) -> Option<JoinLink> {
    Local::get::<String>(link_key(id))
        .ok()
        .and_then(|f| JoinLink::parse(&f).ok())
}

fn kept_seen(id: WorkshopId) -> Option<Timestamp> {
    Local::get::<i64>(seen_key(id)).ok().map(Timestamp)
}

fn seen_key(id: WorkshopId) -> String {
    format!("querwerk.live.{id}.seen")
}

fn link_key(id: WorkshopId) -> String {
    format!("querwerk.live.{id}")
}
