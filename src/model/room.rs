//! What the room sees: the board on the wall, its current step, the timer and the running agenda. The
//! facilitator's window owns it; a projector window receives it (with the workshop) as [`RoomMessage`]s.

use super::agenda::AgendaRun;
use super::pitch::RehearsalRun;
use super::timer::Timer;
use super::{BoardId, WorkshopId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Room {
    pub board: Option<BoardId>,
    /// The current step of the board's method, 0-based.
    pub step: usize,
    pub timer: Timer,
    pub run: Option<AgendaRun>,
    /// Step and timer of boards shown earlier, so a look at another board does not cost a running timer.
    #[serde(default)]
    pub parked: BTreeMap<BoardId, (usize, Timer)>,
    /// A pitch rehearsal under way: the wall shows its slides instead of the board.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rehearsal: Option<RehearsalRun>,
}

impl Room {
    /// Shows `board`: the current board's step and timer are parked, the new one's come back (or start fresh).
    pub fn switch_to(&mut self, board: Option<BoardId>) {
        if self.board == board {
            return;
        }
        if let Some(old) = self.board {
            self.parked.insert(old, (self.step, self.timer));
        }
        let (step, timer) = board
            .and_then(|b| self.parked.remove(&b))
            .unwrap_or_default();
        self.board = board;
        self.step = step;
        self.timer = timer;
    }
}

/// Messages between the facilitator's window and projector windows (BroadcastChannel, JSON text), tagged
/// by their variant's key (`{"room": {…}}`): serde reads such an enum straight from the text, where a tag
/// inside the object would make it buffer the message and compile a second reader of everything in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum RoomMessage {
    /// A projector window opened and wants the current state.
    Hello {
        workshop: WorkshopId,
    },
    /// A facilitator's window (re)opened the workshop: projector windows say hello again.
    Lead {
        workshop: WorkshopId,
    },
    Room {
        workshop: WorkshopId,
        room: Room,
    },
    /// The whole workshop after a change, so the projector shows it before it is saved: as stored (the format
    /// layer's envelope), so the projector reads it with the app's one workshop reader. A workshop inside this
    /// tagged message would be read by a second, buffered copy of that reader (tens of kilobytes of wasm).
    Workshop {
        workshop: WorkshopId,
        stored: String,
    },
}

impl RoomMessage {
    pub fn workshop_id(&self) -> WorkshopId {
        match self {
            RoomMessage::Hello { workshop }
            | RoomMessage::Lead { workshop }
            | RoomMessage::Room { workshop, .. }
            | RoomMessage::Workshop { workshop, .. } => *workshop,
        }
    }

    /// `None` for anything that is not a message of this version (another page, a newer app).
    pub fn parse(text: &str) -> Option<Self> {
        serde_json::from_str(text).ok()
    }

    pub fn to_text(&self) -> String {
        // Plain data with string keys: serialising cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Timestamp, Workshop};

    #[test]
    fn messages_survive_the_wire_and_strangers_are_ignored() {
        let ws = Workshop::new("Kickoff", "Wie?", Timestamp(1));
        let room = Room {
            board: Some(BoardId::new()),
            step: 2,
            timer: Timer::new(60_000, 8).toggle(Timestamp(5)),
            run: None,
            parked: Default::default(),
            rehearsal: None,
        };
        for m in [
            RoomMessage::Hello { workshop: ws.id },
            RoomMessage::Room {
                workshop: ws.id,
                room,
            },
            RoomMessage::Workshop {
                workshop: ws.id,
                stored: "{}".to_owned(),
            },
        ] {
            assert_eq!(RoomMessage::parse(&m.to_text()), Some(m.clone()));
            assert_eq!(m.workshop_id(), ws.id);
        }
        assert_eq!(RoomMessage::parse(r#"{"kind":"saved"}"#), None);
    }

    #[test]
    fn another_board_parks_the_running_timer_and_coming_back_restores_it() {
        let (a, b) = (BoardId::new(), BoardId::new());
        let mut room = Room::default();
        room.switch_to(Some(a));
        room.step = 1;
        room.timer = Timer::new(60_000, 1).toggle(Timestamp(0));
        room.switch_to(Some(b));
        assert_eq!((room.step, room.timer), (0, Timer::default()));
        room.switch_to(Some(a));
        assert_eq!(room.step, 1);
        assert!(room.timer.is_running());
        assert!(room.parked.contains_key(&b) && !room.parked.contains_key(&a));
        let json = serde_json::to_string(&room).unwrap();
        assert_eq!(serde_json::from_str::<Room>(&json).unwrap(), room);
        assert_eq!(RoomMessage::parse("not json"), None);
    }
}
