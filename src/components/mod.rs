//! Reusable view pieces. Components read state from context and stay thin: logic lives in `model`.

pub mod agenda;
pub mod board;
pub mod boards;
pub mod dialog;
pub mod export;
pub mod icons;
pub mod import;
pub mod journey;
pub mod lang_switch;
pub mod live;
pub mod merge;
pub mod method_bar;
pub mod methods;
pub mod new_workshop;
pub mod pitch;
pub mod projector;
pub mod room;
pub mod save_status;
pub mod shell;
pub mod shortcuts;
pub mod storage_notices;
pub mod storage_panel;
pub mod team;
pub mod timer;
pub mod undo_keys;
pub mod workshop_header;
