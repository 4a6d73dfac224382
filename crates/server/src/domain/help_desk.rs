//! The guided first run: the "Get started" checklist ([`get_started`]) and "Make helpers"
//! ([`make_helpers`]), which puts people in the tenant's Help desk group, creating that group
//! and its Help Desk Operator assignment over all users and all devices when they do not exist yet.
//!
//! The Help desk group is found by a mark (`user_groups.purpose = 'help_desk'`), not by its
//! name, so renaming it does not make a second one. A tenant without a marked group adopts a
//! group named "Help desk" if it has one. Two simultaneous calls cannot make two groups: the
//! mark is unique per tenant, and the call that loses the race starts again and finds the
//! winner's group.

use assist_protocol::api::groups::Group;
use assist_protocol::api::help_desk::{
    GetStarted, HELP_DESK_GROUP_NAME, HelpDesk, MAX_NEW_HELPERS, MakeHelpers,
};
use assist_protocol::api::roles::{Assignment, Permission, Scope};
use assist_protocol::ids::{AssignmentId, GroupId, RoleId, UserId};
use serde_json::json;

use super::access::{Granted, ManageRoles, ManageUsers};
use super::audit::Entry;
use super::{Deps, Error, Result, delegation, settings};
use crate::store::{self, StoreError, audit, groups, roles, users};

/// The mark of the Help desk group.
const PURPOSE: &str = "help_desk";

/// How many times a call that lost a race to another starts again.
const ATTEMPTS: usize = 3;

/// The built-in Help Desk Operator role (seeded by migration 0003).
fn help_desk_operator() -> RoleId {
    RoleId::from(uuid::Uuid::from_u128(2))
}

/// The scope the Help desk's assignment gives the role over: everyone, and every enrolled
/// device, so that a helper may also pick the device in the helper console.
fn everyone() -> Scope {
    Scope {
        all_users: true,
        all_devices: true,
        groups: Vec::new(),
    }
}

/// The first-run checklist: remote help on, browser sharing allowed or not, and how many
/// people may offer help.
pub async fn get_started(deps: &Deps, admin: &Granted<ManageUsers>) -> Result<GetStarted> {
    let mut db = deps.store.db().await?;
    let settings = settings::load(&mut db, admin.tenant_id()).await?;
    let helpers = roles::count_holders(
        &mut db,
        admin.tenant_id(),
        Permission::OfferRemoteAssistance,
        Permission::ViewScreen,
    )
    .await?;
    let help_desk_group = groups::find_by_purpose(&mut db, admin.tenant_id(), PURPOSE).await?;
    let helpers = u64::try_from(helpers).unwrap_or_default();
    Ok(GetStarted {
        done: settings.remote_help_enabled && helpers > 0,
        remote_help_enabled: settings.remote_help_enabled,
        unenrolled_help_enabled: settings.unenrolled_help_enabled,
        helpers,
        help_desk_group,
    })
}

/// Makes `input.users` helpers: members of the Help desk group, which holds the Help Desk
/// Operator role over all users. Creates (or adopts) the group and creates its assignment when
/// missing; the assignment needs `roles`, the caller's role management, and both are kept to
/// what the caller holds (`delegation`). One transaction: all of it, or nothing.
pub async fn make_helpers(
    deps: &Deps,
    admin: &Granted<ManageUsers>,
    roles: Option<&Granted<ManageRoles>>,
    input: MakeHelpers,
) -> Result<HelpDesk> {
    let mut people = input.users;
    people.sort();
    people.dedup();
    if people.is_empty() {
        return Err(Error::Invalid("choose at least one person".to_owned()));
    }
    if people.len() > MAX_NEW_HELPERS {
        return Err(Error::Invalid(format!(
            "choose at most {MAX_NEW_HELPERS} people at a time"
        )));
    }
    for _ in 0..ATTEMPTS {
        let mut tx = deps.store.begin().await?;
        if let Some(desk) = within(&mut tx, deps, admin, roles, &people).await? {
            tx.commit().await?;
            return Ok(desk);
        }
        // Lost a race to another call; the transaction rolls back as it is dropped.
    }
    Err(Error::Unexpected(
        "the Help desk group kept changing while it was being made".to_owned(),
    ))
}

/// [`make_helpers`] inside the caller's transaction, for creating a user who is a helper.
/// `None` when another transaction made the group or its assignment first: the caller rolls
/// back and starts again.
pub(crate) async fn within(
    tx: &mut store::Tx,
    deps: &Deps,
    admin: &Granted<ManageUsers>,
    roles_admin: Option<&Granted<ManageRoles>>,
    people: &[UserId],
) -> Result<Option<HelpDesk>> {
    let now = deps.clock.now();
    let tenant = admin.tenant_id();
    for &person in people {
        users::get(tx, tenant, person)
            .await?
            .ok_or(Error::NotFound)?;
    }
    let Some((group, group_created)) = group(tx, admin, now).await? else {
        return Ok(None);
    };
    let found = roles::find_over_all_users(tx, tenant, help_desk_operator(), group.id).await?;
    let (assignment_id, assignment_created) = if let Some(id) = found {
        (id, false)
    } else {
        let roles_admin = roles_admin.ok_or_else(|| {
            Error::Forbidden(
                "the Help desk group has no Help Desk Operator role yet, and giving it needs the permission admin.manage_roles"
                    .to_owned(),
            )
        })?;
        let Some(id) = assign(tx, roles_admin, group.id, now).await? else {
            return Ok(None);
        };
        (id, true)
    };
    let mut added = Vec::new();
    for &person in people {
        super::groups::membership_change(tx, admin, group.id, person).await?;
        if groups::add_member(tx, tenant, group.id, person, now).await? {
            let detail = json!({ "user": person.to_string() });
            audit::append(
                tx,
                &super::groups::entry(admin, now, "group.member_added", group.id, detail),
            )
            .await?;
            added.push(person);
        }
    }
    let group = groups::get(tx, tenant, group.id)
        .await?
        .ok_or_else(|| Error::Unexpected("the Help desk group vanished".to_owned()))?;
    audit::append(
        tx,
        &super::groups::entry(
            admin,
            now,
            "help_desk.helpers_made",
            group.id,
            json!({
                "group_created": group_created,
                "assignment": assignment_id.to_string(),
                "assignment_created": assignment_created,
                "added": added.iter().map(ToString::to_string).collect::<Vec<_>>(),
            }),
        ),
    )
    .await?;
    Ok(Some(HelpDesk {
        group,
        group_created,
        assignment_id,
        assignment_created,
        added,
    }))
}

/// Whether a store failure means another transaction got there first.
fn lost_race<T>(result: std::result::Result<T, StoreError>) -> Result<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(StoreError::Conflict) => Ok(None),
        Err(other) => Err(other.into()),
    }
}

/// The Help desk group: the marked one, else the group named "Help desk" (marked now), else a
/// new one. Making or marking a group needs user management over everyone.
async fn group(
    tx: &mut store::Tx,
    admin: &Granted<ManageUsers>,
    now: time::OffsetDateTime,
) -> Result<Option<(Group, bool)>> {
    let tenant = admin.tenant_id();
    if let Some(group) = groups::find_by_purpose(tx, tenant, PURPOSE).await? {
        return Ok(Some((group, false)));
    }
    delegation::reach_everyone(admin)?;
    if let Some(group) = groups::find_by_name(tx, tenant, HELP_DESK_GROUP_NAME).await? {
        if lost_race(groups::set_purpose(tx, tenant, group.id, PURPOSE).await)?.is_none() {
            return Ok(None);
        }
        let detail = json!({ "name": group.name, "purpose": PURPOSE });
        audit::append(
            tx,
            &super::groups::entry(admin, now, "group.updated", group.id, detail),
        )
        .await?;
        return Ok(Some((group, false)));
    }
    let group = Group {
        id: GroupId::generate(),
        name: HELP_DESK_GROUP_NAME.to_owned(),
        description: "People who offer remote help to everyone in the organisation.".to_owned(),
        member_count: 0,
        created_at: now,
    };
    if lost_race(groups::insert(tx, tenant, &group).await)?.is_none()
        || lost_race(groups::set_purpose(tx, tenant, group.id, PURPOSE).await)?.is_none()
    {
        return Ok(None);
    }
    audit::append(
        tx,
        &super::groups::entry(
            admin,
            now,
            "group.created",
            group.id,
            json!({ "name": group.name, "purpose": PURPOSE }),
        ),
    )
    .await?;
    Ok(Some((group, true)))
}

/// Gives the Help desk group the Help Desk Operator role over all users, if the caller holds
/// that much themselves. `None` when another transaction took the name first.
async fn assign(
    tx: &mut store::Tx,
    admin: &Granted<ManageRoles>,
    group: GroupId,
    now: time::OffsetDateTime,
) -> Result<Option<AssignmentId>> {
    let tenant = admin.tenant_id();
    let role = roles::get(tx, tenant, help_desk_operator())
        .await?
        .ok_or_else(|| Error::Unexpected("the Help Desk Operator role is missing".to_owned()))?;
    let scope = everyone();
    delegation::holds(admin, &delegation::grants(&role.permissions, &scope))?;
    let mut name = HELP_DESK_GROUP_NAME.to_owned();
    let mut n = 1;
    while roles::assignment_name_taken(tx, tenant, &name).await? {
        n += 1;
        name = format!("{HELP_DESK_GROUP_NAME} {n}");
    }
    let assignment = Assignment {
        id: AssignmentId::generate(),
        name,
        role_id: role.id,
        member_groups: vec![group],
        scope,
        created_at: now,
    };
    if lost_race(roles::put_assignment(tx, tenant, &assignment).await)?.is_none() {
        return Ok(None);
    }
    let detail = serde_json::to_value(&assignment).unwrap_or_default();
    audit::append(
        tx,
        &Entry {
            tenant: Some(tenant),
            at: now,
            actor: admin.actor(),
            action: "role_assignment.created",
            target: format!("role_assignment:{}", assignment.id),
            detail,
        },
    )
    .await?;
    Ok(Some(assignment.id))
}
