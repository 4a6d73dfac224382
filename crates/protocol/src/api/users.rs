//! Users of a tenant and their profile pictures.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

use crate::ids::{TenantId, UserId};
use crate::text::{DisplayName, Email, Password, ProfileText};

/// The largest profile picture accepted, in bytes.
pub const MAX_PICTURE_BYTES: usize = 256 * 1024;

/// A person in a tenant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct User {
    /// Their ID.
    pub id: UserId,
    /// Their tenant.
    pub tenant_id: TenantId,
    /// E-mail address, lower case; unique on this server.
    pub email: String,
    /// Full name.
    pub display_name: String,
    /// Job title, empty when unknown.
    pub job_title: String,
    /// Company, empty when unknown.
    pub company: String,
    /// Whether a profile picture is set (`GET /api/v1/users/{id}/picture`).
    pub has_picture: bool,
    /// Whether they administer the tenant.
    pub is_admin: bool,
    /// Whether sign-in is disabled.
    pub disabled: bool,
    /// When the account was created.
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// When the account last changed.
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// `POST /api/v1/users`.
#[derive(Clone, Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateUser {
    /// E-mail address; must not be used by another account on this server.
    pub email: Email,
    /// Full name.
    pub display_name: DisplayName,
    /// Job title.
    #[serde(default)]
    pub job_title: Option<ProfileText>,
    /// Company.
    #[serde(default)]
    pub company: Option<ProfileText>,
    /// Initial password; without one the account can only sign in by single sign-on or after
    /// a recovery link.
    #[serde(default)]
    pub password: Option<Password>,
    /// Whether they administer the tenant (the same as `role: "administrator"`).
    #[serde(default)]
    pub is_admin: bool,
    /// What the person gets: `member` (the default), `helper` (added to the Help desk group,
    /// as `POST /api/v1/helpers` does) or `administrator` (a tenant owner; only an owner may
    /// make one).
    #[serde(default)]
    pub role: Option<NewUserRole>,
}

/// The role a new account gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum NewUserRole {
    /// Signs in, asks for help and shares their screen; no more.
    Member,
    /// A member of the Help desk group: offers remote help to anyone in the organisation.
    Helper,
    /// A tenant owner: administers everything and may help anyone.
    Administrator,
}

/// `PATCH /api/v1/users/{id}`: only the fields present change.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateUser {
    /// New full name.
    pub display_name: Option<DisplayName>,
    /// New job title (empty clears it).
    pub job_title: Option<ProfileText>,
    /// New company (empty clears it).
    pub company: Option<ProfileText>,
    /// Grant or remove tenant administration.
    pub is_admin: Option<bool>,
    /// Disable or enable sign-in; disabling also ends their sessions and revokes their tokens.
    pub disabled: Option<bool>,
    /// New password; also ends their sessions.
    pub password: Option<Password>,
}

/// `PATCH /api/v1/me`: the caller changes their own profile; only the fields present change.
/// Refused with `profile_managed` while the organisation's single sign-on manages it
/// (`Me.profile_managed`).
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateProfile {
    /// New full name.
    pub display_name: Option<DisplayName>,
    /// New job title (empty clears it).
    pub job_title: Option<ProfileText>,
    /// New company (empty clears it).
    pub company: Option<ProfileText>,
}

/// A page of users.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct UserList {
    /// The users, oldest first.
    pub items: Vec<User>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}
