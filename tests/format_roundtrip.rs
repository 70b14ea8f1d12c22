#![cfg(not(target_arch = "wasm32"))]
//! Export/import round trips, the envelope, file names, and robustness against arbitrary input.

mod support;

use proptest::prelude::*;
use querwerk::format::*;
use querwerk::model::*;
use serde_json::Value;

#[test]
fn envelope_fields() {
    let ws = Workshop::new("Kick-off", "Frage", Timestamp(7));
    let text = export_workshop(&ws, "2025-03-14T10:00:00.000Z");
    assert!(
        text.contains("\n  \"format\": \"querwerk\""),
        "pretty-printed: {text}"
    );
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "querwerk");
    assert_eq!(v["formatVersion"], 2);
    assert_eq!(v["appVersion"], env!("CARGO_PKG_VERSION"));
    assert_eq!(v["exportedAt"], "2025-03-14T10:00:00.000Z");
    assert_eq!(v["workshop"]["title"], "Kick-off");
    let stored = to_stored(&ws, "now");
    // Not indented: storage holds no bytes nobody reads.
    assert!(!stored.contains("\n ") && stored.len() < text.len());
    assert_eq!(parse_stored(&stored).unwrap().workshop, ws);
}

#[test]
fn file_names() {
    let mut ws = Workshop::new(
        "Kick-off: Tischlerei Müller × Designbüro Weiß",
        "",
        Timestamp(0),
    );
    assert_eq!(
        file_name(&ws, "2025-03-14"),
        "kick-off-tischlerei-mueller-designbuero-weiss-2025-03-14.querwerk.json"
    );
    ws.title = "ÄÖÜ äöü ß".into();
    assert_eq!(
        file_name(&ws, "2025-03-14"),
        "aeoeue-aeoeue-ss-2025-03-14.querwerk.json"
    );
    ws.title = "  ✨🎉  ".into();
    assert_eq!(
        file_name(&ws, "2025-03-14"),
        "workshop-2025-03-14.querwerk.json"
    );
    ws.title = "a".repeat(59) + " und noch viel mehr";
    let name = file_name(&ws, "2025-03-14");
    assert_eq!(
        name,
        format!("{}-2025-03-14.querwerk.json", "a".repeat(59)),
        "no trailing dash after cutting"
    );
    assert_eq!(slug("../../etc/passwd"), "etc-passwd");
    assert_eq!(file_name(&ws, "2025/03/14").matches('/').count(), 0);
}

/// Byte-level damage to a valid export.
#[derive(Clone, Debug)]
enum Mutation {
    Flip(prop::sample::Index, u8),
    Truncate(prop::sample::Index),
    Insert(prop::sample::Index, Vec<u8>),
    Delete(prop::sample::Index, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<prop::sample::Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        any::<prop::sample::Index>().prop_map(Mutation::Truncate),
        (
            any::<prop::sample::Index>(),
            prop::collection::vec(any::<u8>(), 1..8)
        )
            .prop_map(|(i, b)| Mutation::Insert(i, b)),
        (any::<prop::sample::Index>(), 1usize..20).prop_map(|(i, n)| Mutation::Delete(i, n)),
    ]
}

fn mutate(bytes: &mut Vec<u8>, m: &Mutation) {
    if bytes.is_empty() {
        return;
    }
    match m {
        Mutation::Flip(i, b) => {
            let i = i.index(bytes.len());
            bytes[i] ^= b;
        }
        Mutation::Truncate(i) => bytes.truncate(i.index(bytes.len())),
        Mutation::Insert(i, new) => {
            let i = i.index(bytes.len());
            bytes.splice(i..i, new.iter().copied());
        }
        Mutation::Delete(i, n) => {
            let i = i.index(bytes.len());
            let end = (i + n).min(bytes.len());
            bytes.drain(i..end);
        }
    }
}

proptest! {
    #[test]
    fn export_then_import_is_identity(ws in support::workshop(), at in ".{0,30}") {
        let imported = import_workshop(&export_workshop(&ws, &at)).unwrap();
        prop_assert_eq!(&imported.workshop, &ws);
        prop_assert_eq!(imported.exported_at.as_deref(), Some(at.as_str()));
        prop_assert_eq!(imported.repaired, 0);
        prop_assert_eq!(parse_stored(&to_stored(&ws, &at)).unwrap().workshop, ws);
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".*") {
        let _ = import_workshop(&text);
    }

    #[test]
    fn arbitrary_json_shapes_never_panic(
        value in any::<Option<i32>>().prop_map(|v| serde_json::json!(v)).prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map(
                    prop_oneof![Just("format".to_owned()), Just("formatVersion".to_owned()),
                        Just("workshop".to_owned()), Just("boards".to_owned()), Just("id".to_owned()), "[a-z]{1,6}"],
                    inner,
                    0..6,
                ).prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        }),
    ) {
        let _ = import_workshop(&value.to_string());
    }

    #[test]
    fn damaged_exports_never_panic(ws in support::workshop(), damage in prop::collection::vec(mutation(), 1..6)) {
        let mut bytes = export_workshop(&ws, "2025-03-14T10:00:00Z").into_bytes();
        for m in &damage {
            mutate(&mut bytes, m);
        }
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(imported) = import_workshop(&text) {
            // Whatever survives the damage is still a valid workshop.
            prop_assert_eq!(querwerk::model::validate::validate_workshop(&imported.workshop), Ok(()));
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash(depth in 100usize..5000) {
        let text = format!("{{\"format\":\"querwerk\",\"formatVersion\":1,\"workshop\":{}{}}}",
            "[".repeat(depth), "]".repeat(depth));
        prop_assert!(import_workshop(&text).is_err());
    }
}
