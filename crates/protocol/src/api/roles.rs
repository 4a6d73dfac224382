//! Role-based access control: permissions, roles (built-in and custom), and assignments that
//! give a role to member groups over scope groups of users and devices.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

use crate::ids::{AssignmentId, GroupId, RoleId};
use crate::text::{Description, GroupName};

/// Something a role allows, named as help-desk administrators know it.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
)]
pub enum Permission {
    /// See the screen of a person in scope.
    #[serde(rename = "remote_help.view_screen")]
    ViewScreen,
    /// Control the mouse and keyboard of a person in scope.
    #[serde(rename = "remote_help.take_full_control")]
    TakeFullControl,
    /// Run elevated on the sharer's device (reserved).
    #[serde(rename = "remote_help.elevation")]
    Elevation,
    /// Start a remote help session for a person in scope.
    #[serde(rename = "remote_tasks.offer_remote_assistance")]
    OfferRemoteAssistance,
    /// Read devices and session reports.
    #[serde(rename = "connector.read")]
    ConnectorRead,
    /// Manage users, groups and their pictures and second factors.
    #[serde(rename = "admin.manage_users")]
    ManageUsers,
    /// Manage roles and role assignments.
    #[serde(rename = "admin.manage_roles")]
    ManageRoles,
    /// Manage devices and enrollment tokens.
    #[serde(rename = "admin.manage_devices")]
    ManageDevices,
    /// Manage tenant settings and verified domains.
    #[serde(rename = "admin.manage_settings")]
    ManageSettings,
    /// Manage conditional access and compliance policies.
    #[serde(rename = "admin.manage_policies")]
    ManagePolicies,
    /// Read the audit log.
    #[serde(rename = "admin.read_audit")]
    ReadAudit,
    /// Create API tokens that act as oneself (for scripts and integrations).
    #[serde(rename = "api.create_tokens")]
    CreateApiTokens,
}

impl Permission {
    /// Every permission.
    pub const ALL: [Self; 12] = [
        Self::ViewScreen,
        Self::TakeFullControl,
        Self::Elevation,
        Self::OfferRemoteAssistance,
        Self::ConnectorRead,
        Self::ManageUsers,
        Self::ManageRoles,
        Self::ManageDevices,
        Self::ManageSettings,
        Self::ManagePolicies,
        Self::ReadAudit,
        Self::CreateApiTokens,
    ];

    /// The stable name, as stored and sent.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::ViewScreen => "remote_help.view_screen",
            Self::TakeFullControl => "remote_help.take_full_control",
            Self::Elevation => "remote_help.elevation",
            Self::OfferRemoteAssistance => "remote_tasks.offer_remote_assistance",
            Self::ConnectorRead => "connector.read",
            Self::ManageUsers => "admin.manage_users",
            Self::ManageRoles => "admin.manage_roles",
            Self::ManageDevices => "admin.manage_devices",
            Self::ManageSettings => "admin.manage_settings",
            Self::ManagePolicies => "admin.manage_policies",
            Self::ReadAudit => "admin.read_audit",
            Self::CreateApiTokens => "api.create_tokens",
        }
    }

    /// The permission with this stable name.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.name() == name)
    }
}

/// A set of permissions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Role {
    /// Its ID (built-in roles have the same ID in every tenant).
    pub id: RoleId,
    /// Its name.
    pub name: String,
    /// What it is for.
    pub description: String,
    /// Whether it ships with Assist (and cannot be changed or deleted).
    pub built_in: bool,
    /// What it allows.
    pub permissions: Vec<Permission>,
}

/// `POST /api/v1/roles`.
#[derive(Clone, Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateRole {
    /// Name, unique in the tenant.
    pub name: GroupName,
    /// What it is for.
    #[serde(default)]
    pub description: Option<Description>,
    /// What it allows.
    pub permissions: Vec<Permission>,
}

/// `PATCH /api/v1/roles/{id}`: only the fields present change.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateRole {
    /// New name.
    pub name: Option<GroupName>,
    /// New description.
    pub description: Option<Description>,
    /// New permissions (replacing the old).
    pub permissions: Option<Vec<Permission>>,
}

/// Who and what an assignment's role reaches.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    /// Every user of the tenant.
    #[serde(default)]
    pub all_users: bool,
    /// Every enrolled device of the tenant.
    #[serde(default)]
    pub all_devices: bool,
    /// Users and devices in these groups.
    #[serde(default)]
    pub groups: Vec<GroupId>,
}

/// Gives a role to the members of some groups, over a scope.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Assignment {
    /// Its ID.
    pub id: AssignmentId,
    /// Its name.
    pub name: String,
    /// The role given.
    pub role_id: RoleId,
    /// The groups whose members get the role.
    pub member_groups: Vec<GroupId>,
    /// Whom and what they get it over.
    pub scope: Scope,
    /// When it was created.
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// `POST /api/v1/role-assignments`, and `PUT` to replace one.
#[derive(Clone, Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssignmentInput {
    /// Name, unique in the tenant.
    pub name: GroupName,
    /// The role to give.
    pub role_id: RoleId,
    /// The groups whose members get it (at least one).
    pub member_groups: Vec<GroupId>,
    /// Whom and what over.
    pub scope: Scope,
}

/// Roles of a tenant, built-in first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RoleList {
    /// The roles.
    pub items: Vec<Role>,
}

/// Assignments of a tenant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AssignmentList {
    /// The assignments, oldest first.
    pub items: Vec<Assignment>,
}

/// `GET /api/v1/users/{id}/remote-help`: how far the caller's roles let them help this person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct HelpEligibility {
    /// May start a session and view the screen.
    pub may_view: bool,
    /// May also ask for full control.
    pub may_control: bool,
}
