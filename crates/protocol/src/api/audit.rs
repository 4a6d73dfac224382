//! The audit log, as read by administrators.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};

/// One audit event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct AuditEvent {
    /// Position in the server-wide chain, gap-free.
    pub seq: i64,
    /// When it happened.
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// Who did it: `user:<id>`, `token:<id>`, `cli`, `setup-link`, `anonymous`, or `sso` (an
    /// account created on a first single sign-on).
    pub actor: String,
    /// What was done, such as `user.created` or `auth.sign_in_failed`.
    pub action: String,
    /// What it was done to, such as `user:<id>`.
    pub target: String,
    /// Details of the change (never secrets).
    pub detail: serde_json::Value,
}

/// `GET /api/v1/audit` filters.
#[derive(Clone, Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// Only this action.
    pub action: Option<String>,
    /// Only this actor.
    pub actor: Option<String>,
    /// Only events at or after this time (RFC 3339).
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[param(value_type = Option<String>, format = DateTime)]
    pub since: Option<OffsetDateTime>,
    /// Only events before this time (RFC 3339).
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[param(value_type = Option<String>, format = DateTime)]
    pub until: Option<OffsetDateTime>,
    /// How many events, 1 to 200 (default 50; ignored by the CSV export).
    pub limit: Option<u32>,
    /// Opaque cursor from the previous page.
    pub cursor: Option<String>,
}

/// A page of audit events, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct AuditList {
    /// The events.
    pub items: Vec<AuditEvent>,
    /// Pass as `cursor` to get older events; absent on the last page.
    pub next_cursor: Option<String>,
}
