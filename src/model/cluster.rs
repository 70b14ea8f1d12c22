//! Clusters group notes on one board (affinity mapping). Notes point at their cluster, not the other way round,
//! so moving a note between clusters touches one item only (one `updated` to merge).

use super::{ClusterId, Timestamp};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Cluster {
    pub id: ClusterId,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub collapsed: bool,
    #[serde(default)]
    pub updated: Timestamp,
    #[serde(default)]
    pub deleted: bool,
}

impl Cluster {
    pub fn new(name: impl Into<String>, now: Timestamp) -> Self {
        Cluster {
            id: ClusterId::new(),
            name: name.into(),
            collapsed: false,
            updated: now,
            deleted: false,
        }
    }
}
