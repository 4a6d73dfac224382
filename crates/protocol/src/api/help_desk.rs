//! The guided first run: what a new organisation still needs before its first remote help
//! session ("Get started"), and "Make helpers", which gives people the Help Desk Operator role
//! in one step.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api::groups::Group;
use crate::ids::{AssignmentId, UserId};

/// The name the Help desk group gets when "Make helpers" creates it. The group is found again
/// by what it is for, so an administrator may rename it.
pub const HELP_DESK_GROUP_NAME: &str = "Help desk";

/// The most people "Make helpers" takes at once.
pub const MAX_NEW_HELPERS: usize = 200;

/// `GET /api/v1/tenant/get-started`: the first-run checklist, done or not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct GetStarted {
    /// Whether remote help is on (the tenant setting `remote_help_enabled`).
    pub remote_help_enabled: bool,
    /// Whether people may share from a browser, or any device that is not enrolled (the tenant
    /// setting `unenrolled_help_enabled`). A browser cannot prove which device it runs on, so
    /// it always counts as a device that is not enrolled.
    pub unenrolled_help_enabled: bool,
    /// How many enabled people may offer help: those whose role assignments give both
    /// "offer remote assistance" and "view screen". Tenant owners may always help and are
    /// counted only when an assignment makes them helpers too.
    pub helpers: u64,
    /// The Help desk group, once "Make helpers" has made (or adopted) it.
    pub help_desk_group: Option<Group>,
    /// Whether every step is done.
    pub done: bool,
}

/// `POST /api/v1/helpers`: makes these people helpers.
#[derive(Clone, Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MakeHelpers {
    /// The people, 1 to 200, of the caller's tenant.
    pub users: Vec<UserId>,
}

/// What "Make helpers" did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct HelpDesk {
    /// The Help desk group, with its members now.
    pub group: Group,
    /// Whether the group was created by this call (else it was reused).
    pub group_created: bool,
    /// The assignment giving the group the Help Desk Operator role over all users.
    pub assignment_id: AssignmentId,
    /// Whether that assignment was created by this call.
    pub assignment_created: bool,
    /// The people who were not yet in the group and are now.
    pub added: Vec<UserId>,
}
