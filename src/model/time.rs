//! Time as plain data: the caller passes `now`, so the model stays deterministic and testable.

use serde::{Deserialize, Serialize};

/// Milliseconds since the Unix epoch (what `Date.now()` returns in the browser).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Timestamp(pub i64);
