//! Devices: enrollment tokens, enrollment with a device key, check-in with facts, the device
//! inventory, and compliance policies.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};

use crate::ids::{CompliancePolicyId, DeviceId, EnrollmentTokenId, GroupId};
use crate::text::{FactText, GroupName, TokenName, Version};

/// Operating system family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    /// Microsoft Windows.
    Windows,
    /// Apple macOS.
    Macos,
    /// Linux.
    Linux,
}

/// What a device reports about itself at enrollment and check-in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeviceFacts {
    /// Host name.
    pub host_name: FactText,
    /// Operating system family.
    pub platform: Platform,
    /// Operating system version.
    pub os_version: Version,
    /// Version of the Assist agent.
    pub agent_version: Version,
    /// Hardware model.
    #[serde(default = "empty_fact")]
    pub model: FactText,
    /// Serial number.
    #[serde(default = "empty_fact")]
    pub serial_number: FactText,
    /// Whether the system disk is encrypted.
    pub disk_encrypted: bool,
    /// E-mail address of the device's primary user, if known.
    #[serde(default)]
    pub primary_user: Option<FactText>,
}

fn empty_fact() -> FactText {
    FactText::parse("").unwrap_or_else(|_| unreachable!("an empty fact is valid"))
}

/// `POST /api/v1/devices/enroll`.
#[derive(Clone, Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EnrollDevice {
    /// The enrollment token an administrator issued.
    pub enrollment_token: String,
    /// The device's Ed25519 public key, 32 bytes, standard base64.
    pub public_key: String,
    /// What the device reports about itself.
    pub facts: DeviceFacts,
}

/// Answer to [`EnrollDevice`]: keep both; the credential is shown once.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct EnrolledDevice {
    /// The device's ID.
    pub device_id: DeviceId,
    /// The device credential, sent as `Authorization: Device <credential>` with every signed
    /// request.
    pub credential: String,
}

impl std::fmt::Debug for EnrolledDevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EnrolledDevice")
            .field("device_id", &self.device_id)
            .finish_non_exhaustive()
    }
}

/// The bytes a device signs for a request (check-ins, and the join's device proof): the method,
/// the path, the Unix time in milliseconds and the body's SHA-256 in hex, one per line. The
/// signature goes in `X-Assist-Signature`, the time in `X-Assist-Timestamp`.
#[must_use]
pub fn signing_input(method: &str, path: &str, timestamp_ms: i64, body: &[u8]) -> Vec<u8> {
    use sha2::Digest as _;
    format!(
        "{method}\n{path}\n{timestamp_ms}\n{}",
        hex::encode(sha2::Sha256::digest(body))
    )
    .into_bytes()
}

/// `POST /api/v1/devices/check-in`, signed by the device key.
#[derive(Clone, Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    /// Current facts.
    pub facts: DeviceFacts,
}

/// Whether a device meets the tenant's compliance policies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Compliance {
    /// True when every rule of every policy holds (and when there are no policies).
    pub compliant: bool,
    /// The rules that fail, in words, each naming its policy.
    pub failing: Vec<String>,
}

/// Whether a device may still authenticate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum DeviceState {
    /// Enrolled and working.
    Active,
    /// Retired: its credential no longer works; kept for the record.
    Retired,
}

/// A device in the inventory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Device {
    /// Its ID.
    pub id: DeviceId,
    /// Its last reported facts.
    pub facts: DeviceFacts,
    /// Active or retired.
    pub state: DeviceState,
    /// Compliance, as of its last check-in or policy change and now.
    pub compliance: Compliance,
    /// When it enrolled.
    #[serde(with = "time::serde::rfc3339")]
    pub enrolled_at: OffsetDateTime,
    /// When it last checked in.
    #[serde(with = "time::serde::rfc3339")]
    pub last_check_in_at: OffsetDateTime,
}

/// `GET /api/v1/devices` filters.
#[derive(Clone, Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DeviceQuery {
    /// Text found in the host name, serial number, model or primary user.
    pub search: Option<String>,
    /// Only this platform.
    pub platform: Option<Platform>,
    /// Only compliant (`true`) or non-compliant (`false`) devices.
    pub compliant: Option<bool>,
    /// Only active or retired devices (default: both).
    pub state: Option<DeviceState>,
    /// Only the devices in this group.
    pub group_id: Option<GroupId>,
    /// How many, 1 to 200 (default 50).
    pub limit: Option<u32>,
    /// Opaque cursor from the previous page.
    pub cursor: Option<String>,
}

/// A page of devices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct DeviceList {
    /// Oldest enrollment first.
    pub items: Vec<Device>,
    /// Pass as `cursor` for the next page; absent on the last.
    pub next_cursor: Option<String>,
}

/// An enrollment token as listed (its secret is shown once).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct EnrollmentToken {
    /// Its ID.
    pub id: EnrollmentTokenId,
    /// Its label.
    pub name: String,
    /// When it was created.
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// When it stops working.
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
    /// How many devices it may enroll.
    pub max_uses: u32,
    /// How many it has enrolled.
    pub uses: u32,
    /// Whether it was revoked.
    pub revoked: bool,
}

/// `POST /api/v1/enrollment-tokens`.
#[derive(Clone, Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateEnrollmentToken {
    /// A label saying where it is used.
    pub name: TokenName,
    /// Hours until it expires, 1 to 720.
    #[schema(minimum = 1, maximum = 720)]
    pub expires_in_hours: u32,
    /// How many devices it may enroll, 1 to 10,000.
    #[schema(minimum = 1, maximum = 10000)]
    pub max_uses: u32,
}

/// Answer to [`CreateEnrollmentToken`]: the only time the secret is shown.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CreatedEnrollmentToken {
    /// The token's record.
    pub token: EnrollmentToken,
    /// The secret to give to `assist-agent enroll`.
    pub secret: String,
}

impl std::fmt::Debug for CreatedEnrollmentToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreatedEnrollmentToken")
            .field("token", &self.token)
            .finish_non_exhaustive()
    }
}

/// The tenant's enrollment tokens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct EnrollmentTokenList {
    /// Newest first.
    pub items: Vec<EnrollmentToken>,
}

/// Minimum operating system versions, per platform.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MinimumOsVersions {
    /// Windows.
    #[serde(default)]
    pub windows: Option<Version>,
    /// macOS.
    #[serde(default)]
    pub macos: Option<Version>,
    /// Linux.
    #[serde(default)]
    pub linux: Option<Version>,
}

/// The rules of a compliance policy; a device must meet every one that is set.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ComplianceRules {
    /// Minimum OS version per platform.
    #[serde(default)]
    pub min_os_version: MinimumOsVersions,
    /// Minimum agent version.
    #[serde(default)]
    pub min_agent_version: Option<Version>,
    /// Most days allowed since the last check-in, 1 to 365.
    #[serde(default)]
    #[schema(minimum = 1, maximum = 365)]
    pub max_days_since_check_in: Option<u32>,
    /// Whether the system disk must be encrypted.
    #[serde(default)]
    pub disk_encryption_required: bool,
}

/// A compliance policy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CompliancePolicy {
    /// Its ID.
    pub id: CompliancePolicyId,
    /// Its name, shown in failing rules.
    pub name: String,
    /// Its rules.
    pub rules: ComplianceRules,
    /// When it was created.
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// `POST /api/v1/compliance-policies` and `PUT /api/v1/compliance-policies/{id}`.
#[derive(Clone, Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CompliancePolicyInput {
    /// Name, unique in the tenant.
    pub name: GroupName,
    /// Rules.
    pub rules: ComplianceRules,
}

/// The tenant's compliance policies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CompliancePolicyList {
    /// Oldest first.
    pub items: Vec<CompliancePolicy>,
}
