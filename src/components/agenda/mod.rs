//! The agenda of the day: planning it (`editor`, one `row` per item) and running it (`run`): each item opens its
//! board and starts its clock, and the bar shows what comes next and whether the day runs ahead of or behind
//! its plan.

mod editor;
mod names;
mod row;
mod run;

pub use editor::AgendaEditor;
pub use names::item_name;
pub use run::AgendaRunBar;
