//! One-time setup links: creating the first tenant and administrator, and password recovery.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

use crate::text::{DisplayName, Email, Password, ProfileText, TenantName};

/// What a setup link is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SetupPurpose {
    /// Create a new tenant and its first administrator.
    FirstAdmin,
    /// Choose a new password for an existing account.
    PasswordReset,
}

/// `POST /api/v1/setup/inspect`: what a link is for, before the form is shown.
#[derive(Clone, Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InspectSetupLink {
    /// The secret from the link (the part after `#`).
    pub token: String,
}

/// Answer to [`InspectSetupLink`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SetupLinkInfo {
    /// What the link does.
    pub purpose: SetupPurpose,
    /// For a password reset, whose password.
    pub email: Option<String>,
    /// When the link stops working.
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
}

/// `POST /api/v1/setup/first-admin`: create the tenant and its administrator, and sign in.
#[derive(Clone, Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CompleteFirstAdmin {
    /// The secret from the link.
    pub token: String,
    /// The organisation's name.
    pub tenant_name: TenantName,
    /// The administrator's e-mail address, used to sign in.
    pub email: Email,
    /// The administrator's full name.
    pub display_name: DisplayName,
    /// Job title (optional).
    #[serde(default)]
    pub job_title: Option<ProfileText>,
    /// Company (optional; the tenant's name is shown when empty).
    #[serde(default)]
    pub company: Option<ProfileText>,
    /// The password to sign in with.
    pub password: Password,
}

/// `POST /api/v1/setup/password-reset`: set a new password with a recovery link.
#[derive(Clone, Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CompletePasswordReset {
    /// The secret from the link.
    pub token: String,
    /// The new password.
    pub password: Password,
}
