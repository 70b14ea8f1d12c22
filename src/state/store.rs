//! The workshop store: the workshops on this device, the open workshop with its undo history, and how both
//! reach IndexedDB. Split across files by concern: `store.rs` (shape and start-up), `library.rs` (create,
//! import, delete), `session.rs` (open, apply, undo), `autosave.rs` (saving and tab sync).

use super::Locale;
use crate::browser::prefs;
use crate::commands::History;
use crate::model::draft::NoteDraft;
use crate::model::sorting::sort_by_key;
use crate::model::{MemberId, Timestamp, Workshop, WorkshopId};
use crate::persistence::{
    Db, DbEvent, Listing, Record, StorageError, TabChannel, TabMessage, Unreadable,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;
use std::pin::Pin;

/// One line of the start page's list.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub id: WorkshopId,
    pub title: String,
    pub question: String,
    pub updated: Timestamp,
    /// Boards and notes; `None` for a record stored before records carried their listing.
    pub counts: Option<(usize, usize)>,
}

impl Summary {
    pub fn of(ws: &Workshop) -> Self {
        Self {
            id: ws.id,
            title: ws.title.clone(),
            question: ws.question.clone(),
            updated: ws.updated,
            counts: Some(counts(ws)),
        }
    }

    /// The line of a stored record, from its listing alone; `None` without one (or with a foreign id).
    pub(super) fn listed(record: &Record) -> Option<Self> {
        let listing = record.listing.as_ref()?;
        Some(Self {
            id: record.id.parse().ok()?,
            title: record.title.clone(),
            question: listing.question.clone(),
            updated: Timestamp(listing.updated as i64),
            counts: Some((listing.boards as usize, listing.notes as usize)),
        })
    }
}

/// The workshop's boards and notes, as the start page counts them.
fn counts(ws: &Workshop) -> (usize, usize) {
    (
        ws.live_boards().count(),
        ws.live_boards().map(|b| b.live_note_count()).sum(),
    )
}

/// The start page's order: the latest change first.
fn latest_first(list: &mut Vec<Summary>) {
    sort_by_key(list, |s| std::cmp::Reverse(s.updated));
}

/// What the start page keeps beside a workshop's data (see [`Summary::listed`]).
pub(super) fn listing_of(ws: &Workshop) -> Listing {
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let (boards, notes) = counts(ws);
    Listing {
        question: ws.question.clone(),
        updated: ws.updated.0 as f64,
        boards: count(boards),
        notes: count(notes),
    }
}

/// Where the device's storage stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Storage {
    Loading,
    Ready,
    /// IndexedDB cannot be used at all (e.g. some private modes): work is kept in memory only.
    Unavailable(String),
}

/// How the open workshop's saving stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Saving {
    Saved,
    Pending,
    /// The last write failed; the message stays until a write succeeds. Nothing stored was changed.
    Failed(StorageError),
    /// Another tab saved a newer version (or deleted it: `None`) while this one had unsaved changes.
    Conflict {
        stored_rev: Option<u64>,
    },
}

impl Saving {
    /// A stable name for styling and tests.
    pub fn name(&self) -> &'static str {
        match self {
            Saving::Saved => "saved",
            Saving::Pending => "pending",
            Saving::Failed(_) => "failed",
            Saving::Conflict { .. } => "conflict",
        }
    }
}

/// The open workshop as this tab knows it.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    None,
    Loading(WorkshopId),
    Ready(WorkshopId),
    Missing(WorkshopId),
    Unreadable(WorkshopId),
    /// Deleted in another tab while open here; the workshop stays in memory so it can be exported.
    DeletedElsewhere(WorkshopId),
}

/// A workshop with unsaved changes that is no longer open, and the stored rev those changes are based on.
#[derive(Clone, Debug)]
pub(super) struct Parked {
    pub workshop: Workshop,
    pub base_rev: Option<u64>,
    pub base_updated: Option<Timestamp>,
}

/// Merges this tab's copy with another (`ours`, `theirs`, the time `ours` is based on, now).
pub type Merger = fn(&Workshop, &Workshop, Option<Timestamp>, Timestamp) -> Workshop;

/// Follows another tab's message in the open workshop.
type Follower = fn(Store, TabMessage) -> Pin<Box<dyn Future<Output = ()>>>;

/// Saves the open workshop, or saves it and reloads the page (see [`Store::open_workshops_here`]).
type Saver = fn(Store) -> Pin<Box<dyn Future<Output = ()>>>;

/// Reads a stored record that carries no listing: its line, or why it cannot be read.
type Reader = fn(&Record) -> Result<Summary, String>;

/// The store in context. `Copy`: every field is a signal or a stored value.
#[derive(Clone, Copy)]
pub struct Store {
    pub storage: RwSignal<Storage>,
    pub workshops: RwSignal<Vec<Summary>>,
    pub unreadable: RwSignal<Vec<Unreadable>>,
    pub opened: RwSignal<Opened>,
    /// The open workshop. Changed only through [`Store::apply`], undo and redo.
    pub current: RwSignal<Option<Workshop>>,
    pub saving: RwSignal<Saving>,
    /// `(can undo, can redo)`, kept next to the history for the buttons.
    pub undo_redo: RwSignal<(bool, bool)>,
    /// The member who works at this device in the open workshop (kept per device), if one was picked.
    pub me: RwSignal<Option<MemberId>>,
    /// This device is a participant of a live room (not its lead): `commands::participant_may` applies.
    pub(super) participant: StoredValue<bool>,
    /// What the last run knew: whether there were workshops (see [`Store::looks_empty`]).
    had_workshops: bool,
    pub(super) history: StoredValue<History>,
    /// The rev of the stored version the open workshop is based on.
    pub(super) base_rev: StoredValue<Option<u64>>,
    /// When that stored version was last changed: edits after it are this tab's own (for merging).
    pub(super) base_updated: StoredValue<Option<Timestamp>>,
    pub(super) dirty: StoredValue<bool>,
    pub(super) in_flight: StoredValue<bool>,
    /// When the pending save timer fires (ms since the epoch), if one is set.
    pub(super) scheduled: StoredValue<Option<f64>>,
    /// A projector window: shows what the facilitator's window sends and never writes.
    pub(super) follower: StoredValue<bool>,
    /// The open note editor's text (see `drafts.rs`), and whether the browser refused to keep it.
    pub(super) draft: StoredValue<Option<NoteDraft>>,
    pub(super) draft_unsaved: StoredValue<bool>,
    /// Counts drafts taken over after the workshop opened (from a tab closed a moment before): the board
    /// reopens the editor of one.
    pub late_draft: RwSignal<u32>,
    /// Workshops left while their changes could not be written; retried, and taken up again when reopened.
    pub(super) parked: StoredValue<Vec<Parked>>,
    /// Another tab's save was merged into this tab's unsaved changes: one calm line says so.
    pub merged_elsewhere: RwSignal<bool>,
    /// The UI language, for the messages of refused changes.
    pub(super) locale: Locale,
    /// How two copies become one (`model::merge::merge_file`), given by the full app (see
    /// [`Store::open_workshops_here`]).
    pub(super) merger: StoredValue<Option<Merger>>,
    /// What the open workshop does when another tab saved or deleted one (see [`Store::open_workshops_here`]).
    follow: StoredValue<Option<Follower>>,
    /// Saving the open workshop and reloading after it (see [`Store::open_workshops_here`]).
    pub(super) saver: StoredValue<Option<Saver>>,
    pub(super) reloader: StoredValue<Option<Saver>>,
    /// How a record without a listing is read for the list (see [`Store::read_unlisted`]).
    reader: StoredValue<Reader>,
    /// Saves since the open workshop was last exported, for the backup reminder.
    pub unexported: RwSignal<u32>,
    /// The workshop deleted last, kept until the "undo" message goes away.
    pub last_deleted: RwSignal<Option<Record>>,
    /// What this device kept for it beside its record (`prefs::take_traces`), put back with it on undo.
    pub(super) deleted_traces: StoredValue<crate::browser::prefs::Traces>,
    /// The browser's answer to "keep this data" (`navigator.storage.persist()`), explained until the user has
    /// read it once; `None` before it answers, after that, or when it never answers (see `guard.rs`).
    pub persistence: RwSignal<Option<bool>>,
    /// What another tab did to the database connection that the user must know of: `Blocked` while opening
    /// waits, `NeedsReload` when it cannot come back (see `guard.rs`).
    pub db_notice: RwSignal<Option<DbEvent>>,
    pub(super) db: StoredValue<Option<Db>, LocalStorage>,
    pub(super) channel: StoredValue<Option<TabChannel>, LocalStorage>,
    pub(super) timer: StoredValue<Option<gloo_timers::callback::Timeout>, LocalStorage>,
}

/// Provides the store; `locale` (from [`super::provide_locale`]) translates what it refuses.
pub fn provide_store(locale: Locale) -> Store {
    let tab_id = uuid::Uuid::new_v4().to_string();
    let store = Store {
        storage: RwSignal::new(Storage::Loading),
        workshops: RwSignal::new(Vec::new()),
        unreadable: RwSignal::new(Vec::new()),
        opened: RwSignal::new(Opened::None),
        current: RwSignal::new(None),
        saving: RwSignal::new(Saving::Saved),
        undo_redo: RwSignal::new((false, false)),
        me: RwSignal::new(None),
        participant: StoredValue::new(false),
        had_workshops: prefs::had_workshops(),
        history: StoredValue::new(History::new()),
        base_rev: StoredValue::new(None),
        base_updated: StoredValue::new(None),
        dirty: StoredValue::new(false),
        in_flight: StoredValue::new(false),
        scheduled: StoredValue::new(None),
        follower: StoredValue::new(false),
        draft: StoredValue::new(None),
        draft_unsaved: StoredValue::new(false),
        late_draft: RwSignal::new(0),
        parked: StoredValue::new(Vec::new()),
        merged_elsewhere: RwSignal::new(false),
        locale,
        merger: StoredValue::new(None),
        follow: StoredValue::new(None),
        saver: StoredValue::new(None),
        reloader: StoredValue::new(None),
        reader: StoredValue::new(check_syntax),
        unexported: RwSignal::new(0),
        last_deleted: RwSignal::new(None),
        deleted_traces: StoredValue::new(Default::default()),
        persistence: RwSignal::new(prefs::persistence_answer()),
        db_notice: RwSignal::new(None),
        db: StoredValue::new_local(None),
        channel: StoredValue::new_local(TabChannel::new(tab_id)),
        timer: StoredValue::new_local(None),
    };
    provide_context(store);
    Effect::new(move |_| {
        if store.storage.get() == Storage::Ready {
            prefs::remember_has_workshops(store.workshops.with(|l| !l.is_empty()));
        }
    });
    store.listen_to_other_tabs();
    spawn_local(async move {
        match Db::open(move |event| store.on_db_event(event)).await {
            Ok(db) => {
                store.db_notice.set(None);
                store.db.set_value(Some(db));
                store.refresh_list().await;
                store.storage.set(Storage::Ready);
                store.ask_persistence_if_untold();
            }
            Err(err) => store.storage.set(Storage::Unavailable(err.to_string())),
        }
    });
    store
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}

impl Store {
    /// What only the full app needs, as only it opens workshops: this tab's liveness lock (for its drafts,
    /// held from the page's first moment), saving when the page is hidden, the warning before unload, following
    /// other tabs in the open workshop, and the merge. The start bundle lists workshops only: leaving all this
    /// out of it keeps its first load small.
    pub fn open_workshops_here(&self, merger: Merger) {
        crate::browser::kept::hold_this_tab();
        self.merger.set_value(Some(merger));
        self.follow.set_value(Some(|store, message| {
            Box::pin(store.follow_other_tab(message))
        }));
        self.saver
            .set_value(Some(|store| Box::pin(store.save_open())));
        self.reloader
            .set_value(Some(|store| Box::pin(store.reload_open())));
        self.read_unlisted(|record| {
            crate::format::parse_stored(&record.data)
                .map(|imported| Summary::of(&imported.workshop))
                .map_err(|err| err.to_string())
        });
        self.flush_when_hidden();
        self.warn_before_unload();
    }

    /// How the list reads a record stored before records carried their listing. By default (the start
    /// bundle) only as far as the browser's JSON parser goes, so the list shows its title and date and a
    /// broken record is listed as unreadable; the bundles that open workshops read it whole.
    fn read_unlisted(&self, reader: Reader) {
        self.reader.set_value(reader);
    }

    /// Whether the start page should greet a first-time user. Until storage answers, the last run's answer
    /// stands in, so the layout does not jump under the user's pointer.
    pub fn looks_empty(&self) -> bool {
        match self.storage.get() {
            Storage::Loading => !self.had_workshops,
            _ => self.workshops.with(|l| l.is_empty()),
        }
    }

    pub(super) fn db(&self) -> Option<Db> {
        self.db.get_value()
    }

    /// Puts the start page's list in its order, the latest change first, as the page opens (saves update
    /// their line in place, see `autosave.rs`).
    pub fn sort_list(&self) {
        self.workshops.update_untracked(latest_first);
    }

    /// Re-reads every stored workshop into the start page's list; unreadable ones are listed apart.
    pub(super) async fn refresh_list(&self) {
        let Some(db) = self.db() else { return };
        let records = match db.list().await {
            Ok(records) => records,
            Err(err) => {
                self.storage.set(Storage::Unavailable(err.to_string()));
                return;
            }
        };
        let read = self.reader.get_value();
        let mut ok = Vec::new();
        let mut bad = Vec::new();
        for entry in records {
            match entry {
                Ok(record) => match Summary::listed(&record).map_or_else(|| read(&record), Ok) {
                    Ok(summary) => ok.push(summary),
                    Err(err) => bad.push(record.unreadable(err)),
                },
                Err(raw) => bad.push(raw),
            }
        }
        latest_first(&mut ok);
        self.workshops.set(ok);
        self.unreadable.set(bad);
    }

    /// Another tab saved or deleted a workshop: the open one follows (in the full app), then the list.
    fn listen_to_other_tabs(&self) {
        let store = *self;
        self.channel.with_value(|channel| {
            let Some(channel) = channel else { return };
            channel.on_message(move |message| {
                let follow = store.follow.get_value();
                spawn_local(async move {
                    if let Some(follow) = follow {
                        follow(store, message).await;
                    }
                    store.refresh_list().await;
                });
            });
        });
    }

    async fn follow_other_tab(self, message: TabMessage) {
        match message {
            TabMessage::Saved(saved) => {
                self.on_saved_elsewhere(&saved.workshop_id, saved.rev).await
            }
            TabMessage::Deleted(deleted) => self.on_deleted_elsewhere(&deleted.workshop_id),
        }
    }
}

/// A record without a listing, read without the model: its title and date if its data is JSON at all.
fn check_syntax(record: &Record) -> Result<Summary, String> {
    js_sys::JSON::parse(&record.data).map_err(|err| {
        js_sys::Error::from(err)
            .message()
            .as_string()
            .unwrap_or_default()
    })?;
    Ok(Summary {
        id: record
            .id
            .parse()
            .map_err(|_| format!("id {:?}", record.id))?,
        title: record.title.clone(),
        question: String::new(),
        updated: Timestamp(record.saved_at as i64),
        counts: None,
    })
}
