//! The board a method needs, by kind. Every kind can become plain zones today ([`MethodTemplate::zones`]); the
//! extra structure (axes, sentence order, grid positions) is there for the views that will draw it.

use super::{TextRef, TextRole};
use crate::model::{LocalText, Zone};
use serde::{Deserialize, Serialize};

/// A labelled area: a zone, column, row or quadrant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Area {
    /// Stable ASCII kebab-case key; becomes the zone key stored with every note, so never rename one.
    pub key: String,
    pub label: LocalText,
    /// The question this area asks, shown inside the empty area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<LocalText>,
}

/// One axis of a matrix; `low` is at the left (x) or bottom (y), `high` at the right or top.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Axis {
    pub label: LocalText,
    pub low: LocalText,
    pub high: LocalText,
}

/// A gap in a sentence that the team fills in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    pub key: String,
    pub label: LocalText,
    /// The fixed words in front of the gap, if any (see [`join_sentence`] for spacing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<LocalText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<LocalText>,
}

/// Where a canvas field sits, like CSS grid: `col` and `row` start at 1; spans default to 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GridArea {
    pub col: u8,
    pub row: u8,
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub col_span: u8,
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub row_span: u8,
}

fn one() -> u8 {
    1
}

fn is_one(n: &u8) -> bool {
    *n == 1
}

impl GridArea {
    /// Every `(col, row)` cell the area covers (1-based).
    pub fn cells(self) -> impl Iterator<Item = (u8, u8)> {
        let cols = self.col..self.col.saturating_add(self.col_span);
        let rows = self.row..self.row.saturating_add(self.row_span);
        rows.flat_map(move |r| cols.clone().map(move |c| (c, r)))
    }
}

/// A field of a canvas: an area with a place on the grid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    pub key: String,
    pub label: LocalText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<LocalText>,
    pub area: GridArea,
}

/// The board a method needs. Tagged by `"kind"` in JSON; read through `raw_template::RawTemplate` (see there
/// why).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    try_from = "super::raw_template::RawTemplate"
)]
pub enum MethodTemplate {
    /// Labelled areas with no order or axis, e.g. the empathy map.
    Zones { zones: Vec<Area> },
    /// Areas side by side, read left to right.
    Columns { columns: Vec<Area> },
    /// Areas stacked, read top to bottom (SCAMPER prompts, journey lanes).
    Rows { rows: Vec<Area> },
    /// A 2×2 grid where position means something. `quadrants` in reading order: top left (x low, y high),
    /// top right, bottom left, bottom right. (Axes are boxed to keep every template small.)
    Matrix {
        x: Box<Axis>,
        y: Box<Axis>,
        quadrants: Vec<Area>,
    },
    /// A sentence with gaps: `before` of each slot, the slot, …, then `after` (usually a full stop or question mark).
    Sentence { slots: Vec<Slot>, after: LocalText },
    /// Numbered panels in order (zones `panel-1`…), labelled `panelLabel` + number; `hints` go with the first panels.
    Sequence {
        panels: u8,
        panel_label: LocalText,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        hints: Vec<LocalText>,
    },
    /// Timed writing rounds (zones `round-1`…), each collecting `ideasPerRound` ideas per person.
    Rounds {
        rounds: u8,
        ideas_per_round: u8,
        minutes_per_round: u16,
    },
    /// Fields laid out on a `columns` × `rows` grid that they cover completely, without overlapping.
    Canvas {
        columns: u8,
        rows: u8,
        fields: Vec<Field>,
    },
}

/// The kind of a template, without its data; read from `"kind"` (as [`TemplateKind::key`] writes it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum TemplateKind {
    Zones,
    Columns,
    Rows,
    Matrix,
    Sentence,
    Sequence,
    Rounds,
    Canvas,
}

impl TemplateKind {
    pub const ALL: [TemplateKind; 8] = [
        TemplateKind::Zones,
        TemplateKind::Columns,
        TemplateKind::Rows,
        TemplateKind::Matrix,
        TemplateKind::Sentence,
        TemplateKind::Sequence,
        TemplateKind::Rounds,
        TemplateKind::Canvas,
    ];

    /// The `"kind"` value in JSON.
    pub fn key(self) -> &'static str {
        match self {
            TemplateKind::Zones => "zones",
            TemplateKind::Columns => "columns",
            TemplateKind::Rows => "rows",
            TemplateKind::Matrix => "matrix",
            TemplateKind::Sentence => "sentence",
            TemplateKind::Sequence => "sequence",
            TemplateKind::Rounds => "rounds",
            TemplateKind::Canvas => "canvas",
        }
    }
}

fn area_zone(key: &str, label: &LocalText) -> Zone {
    Zone {
        key: key.to_owned(),
        label: label.clone(),
    }
}

fn numbered(prefix: &str, de: &str, en: &str, count: u8) -> Vec<Zone> {
    (1..=count)
        .map(|n| {
            Zone::new(
                format!("{prefix}-{n}"),
                format!("{de} {n}"),
                format!("{en} {n}"),
            )
        })
        .collect()
}

impl MethodTemplate {
    pub fn kind(&self) -> TemplateKind {
        match self {
            MethodTemplate::Zones { .. } => TemplateKind::Zones,
            MethodTemplate::Columns { .. } => TemplateKind::Columns,
            MethodTemplate::Rows { .. } => TemplateKind::Rows,
            MethodTemplate::Matrix { .. } => TemplateKind::Matrix,
            MethodTemplate::Sentence { .. } => TemplateKind::Sentence,
            MethodTemplate::Sequence { .. } => TemplateKind::Sequence,
            MethodTemplate::Rounds { .. } => TemplateKind::Rounds,
            MethodTemplate::Canvas { .. } => TemplateKind::Canvas,
        }
    }

    /// The labelled areas of zones, columns, rows and matrix quadrants (empty for the other kinds).
    pub fn areas(&self) -> &[Area] {
        match self {
            MethodTemplate::Zones { zones: a }
            | MethodTemplate::Columns { columns: a }
            | MethodTemplate::Rows { rows: a }
            | MethodTemplate::Matrix { quadrants: a, .. } => a,
            _ => &[],
        }
    }

    /// The zones a board made from this template gets, in display order.
    pub fn zones(&self) -> Vec<Zone> {
        match self {
            MethodTemplate::Zones { .. }
            | MethodTemplate::Columns { .. }
            | MethodTemplate::Rows { .. }
            | MethodTemplate::Matrix { .. } => self
                .areas()
                .iter()
                .map(|a| area_zone(&a.key, &a.label))
                .collect(),
            MethodTemplate::Sentence { slots, .. } => {
                slots.iter().map(|s| area_zone(&s.key, &s.label)).collect()
            }
            MethodTemplate::Sequence {
                panels,
                panel_label,
                ..
            } => numbered("panel", &panel_label.de, &panel_label.en, *panels),
            MethodTemplate::Rounds { rounds, .. } => numbered("round", "Runde", "Round", *rounds),
            MethodTemplate::Canvas { fields, .. } => {
                fields.iter().map(|f| area_zone(&f.key, &f.label)).collect()
            }
        }
    }

    /// The JSON name of the list holding the keyed parts (`"quadrants"`), or `""` for kinds without keys.
    fn list_name(&self) -> &'static str {
        match self {
            MethodTemplate::Zones { .. } => "zones",
            MethodTemplate::Columns { .. } => "columns",
            MethodTemplate::Rows { .. } => "rows",
            MethodTemplate::Matrix { .. } => "quadrants",
            MethodTemplate::Sentence { .. } => "slots",
            MethodTemplate::Canvas { .. } => "fields",
            MethodTemplate::Sequence { .. } | MethodTemplate::Rounds { .. } => "",
        }
    }

    /// Every key the data names (areas, slots, fields) with its path (`fields[2].key`). Sequence and rounds
    /// generate theirs (`panel-1`…), so they have none here.
    pub fn keys(&self) -> Vec<(String, &str)> {
        let keys: Vec<&str> = match self {
            MethodTemplate::Sentence { slots, .. } => {
                slots.iter().map(|s| s.key.as_str()).collect()
            }
            MethodTemplate::Canvas { fields, .. } => {
                fields.iter().map(|f| f.key.as_str()).collect()
            }
            _ => self.areas().iter().map(|a| a.key.as_str()).collect(),
        };
        let name = self.list_name();
        keys.into_iter()
            .enumerate()
            .map(|(i, key)| (format!("{name}[{i}].key"), key))
            .collect()
    }

    /// Every text of the template with its path relative to the template (`quadrants[1].hint`) and its role.
    pub fn texts(&self) -> Vec<TextRef<'_>> {
        let mut out = Vec::new();
        let mut push = |path: String, role, text| out.push(TextRef { path, role, text });
        match self {
            MethodTemplate::Zones { .. }
            | MethodTemplate::Columns { .. }
            | MethodTemplate::Rows { .. }
            | MethodTemplate::Matrix { .. } => {
                if let MethodTemplate::Matrix { x, y, .. } = self {
                    for (name, axis) in [("x", &**x), ("y", &**y)] {
                        push(format!("{name}.label"), TextRole::Label, &axis.label);
                        push(format!("{name}.low"), TextRole::Label, &axis.low);
                        push(format!("{name}.high"), TextRole::Label, &axis.high);
                    }
                }
                let name = self.list_name();
                for (i, area) in self.areas().iter().enumerate() {
                    push(format!("{name}[{i}].label"), TextRole::Label, &area.label);
                    if let Some(hint) = &area.hint {
                        push(format!("{name}[{i}].hint"), TextRole::Line, hint);
                    }
                }
            }
            MethodTemplate::Sentence { slots, after } => {
                for (i, slot) in slots.iter().enumerate() {
                    if let Some(before) = &slot.before {
                        push(format!("slots[{i}].before"), TextRole::Label, before);
                    }
                    push(format!("slots[{i}].label"), TextRole::Label, &slot.label);
                    if let Some(hint) = &slot.hint {
                        push(format!("slots[{i}].hint"), TextRole::Line, hint);
                    }
                }
                push("after".to_owned(), TextRole::Label, after);
            }
            MethodTemplate::Sequence {
                panel_label, hints, ..
            } => {
                push("panelLabel".to_owned(), TextRole::Label, panel_label);
                for (i, hint) in hints.iter().enumerate() {
                    push(format!("hints[{i}]"), TextRole::Line, hint);
                }
            }
            MethodTemplate::Rounds { .. } => {}
            MethodTemplate::Canvas { fields, .. } => {
                for (i, field) in fields.iter().enumerate() {
                    push(format!("fields[{i}].label"), TextRole::Label, &field.label);
                    if let Some(hint) = &field.hint {
                        push(format!("fields[{i}].hint"), TextRole::Line, hint);
                    }
                }
            }
        }
        out
    }
}

/// Joins sentence parts with single spaces, except that a part starting with punctuation (`,.;:?!`) attaches to the
/// one before it: `["Wie könnten wir", "…", ", damit", "…", "?"]` reads „Wie könnten wir …, damit …?“.
/// Empty parts are skipped.
pub fn join_sentence(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        let attaches = part.starts_with([',', '.', ';', ':', '?', '!']);
        if !out.is_empty() && !attaches {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}
