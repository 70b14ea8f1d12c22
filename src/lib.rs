//! Querwerk: workshop facilitation for cross-innovation teams, as a client-side Leptos app.
//!
//! Layers, each importing only from the ones before it in this list:
//! `model` (pure domain) → `commands` (the only way to change it, with undo) → `format` (the versioned file
//! format) → `live` (the live room's encrypted shared document) → `i18n` → `browser` and `persistence` (web
//! APIs) → `state` (stores in context) → `components` → `routes` → `app`. The first five are pure Rust and
//! tested natively.

pub mod commands;
pub mod format;
pub mod i18n;
pub mod live;
pub mod model;

pub mod browser;
pub mod persistence;

pub mod app;
pub mod components;
pub mod routes;
pub mod state;

pub use app::App;
