//! How a method's template arranges its zones on screen: columns, rows, a 2×2 matrix with axes, a sentence with
//! gaps, numbered panels, writing rounds, or a canvas of fields on a grid. Read from the method catalogue by the
//! board's method id; without it (still loading, or an unknown method) the zones simply sit side by side.

use crate::model::method::{Axis, GridArea, MethodTemplate};
use crate::model::LocalText;

/// What a zone shows beyond its label.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ZoneExtra {
    /// The question the area asks.
    pub hint: Option<LocalText>,
    /// Its place on a canvas grid.
    pub area: Option<GridArea>,
}

/// A sentence board: each gap's zone key with the words before it, and the words after the last gap.
pub type SentenceParts = (Vec<(String, Option<LocalText>)>, LocalText);

#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// CSS modifier of the zones container (`board__zones--canvas`…).
    pub kind: &'static str,
    /// Canvas columns, for the grid.
    pub columns: Option<u8>,
    extras: Vec<(String, ZoneExtra)>,
    pub axes: Option<(Axis, Axis)>,
    pub sentence: Option<SentenceParts>,
}

impl Layout {
    pub fn of(template: &MethodTemplate) -> Layout {
        let mut layout = Layout {
            kind: "zones",
            columns: None,
            extras: Vec::new(),
            axes: None,
            sentence: None,
        };
        let hinted = |key: &str, hint: &Option<LocalText>| {
            (
                key.to_owned(),
                ZoneExtra {
                    hint: hint.clone(),
                    area: None,
                },
            )
        };
        match template {
            MethodTemplate::Zones { zones } => {
                layout.extras = zones.iter().map(|a| hinted(&a.key, &a.hint)).collect();
            }
            MethodTemplate::Columns { columns } => {
                layout.kind = "columns";
                layout.extras = columns.iter().map(|a| hinted(&a.key, &a.hint)).collect();
            }
            MethodTemplate::Rows { rows } => {
                layout.kind = "rows";
                layout.extras = rows.iter().map(|a| hinted(&a.key, &a.hint)).collect();
            }
            MethodTemplate::Matrix { x, y, quadrants } => {
                layout.kind = "matrix";
                layout.extras = quadrants.iter().map(|a| hinted(&a.key, &a.hint)).collect();
                layout.axes = Some(((**x).clone(), (**y).clone()));
            }
            MethodTemplate::Sentence { slots, after } => {
                layout.kind = "sentence";
                layout.extras = slots.iter().map(|s| hinted(&s.key, &s.hint)).collect();
                let gaps = slots
                    .iter()
                    .map(|s| (s.key.clone(), s.before.clone()))
                    .collect();
                layout.sentence = Some((gaps, after.clone()));
            }
            MethodTemplate::Sequence { hints, .. } => {
                layout.kind = "sequence";
                layout.extras = hints
                    .iter()
                    .enumerate()
                    .map(|(i, h)| hinted(&format!("panel-{}", i + 1), &Some(h.clone())))
                    .collect();
            }
            MethodTemplate::Rounds { .. } => layout.kind = "rounds",
            MethodTemplate::Canvas {
                columns, fields, ..
            } => {
                layout.kind = "canvas";
                layout.columns = Some(*columns);
                layout.extras = fields
                    .iter()
                    .map(|f| {
                        (
                            f.key.clone(),
                            ZoneExtra {
                                hint: f.hint.clone(),
                                area: Some(f.area),
                            },
                        )
                    })
                    .collect();
            }
        }
        layout
    }

    pub fn extra(&self, key: &str) -> ZoneExtra {
        self.extras
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, e)| e.clone())
            .unwrap_or_default()
    }
}
