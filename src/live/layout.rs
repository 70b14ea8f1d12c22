//! The shape of a room's document, shared by writing and reading.
//!
//! One root map per kind of item, each item a map keyed by its id, one key per field: Yjs resolves each key on
//! its own, so edits of different fields or items never overwrite each other. Items are never removed: the
//! model's tombstones (`deleted`) travel like any other field. Root maps, unlike nested ones, cannot be created
//! twice by two devices at once, so notes and clusters live in their own roots and name their board.

/// The workshop's own fields (title, question, agenda, pitch, times) plus `schema` and `check`.
pub const WORKSHOP: &str = "workshop";
pub const MEMBERS: &str = "members";
pub const BOARDS: &str = "boards";
pub const CLUSTERS: &str = "clusters";
pub const NOTES: &str = "notes";
/// One entry per board and voter, keyed `<board>/<member>`, so two phones voting never touch the same key.
pub const VOTERS: &str = "voters";

/// The room itself, apart from the workshop: `ended` once the lead closed it for everyone.
pub const ROOM: &str = "room";
pub const ENDED: &str = "ended";

/// An item's place in its list (the model keeps lists in creation order; equal places sort by id).
pub const AT: &str = "at";
/// The board a note, cluster or voter belongs to.
pub const BOARD: &str = "board";
/// A voter the vote no longer counts (voters are kept like tombstones).
pub const OUT: &str = "out";
/// `format::STORED_SCHEMA` of the device that wrote the document last.
pub const SCHEMA: &str = "schema";
/// A known text sealed with the room key: a wrong key is told apart from altered texts.
pub const CHECK: &str = "check";
pub const CHECK_TEXT: &[u8] = b"querwerk room";

/// Fields the sync server may read: ids, structure, positions, times and flags. Every other field is sealed, so
/// a field the model gains later is sealed unless it is added here.
pub fn plain(root: &str, field: &str) -> bool {
    matches!(field, AT | BOARD | OUT | "created" | "updated" | "deleted")
        || match root {
            WORKSHOP => matches!(field, "id" | SCHEMA),
            MEMBERS => field == "role",
            BOARDS => matches!(field, "method" | "done" | "voting"),
            CLUSTERS => field == "collapsed",
            NOTES => matches!(field, "colour" | "zone" | "order" | "cluster" | "author"),
            VOTERS => field == "done",
            _ => false,
        }
}

/// Where a value sits, as the associated data of its seal: `notes/<id>/text`, `workshop/title`.
pub fn place(root: &str, key: &str, field: &str) -> String {
    if key.is_empty() {
        format!("{root}/{field}")
    } else {
        format!("{root}/{key}/{field}")
    }
}

/// Workshop fields whose parts are keys of their own (`pitch.texts.challenge`), so two phones writing different
/// pitch fields both keep their text. Outer names first.
pub const SPREAD: [&str; 3] = ["pitch", "pitch.texts", "pitch.plans"];

/// Moves the entries of the object at `name` to keys `<name>.<entry>`.
pub fn spread(fields: &mut serde_json::Map<String, serde_json::Value>, name: &str) {
    if let Some(serde_json::Value::Object(inner)) = fields.remove(name) {
        for (key, value) in inner {
            fields.insert(format!("{name}.{key}"), value);
        }
    }
}

/// Undoes [`spread`]: keys `<name>.<entry>` become the object at `name`, if there are any.
pub fn gather(fields: &mut serde_json::Map<String, serde_json::Value>, name: &str) {
    let prefix = format!("{name}.");
    let keys: Vec<String> = fields
        .keys()
        .filter(|k| k.starts_with(&prefix))
        .cloned()
        .collect();
    if keys.is_empty() {
        return;
    }
    let mut inner = serde_json::Map::new();
    for key in keys {
        if let Some(value) = fields.remove(&key) {
            inner.insert(key[prefix.len()..].to_owned(), value);
        }
    }
    fields.insert(name.to_owned(), serde_json::Value::Object(inner));
}
