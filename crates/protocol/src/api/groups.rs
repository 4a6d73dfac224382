//! Groups of users.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

use crate::api::users::User;
use crate::ids::GroupId;
use crate::text::{Description, GroupName};

/// A group of users in a tenant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Group {
    /// Its ID.
    pub id: GroupId,
    /// Its name, unique in the tenant.
    pub name: String,
    /// What it is for.
    pub description: String,
    /// How many users it has.
    pub member_count: u64,
    /// When it was created.
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// `POST /api/v1/groups`.
#[derive(Clone, Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateGroup {
    /// Name, unique in the tenant.
    pub name: GroupName,
    /// What it is for.
    #[serde(default)]
    pub description: Option<Description>,
}

/// `PATCH /api/v1/groups/{id}`: only the fields present change.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateGroup {
    /// New name.
    pub name: Option<GroupName>,
    /// New description.
    pub description: Option<Description>,
}

/// A page of groups.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct GroupList {
    /// The groups, oldest first.
    pub items: Vec<Group>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

/// The members of a group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct GroupMembers {
    /// The members, oldest account first.
    pub items: Vec<User>,
}
