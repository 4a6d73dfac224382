//! Local sign-in (browsers and apps), sign-out, the signed-in user, and their sign-in sessions.

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

/// `POST /api/v1/auth/app/sign-in`: a native app (the Assist app) signs in with the same
/// checks as [`SignIn`], and gets a bearer token instead of a cookie.
#[derive(Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AppSignIn {
    /// The account's e-mail address.
    pub email: String,
    /// The account's password.
    #[schema(format = Password)]
    pub password: String,
    /// For accounts with a second factor: the authenticator code or a recovery code. Without
    /// it such an account gets `second_factor_required`.
    #[serde(default)]
    pub second_factor_code: Option<String>,
    /// What is signing in, shown in "where you are signed in", such as "Assist app 0.1.0 on
    /// host-x": 1 to 100 characters, no control characters.
    #[serde(default)]
    #[schema(example = "Assist app 0.1.0 on host-x")]
    pub app: Option<String>,
}

impl std::fmt::Debug for AppSignIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppSignIn")
            .field("email", &self.email)
            .field("app", &self.app)
            .finish_non_exhaustive()
    }
}

/// `POST /api/v1/auth/app/token`: redeems the one-time code that single sign-on sent to the
/// app's loopback redirect URI, with the PKCE verifier whose challenge started the sign-in.
#[derive(Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AppTokenRequest {
    /// The `code` parameter the app's redirect URI received.
    pub code: String,
    /// The PKCE code verifier (RFC 7636): 43 to 128 characters of `A-Z a-z 0-9 - . _ ~`.
    pub code_verifier: String,
    /// What is signing in, as in [`AppSignIn::app`].
    #[serde(default)]
    pub app: Option<String>,
}

impl std::fmt::Debug for AppTokenRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppTokenRequest")
            .field("app", &self.app)
            .finish_non_exhaustive()
    }
}

/// Answer to [`AppSignIn`] and [`AppTokenRequest`]: a sign-in session for the app, sent as
/// `Authorization: Bearer <token>`. It lasts as long as a browser sign-in, is listed with the
/// user's sessions and ends with `POST /api/v1/auth/sign-out` or when revoked.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AppToken {
    /// The bearer token (prefix `asa_`); shown once, stored only hashed.
    pub token: String,
    /// When it ends unless revoked first.
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
}

impl std::fmt::Debug for AppToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppToken")
            .field("expires_at", &self.expires_at)
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
    /// Whether the organisation manages the user's name, job title and company: their account
    /// is linked to the organisation's single sign-on, which is on. They cannot change these
    /// themselves then (`PATCH /api/v1/me` answers `profile_managed`); an administrator can.
    pub profile_managed: bool,
}

/// How a request was authenticated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AuthMethod {
    /// A browser session cookie.
    Cookie,
    /// A bearer API token.
    ApiToken,
    /// A bearer token from an app sign-in (`POST /api/v1/auth/app/sign-in` or single sign-on).
    App,
}

/// What holds a sign-in session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SignInKind {
    /// A browser, with the session cookie.
    Browser,
    /// A native app (the Assist app), with a bearer token.
    App,
}

/// A sign-in session (a browser's or an app's), as the user sees it in "where you are signed
/// in".
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
    /// The browser's (or app's) user agent, trimmed.
    pub user_agent: String,
    /// A browser or an app.
    pub kind: SignInKind,
    /// The app's own label, when an app gave one at sign-in.
    pub app: Option<String>,
    /// Whether this is the session making the request.
    pub current: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_stay_out_of_debug_output() {
        let sign_in: AppSignIn = serde_json::from_str(
            r#"{"email": "ada@contoso.com", "password": "hunter2-password", "app": "Assist app"}"#,
        )
        .expect("valid");
        assert!(!format!("{sign_in:?}").contains("hunter2"));
        let exchange: AppTokenRequest =
            serde_json::from_str(r#"{"code": "asc_code-value", "code_verifier": "the-verifier"}"#)
                .expect("valid");
        let shown = format!("{exchange:?}");
        assert!(
            !shown.contains("code-value") && !shown.contains("the-verifier"),
            "{shown}"
        );
        let token = AppToken {
            token: "asa_token-value".to_owned(),
            expires_at: OffsetDateTime::UNIX_EPOCH,
        };
        assert!(!format!("{token:?}").contains("token-value"));
        assert!(
            serde_json::from_str::<AppTokenRequest>(
                r#"{"code": "x", "code_verifier": "y", "extra": 1}"#
            )
            .is_err()
        );
    }
}
