//! The stored record and its plain-JS-object form.

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;

use super::error::StorageError;
use super::unreadable::Unreadable;

/// Largest integer a JS number holds exactly; a larger `rev` would silently round.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// One stored workshop, opaque to this layer: `data` is whatever the format layer serialised.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub id: String,
    /// Revision counter owned by the caller; `Db::put` compares it to detect stale writers.
    pub rev: u64,
    /// Milliseconds since the epoch (`Date.now()`), for display only.
    pub saved_at: f64,
    pub title: String,
    pub data: String,
    /// Which generation of the stored fields `data` holds (the format layer's `STORED_SCHEMA`). A write is
    /// refused when the stored record's schema is higher: this app would drop fields it does not know.
    /// Records written before the field existed read as 0.
    pub schema: u32,
    /// What the start page shows of the workshop, so listing never reads `data` (megabytes, and the whole
    /// model's reader in the start bundle). `None` in records written before it existed, or when malformed.
    pub listing: Option<Listing>,
}

/// The workshop's line on the start page, kept beside its data (`listing` in the stored object).
#[derive(Debug, Clone, PartialEq)]
pub struct Listing {
    pub question: String,
    /// The workshop's last change, milliseconds since the epoch.
    pub updated: f64,
    pub boards: u32,
    pub notes: u32,
}

impl Record {
    /// This record as unreadable: its `data` was refused by the layer above (`reason` says why).
    pub fn unreadable(&self, reason: String) -> Unreadable {
        Unreadable {
            id: self.id.clone(),
            title: self.title.clone(),
            raw_json: self.data.clone(),
            reason,
        }
    }
}

/// Builds the stored object `{ id, rev, saved_at, title, data, schema, listing? }`.
pub(crate) fn to_js(record: &Record) -> Result<Object, StorageError> {
    if record.rev as f64 > MAX_SAFE_INTEGER {
        return Err(StorageError::Write {
            name: "RangeError".into(),
            message: format!("rev {} cannot be stored exactly", record.rev),
        });
    }
    let obj = Object::new();
    let fields: [(&str, JsValue); 6] = [
        ("id", record.id.as_str().into()),
        ("rev", (record.rev as f64).into()),
        ("saved_at", record.saved_at.into()),
        ("title", record.title.as_str().into()),
        ("data", record.data.as_str().into()),
        ("schema", record.schema.into()),
    ];
    set_fields(&obj, fields)?;
    if let Some(listing) = &record.listing {
        let inner = Object::new();
        set_fields(
            &inner,
            [
                ("question", listing.question.as_str().into()),
                ("updated", listing.updated.into()),
                ("boards", listing.boards.into()),
                ("notes", listing.notes.into()),
            ],
        )?;
        set_fields(&obj, [("listing", inner.into())])?;
    }
    Ok(obj)
}

/// Sets each named field of `obj`.
pub(crate) fn set_fields<const N: usize>(
    obj: &Object,
    fields: [(&str, JsValue); N],
) -> Result<(), StorageError> {
    for (name, value) in fields {
        Reflect::set(obj, &name.into(), &value).map_err(|e| StorageError::write(&e))?;
    }
    Ok(())
}

/// Reads a stored value. Unknown extra fields are tolerated (a newer app version may add some).
pub(crate) fn from_js(value: &JsValue) -> Result<Record, String> {
    let rev = check_shape(value)?;
    // `check_shape` has verified each of these is present and has the right type.
    let string = |name: &str| field(value, name).as_string().unwrap_or_default();
    Ok(Record {
        id: string("id"),
        rev,
        saved_at: field(value, "saved_at").as_f64().unwrap_or_default(),
        title: string("title"),
        data: string("data"),
        schema: schema(value),
        listing: listing(&field(value, "listing")),
    })
}

/// The stored `listing`, or `None` when it is missing or any of its fields has the wrong type.
fn listing(value: &JsValue) -> Option<Listing> {
    let count = |name: &str| safe_u64(&field(value, name)).and_then(|n| u32::try_from(n).ok());
    Some(Listing {
        question: field(value, "question").as_string()?,
        updated: field(value, "updated").as_f64().filter(|t| t.is_finite())?,
        boards: count("boards")?,
        notes: count("notes")?,
    })
}

/// The stored record's `schema`; 0 when it is missing (records of older versions) or not a small integer.
pub(crate) fn schema(value: &JsValue) -> u32 {
    safe_u64(&field(value, "schema"))
        .and_then(|s| u32::try_from(s).ok())
        .unwrap_or(0)
}

/// Validates the shape without copying the (possibly megabytes long) strings into Rust; returns `rev`.
pub(crate) fn check_shape(value: &JsValue) -> Result<u64, String> {
    if !value.is_object() {
        return Err("not an object".into());
    }
    for name in ["id", "title", "data"] {
        if !field(value, name).is_string() {
            return Err(format!("`{name}` is not a string"));
        }
    }
    if field(value, "saved_at").as_f64().is_none() {
        return Err("`saved_at` is not a number".into());
    }
    safe_u64(&field(value, "rev")).ok_or_else(|| "`rev` is not a non-negative integer".into())
}

/// A JS number that is a non-negative integer a `u64` and an `f64` both hold exactly.
pub(crate) fn safe_u64(value: &JsValue) -> Option<u64> {
    let n = value.as_f64()?;
    ((0.0..=MAX_SAFE_INTEGER).contains(&n) && n.fract() == 0.0).then_some(n as u64)
}

pub(crate) fn field(value: &JsValue, name: &str) -> JsValue {
    Reflect::get(value, &name.into()).unwrap_or(JsValue::UNDEFINED)
}
