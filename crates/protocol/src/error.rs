//! The error body of every failed API call: a stable machine code and a human message.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Stable error codes. Clients branch on these; the message is for people and may change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The request is malformed: bad JSON, a missing or unknown field, a value out of range.
    InvalidRequest,
    /// The body is larger than this endpoint accepts.
    PayloadTooLarge,
    /// The body's content type (checked by content, not by header) is not accepted here.
    UnsupportedMediaType,
    /// No valid session cookie or bearer token was presented.
    Unauthenticated,
    /// The caller is signed in but may not do this.
    Forbidden,
    /// A state-changing request carried a cookie but no matching `Origin` header.
    OriginMismatch,
    /// E-mail or password is wrong (deliberately not saying which).
    InvalidCredentials,
    /// The password was right, but the account needs its second factor: send the code too.
    SecondFactorRequired,
    /// The second-factor code is wrong or was already used.
    InvalidSecondFactor,
    /// Too many failed attempts; retry after the delay in the `Retry-After` header.
    TooManyAttempts,
    /// The setup or recovery link is unknown, already used or expired.
    SetupLinkInvalid,
    /// The thing does not exist, or belongs to another tenant.
    NotFound,
    /// The change conflicts with existing data (a duplicate e-mail or name).
    Conflict,
    /// The HTTP method is not allowed on this path.
    MethodNotAllowed,
    /// The request took longer than the server allows.
    Timeout,
    /// A dependency (the store) is not reachable.
    Unavailable,
    /// Something went wrong inside the server; details are in its log, under the request ID.
    Internal,
    /// The enrollment token is unknown, revoked, expired or used up (the message says which).
    EnrollmentRefused,
    /// A conditional access policy refused; the message names it.
    ConditionalAccessBlocked,
    /// No organisation on this server offers single sign-on for that e-mail domain.
    SsoNotConfigured,
    /// Single sign-on was refused: the message says why (state unknown or used, token
    /// invalid, e-mail domain not verified, account of another organisation, ...).
    SsoFailed,
    /// The identity provider could not be reached or answered with an error.
    SsoProviderUnavailable,
    /// The caller's name, job title and company come from the organisation's single sign-on
    /// (their account is linked to its identity provider): only an administrator changes them.
    ProfileManaged,
    /// Remote help is turned off for this organisation (a tenant setting).
    RemoteHelpDisabled,
    /// The security code is wrong (or belongs to another organisation).
    CodeInvalid,
    /// The security code was right but has expired; the helper can start a new session.
    CodeExpired,
    /// The security code was already redeemed.
    CodeUsed,
    /// The device is not enrolled and the organisation does not allow help on such devices.
    UnenrolledDevice,
    /// The session was started for another device.
    WrongDevice,
    /// Chat is turned off for this organisation.
    ChatDisabled,
    /// The session is not in a state where this can happen (the message says why).
    InvalidTransition,
    /// The session has ended.
    SessionEnded,
    /// Full control needs the Assist app on the sharer's device; the web app can share the
    /// screen for viewing only.
    ControlNeedsAgent,
    /// The caller lacks a permission this needs; the message names it. Starting a session
    /// answers it when the helper lacks `remote_tasks.offer_remote_assistance` or
    /// `remote_help.view_screen`.
    PermissionMissing,
    /// A join from a web browser while the organisation allows help only on enrolled devices
    /// (a browser counts as a device that is not enrolled): the sharer needs the Assist app.
    /// The session's helper is told (`join_refused`).
    BrowserSharingNotAllowed,
    /// The helper's roles do not cover the sharer or their device. The session's helper is
    /// told (`join_refused`).
    SharerOutOfScope,
    /// The device chosen when starting a session is outside the helper's remote help roles.
    DeviceOutOfScope,
    /// The helper tried to redeem the code of their own session.
    OwnSession,
    /// The helper who started the session can no longer help (their account was disabled).
    HelperUnavailable,
    /// The Assist app's device is enrolled in another organisation.
    DeviceInOtherOrganisation,
    /// A chat message is empty (or only spaces).
    ChatEmpty,
    /// A chat message is longer than `ChatText::MAX_CHARS` characters.
    ChatTooLong,
    /// A chat message holds a control character (other than line feed and tab) or a character
    /// that reorders the text around it.
    ChatInvalidCharacters,
}

/// The JSON body of every error response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorBody {
    /// Stable machine-readable code.
    pub code: ErrorCode,
    /// Human-readable explanation, safe to show.
    pub message: String,
}
