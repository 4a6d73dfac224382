//! Local sign-in, sign-out, the signed-in user, and their browser sessions.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

use crate::api::tenants::Tenant;
use crate::api::users::User;
use crate::ids::SignInSessionId;

/// `POST /api/v1/auth/sign-in`.
#[derive(Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignIn {
    /// The account's e-mail address.
    pub email: String,
    /// The account's password.
    #[schema(format = Password)]
    pub password: String,
    /// For accounts with a second factor: the authenticator code or a recovery code. Without
    /// it such an account gets `second_factor_required`.
    #[serde(default)]
    pub second_factor_code: Option<String>,
}

impl std::fmt::Debug for SignIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignIn")
            .field("email", &self.email)
            .finish_non_exhaustive()
    }
}

/// `GET /api/v1/me`: who is signed in, and how.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Me {
    /// The signed-in user.
    pub user: User,
    /// Their tenant.
    pub tenant: Tenant,
    /// How the request was authenticated.
    pub via: AuthMethod,
    /// Whether this sign-in used a second factor.
    pub second_factor: bool,
    /// What the user's roles allow somewhere in the tenant (for showing and hiding controls;
    /// the server checks every call, with its scope).
    pub permissions: Vec<crate::api::roles::Permission>,
}

/// How a request was authenticated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AuthMethod {
    /// A browser session cookie.
    Cookie,
    /// A bearer API token.
    ApiToken,
}

/// A signed-in browser session, as the user sees it in "where you are signed in".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SignInSession {
    /// Its ID, used to revoke it.
    pub id: SignInSessionId,
    /// When the user signed in.
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// When it was last used (to the minute).
    #[serde(with = "time::serde::rfc3339")]
    pub last_seen_at: OffsetDateTime,
    /// When it ends unless revoked first.
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
    /// The client address it signed in from.
    pub client_address: String,
    /// The browser's user agent, trimmed.
    pub user_agent: String,
    /// Whether this is the session making the request.
    pub current: bool,
}
