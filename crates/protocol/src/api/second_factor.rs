//! The TOTP second factor and its recovery codes.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// `GET /api/v1/me/second-factor`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SecondFactorStatus {
    /// Whether sign-in asks for an authenticator code.
    pub totp_enabled: bool,
    /// Unspent recovery codes.
    pub recovery_codes_left: u32,
}

/// Answer to `POST /api/v1/me/second-factor/totp`: scan the QR code or type the secret into an
/// authenticator app, then confirm with a code.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct TotpEnrolment {
    /// The secret, base32, for typing in by hand.
    pub secret: String,
    /// The `otpauth://` URI the QR code holds.
    pub otpauth_uri: String,
    /// The QR code, an SVG image.
    pub qr_svg: String,
}

impl std::fmt::Debug for TotpEnrolment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TotpEnrolment(<secret>)")
    }
}

/// A code from the authenticator app (or, where accepted, a recovery code).
#[derive(Clone, Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SecondFactorCode {
    /// Six digits from the app, or a recovery code.
    pub code: String,
}

/// Recovery codes, shown once: each signs in once when the authenticator is lost.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RecoveryCodes {
    /// The codes.
    pub codes: Vec<String>,
}

impl std::fmt::Debug for RecoveryCodes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RecoveryCodes({} codes)", self.codes.len())
    }
}
