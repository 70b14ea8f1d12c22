//! Writing a workshop into a room's document: only the fields that differ from what the document holds, so a
//! change of one note sends one note's field and leaves every other device's concurrent edits alone.

use super::layout::{
    place, plain, spread, AT, BOARD, BOARDS, CHECK, CHECK_TEXT, CLUSTERS, MEMBERS, NOTES, OUT,
    SCHEMA, SPREAD, VOTERS, WORKSHOP,
};
use super::seal::Sealer;
use super::value::to_any;
use super::RoomError;
use crate::format::STORED_SCHEMA;
use crate::model::Workshop;
use serde_json::{Map, Value};
use yrs::{Any, Map as _, MapPrelim, MapRef, Out, TransactionMut, WriteTxn};

type Fields = Map<String, Value>;

struct Writer<'a, 'doc> {
    txn: &'a mut TransactionMut<'doc>,
    sealer: &'a Sealer,
    changes: usize,
}

/// Writes `ws` into the document; returns how many keys changed. Items the document holds but `ws` does not
/// (another device's new notes) are left alone: absence is not deletion, the model's tombstones are.
pub fn write_workshop(
    txn: &mut TransactionMut,
    sealer: &Sealer,
    ws: &Workshop,
) -> Result<usize, RoomError> {
    let Ok(Value::Object(mut top)) = serde_json::to_value(ws) else {
        return Err(RoomError::Malformed {
            path: WORKSHOP.to_owned(),
            what: "the workshop does not serialise to an object",
        });
    };
    let members = take_list(&mut top, "members");
    let boards = take_list(&mut top, "boards");
    top.insert(SCHEMA.to_owned(), Value::from(STORED_SCHEMA));
    for name in SPREAD {
        spread(&mut top, name);
    }
    let root = txn.get_or_insert_map(WORKSHOP);
    let mut w = Writer {
        txn,
        sealer,
        changes: 0,
    };
    // Before anything is written: a workshop must not mix its items into another's, nor a device with the
    // wrong key its texts into the room.
    if let (Some(Out::Any(Any::String(held))), Some(Value::String(id))) =
        (root.get(w.txn, "id"), top.get("id"))
    {
        if *held != **id {
            return Err(RoomError::OtherWorkshop);
        }
    }
    w.check_key(&root)?;
    w.put_fields(&root, WORKSHOP, "", top, &[CHECK])?;
    for (at, mut member) in members.into_iter().enumerate() {
        let id = take_id(&mut member);
        member.insert(AT.to_owned(), Value::from(at));
        w.put_item(MEMBERS, &id, member)?;
    }
    for (at, mut board) in boards.into_iter().enumerate() {
        let id = take_id(&mut board);
        for (root, list) in [
            (CLUSTERS, take_list(&mut board, "clusters")),
            (NOTES, take_list(&mut board, "notes")),
        ] {
            for (at, mut item) in list.into_iter().enumerate() {
                let key = take_id(&mut item);
                item.insert(AT.to_owned(), Value::from(at));
                item.insert(BOARD.to_owned(), Value::from(id.as_str()));
                w.put_item(root, &key, item)?;
            }
        }
        // The vote's settings stay on the board; each voter gets its own entry.
        let voters = match board.get_mut("voting") {
            Some(Value::Object(voting)) => Some(take_list(voting, "voters")),
            _ => None,
        };
        board.insert(AT.to_owned(), Value::from(at));
        w.put_item(BOARDS, &id, board)?;
        if let Some(voters) = voters {
            w.put_voters(&id, voters)?;
        }
    }
    Ok(w.changes)
}

impl Writer<'_, '_> {
    fn check_key(&mut self, root: &MapRef) -> Result<(), RoomError> {
        let at = place(WORKSHOP, "", CHECK);
        match root.get(self.txn, CHECK) {
            Some(Out::Any(Any::Buffer(b))) => match self.sealer.open(&at, &b) {
                Ok(text) if text == CHECK_TEXT => Ok(()),
                _ => Err(RoomError::WrongKey),
            },
            None => {
                let sealed = self.sealer.seal(&at, CHECK_TEXT)?;
                root.insert(self.txn, CHECK, Any::from(sealed));
                self.changes += 1;
                Ok(())
            }
            Some(_) => Err(RoomError::Malformed {
                path: at,
                what: "the key check is not sealed",
            }),
        }
    }

    fn put_item(&mut self, root: &str, key: &str, fields: Fields) -> Result<(), RoomError> {
        let list = self.txn.get_or_insert_map(root);
        let item = match list.get(self.txn, key) {
            Some(Out::YMap(item)) => item,
            // New, or something other than a map that a peer put there: this device's item replaces it.
            _ => {
                self.changes += 1;
                list.insert(self.txn, key, MapPrelim::default())
            }
        };
        self.put_fields(&item, root, key, fields, &[])
    }

    /// Voters of `board`: the listed ones counted, every other one the document holds marked out.
    fn put_voters(&mut self, board: &str, voters: Vec<Fields>) -> Result<(), RoomError> {
        let mut counted = Vec::with_capacity(voters.len());
        for (at, mut voter) in voters.into_iter().enumerate() {
            let member = match voter.remove("member") {
                Some(Value::String(m)) => m,
                _ => String::new(),
            };
            let key = format!("{board}/{member}");
            voter.insert(AT.to_owned(), Value::from(at));
            voter.insert(OUT.to_owned(), Value::Bool(false));
            self.put_item(VOTERS, &key, voter)?;
            counted.push(key);
        }
        let list = self.txn.get_or_insert_map(VOTERS);
        let prefix = format!("{board}/");
        let gone: Vec<MapRef> = list
            .iter(self.txn)
            .filter(|(key, _)| key.starts_with(&prefix) && !counted.iter().any(|c| c == key))
            .filter_map(|(_, out)| match out {
                Out::YMap(m) => Some(m),
                _ => None,
            })
            .collect();
        for voter in gone {
            if !matches!(voter.get(self.txn, OUT), Some(Out::Any(Any::Bool(true)))) {
                voter.insert(self.txn, OUT, true);
                self.changes += 1;
            }
        }
        Ok(())
    }

    /// Sets each field that differs, sealing what is not plain, and removes keys the item no longer has
    /// (an optional field that became empty), except `keep`.
    fn put_fields(
        &mut self,
        map: &MapRef,
        root: &str,
        key: &str,
        fields: Fields,
        keep: &[&str],
    ) -> Result<(), RoomError> {
        let stale: Vec<String> = map
            .keys(self.txn)
            .filter(|k| !fields.contains_key(*k) && !keep.contains(k))
            .map(str::to_owned)
            .collect();
        for field in stale {
            map.remove(self.txn, &field);
            self.changes += 1;
        }
        for (field, value) in fields {
            let held = map.get(self.txn, &field);
            let new = if plain(root, &field) {
                let any = to_any(&value);
                if matches!(&held, Some(Out::Any(a)) if *a == any) {
                    continue;
                }
                any
            } else {
                let at = place(root, key, &field);
                // Serialising a JSON value to bytes cannot fail.
                let bytes = serde_json::to_vec(&value).unwrap_or_default();
                let same = match &held {
                    Some(Out::Any(Any::Buffer(b))) => {
                        self.sealer.open(&at, b).is_ok_and(|p| p == bytes)
                    }
                    _ => false,
                };
                if same {
                    continue;
                }
                Any::from(self.sealer.seal(&at, &bytes)?)
            };
            map.insert(self.txn, field, new);
            self.changes += 1;
        }
        Ok(())
    }
}

fn take_list(object: &mut Fields, field: &str) -> Vec<Fields> {
    match object.remove(field) {
        Some(Value::Array(items)) => items
            .into_iter()
            .filter_map(|item| match item {
                Value::Object(fields) => Some(fields),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn take_id(item: &mut Fields) -> String {
    match item.remove("id") {
        Some(Value::String(id)) => id,
        _ => String::new(),
    }
}
