//! The plan of a workshop day: methods and breaks with durations from a start time. Stored with the workshop and
//! replaced whole by one command (like a vote), so undo is simply the previous plan and a later merge can take
//! the newer plan by `updated`.

use super::json::need;
use super::Timestamp;
use serde::{Deserialize, Serialize};

const MINUTE_MS: i64 = 60_000;
/// Minutes in a day; start times wrap at midnight.
pub const DAY_MINUTES: u16 = 24 * 60;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Agenda {
    /// Start of the day in minutes after midnight (9:30 is 570).
    pub start: u16,
    pub items: Vec<AgendaItem>,
    #[serde(default)]
    pub updated: Timestamp,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgendaItem {
    /// Unique within the agenda; keys the list and drag and drop.
    pub id: u32,
    pub activity: Activity,
    pub minutes: u16,
    /// Shown instead of the method's name or "Pause" when not blank ("Mittagessen").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
}

/// Written as `{"kind": "method", "method": …}`; read as one flat object (see `countdown::RawCountdown` why).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "kind", try_from = "RawActivity")]
pub enum Activity {
    /// A method of the catalogue, by id.
    Method {
        method: String,
    },
    Break,
}

#[derive(Deserialize)]
struct RawActivity {
    kind: ActivityKind,
    method: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
enum ActivityKind {
    Method,
    Break,
}

impl TryFrom<RawActivity> for Activity {
    type Error = String;

    fn try_from(raw: RawActivity) -> Result<Self, Self::Error> {
        match raw.kind {
            ActivityKind::Method => Ok(Activity::Method {
                method: need(raw.method, "method")?,
            }),
            ActivityKind::Break => Ok(Activity::Break),
        }
    }
}

impl AgendaItem {
    pub fn method(&self) -> Option<&str> {
        match &self.activity {
            Activity::Method { method } => Some(method),
            Activity::Break => None,
        }
    }
}

/// Start and end of one item in minutes after midnight (the end may pass midnight; show it with [`clock`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    pub start: u32,
    pub end: u32,
}

impl Agenda {
    pub fn new(start: u16) -> Self {
        Agenda {
            start: start % DAY_MINUTES,
            items: Vec::new(),
            updated: Timestamp::default(),
        }
    }

    /// Planned start and end of every item, in order.
    pub fn slots(&self) -> Vec<Slot> {
        let mut at = u32::from(self.start);
        self.items
            .iter()
            .map(|item| {
                // Saturating: agendas come from files, and a page must not panic on one.
                let slot = Slot {
                    start: at,
                    end: at.saturating_add(u32::from(item.minutes)),
                };
                at = slot.end;
                slot
            })
            .collect()
    }

    pub fn total_minutes(&self) -> u32 {
        self.items
            .iter()
            .fold(0u32, |sum, i| sum.saturating_add(u32::from(i.minutes)))
    }

    /// An id no item has yet: one above the highest, or (after a file used `u32::MAX`) the lowest free one.
    pub fn next_id(&self) -> u32 {
        match self.items.iter().map(|i| i.id).max() {
            None => 1,
            Some(m) if m < u32::MAX => m + 1,
            Some(_) => (1..=u32::MAX)
                .find(|id| self.items.iter().all(|i| i.id != *id))
                .unwrap_or(0),
        }
    }

    pub fn push(&mut self, activity: Activity, minutes: u16) {
        let id = self.next_id();
        self.items.push(AgendaItem {
            id,
            activity,
            minutes,
            label: String::new(),
        });
    }

    /// Moves the item at `from` so it ends up at index `to` (clamped); returns false when nothing moved.
    pub fn move_item(&mut self, from: usize, to: usize) -> bool {
        if from >= self.items.len() {
            return false;
        }
        let to = to.min(self.items.len() - 1);
        if from == to {
            return false;
        }
        let item = self.items.remove(from);
        self.items.insert(to, item);
        true
    }

    /// Minutes from the start of the day to the start of item `index`.
    fn offset_ms(&self, index: usize) -> i64 {
        let minutes = self
            .items
            .iter()
            .take(index)
            .fold(0u32, |sum, i| sum.saturating_add(u32::from(i.minutes)));
        i64::from(minutes).saturating_mul(MINUTE_MS)
    }
}

/// `h:mm`-style clock text for minutes after midnight, wrapping past midnight ("9:05", "14:30").
pub fn clock(minutes: u32) -> String {
    let m = minutes % u32::from(DAY_MINUTES);
    format!("{}:{:02}", m / 60, m % 60)
}

/// Where a running agenda stands: which item, when the day and the item really started. Lives with the room
/// (the facilitator's window), not in the workshop file: it describes one session, not the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgendaRun {
    pub item: usize,
    pub started: Timestamp,
    pub item_started: Timestamp,
}

impl AgendaRun {
    pub fn start(now: Timestamp) -> Self {
        AgendaRun {
            item: 0,
            started: now,
            item_started: now,
        }
    }

    /// The next item, or `None` after the last.
    pub fn advance(self, agenda: &Agenda, now: Timestamp) -> Option<Self> {
        // `checked_add`: the run is restored from the room's storage, which may hold any index.
        let item = self.item.checked_add(1)?;
        (item < agenda.items.len()).then_some(AgendaRun {
            item,
            item_started: now,
            ..self
        })
    }

    /// How far the day is behind its plan (negative: ahead). The current item started late or early by the
    /// difference of its real and planned offsets from the start of the day; running over its time adds the
    /// overrun as it happens. Measured from the real start, so a rehearsal on another day still makes sense.
    pub fn behind_ms(self, agenda: &Agenda, now: Timestamp) -> i64 {
        let Some(item) = agenda.items.get(self.item) else {
            return 0;
        };
        // Saturating throughout: the moments come from the room's storage and the plan from a file.
        let late_start = self
            .item_started
            .0
            .saturating_sub(self.started.0)
            .saturating_sub(agenda.offset_ms(self.item));
        let overrun = now
            .0
            .saturating_sub(self.item_started.0)
            .saturating_sub(i64::from(item.minutes) * MINUTE_MS)
            .max(0);
        late_start.saturating_add(overrun)
    }
}

/// The ready-made days facilitators start from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayTemplate {
    /// Three and a half hours: getting to know each other, 2-minute pitches, then speed dating, team canvas,
    /// challenge brief, and the question it leads to, pitched to the jury.
    Kickoff,
    /// Half a day from the question to voted ideas.
    IdeasWorkshop,
    /// Two hours of pitch preparation.
    PitchTraining,
}

impl DayTemplate {
    pub const ALL: [DayTemplate; 3] = [
        DayTemplate::Kickoff,
        DayTemplate::IdeasWorkshop,
        DayTemplate::PitchTraining,
    ];

    /// Method ids with minutes; `None` is a break. A method's minutes equal the sum of its steps in the catalogue
    /// (`tests/model_methods.rs` checks it), so the step timer and the day's plan agree.
    fn plan(self) -> &'static [(Option<&'static str>, u16)] {
        match self {
            DayTemplate::Kickoff => &[
                (Some("check-in"), 20),
                (Some("two-minute-pitch"), 30),
                (Some("speed-dating"), 40),
                (None, 15),
                (Some("team-canvas"), 40),
                (Some("challenge-brief"), 35),
                (Some("question-pitch"), 30),
            ],
            DayTemplate::IdeasWorkshop => &[
                (Some("check-in"), 20),
                (Some("how-might-we"), 20),
                (Some("brainstorming"), 30),
                (Some("crazy-8s"), 30),
                (None, 15),
                (Some("cross-analogies"), 40),
                (Some("dot-voting"), 20),
                (Some("impact-effort"), 30),
                (Some("retro"), 35),
            ],
            DayTemplate::PitchTraining => &[
                (Some("pitch-canvas"), 30),
                (Some("elevator-pitch"), 15),
                (None, 10),
                (Some("pitch-storyline"), 35),
                (Some("jury-questions"), 20),
                (Some("flash-round"), 10),
            ],
        }
    }

    /// The day as an agenda starting at `start` (minutes after midnight).
    pub fn agenda(self, start: u16, now: Timestamp) -> Agenda {
        let mut agenda = Agenda::new(start);
        for (method, minutes) in self.plan() {
            let activity = match method {
                Some(m) => Activity::Method {
                    method: (*m).to_owned(),
                },
                None => Activity::Break,
            };
            agenda.push(activity, *minutes);
        }
        agenda.updated = now;
        agenda
    }

    /// Every method id the template uses (checked against the catalogue by a test).
    pub fn methods(self) -> impl Iterator<Item = &'static str> {
        self.plan().iter().filter_map(|(m, _)| *m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_activity_reads_what_it_writes_and_a_method_needs_its_id() {
        for a in [
            Activity::Break,
            Activity::Method {
                method: "lotus-blossom".into(),
            },
        ] {
            let json = serde_json::to_string(&a).unwrap();
            assert_eq!(
                serde_json::from_str::<Activity>(&json).unwrap(),
                a,
                "{json}"
            );
        }
        let err = serde_json::from_str::<Activity>(r#"{"kind":"method"}"#).unwrap_err();
        assert!(
            err.to_string().starts_with("missing field `method`"),
            "{err}"
        );
        assert!(serde_json::from_str::<Activity>(r#"{"kind":"lunch"}"#).is_err());
    }

    const MIN: i64 = MINUTE_MS;

    #[test]
    fn templates_have_the_promised_length() {
        let minutes = |t: DayTemplate| t.agenda(540, Timestamp(0)).total_minutes();
        assert_eq!(minutes(DayTemplate::Kickoff), 210);
        assert_eq!(minutes(DayTemplate::IdeasWorkshop), 240);
        assert_eq!(minutes(DayTemplate::PitchTraining), 120);
    }

    #[test]
    fn slots_follow_each_other_from_the_start() {
        let a = DayTemplate::Kickoff.agenda(9 * 60, Timestamp(0));
        let slots = a.slots();
        assert_eq!(
            slots[0],
            Slot {
                start: 540,
                end: 560
            }
        );
        assert_eq!(slots[1].start, 560);
        assert_eq!(clock(slots.last().unwrap().end), "12:30");
        assert_eq!(clock(23 * 60 + 50 + 20), "0:10");
    }

    #[test]
    fn ids_stay_unique_and_items_move() {
        let mut a = DayTemplate::PitchTraining.agenda(600, Timestamp(0));
        let ids: Vec<u32> = a.items.iter().map(|i| i.id).collect();
        assert_eq!(ids, vec![1, 2, 3, 4, 5, 6]);
        assert!(a.move_item(0, 2));
        assert_eq!(
            a.items.iter().map(|i| i.id).collect::<Vec<_>>(),
            vec![2, 3, 1, 4, 5, 6]
        );
        assert!(!a.move_item(5, 99));
        assert!(!a.move_item(9, 0));
        a.push(Activity::Break, 5);
        assert_eq!(a.items.last().unwrap().id, 7);
    }

    #[test]
    fn a_run_knows_whether_the_day_is_behind_or_ahead() {
        let a = DayTemplate::Kickoff.agenda(540, Timestamp(0));
        let run = AgendaRun::start(Timestamp(0));
        assert_eq!(run.behind_ms(&a, Timestamp(10 * MIN)), 0);
        // Check-in (20 min) ran 5 minutes over.
        assert_eq!(run.behind_ms(&a, Timestamp(25 * MIN)), 5 * MIN);
        // The two-minute pitches began at minute 25 instead of 20; finishing them early makes up for it.
        let second = run.advance(&a, Timestamp(25 * MIN)).unwrap();
        assert_eq!(second.item, 1);
        assert_eq!(second.behind_ms(&a, Timestamp(30 * MIN)), 5 * MIN);
        let third = second.advance(&a, Timestamp(40 * MIN)).unwrap();
        assert_eq!(third.behind_ms(&a, Timestamp(40 * MIN)), -10 * MIN);
        // The last item has no next.
        let last = AgendaRun {
            item: a.items.len() - 1,
            ..third
        };
        assert_eq!(last.advance(&a, Timestamp(0)), None);
    }

    #[test]
    fn survives_the_wire() {
        let a = DayTemplate::IdeasWorkshop.agenda(570, Timestamp(3));
        let json = serde_json::to_string(&a).unwrap();
        assert!(json.contains(r#""kind":"break""#));
        assert_eq!(serde_json::from_str::<Agenda>(&json).unwrap(), a);
    }
}
