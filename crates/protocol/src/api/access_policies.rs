//! Conditional access: per-tenant policies that decide whether a helper may use the console,
//! evaluated at sign-in and again when a remote help session starts.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

use crate::ids::{AccessPolicyId, GroupId, UserId};
use crate::text::GroupName;

/// Whether a policy acts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PolicyState {
    /// Enforced.
    Enabled,
    /// Evaluated and audited ("would have blocked"), never enforced.
    ReportOnly,
    /// Ignored.
    Disabled,
}

/// What a policy does when it applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Grant {
    /// Allow (recorded; other policies may still block).
    Allow,
    /// Refuse.
    Block,
    /// Allow only when the sign-in used a second factor.
    RequireSecondFactor,
}

/// Whom a policy targets: helpers, by user or group.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PolicyTargets {
    /// Every user of the tenant.
    #[serde(default)]
    pub all_users: bool,
    /// These users.
    #[serde(default)]
    pub users: Vec<UserId>,
    /// Members of these groups.
    #[serde(default)]
    pub groups: Vec<GroupId>,
}

/// When a policy applies to a targeted user; every condition set must hold.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PolicyConditions {
    /// The client address is in one of these ranges (CIDR, such as `10.0.0.0/8`).
    #[serde(default)]
    #[schema(value_type = Vec<String>)]
    pub client_networks: Vec<ipnet::IpNet>,
    /// The client address is in none of these ranges (for "outside the office").
    #[serde(default)]
    #[schema(value_type = Vec<String>)]
    pub excluded_networks: Vec<ipnet::IpNet>,
    /// Whether the sign-in used a second factor (unset: either).
    #[serde(default)]
    pub second_factor_used: Option<bool>,
}

/// A conditional access policy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AccessPolicy {
    /// Its ID.
    pub id: AccessPolicyId,
    /// Its name, given in refusals.
    pub name: String,
    /// Enabled, report-only or disabled.
    pub state: PolicyState,
    /// Whom it targets.
    pub targets: PolicyTargets,
    /// When it applies.
    pub conditions: PolicyConditions,
    /// What it does.
    pub grant: Grant,
    /// When it was created.
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// `POST /api/v1/access-policies` and `PUT /api/v1/access-policies/{id}`.
#[derive(Clone, Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AccessPolicyInput {
    /// Name, unique in the tenant.
    pub name: GroupName,
    /// Enabled, report-only or disabled.
    pub state: PolicyState,
    /// Whom it targets.
    pub targets: PolicyTargets,
    /// When it applies.
    #[serde(default)]
    pub conditions: PolicyConditions,
    /// What it does.
    pub grant: Grant,
}

/// The tenant's policies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AccessPolicyList {
    /// Oldest first.
    pub items: Vec<AccessPolicy>,
}
