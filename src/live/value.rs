//! Plain (unsealed) values between the model's JSON and Yjs' `Any`.

use serde_json::{Map, Number as JsonNumber, Value};
use std::collections::HashMap;
use std::sync::Arc;
use yrs::{Any, Number};

/// Integers travel as integers, other numbers as floats (Yjs' own number encoding keeps both).
pub fn to_any(value: &Value) -> Any {
    match value {
        Value::Null => Any::Null,
        Value::Bool(b) => Any::Bool(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Any::Number(Number::Int(i)),
            None => Any::Number(Number::Float(n.as_f64().unwrap_or_default())),
        },
        Value::String(s) => Any::String(Arc::from(s.as_str())),
        Value::Array(items) => Any::Array(items.iter().map(to_any).collect()),
        Value::Object(map) => Any::Map(Arc::new(
            map.iter()
                .map(|(k, v)| (k.clone(), to_any(v)))
                .collect::<HashMap<_, _>>(),
        )),
    }
}

/// How deep plain values may nest. The model's deepest plain value (a board's vote settings) is one level; the
/// bound keeps a hostile peer's nesting from exhausting the stack.
const MAX_DEPTH: usize = 8;

/// What a peer may put in a plain field; `None` for bytes, `undefined`, numbers JSON cannot hold and deep
/// nesting. A float without a fraction becomes an integer again: JavaScript peers have only one number type,
/// and the model's integer fields (timestamps, counts) would refuse `1.0`.
pub fn from_any(any: &Any) -> Option<Value> {
    from_any_at(any, 0)
}

fn from_any_at(any: &Any, depth: usize) -> Option<Value> {
    if depth > MAX_DEPTH {
        return None;
    }
    let inner = |a: &Any| from_any_at(a, depth + 1);
    Some(match any {
        Any::Null => Value::Null,
        Any::Bool(b) => Value::Bool(*b),
        Any::Number(Number::Int(i)) => Value::from(*i),
        Any::Number(Number::Float(f)) => match Number::try_i64(*f) {
            Number::Int(i) => Value::from(i),
            Number::Float(f) => Value::Number(JsonNumber::from_f64(f)?),
        },
        Any::String(s) => Value::String(s.to_string()),
        Any::Array(items) => Value::Array(items.iter().map(inner).collect::<Option<_>>()?),
        Any::Map(map) => Value::Object(
            map.iter()
                .map(|(k, v)| Some((k.clone(), inner(v)?)))
                .collect::<Option<Map<_, _>>>()?,
        ),
        Any::Undefined | Any::Buffer(_) => return None,
    })
}
