//! One way to write JSON, and one wording for a field missing from an object read flat. serde_json compiles a separate writer of each type for each formatter: the stored
//! workshop, the downloaded file and the merge's comparisons all use the pretty formatter (with no indent where
//! nobody reads the text), so the wasm holds one copy of the workshop's writer, not two (about 5 KB brotli).

use serde::Serialize;
use serde_json::ser::{PrettyFormatter, Serializer};

/// `value` as JSON text, each value on its own line indented by `indent` per level ("" for storage).
pub fn write<T: Serialize + ?Sized>(value: &T, indent: &str) -> serde_json::Result<String> {
    let mut out = Vec::with_capacity(128);
    let formatter = PrettyFormatter::with_indent(indent.as_bytes());
    value.serialize(&mut Serializer::with_formatter(&mut out, formatter))?;
    // serde_json writes only valid UTF-8.
    String::from_utf8(out).map_err(serde::ser::Error::custom)
}

/// `value`, or serde's own error for a missing field: enums read as one flat object (`try_from`, see
/// `countdown::RawCountdown`) say it as serde would, and the import names it as such (`InvalidKind::Missing`).
pub fn need<T>(value: Option<T>, name: &str) -> Result<T, String> {
    value.ok_or_else(|| format!("missing field `{name}`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_compact_enough_for_storage_and_readable_for_people() {
        let value = serde_json::json!({ "a": [1, { "b": "x" }] });
        assert_eq!(
            write(&value, "").unwrap(),
            "{\n\"a\": [\n1,\n{\n\"b\": \"x\"\n}\n]\n}"
        );
        assert_eq!(
            write(&value, "  ").unwrap(),
            serde_json::to_string_pretty(&value).unwrap()
        );
    }
}
