//! Reading a room's document back into a workshop, through the same checks an imported file passes.
//!
//! The document is turned into the file format's JSON and handed to `format::import_workshop`: one reader, one
//! set of limits and repairs, whether a workshop comes from a file, from browser storage or from the room.

use super::layout::{
    gather, place, plain, AT, BOARD, BOARDS, CHECK, CHECK_TEXT, CLUSTERS, MEMBERS, NOTES, OUT,
    SCHEMA, SPREAD, VOTERS, WORKSHOP,
};
use super::seal::Sealer;
use super::value::from_any;
use super::RoomError;
use crate::format::{import_workshop, CURRENT_VERSION, FORMAT_NAME, STORED_SCHEMA};
use crate::model::sorting::sort_by;
use crate::model::Workshop;
use serde_json::{Map, Value};
use std::collections::HashMap;
use yrs::{Any, Map as _, MapRef, Out, ReadTxn};

type Fields = Map<String, Value>;

/// The workshop the document describes, checked like an imported file.
pub fn read_workshop<T: ReadTxn>(txn: &T, sealer: &Sealer) -> Result<Workshop, RoomError> {
    let root = txn.get_map(WORKSHOP).ok_or(RoomError::Empty)?;
    if root.get(txn, "id").is_none() {
        return Err(RoomError::Empty);
    }
    check_schema(txn, &root)?;
    check_key(txn, &root, sealer)?;
    let mut top = read_fields(txn, &root, WORKSHOP, "", sealer)?;
    top.remove(SCHEMA);
    for name in SPREAD.iter().rev() {
        gather(&mut top, name);
    }
    let mut boards = read_list(txn, BOARDS, sealer)?;
    let mut notes = by_board(read_list(txn, NOTES, sealer)?);
    let mut clusters = by_board(read_list(txn, CLUSTERS, sealer)?);
    let mut voters = voters_by_board(read_list(txn, VOTERS, sealer)?);
    // Notes, clusters and voters of a board the document does not hold are left out, as the file reader
    // clears references that point nowhere.
    for board in &mut boards {
        let id = board
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        let list = |items: Option<Vec<Fields>>| {
            Value::Array(
                items
                    .unwrap_or_default()
                    .into_iter()
                    .map(Value::Object)
                    .collect(),
            )
        };
        board.insert("notes".to_owned(), list(notes.remove(&id)));
        board.insert("clusters".to_owned(), list(clusters.remove(&id)));
        if let Some(Value::Object(voting)) = board.get_mut("voting") {
            voting.insert("voters".to_owned(), list(voters.remove(&id)));
        }
    }
    let objects = |items: Vec<Fields>| Value::Array(items.into_iter().map(Value::Object).collect());
    top.insert(
        "members".to_owned(),
        objects(read_list(txn, MEMBERS, sealer)?),
    );
    top.insert("boards".to_owned(), objects(boards));
    let mut envelope = Map::new();
    envelope.insert("format".to_owned(), Value::from(FORMAT_NAME));
    envelope.insert("formatVersion".to_owned(), Value::from(CURRENT_VERSION));
    envelope.insert("workshop".to_owned(), Value::Object(top));
    let imported = import_workshop(&Value::Object(envelope).to_string())?;
    Ok(imported.workshop)
}

fn check_schema<T: ReadTxn>(txn: &T, root: &MapRef) -> Result<(), RoomError> {
    let found = match root.get(txn, SCHEMA) {
        Some(Out::Any(any)) => from_any(&any).and_then(|v| v.as_u64()),
        _ => None,
    };
    match found {
        Some(found) if found > u64::from(STORED_SCHEMA) => Err(RoomError::NewerSchema {
            found,
            supported: STORED_SCHEMA,
        }),
        Some(_) => Ok(()),
        None => Err(RoomError::Malformed {
            path: place(WORKSHOP, "", SCHEMA),
            what: "no schema number",
        }),
    }
}

fn check_key<T: ReadTxn>(txn: &T, root: &MapRef, sealer: &Sealer) -> Result<(), RoomError> {
    let at = place(WORKSHOP, "", CHECK);
    match root.get(txn, CHECK) {
        Some(Out::Any(Any::Buffer(b))) => match sealer.open(&at, &b) {
            Ok(text) if text == CHECK_TEXT => Ok(()),
            _ => Err(RoomError::WrongKey),
        },
        _ => Err(RoomError::Malformed {
            path: at,
            what: "no sealed key check",
        }),
    }
}

/// Every item of one root, in list order (by place, then id), each with its id and without its place.
fn read_list<T: ReadTxn>(txn: &T, root: &str, sealer: &Sealer) -> Result<Vec<Fields>, RoomError> {
    let Some(list) = txn.get_map(root) else {
        return Ok(Vec::new());
    };
    let mut items = Vec::new();
    for (key, out) in list.iter(txn) {
        let Out::YMap(map) = out else {
            return Err(RoomError::Malformed {
                path: format!("{root}/{key}"),
                what: "an item that is not a map",
            });
        };
        let mut fields = read_fields(txn, &map, root, key, sealer)?;
        let at =
            fields
                .remove(AT)
                .and_then(|v| v.as_f64())
                .ok_or_else(|| RoomError::Malformed {
                    path: place(root, key, AT),
                    what: "no position",
                })?;
        fields.insert("id".to_owned(), Value::from(key));
        items.push((at, key.to_owned(), fields));
    }
    sort_by(&mut items, |a, b| {
        a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1))
    });
    Ok(items.into_iter().map(|(_, _, fields)| fields).collect())
}

/// Every field of one item: plain ones as they are, sealed ones opened and parsed.
fn read_fields<T: ReadTxn>(
    txn: &T,
    map: &MapRef,
    root: &str,
    key: &str,
    sealer: &Sealer,
) -> Result<Fields, RoomError> {
    let mut fields = Map::new();
    for (field, out) in map.iter(txn) {
        if root == WORKSHOP && field == CHECK {
            continue;
        }
        let at = || place(root, key, field);
        let malformed = |what| RoomError::Malformed { path: at(), what };
        let Out::Any(any) = out else {
            return Err(malformed("a shared type where a value belongs"));
        };
        let value = if plain(root, field) {
            from_any(&any).ok_or_else(|| malformed("a value JSON cannot hold"))?
        } else {
            let Any::Buffer(sealed) = any else {
                return Err(malformed("a plain value where a sealed one belongs"));
            };
            let bytes = sealer
                .open(&at(), &sealed)
                .map_err(|_| RoomError::Tampered { path: at() })?;
            serde_json::from_slice(&bytes)
                .map_err(|_| malformed("a sealed value that is not JSON"))?
        };
        fields.insert(field.to_owned(), value);
    }
    Ok(fields)
}

fn by_board(items: Vec<Fields>) -> HashMap<String, Vec<Fields>> {
    let mut boards: HashMap<String, Vec<Fields>> = HashMap::new();
    for mut item in items {
        if let Some(Value::String(board)) = item.remove(BOARD) {
            boards.entry(board).or_default().push(item);
        }
    }
    boards
}

/// Voters keyed `<board>/<member>`, without those marked out.
fn voters_by_board(items: Vec<Fields>) -> HashMap<String, Vec<Fields>> {
    let mut boards: HashMap<String, Vec<Fields>> = HashMap::new();
    for mut voter in items {
        let out = voter.remove(OUT) == Some(Value::Bool(true));
        let key = match voter.remove("id") {
            Some(Value::String(key)) => key,
            _ => continue,
        };
        let Some((board, member)) = key.split_once('/') else {
            continue;
        };
        if !out {
            voter.insert("member".to_owned(), Value::from(member));
            boards.entry(board.to_owned()).or_default().push(voter);
        }
    }
    boards
}
