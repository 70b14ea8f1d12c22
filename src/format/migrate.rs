//! Upgrading old files one version at a time (the tldraw pattern: an explicit, checked sequence of steps).
//!
//! To change the format: bump `CURRENT_VERSION`, append `(old_version, step)` to [`MIGRATIONS`], add a fixture
//! `tests/fixtures/v<old>-….querwerk.json` written by the old version (never edit old fixtures), and keep the step
//! pure: it receives the whole envelope as JSON and returns it in the next version's shape.

use super::{ImportError, MigrationError, CURRENT_VERSION};
use serde_json::Value;

/// One step: turns an envelope of version `n` into version `n + 1`.
pub type Migration = fn(Value) -> Result<Value, MigrationError>;

/// `(source version, step)`, one entry for every version from 1 to `CURRENT_VERSION - 1`, in order.
pub const MIGRATIONS: &[(u32, Migration)] = &[(1, v1_to_v2)];

/// Version 2 only added to what version 1 holds (the question pitch's own jury check, new criteria and jury
/// questions), so a version 1 file reads as it is; its one jury check stays the result pitch's.
fn v1_to_v2(value: Value) -> Result<Value, MigrationError> {
    Ok(value)
}

/// Upgrades an envelope of version `from` to `CURRENT_VERSION`.
pub fn upgrade(value: Value, from: u32) -> Result<Value, ImportError> {
    run_chain(MIGRATIONS, value, from, CURRENT_VERSION)
}

/// Runs the steps of `chain` from `from` up to `to`, one version at a time. Public so the chain mechanics can be
/// tested with a fake chain before a real second version exists.
pub fn run_chain(
    chain: &[(u32, Migration)],
    mut value: Value,
    from: u32,
    to: u32,
) -> Result<Value, ImportError> {
    for version in from..to {
        let step = chain
            .iter()
            .find(|(source, _)| *source == version)
            .map(|(_, step)| step)
            .ok_or(ImportError::Migration {
                from: version,
                source: MigrationError::MissingStep(version),
            })?;
        value = step(value).map_err(|source| ImportError::Migration {
            from: version,
            source,
        })?;
    }
    Ok(value)
}
