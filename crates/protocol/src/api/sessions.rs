//! Remote help sessions: start (helper), join with the security code (sharer), the trust
//! screen's data both ways, warnings, live sessions, reports and the ICE servers for WebRTC.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};

use crate::api::devices::{Compliance, Platform};
use crate::ids::{DeviceId, SessionId, UserId};
use crate::text::SecurityCode;

/// How far the helper may go.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// See the screen.
    View,
    /// See the screen and use the mouse and keyboard.
    Control,
}

/// What the sharer uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SharerClient {
    /// A web browser: screen sharing for viewing only.
    Web,
    /// The native Assist app: capture and input, so full control is possible.
    Agent,
}

/// The two sides of a session. Named `SessionRole` in the OpenAPI document, apart from the
/// RBAC [`Role`](crate::api::roles::Role).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = SessionRole)]
pub enum Role {
    /// The help-desk person.
    Helper,
    /// The person being helped.
    Sharer,
}

impl Role {
    /// The other side.
    #[must_use]
    pub fn other(self) -> Self {
        match self {
            Self::Helper => Self::Sharer,
            Self::Sharer => Self::Helper,
        }
    }
}

/// Why a session ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EndReason {
    /// The helper ended it.
    HelperLeft,
    /// The sharer ended it.
    SharerLeft,
    /// The sharer's connection was lost and did not come back in time.
    SharerDisconnected,
    /// The helper's connection was lost and did not come back in time.
    HelperDisconnected,
    /// Nobody redeemed the code before it expired.
    CodeExpired,
    /// The sharer did not answer the first request in time.
    DeclinedTimeout,
    /// An administrator stopped it.
    Revoked,
    /// An organisation rule stopped it (remote help turned off).
    Policy,
    /// A participant may no longer take part: their account was disabled or deleted, their
    /// sign-in or token revoked, or (the helper) their role or a conditional access policy no
    /// longer lets them help this person.
    AccessWithdrawn,
}

impl EndReason {
    /// The stable name, as stored and in reports.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::HelperLeft => "helper_left",
            Self::SharerLeft => "sharer_left",
            Self::SharerDisconnected => "sharer_disconnected",
            Self::HelperDisconnected => "helper_disconnected",
            Self::CodeExpired => "code_expired",
            Self::DeclinedTimeout => "declined_timeout",
            Self::Revoked => "revoked",
            Self::Policy => "policy",
            Self::AccessWithdrawn => "access_withdrawn",
        }
    }
}

/// Where a session is. Tagged by `state`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum SessionState {
    /// The helper has the code; nobody has joined.
    Waiting {
        /// When the code stops working.
        #[serde(with = "time::serde::rfc3339")]
        code_expires_at: OffsetDateTime,
    },
    /// The sharer joined; nothing is shared yet.
    Joined,
    /// The helper asked for a mode; the sharer has not answered.
    ModeRequested {
        /// What the helper asked for.
        mode: Mode,
        /// What is granted meanwhile (an escalation from view keeps view).
        granted: Option<Mode>,
        /// When an unanswered request counts as declined.
        #[serde(with = "time::serde::rfc3339")]
        expires_at: OffsetDateTime,
    },
    /// The sharer granted a mode.
    Active {
        /// The granted mode.
        mode: Mode,
        /// Control granted but paused by the sharer: input is not injected.
        paused: bool,
    },
    /// Over.
    Ended {
        /// Why.
        reason: EndReason,
    },
}

/// `POST /api/v1/sessions`.
#[derive(Clone, Debug, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateSession {
    /// The device to help on, when the helper picked one; the helper's roles must cover it.
    #[serde(default)]
    pub device_id: Option<DeviceId>,
}

/// Answer to [`CreateSession`]: the code to read to the sharer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CreatedSession {
    /// The session as the helper sees it.
    pub session: SessionView,
    /// The security code, `1234 5678`; shown once, stored only as a keyed hash.
    pub code: String,
    /// When the code stops working.
    #[serde(with = "time::serde::rfc3339")]
    pub code_expires_at: OffsetDateTime,
}

/// Proof that the sharer's app runs on an enrolled device: the device credential and an
/// Ed25519 signature, by the device key, of the join (see `docs/API.md`).
#[derive(Clone, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeviceProof {
    /// The credential from enrollment.
    pub credential: String,
    /// Unix time in milliseconds when the proof was made.
    pub timestamp_ms: i64,
    /// Base64 Ed25519 signature of the device signing input for method `POST`, path
    /// `/api/v1/sessions/join`, this timestamp and the eight code digits as the body.
    pub signature: String,
}

impl std::fmt::Debug for DeviceProof {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceProof")
            .field("timestamp_ms", &self.timestamp_ms)
            .finish_non_exhaustive()
    }
}

/// `POST /api/v1/sessions/join`: the sharer redeems the code.
#[derive(Clone, Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct JoinSession {
    /// The code the helper read out; spaces and dashes are ignored.
    pub code: SecurityCode,
    /// What the sharer uses.
    pub client: SharerClient,
    /// The device proof (the native app on an enrolled device); absent means not enrolled.
    #[serde(default)]
    pub device: Option<DeviceProof>,
}

/// A person as the trust screen shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Person {
    /// Their ID (the picture is at `/api/v1/users/{id}/picture`).
    pub id: UserId,
    /// Full name.
    pub display_name: String,
    /// Job title, empty when unknown.
    pub job_title: String,
    /// Company, empty when unknown.
    pub company: String,
    /// Whether they have a profile picture.
    pub has_picture: bool,
    /// The domain of their e-mail address.
    pub email_domain: String,
    /// Whether that domain is a verified domain of the organisation.
    pub domain_verified: bool,
}

/// The sharer's device, for the helper.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct DeviceSummary {
    /// Its ID.
    pub id: DeviceId,
    /// Host name.
    pub name: String,
    /// Operating system family.
    pub platform: Platform,
    /// Operating system version.
    pub os_version: String,
    /// Compliance now, with the failing rules.
    pub compliance: Compliance,
}

/// A warning to the helper. It never blocks help; it says what to be careful about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// The sharer's device is not enrolled: its identity and state are unknown.
    DeviceNotEnrolled,
    /// The sharer's device fails compliance policies.
    DeviceNotCompliant {
        /// The failing rules, each naming its policy.
        failing: Vec<String>,
    },
}

/// A session as one participant sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SessionView {
    /// Its ID.
    pub id: SessionId,
    /// Which side the caller is.
    pub your_role: Role,
    /// Where it is.
    pub state: SessionState,
    /// The helper, for the sharer's trust screen.
    pub helper: Person,
    /// The sharer once joined, for the helper's trust screen.
    pub sharer: Option<Person>,
    /// What the sharer uses, once joined.
    pub sharer_client: Option<SharerClient>,
    /// The sharer's enrolled device: the one proven at join (helper's view only).
    pub device: Option<DeviceSummary>,
    /// The device the helper picked when starting, if any.
    pub requested_device_id: Option<DeviceId>,
    /// Warnings for the helper (empty in the sharer's view).
    pub warnings: Vec<Warning>,
    /// Whether the helper's roles allow full control of this sharer.
    pub helper_may_control: bool,
    /// Whether chat is on.
    pub chat_enabled: bool,
    /// When the helper started it.
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// When the sharer joined.
    #[serde(with = "time::serde::rfc3339::option")]
    pub joined_at: Option<OffsetDateTime>,
    /// When it ended.
    #[serde(with = "time::serde::rfc3339::option")]
    pub ended_at: Option<OffsetDateTime>,
}

/// One chat message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ChatMessage {
    /// Position in the session's thread, from 1.
    pub seq: u64,
    /// Who wrote it.
    pub sender: Role,
    /// The writer's user ID.
    pub sender_id: UserId,
    /// The text, exactly as sent.
    pub text: String,
    /// When the server stored it.
    #[serde(with = "time::serde::rfc3339")]
    pub sent_at: OffsetDateTime,
}

/// A session in a report or the live list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SessionReport {
    /// The session.
    pub id: SessionId,
    /// The helper.
    pub helper_id: UserId,
    /// The helper's name.
    pub helper_name: String,
    /// The helper's e-mail address.
    pub helper_email: String,
    /// The sharer, once joined.
    pub sharer_id: Option<UserId>,
    /// The sharer's name.
    pub sharer_name: Option<String>,
    /// The sharer's e-mail address.
    pub sharer_email: Option<String>,
    /// The device (proven at join, else the one the helper picked).
    pub device_id: Option<DeviceId>,
    /// The device's host name.
    pub device_name: Option<String>,
    /// What the sharer used.
    pub sharer_client: Option<SharerClient>,
    /// `waiting`, `joined`, `mode_requested`, `active` or `ended`.
    pub state: String,
    /// When the helper started it.
    #[serde(with = "time::serde::rfc3339")]
    pub started_at: OffsetDateTime,
    /// When the sharer joined.
    #[serde(with = "time::serde::rfc3339::option")]
    pub joined_at: Option<OffsetDateTime>,
    /// When it ended.
    #[serde(with = "time::serde::rfc3339::option")]
    pub ended_at: Option<OffsetDateTime>,
    /// Whether view was ever granted.
    pub view_granted: bool,
    /// Whether full control was ever granted.
    pub control_granted: bool,
    /// Why it ended.
    pub end_reason: Option<EndReason>,
    /// How many chat messages it has.
    pub chat_messages: u64,
}

/// A page of sessions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SessionReportList {
    /// Newest first.
    pub items: Vec<SessionReport>,
    /// Pass as `cursor` for the next page; absent on the last.
    pub next_cursor: Option<String>,
}

/// One session's report with its chat.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SessionTranscript {
    /// The report row.
    pub report: SessionReport,
    /// The chat thread, in order.
    pub chat: Vec<ChatMessage>,
}

/// `GET /api/v1/reports/sessions` filters.
#[derive(Clone, Debug, Default, Deserialize, Serialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ReportQuery {
    /// Only this helper's sessions.
    pub helper_id: Option<UserId>,
    /// Only this sharer's sessions.
    pub sharer_id: Option<UserId>,
    /// Only sessions on this device.
    pub device_id: Option<DeviceId>,
    /// Only sessions that ended for this reason.
    pub end_reason: Option<EndReason>,
    /// Only sessions started at or after this time (RFC 3339).
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[param(value_type = Option<String>, format = DateTime)]
    pub from: Option<OffsetDateTime>,
    /// Only sessions started before this time (RFC 3339).
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[param(value_type = Option<String>, format = DateTime)]
    pub to: Option<OffsetDateTime>,
    /// How many, 1 to 200 (default 50).
    pub limit: Option<u32>,
    /// From the previous page.
    pub cursor: Option<String>,
}

/// One STUN or TURN server, in the shape of `RTCIceServer`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct IceServer {
    /// `stun:` or `turn:`/`turns:` URLs.
    pub urls: Vec<String>,
    /// TURN user name (time-limited when the server shares a secret with the TURN server).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// TURN password.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credential: Option<String>,
}

/// `GET /api/v1/ice-servers?session=<id>`: which session the peer connection is for. TURN
/// credentials are handed only to a participant of that session while it is live.
#[derive(Clone, Debug, Default, Deserialize, Serialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct IceServersQuery {
    /// The live session the caller takes part in. Without it, only STUN servers are given.
    #[serde(default)]
    pub session: Option<SessionId>,
}

/// `GET /api/v1/ice-servers`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct IceServers {
    /// Pass as `iceServers` to `RTCPeerConnection`.
    pub ice_servers: Vec<IceServer>,
    /// When TURN credentials stop working; fetch again before.
    #[serde(with = "time::serde::rfc3339::option")]
    pub expires_at: Option<OffsetDateTime>,
}
