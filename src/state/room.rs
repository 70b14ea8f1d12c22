//! The room in context: what the wall shows (board, step, timer, agenda run), the clock the timer reads, the
//! chime, and the link to projector windows. The facilitator's window leads: it sends the room and every version
//! of the workshop over the room channel while a projector window listens. A projector window follows.

use super::paths::Page;
use super::store::Store;
use crate::browser::room_channel::RoomChannel;
use crate::browser::sound::{self, Chime};
use crate::browser::{clock::now_ms, prefs, screen};
use crate::format::{parse_stored, to_stored};
use crate::model::agenda::AgendaRun;
use crate::model::method::Step;
use crate::model::pitch::{Rehearsal, RehearsalRun};
use crate::model::room::{Room, RoomMessage};
use crate::model::timer::{Signal, Timer};
use crate::model::{BoardId, Timestamp, WorkshopId};
use gloo_events::EventListener;
use gloo_storage::{SessionStorage, Storage};
use gloo_timers::callback::Interval;
use leptos::prelude::*;

/// Ticks while a timer runs; the time shown is always computed from the clock, so a slow tick only delays.
const TICK_MS: u32 = 250;

#[derive(Clone, Copy)]
pub struct RoomCtx {
    pub room: RwSignal<Room>,
    /// The clock (ms) as the timer last read it.
    pub now: RwSignal<i64>,
    pub muted: RwSignal<bool>,
    /// The projector view fills this window (projector mode).
    pub projecting: RwSignal<bool>,
    /// This window is a projector window.
    pub follower: RwSignal<bool>,
    store: Store,
    /// A projector window asked for the room: from then on every change is sent.
    listened: StoredValue<bool>,
    /// The time-up chime played for the current countdown.
    chimed: StoredValue<bool>,
    channel: StoredValue<Option<RoomChannel>, LocalStorage>,
    ticker: StoredValue<Option<Interval>, LocalStorage>,
}

pub fn provide_room(store: Store) -> RoomCtx {
    let ctx = RoomCtx {
        room: RwSignal::new(Room::default()),
        now: RwSignal::new(now_ms()),
        muted: RwSignal::new(prefs::muted()),
        projecting: RwSignal::new(false),
        follower: RwSignal::new(false),
        store,
        listened: StoredValue::new(false),
        chimed: StoredValue::new(false),
        channel: StoredValue::new_local(None),
        ticker: StoredValue::new_local(None),
    };
    provide_context(ctx);
    ctx.connect();
    ctx.keep_per_workshop();
    ctx.tick_while_running();
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        // Back from the background or from sleep: show the true time at once, not at the next tick.
        EventListener::new(&doc, "visibilitychange", move |_| ctx.refresh()).forget();
    }
    ctx
}

pub fn use_room() -> RoomCtx {
    expect_context::<RoomCtx>()
}

fn session_key(id: WorkshopId) -> String {
    format!("querwerk.room.{id}")
}

impl RoomCtx {
    fn workshop_id(&self) -> Option<WorkshopId> {
        self.store
            .current
            .with_untracked(|c| c.as_ref().map(|w| w.id))
    }

    fn post(&self, message: &RoomMessage) {
        self.channel.with_value(|c| {
            if let Some(c) = c {
                if let Err(err) = c.post(&message.to_text()) {
                    web_sys::console::warn_2(
                        &"Querwerk: projector window not reached".into(),
                        &err,
                    );
                }
            }
        });
    }

    fn send_room(&self) {
        if let Some(workshop) = self.workshop_id() {
            let room = self.room.get_untracked();
            self.post(&RoomMessage::Room { workshop, room });
        }
    }

    fn send_workshop(&self) {
        let message = self.store.current.with_untracked(|ws| {
            ws.as_ref().map(|ws| RoomMessage::Workshop {
                workshop: ws.id,
                stored: to_stored(ws, ""),
            })
        });
        if let Some(message) = message {
            self.post(&message);
        }
    }

    /// Opens the channel. Leading, it answers a projector's hello and from then on sends each change of the room
    /// and the workshop; following, it takes what the leader sends.
    fn connect(self) {
        let Some(mut channel) = RoomChannel::new() else {
            return;
        };
        channel.on_message(move |text| {
            let Some(message) = RoomMessage::parse(&text) else {
                return;
            };
            if Some(message.workshop_id()) != self.workshop_id() {
                return;
            }
            match (self.follower.get_untracked(), message) {
                (true, RoomMessage::Lead { workshop }) => {
                    self.post(&RoomMessage::Hello { workshop });
                }
                (false, RoomMessage::Hello { .. }) => {
                    self.listened.set_value(true);
                    self.send_workshop();
                    self.send_room();
                }
                (true, RoomMessage::Room { room, .. }) => {
                    self.now.set(now_ms());
                    self.room.set(room);
                }
                (true, RoomMessage::Workshop { stored, .. }) => {
                    if let Ok(read) = parse_stored(&stored) {
                        self.store.mirror(read.workshop);
                    }
                }
                _ => {}
            }
        });
        self.channel.set_value(Some(channel));
        Effect::new(move |_| {
            self.room.track();
            if self.listened.get_value() && !self.follower.get_untracked() {
                self.send_room();
            }
        });
        Effect::new(move |_| {
            self.store.current.track();
            if self.listened.get_value() && !self.follower.get_untracked() {
                self.send_workshop();
            }
        });
    }

    /// A projector window asks the facilitator's window for the room (see `routes::projector`).
    pub fn hello(&self) {
        if let Some(workshop) = self.workshop_id() {
            self.post(&RoomMessage::Hello { workshop });
        }
    }

    /// The room is kept per workshop in the tab's session storage, so a reload keeps a running timer and agenda.
    fn keep_per_workshop(self) {
        let id = Memo::new(move |_| self.store.current.with(|c| c.as_ref().map(|w| w.id)));
        Effect::new(move |_| {
            let id = id.get();
            let restored = id
                .and_then(|id| SessionStorage::get::<Room>(session_key(id)).ok())
                .unwrap_or_default();
            // A timer that ran out before the reload has chimed already.
            self.chimed
                .set_value(restored.timer.is_over(Timestamp(now_ms())));
            self.room.set(restored);
            // Projector windows that lost their leader (this tab reloaded) ask again.
            if let (Some(workshop), false) = (id, self.follower.get_untracked()) {
                self.post(&RoomMessage::Lead { workshop });
            }
        });
        Effect::new(move |_| {
            let room = self.room.get();
            if let Some(id) = id.get_untracked() {
                if !self.follower.get_untracked() {
                    let _ = SessionStorage::set(session_key(id), &room);
                }
            }
        });
    }

    fn tick_while_running(self) {
        let running = Memo::new(move |_| {
            self.room
                .with(|r| r.timer.is_running() || r.rehearsal.is_some())
        });
        Effect::new(move |_| {
            let tick = running
                .get()
                .then(|| Interval::new(TICK_MS, move || self.refresh()));
            self.ticker.set_value(tick);
        });
        on_cleanup(move || self.ticker.set_value(None));
    }

    /// Reads the clock, counts finished rounds and chimes once per event (the leader only: one sound per room).
    pub fn refresh(&self) {
        let now = now_ms();
        self.now.set(now);
        let timer = self.room.with_untracked(|r| r.timer);
        let (settled, signal) = timer.settle(Timestamp(now));
        if settled != timer {
            self.room.update(|r| r.timer = settled);
        }
        let chime = match signal {
            Signal::NextRound => Some(Chime::NextRound),
            Signal::TimeUp if !self.chimed.get_value() => {
                self.chimed.set_value(true);
                Some(Chime::TimeUp)
            }
            _ => None,
        };
        if let Some(chime) = chime {
            if !self.muted.get_untracked() && !self.follower.get_untracked() {
                if let Err(err) = sound::play(chime) {
                    web_sys::console::warn_2(&"Querwerk: no sound".into(), &err);
                }
            }
        }
    }

    fn set_timer(&self, f: impl FnOnce(Timer, Timestamp) -> Timer) {
        let now = now_ms();
        self.now.set(now);
        self.chimed.set_value(false);
        self.room.update(|r| r.timer = f(r.timer, Timestamp(now)));
    }

    /// Start, pause or resume; also unlocks sound, since this is a click. A board without steps has no time
    /// to count: nothing happens until someone adds a minute.
    pub fn toggle_timer(&self) {
        if self
            .room
            .with_untracked(|r| r.timer.is_idle() && r.timer.round_ms == 0)
        {
            return;
        }
        sound::unlock();
        self.set_timer(|t, now| t.toggle(now));
    }

    pub fn reset_timer(&self) {
        self.set_timer(|t, _| t.reset());
    }

    pub fn add_minute(&self) {
        self.set_timer(|t, now| t.add_minute(now));
    }

    pub fn set_muted(&self, on: bool) {
        prefs::set_muted(on);
        self.muted.set(on);
    }

    /// Shows `board`. Another board starts at its first step with an idle timer; the same board (after a reload,
    /// or when the run already opened it) keeps its step and timer.
    pub fn show_board(&self, board: Option<BoardId>) {
        if self.room.with_untracked(|r| r.board) != board {
            self.room.update(|r| r.switch_to(board));
            let over = self
                .room
                .with_untracked(|r| r.timer.is_over(Timestamp(now_ms())));
            self.chimed.set_value(over);
        }
    }

    /// The method of the shown board is known: keep the step inside it, and preset an idle timer that has none.
    pub fn know_steps(&self, steps: &[Step]) {
        let (step, timer) = self.room.with_untracked(|r| (r.step, r.timer));
        let step = step.min(steps.len().saturating_sub(1));
        let preset = timer.is_idle() && timer.round_ms == 0;
        if let Some(s) = steps.get(step).filter(|_| preset) {
            self.room.update(|r| {
                r.step = step;
                r.timer = Timer::for_step(s);
            });
        }
    }

    /// Moves to step `index` of `steps`, with its timer preset and idle.
    pub fn go_to_step(&self, steps: &[Step], index: usize) {
        if let Some(s) = steps.get(index) {
            self.chimed.set_value(false);
            self.room.update(|r| {
                r.step = index;
                r.timer = Timer::for_step(s);
            });
        }
    }

    /// Starts `timer` now (the agenda run starts each item's clock by itself).
    pub fn start(&self, timer: Timer) {
        sound::unlock();
        self.set_timer(|_, now| timer.toggle(now));
    }

    pub fn set_run(&self, run: Option<AgendaRun>) {
        self.room.update(|r| r.run = run);
    }

    /// Starts rehearsing: the wall shows the pitch's slides until the run ends.
    pub fn start_rehearsal(&self, run: RehearsalRun) {
        self.now.set(now_ms());
        self.room.update(|r| r.rehearsal = Some(run));
    }

    /// On to the next section; `false` on the last one.
    pub fn next_section(&self) -> bool {
        let now = Timestamp(now_ms());
        self.now.set(now.0);
        let mut moved = false;
        self.room.update(|r| {
            if let Some(run) = &mut r.rehearsal {
                moved = run.next(now);
            }
        });
        moved
    }

    /// Ends the rehearsal and returns its record (`None` if none was running).
    pub fn stop_rehearsal(&self) -> Option<Rehearsal> {
        let now = Timestamp(now_ms());
        let run = self.room.with_untracked(|r| r.rehearsal.clone())?;
        self.room.update(|r| r.rehearsal = None);
        Some(run.finish(now))
    }

    /// Opens the projector window of the current workshop; `false` when the browser blocked it.
    pub fn open_projector_window(&self) -> bool {
        let Some(id) = self.workshop_id() else {
            return true;
        };
        screen::open_window(&Page::Projector(id).href(), "querwerk-projector")
    }
}
