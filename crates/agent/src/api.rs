//! The REST calls the agent makes, each authenticated as the server expects: enrollment with
//! a token, check-in signed by the device key, sign-in for a bearer token, and the session
//! calls with that token. Failures keep the server's stable code and its message for people.

use std::time::Duration;

use assist_protocol::api::devices::{
    CheckIn, Compliance, DeviceFacts, EnrollDevice, EnrolledDevice,
};
use assist_protocol::api::sessions::{
    DeviceProof, IceServers, JoinSession, SessionView, SharerClient,
};
use assist_protocol::error::{ErrorBody, ErrorCode};
use assist_protocol::ids::SessionId;
use assist_protocol::text::SecurityCode;
use ed25519_dalek::SigningKey;
use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use url::Url;

use crate::credential::Credential;
use crate::facts::AGENT_VERSION;

/// Why a call failed.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The server could not be reached (or did not answer in time).
    #[error("cannot reach {server}: {reason}")]
    Unreachable {
        /// The server.
        server: String,
        /// What went wrong.
        reason: String,
    },
    /// The server refused.
    #[error("{message}")]
    Refused {
        /// HTTP status.
        status: u16,
        /// The stable code.
        code: ErrorCode,
        /// For people.
        message: String,
        /// For `too_many_attempts`: seconds to wait.
        retry_after: Option<u64>,
    },
    /// The server answered something this agent does not understand.
    #[error("unexpected answer from the server: {0}")]
    Unexpected(String),
    /// The server address is not a valid http(s) origin.
    #[error("the server address {0:?} is not valid: {1}")]
    BadServer(String, String),
}

impl ApiError {
    /// The server's code, for refusals.
    #[must_use]
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            Self::Refused { code, .. } => Some(*code),
            _ => None,
        }
    }
}

/// The bearer token of the signed-in sharer.
pub use assist_protocol::api::auth::AppToken;

/// The REST client for one server.
#[derive(Clone, Debug)]
pub struct Api {
    origin: Url,
    http: reqwest::Client,
}

impl Api {
    /// A client for the server at `server` (`https://host[:port]`; `http` for a test server).
    pub fn new(server: &str) -> Result<Self, ApiError> {
        let bad = |why: &str| ApiError::BadServer(server.to_owned(), why.to_owned());
        let origin = Url::parse(server.trim()).map_err(|err| bad(&err.to_string()))?;
        if !matches!(origin.scheme(), "https" | "http") || origin.host_str().is_none() {
            return Err(bad("it must be an https:// address"));
        }
        let http = reqwest::Client::builder()
            .user_agent(format!("assist-agent/{AGENT_VERSION}"))
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(20))
            .build()
            .map_err(|err| bad(&err.to_string()))?;
        Ok(Self { origin, http })
    }

    /// The server's origin, without a trailing slash.
    #[must_use]
    pub fn origin(&self) -> String {
        self.origin.origin().ascii_serialization()
    }

    /// `https://server/path`.
    #[must_use]
    pub fn url(&self, path: &str) -> Url {
        self.origin.join(path).expect("API paths are valid")
    }

    /// The session WebSocket's address.
    #[must_use]
    pub fn session_ws_url(&self, session: SessionId) -> Url {
        let mut url = self.url(&format!("/api/v1/sessions/{session}/ws"));
        let scheme = if url.scheme() == "https" { "wss" } else { "ws" };
        url.set_scheme(scheme)
            .expect("ws and wss are valid schemes");
        url
    }

    async fn send<T: DeserializeOwned>(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<T, ApiError> {
        let response = request.send().await.map_err(|err| ApiError::Unreachable {
            server: self.origin(),
            reason: without_url(err),
        })?;
        let status = response.status();
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse().ok());
        let bytes = response
            .bytes()
            .await
            .map_err(|err| ApiError::Unreachable {
                server: self.origin(),
                reason: without_url(err),
            })?;
        if status.is_success() {
            return serde_json::from_slice(&bytes)
                .map_err(|err| ApiError::Unexpected(err.to_string()));
        }
        match serde_json::from_slice::<ErrorBody>(&bytes) {
            Ok(body) => Err(ApiError::Refused {
                status: status.as_u16(),
                code: body.code,
                message: body.message,
                retry_after,
            }),
            Err(_) => Err(ApiError::Unexpected(format!("HTTP {status}"))),
        }
    }

    fn json<B: Serialize>(&self, method: Method, path: &str, body: &B) -> reqwest::RequestBuilder {
        self.http.request(method, self.url(path)).json(body)
    }

    /// Enrolls this device with an enrollment token.
    pub async fn enroll(
        &self,
        enrollment_token: &str,
        key: &SigningKey,
        facts: DeviceFacts,
    ) -> Result<EnrolledDevice, ApiError> {
        let body = EnrollDevice {
            enrollment_token: enrollment_token.trim().to_owned(),
            public_key: Credential::public_key_base64(key),
            facts,
        };
        self.send(self.json(Method::POST, "/api/v1/devices/enroll", &body))
            .await
    }

    /// Reports the device's facts; the answer says whether it is compliant.
    pub async fn check_in(
        &self,
        credential: &Credential,
        facts: DeviceFacts,
    ) -> Result<Compliance, ApiError> {
        const PATH: &str = "/api/v1/devices/check-in";
        let body = serde_json::to_vec(&CheckIn { facts }).expect("facts serialise");
        let signed = credential.sign("POST", PATH, &body, now_ms());
        let request = self
            .http
            .post(self.url(PATH))
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(
                reqwest::header::AUTHORIZATION,
                format!("Device {}", signed.credential),
            )
            .header("x-assist-timestamp", signed.timestamp_ms.to_string())
            .header("x-assist-signature", signed.signature)
            .body(body);
        self.send(request).await
    }

    /// Signs in with a password (and a second-factor code when the account has one).
    pub async fn sign_in(
        &self,
        email: &str,
        password: &str,
        second_factor_code: Option<&str>,
    ) -> Result<AppToken, ApiError> {
        let body = assist_protocol::api::auth::AppSignIn {
            email: email.trim().to_owned(),
            password: password.to_owned(),
            second_factor_code: second_factor_code.map(|c| c.trim().to_owned()),
            app: Some(app_label()),
        };
        self.send(self.json(Method::POST, "/api/v1/auth/app/sign-in", &body))
            .await
    }

    /// Redeems the one-time code single sign-on sent to the loopback redirect.
    pub async fn redeem_sso_code(
        &self,
        code: &str,
        code_verifier: &str,
    ) -> Result<AppToken, ApiError> {
        let body = assist_protocol::api::auth::AppTokenRequest {
            code: code.to_owned(),
            code_verifier: code_verifier.to_owned(),
            app: Some(app_label()),
        };
        self.send(self.json(Method::POST, "/api/v1/auth/app/token", &body))
            .await
    }

    /// Redeems the helper's code, proving this device with its key when enrolled.
    pub async fn join(
        &self,
        token: &AppToken,
        code: &SecurityCode,
        credential: Option<&Credential>,
    ) -> Result<SessionView, ApiError> {
        const PATH: &str = "/api/v1/sessions/join";
        let device = credential.map(|credential| {
            let digits = code.digits();
            let signed = credential.sign("POST", PATH, digits.as_bytes(), now_ms());
            DeviceProof {
                credential: signed.credential,
                timestamp_ms: signed.timestamp_ms,
                signature: signed.signature,
            }
        });
        let body = JoinSession {
            code: code.clone(),
            client: SharerClient::Agent,
            device,
        };
        self.send(
            self.json(Method::POST, PATH, &body)
                .bearer_auth(&token.token),
        )
        .await
    }

    /// STUN and TURN servers for the peer connection of `session` (TURN credentials are bound
    /// to it and handed out only while it is live).
    pub async fn ice_servers(
        &self,
        token: &AppToken,
        session: SessionId,
    ) -> Result<IceServers, ApiError> {
        self.send(
            self.http
                .get(self.url("/api/v1/ice-servers"))
                .query(&[("session", session.to_string())])
                .bearer_auth(&token.token),
        )
        .await
    }

    /// The agent versions the server knows (no sign-in needed).
    pub async fn agent_version(&self) -> Result<crate::update::AgentVersion, ApiError> {
        self.send(self.http.get(self.url("/api/v1/agent/version")))
            .await
    }

    /// Ends the app's sign-in on the server.
    pub async fn sign_out(&self, token: &AppToken) -> Result<(), ApiError> {
        let response = self
            .http
            .post(self.url("/api/v1/auth/sign-out"))
            .bearer_auth(&token.token)
            .send()
            .await
            .map_err(|err| ApiError::Unreachable {
                server: self.origin(),
                reason: without_url(err),
            })?;
        if response.status().is_success() || response.status() == StatusCode::UNAUTHORIZED {
            Ok(())
        } else {
            Err(ApiError::Unexpected(format!("HTTP {}", response.status())))
        }
    }
}

/// What the sign-in is called in "where you are signed in": "Assist app 0.1.0 on desk-42".
fn app_label() -> String {
    let label = format!(
        "Assist app {AGENT_VERSION} on {}",
        crate::facts::gather().host_name.as_str()
    );
    // The server takes at most 100 characters.
    label.chars().take(100).collect()
}

/// Unix time in milliseconds.
#[must_use]
pub fn now_ms() -> i64 {
    let now = time::OffsetDateTime::now_utc();
    i64::try_from(now.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX)
}

/// reqwest's message without the URL (it can carry query secrets).
fn without_url(err: reqwest::Error) -> String {
    let err = err.without_url();
    let mut text = err.to_string();
    let mut source = std::error::Error::source(&err);
    while let Some(cause) = source {
        text = format!("{text}: {cause}");
        source = cause.source();
    }
    text
}
