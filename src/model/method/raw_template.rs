//! Reading a [`MethodTemplate`] as one flat object, then checking that its kind has what it needs (serde
//! `try_from`). serde reads an enum tagged inside its object (`"kind"`) by buffering the whole object first,
//! which compiles a second reader of every area, slot and field: about 7 KB of wasm.

use super::template::{Area, Axis, Field, MethodTemplate, Slot, TemplateKind as Kind};
use crate::model::json::need;
use crate::model::LocalText;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct RawTemplate {
    kind: Kind,
    zones: Option<Vec<Area>>,
    /// A list of areas (columns) or a number (a canvas' grid).
    columns: Option<AreasOrCount>,
    /// A list of areas (rows) or a number (a canvas' grid).
    rows: Option<AreasOrCount>,
    x: Option<Box<Axis>>,
    y: Option<Box<Axis>>,
    quadrants: Option<Vec<Area>>,
    slots: Option<Vec<Slot>>,
    after: Option<LocalText>,
    panels: Option<u8>,
    panel_label: Option<LocalText>,
    #[serde(default)]
    hints: Vec<LocalText>,
    rounds: Option<u8>,
    ideas_per_round: Option<u8>,
    minutes_per_round: Option<u16>,
    fields: Option<Vec<Field>>,
}

enum AreasOrCount {
    Areas(Vec<Area>),
    Count(u8),
}

impl<'de> Deserialize<'de> for AreasOrCount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Either;
        impl<'de> Visitor<'de> for Either {
            type Value = AreasOrCount;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of areas or a number from 0 to 255")
            }

            fn visit_u64<E: de::Error>(self, n: u64) -> Result<AreasOrCount, E> {
                u8::try_from(n)
                    .map(AreasOrCount::Count)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(n), &self))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<AreasOrCount, A::Error> {
                Vec::deserialize(de::value::SeqAccessDeserializer::new(seq))
                    .map(AreasOrCount::Areas)
            }
        }
        deserializer.deserialize_any(Either)
    }
}

fn areas(value: Option<AreasOrCount>, name: &str) -> Result<Vec<Area>, String> {
    match need(value, name)? {
        AreasOrCount::Areas(areas) => Ok(areas),
        AreasOrCount::Count(_) => Err(format!(
            "invalid type: number at `{name}`, expected a list of areas"
        )),
    }
}

fn count(value: Option<AreasOrCount>, name: &str) -> Result<u8, String> {
    match need(value, name)? {
        AreasOrCount::Count(n) => Ok(n),
        AreasOrCount::Areas(_) => Err(format!(
            "invalid type: sequence at `{name}`, expected a number"
        )),
    }
}

impl TryFrom<RawTemplate> for MethodTemplate {
    type Error = String;

    fn try_from(raw: RawTemplate) -> Result<Self, String> {
        Ok(match raw.kind {
            Kind::Zones => MethodTemplate::Zones {
                zones: need(raw.zones, "zones")?,
            },
            Kind::Columns => MethodTemplate::Columns {
                columns: areas(raw.columns, "columns")?,
            },
            Kind::Rows => MethodTemplate::Rows {
                rows: areas(raw.rows, "rows")?,
            },
            Kind::Matrix => MethodTemplate::Matrix {
                x: need(raw.x, "x")?,
                y: need(raw.y, "y")?,
                quadrants: need(raw.quadrants, "quadrants")?,
            },
            Kind::Sentence => MethodTemplate::Sentence {
                slots: need(raw.slots, "slots")?,
                after: need(raw.after, "after")?,
            },
            Kind::Sequence => MethodTemplate::Sequence {
                panels: need(raw.panels, "panels")?,
                panel_label: need(raw.panel_label, "panelLabel")?,
                hints: raw.hints,
            },
            Kind::Rounds => MethodTemplate::Rounds {
                rounds: need(raw.rounds, "rounds")?,
                ideas_per_round: need(raw.ideas_per_round, "ideasPerRound")?,
                minutes_per_round: need(raw.minutes_per_round, "minutesPerRound")?,
            },
            Kind::Canvas => MethodTemplate::Canvas {
                columns: count(raw.columns, "columns")?,
                rows: count(raw.rows, "rows")?,
                fields: need(raw.fields, "fields")?,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Result<MethodTemplate, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn columns_are_areas_in_one_kind_and_a_grid_size_in_another() {
        let area = r#"{"key": "a", "label": {"de": "A", "en": "A"}}"#;
        let columns = read(&format!(r#"{{"kind": "columns", "columns": [{area}]}}"#)).unwrap();
        assert!(matches!(columns, MethodTemplate::Columns { columns } if columns.len() == 1));
        let canvas = read(r#"{"fields": [], "columns": 3, "rows": 2, "kind": "canvas"}"#).unwrap();
        assert_eq!(
            canvas,
            MethodTemplate::Canvas {
                columns: 3,
                rows: 2,
                fields: vec![]
            }
        );
        // What it writes, it reads.
        let written = serde_json::to_string(&canvas).unwrap();
        assert!(written.contains(r#""kind":"canvas""#), "{written}");
        assert_eq!(read(&written).unwrap(), canvas);
    }

    #[test]
    fn every_kind_reads_from_the_key_it_is_written_with() {
        for kind in Kind::ALL {
            let json = format!("\"{}\"", kind.key());
            assert_eq!(serde_json::from_str::<Kind>(&json).unwrap(), kind);
        }
    }

    #[test]
    fn a_kind_without_its_fields_or_with_the_wrong_shape_is_refused() {
        assert!(read(r#"{"kind": "zones"}"#)
            .unwrap_err()
            .starts_with("missing field `zones`"));
        assert!(read(r#"{"kind": "columns", "columns": 3}"#)
            .unwrap_err()
            .contains("expected a list of areas"));
        assert!(
            read(r#"{"kind": "canvas", "columns": [], "rows": 1, "fields": []}"#)
                .unwrap_err()
                .contains("expected a number")
        );
        assert!(read(r#"{"kind": "canvas", "columns": 300, "rows": 1, "fields": []}"#).is_err());
        assert!(read(r#"{"kind": "mindmap"}"#)
            .unwrap_err()
            .contains("unknown variant"));
    }
}
