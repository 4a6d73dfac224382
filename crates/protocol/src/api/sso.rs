//! Single sign-on with an OpenID Connect provider, configured per tenant. The client secret is
//! write-only: requests may carry it, responses only say whether one is set.

use std::fmt;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};

/// The scopes requested when none are configured.
pub const DEFAULT_SCOPES: [&str; 3] = ["openid", "email", "profile"];
/// The default label of the sign-in button.
pub const DEFAULT_BUTTON_LABEL: &str = "Sign in with single sign-on";

/// Which ID token claims fill a user's profile: a new user's (picture included), and the name,
/// job title and company of a linked account again at each sign-in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SsoClaimNames {
    /// The full name. Default `name`.
    #[serde(default = "default_display_name")]
    pub display_name: String,
    /// The job title. Default `job_title`.
    #[serde(default = "default_job_title")]
    pub job_title: String,
    /// The company. Default `company`.
    #[serde(default = "default_company")]
    pub company: String,
    /// The URL of a profile picture (PNG or JPEG, at most 256 KiB). Default `picture`.
    #[serde(default = "default_picture")]
    pub picture: String,
}

fn default_display_name() -> String {
    "name".to_owned()
}

fn default_job_title() -> String {
    "job_title".to_owned()
}

fn default_company() -> String {
    "company".to_owned()
}

fn default_picture() -> String {
    "picture".to_owned()
}

impl Default for SsoClaimNames {
    fn default() -> Self {
        Self {
            display_name: default_display_name(),
            job_title: default_job_title(),
            company: default_company(),
            picture: default_picture(),
        }
    }
}

/// `GET /api/v1/tenant/sso`: the tenant's single sign-on configuration, or the defaults while
/// there is none. Never the client secret.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SsoConfig {
    /// Whether the tenant has a configuration at all.
    pub configured: bool,
    /// Whether people may sign in with it.
    pub enabled: bool,
    /// The provider's issuer URL (discovery is at `{issuer}/.well-known/openid-configuration`).
    pub issuer: Option<String>,
    /// The client ID registered at the provider.
    pub client_id: Option<String>,
    /// Whether a client secret is set (it is never shown).
    pub client_secret_set: bool,
    /// The scopes requested; `openid` is always among them.
    pub scopes: Vec<String>,
    /// Which claims fill a user's profile.
    pub claims: SsoClaimNames,
    /// The label of the sign-in button.
    pub button_label: String,
    /// The redirect URI to register at the provider.
    pub redirect_uri: String,
    /// When the configuration last changed.
    #[serde(with = "time::serde::rfc3339::option")]
    pub updated_at: Option<OffsetDateTime>,
}

/// `PUT /api/v1/tenant/sso`: replaces the configuration. The issuer is checked by fetching its
/// discovery document, so a wrong URL is refused before anyone depends on it.
#[derive(Clone, Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PutSsoConfig {
    /// The provider's issuer URL: `https://`, or `http://` on a loopback address (development).
    pub issuer: String,
    /// The client ID registered at the provider.
    pub client_id: String,
    /// The client secret. Omitted: the one already set is kept (none for a new configuration,
    /// which makes a public client that relies on PKCE alone).
    #[serde(default)]
    pub client_secret: Option<ClientSecret>,
    /// The scopes to request. Default `openid email profile`; `openid` is added when missing.
    #[serde(default)]
    pub scopes: Option<Vec<String>>,
    /// Which claims fill a user's profile; omitted names take their defaults.
    #[serde(default)]
    pub claims: Option<SsoClaimNames>,
    /// Whether people may sign in with it. Default true.
    #[serde(default = "default_enabled")]
    pub enabled: bool,
    /// The label of the sign-in button, 1 to 100 characters.
    #[serde(default)]
    pub button_label: Option<String>,
}

fn default_enabled() -> bool {
    true
}

/// A client secret. Its `Debug` output never shows it, and it is never serialised back out.
#[derive(Clone, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(transparent)]
#[schema(value_type = String, format = Password)]
pub struct ClientSecret(String);

impl ClientSecret {
    /// Wraps a secret.
    #[must_use]
    pub fn new(secret: impl Into<String>) -> Self {
        Self(secret.into())
    }

    /// The secret, to authenticate at the provider.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ClientSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ClientSecret(<redacted>)")
    }
}

/// `GET /api/v1/auth/sso/start`: who is signing in, and, for a native app (RFC 8252), where
/// the app waits and the PKCE challenge that binds the answer to it. The app parameters come
/// all together (`app_redirect_uri`, `code_challenge`, `code_challenge_method`, and optionally
/// `app_state`) or not at all.
#[derive(Clone, Debug, Default, Deserialize, Serialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SsoStart {
    /// The person's e-mail address: its domain names the organisation (a verified domain),
    /// and the provider receives it as `login_hint`.
    pub email: String,
    /// Native apps: the loopback address the app listens on, `http://127.0.0.1:<port>/<path>`
    /// or `http://[::1]:<port>/<path>` (no host name, query or fragment). The sign-in ends
    /// with a redirect there carrying `code` (or `error`) and `state`.
    #[serde(default)]
    #[param(example = "http://127.0.0.1:49152/callback")]
    pub app_redirect_uri: Option<String>,
    /// Native apps: an opaque value of at most 256 characters, sent back as `state`.
    #[serde(default)]
    pub app_state: Option<String>,
    /// Native apps: the PKCE code challenge (RFC 7636), BASE64URL(SHA-256(code_verifier))
    /// without padding: 43 to 128 characters.
    #[serde(default)]
    pub code_challenge: Option<String>,
    /// Native apps: `S256`, the only method accepted.
    #[serde(default)]
    pub code_challenge_method: Option<String>,
}

/// `GET /api/v1/auth/sso/callback`: the provider's authorisation response. Unknown parameters
/// are allowed, because providers add their own (`session_state`, ...).
#[derive(Clone, Default, Deserialize, Serialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SsoCallback {
    /// The authorisation code.
    pub code: Option<String>,
    /// The state sent with the authorisation request.
    pub state: Option<String>,
    /// The issuer that answered (RFC 9207), checked when present.
    pub iss: Option<String>,
    /// The provider's error code, when it refused.
    pub error: Option<String>,
    /// The provider's explanation of `error`.
    pub error_description: Option<String>,
}

impl fmt::Debug for SsoCallback {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The code is a bearer credential until it is redeemed.
        f.debug_struct("SsoCallback")
            .field("iss", &self.iss)
            .field("error", &self.error)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_stay_out_of_debug_output() {
        let input: PutSsoConfig = serde_json::from_str(
            r#"{"issuer": "https://idp.example", "client_id": "assist", "client_secret": "hunter2-secret"}"#,
        )
        .expect("valid");
        let shown = format!("{input:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(input.enabled);
        let callback = SsoCallback {
            code: Some("the-code".into()),
            ..SsoCallback::default()
        };
        assert!(!format!("{callback:?}").contains("the-code"));
    }

    #[test]
    fn claim_names_default_one_by_one() {
        let names: SsoClaimNames =
            serde_json::from_str(r#"{"job_title": "title"}"#).expect("valid");
        assert_eq!(names.job_title, "title");
        assert_eq!(names.display_name, "name");
        assert!(
            serde_json::from_str::<PutSsoConfig>(
                r#"{"issuer": "x", "client_id": "y", "extra": 1}"#
            )
            .is_err()
        );
    }
}

/// `GET /api/v1/auth/sso`: whether single sign-on can work on this server at all, so that the
/// sign-in page offers it only then. True when some organisation has single sign-on turned on
/// and a verified domain, which is how a sign-in finds it from an e-mail address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SsoAvailability {
    /// Single sign-on can work for some e-mail domain.
    pub available: bool,
}

/// `GET /api/v1/me/sso`: whether the caller can sign in with their organisation's identity
/// provider, and whether their account is linked to it yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SsoLinkStatus {
    /// The organisation has single sign-on turned on.
    pub available: bool,
    /// The caller's account is linked to an identity at that provider.
    pub linked: bool,
}

/// `POST /api/v1/me/sso/link`: where to send the browser to prove the identity to link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SsoLinkStarted {
    /// The identity provider's sign-in page.
    pub authorize_url: String,
}
