//! The limits of delegated administration. An administrator who is not a tenant owner acts
//! only within the reach their assignments give (`access::Reach`), never on someone who holds
//! more than they do, and never hands out a permission or a scope they do not hold themselves.
//! Owner status is changed only by an owner.

use assist_protocol::api::roles::{Permission, Scope};
use assist_protocol::api::users::User;
use assist_protocol::ids::{GroupId, UserId};

use super::access::{Grant, Granted, ManageUsers};
use super::auth::grants_of;
use super::{Error, Result};
use crate::store::{Conn, groups, roles};

fn forbidden(message: &str) -> Error {
    Error::Forbidden(message.to_owned())
}

/// Refuses unless `admin`'s user management reaches `user`: all users, or a group they are in.
pub(crate) async fn reach_user(
    c: &mut impl Conn,
    admin: &Granted<ManageUsers>,
    user: UserId,
) -> Result<()> {
    let reach = admin.reach();
    if reach.all_users {
        return Ok(());
    }
    let groups = groups::of_user(c, admin.tenant_id(), user).await?;
    if reach.reaches_user(&groups) {
        Ok(())
    } else {
        Err(forbidden(
            "this person is outside the groups your user management role covers",
        ))
    }
}

/// Refuses unless `admin`'s user management reaches the group itself.
pub(crate) fn reach_group(admin: &Granted<ManageUsers>, group: GroupId) -> Result<()> {
    if admin.reach().reaches_group(group) {
        Ok(())
    } else {
        Err(forbidden(
            "this group is outside the groups your user management role covers",
        ))
    }
}

/// Refuses unless `admin`'s user management reaches all users (creating accounts and groups,
/// which no group scope covers yet).
pub(crate) fn reach_everyone(admin: &Granted<ManageUsers>) -> Result<()> {
    if admin.reach().all_users {
        Ok(())
    } else {
        Err(forbidden(
            "this needs user management over all users; yours covers some groups only",
        ))
    }
}

/// Refuses a change to `target` when they hold more than the administrator: an owner (unless
/// the administrator is one), or anyone with a permission over a scope the administrator does
/// not hold. Resetting a password or a second factor, disabling, deleting and editing all
/// pass through here.
pub(crate) async fn not_above<P>(
    c: &mut impl Conn,
    admin: &Granted<P>,
    target: &User,
) -> Result<()> {
    let authority = admin.authority();
    if authority.is_owner() {
        return Ok(());
    }
    if target.is_admin {
        return Err(forbidden("only a tenant owner can change a tenant owner"));
    }
    let theirs = grants_of(c, admin.tenant_id(), target.id).await?;
    if authority.holds(&theirs) {
        Ok(())
    } else {
        Err(forbidden(
            "this person holds rights you do not hold; ask an administrator who holds them",
        ))
    }
}

/// Refuses making or unmaking a tenant owner unless `admin` is one.
pub(crate) fn owner_only<P>(admin: &Granted<P>) -> Result<()> {
    if admin.authority().is_owner() {
        Ok(())
    } else {
        Err(forbidden(
            "only a tenant owner can make or remove a tenant owner",
        ))
    }
}

/// Refuses unless `admin` holds every one of `grants` (each permission over its scope).
pub(crate) fn holds<P>(admin: &Granted<P>, grants: &[Grant]) -> Result<()> {
    if admin.authority().holds(grants) {
        Ok(())
    } else {
        Err(forbidden(
            "you cannot give, change or take away a permission or a scope you do not hold yourself",
        ))
    }
}

/// Refuses unless `admin` holds each of `permissions` over some scope (defining a role).
pub(crate) fn holds_permissions<P>(admin: &Granted<P>, permissions: &[Permission]) -> Result<()> {
    if permissions.iter().all(|p| admin.authority().has(*p)) {
        Ok(())
    } else {
        Err(forbidden(
            "you cannot give, change or take away a permission or a scope you do not hold yourself",
        ))
    }
}

/// The grants of `permissions` over `scope`.
pub(crate) fn grants(permissions: &[Permission], scope: &Scope) -> Vec<Grant> {
    permissions
        .iter()
        .map(|&permission| Grant {
            permission,
            scope: scope.clone(),
        })
        .collect()
}

/// What a member of `group` gets through the tenant's assignments.
pub(crate) async fn grants_through_group<P>(
    c: &mut impl Conn,
    admin: &Granted<P>,
    group: GroupId,
) -> Result<Vec<Grant>> {
    Ok(roles::grants_through_group(c, admin.tenant_id(), group)
        .await?
        .into_iter()
        .map(|(permission, scope)| Grant { permission, scope })
        .collect())
}
