//! Refusing repeated keys in any JSON object of a file. serde's derived structs refuse a repeated field, but maps
//! (the pitch's texts), `serde_json::Value` (the careful path) and ignored unknown fields silently keep one of the
//! values, so the same file could mean different things to two readers. One pass over the text finds them all,
//! on every path that reads a workshop (import, merge, stored data), as all of them go through `import_workshop`.
//!
//! A small visitor rather than a crate: `serde_with`'s duplicate-key checks work per field and would have to be
//! put on every map and struct, and would still miss ignored fields. Depth stays bounded by serde_json's
//! recursion limit (128), so deep nesting ends as a syntax error, not a stack overflow, also inside fields the
//! readers skip (which serde_json skips without a depth limit): a file this pass cannot read whole is refused,
//! as it could hide a repeated key behind the deep part.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

/// Why a text did not pass.
#[derive(Debug)]
pub(super) enum Problem {
    /// The place of the first repeated key, e.g. `workshop.boards[0].title`.
    Duplicate(String),
    /// Not JSON, cut off, or nested deeper than serde_json's limit, with its line and column.
    Unreadable(serde_json::Error),
}

/// Reads the first JSON value of `text` whole (what follows it is left to the readers), checking every object.
pub(super) fn check(text: &str) -> Result<(), Problem> {
    let mut state = State::default();
    let mut de = serde_json::Deserializer::from_str(text);
    let result = Node(&mut state).deserialize(&mut de);
    match (state.found, result) {
        (Some(path), _) => Err(Problem::Duplicate(path)),
        (None, Err(e)) => Err(Problem::Unreadable(e)),
        (None, Ok(())) => Ok(()),
    }
}

// Keys borrow from the text where they have no escapes, so a large file costs no allocation per key.
enum Seg<'de> {
    Key(Cow<'de, str>),
    Index(usize),
}

#[derive(Default)]
struct State<'de> {
    path: Vec<Seg<'de>>,
    found: Option<String>,
}

impl State<'_> {
    fn render(&self) -> String {
        let mut out = String::new();
        for seg in &self.path {
            match seg {
                Seg::Key(k) if out.is_empty() => out.push_str(k),
                Seg::Key(k) => {
                    out.push('.');
                    out.push_str(k);
                }
                Seg::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }
}

struct Node<'a, 'de>(&'a mut State<'de>);

impl<'de> DeserializeSeed<'de> for Node<'_, 'de> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let state = self.0;
        let mut i = 0;
        loop {
            state.path.push(Seg::Index(i));
            let more = seq.next_element_seed(Node(state))?.is_some();
            state.path.pop();
            if !more {
                return Ok(());
            }
            i += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let state = self.0;
        // Objects here mostly have a handful of keys: a list is faster than hashing, up to a point (a hostile
        // object with a million keys must not cost a million squared).
        let mut few: Vec<Cow<'de, str>> = Vec::new();
        let mut many: HashSet<Cow<'de, str>> = HashSet::new();
        while let Some(key) = map.next_key_seed(Key)? {
            let repeated = few.contains(&key) || many.contains(&key);
            state.path.push(Seg::Key(key.clone()));
            if repeated {
                state.found = Some(state.render());
                return Err(de::Error::custom("duplicate key"));
            }
            map.next_value_seed(Node(state))?;
            state.path.pop();
            if few.len() < 16 {
                few.push(key);
            } else {
                many.insert(key);
            }
        }
        Ok(())
    }
}

/// An object key, borrowed from the text when it can be.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::{check, Problem};

    fn first_duplicate(text: &str) -> Option<String> {
        match check(text) {
            Err(Problem::Duplicate(path)) => Some(path),
            _ => None,
        }
    }

    #[test]
    fn finds_repeated_keys_at_any_depth_and_names_the_place() {
        assert_eq!(first_duplicate(r#"{"a":1,"b":{"c":[1,{"d":2}]}}"#), None);
        assert_eq!(first_duplicate(r#"{"a":1,"a":2}"#).as_deref(), Some("a"));
        assert_eq!(
            first_duplicate(r#"{"w":{"b":[{},{"x":{"y":1,"y":1}}]}}"#).as_deref(),
            Some("w.b[1].x.y")
        );
        // Escapes are decoded first: "\u0061" is "a".
        assert_eq!(
            first_duplicate(r#"{"a":1,"\u0061":2}"#).as_deref(),
            Some("a")
        );
        // Not JSON, or too deep to read whole: unreadable, with the place.
        assert!(matches!(check(r#"{"a":1,"a""#), Err(Problem::Duplicate(_))));
        assert!(matches!(
            check(r#"{"a":1,"b""#),
            Err(Problem::Unreadable(_))
        ));
        // Past the first sixteen keys of an object, repeats are still found (and a huge object stays fast).
        let wide: Vec<String> = (0..200_000).map(|i| format!("\"k{i}\":0")).collect();
        assert_eq!(first_duplicate(&format!("{{{}}}", wide.join(","))), None);
        assert_eq!(
            first_duplicate(&format!("{{{},\"k150000\":1}}", wide.join(","))).as_deref(),
            Some("k150000")
        );
        assert_eq!(first_duplicate(r#"{"a":0,"b":0,"c":0,"d":0,"e":0,"f":0,"g":0,"h":0,"i":0,"j":0,"k":0,"l":0,"m":0,"n":0,"o":0,"p":0,"q":0,"r":0,"q":1}"#).as_deref(), Some("q"));
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(matches!(check(&deep), Err(Problem::Unreadable(e)) if e.column() > 100));
    }
}
