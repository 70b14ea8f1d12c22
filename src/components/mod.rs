//! Reusable view pieces. Components read state from context and stay thin: logic lives in `model`.

pub mod dialog;
pub mod icons;
pub mod lang_switch;
pub mod shell;
