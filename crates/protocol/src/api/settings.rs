//! Per-tenant settings of remote help.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

/// The shortest and longest security-code lifetimes, in minutes.
pub const CODE_LIFETIME_MINUTES: std::ops::RangeInclusive<u32> = 1..=60;
/// The shortest and longest session-report retention, in days.
pub const REPORT_RETENTION_DAYS: std::ops::RangeInclusive<u32> = 1..=3650;

/// A tenant's settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct TenantSettings {
    /// Whether helpers may start remote help sessions at all. Default off.
    pub remote_help_enabled: bool,
    /// Whether help is allowed on devices that are not enrolled. Default off.
    pub unenrolled_help_enabled: bool,
    /// Whether sessions have a chat. Default on.
    pub chat_enabled: bool,
    /// How long a security code works, 1 to 60 minutes. Default 10.
    pub code_lifetime_minutes: u32,
    /// How long session reports are kept, 1 to 3650 days. Default 30.
    pub report_retention_days: u32,
    /// When they last changed (absent while all are defaults).
    #[serde(with = "time::serde::rfc3339::option")]
    pub updated_at: Option<OffsetDateTime>,
}

impl Default for TenantSettings {
    fn default() -> Self {
        Self {
            remote_help_enabled: false,
            unenrolled_help_enabled: false,
            chat_enabled: true,
            code_lifetime_minutes: 10,
            report_retention_days: 30,
            updated_at: None,
        }
    }
}

/// `PATCH /api/v1/tenant/settings`: only the fields present change.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateTenantSettings {
    /// Allow or stop remote help.
    pub remote_help_enabled: Option<bool>,
    /// Allow or stop help on unenrolled devices.
    pub unenrolled_help_enabled: Option<bool>,
    /// Turn chat on or off.
    pub chat_enabled: Option<bool>,
    /// Security-code lifetime, 1 to 60 minutes.
    #[schema(minimum = 1, maximum = 60)]
    pub code_lifetime_minutes: Option<u32>,
    /// Report retention, 1 to 3650 days.
    #[schema(minimum = 1, maximum = 3650)]
    pub report_retention_days: Option<u32>,
}
