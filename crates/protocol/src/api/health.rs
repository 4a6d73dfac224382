//! Liveness and readiness probes.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// `GET /healthz` and `GET /readyz` answer with this.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Health {
    /// `ok` when healthy.
    pub status: String,
    /// The server's version.
    pub version: String,
}
