//! Managing roles and role assignments, and the scoped check of who may help whom.

use assist_protocol::api::roles::{
    Assignment, AssignmentInput, AssignmentList, CreateRole, Permission, Role, RoleList, Scope,
    UpdateRole,
};
use assist_protocol::ids::{AssignmentId, GroupId, RoleId, TenantId, UserId};
use serde_json::json;

use super::access::{Grant, Granted, ManageRoles, MayHelp, Principal};
use super::audit::Entry;
use super::{Deps, Error, Result, delegation};
use crate::store::{self, audit, groups, roles, users};

fn entry(
    admin: &Granted<ManageRoles>,
    now: time::OffsetDateTime,
    action: &'static str,
    target: String,
    detail: serde_json::Value,
) -> Entry {
    Entry {
        tenant: Some(admin.tenant_id()),
        at: now,
        actor: admin.actor(),
        action,
        target,
        detail,
    }
}

/// The built-in roles and the tenant's own.
pub async fn list(deps: &Deps, admin: &Granted<ManageRoles>) -> Result<RoleList> {
    Ok(RoleList {
        items: roles::list(&mut deps.store.db().await?, admin.tenant_id()).await?,
    })
}

/// One role.
pub async fn get(deps: &Deps, admin: &Granted<ManageRoles>, id: RoleId) -> Result<Role> {
    roles::get(&mut deps.store.db().await?, admin.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)
}

/// Creates a custom role.
pub async fn create(deps: &Deps, admin: &Granted<ManageRoles>, input: CreateRole) -> Result<Role> {
    delegation::holds_permissions(admin, &input.permissions)?;
    let now = deps.clock.now();
    let role = Role {
        id: RoleId::generate(),
        name: input.name.into(),
        description: input.description.map(String::from).unwrap_or_default(),
        built_in: false,
        permissions: sorted(input.permissions),
    };
    let mut tx = deps.store.begin().await?;
    roles::insert(&mut tx, admin.tenant_id(), &role, now)
        .await
        .map_err(Error::on_conflict("this name is already used"))?;
    let detail = json!({ "name": role.name, "permissions": role.permissions });
    audit::append(
        &mut tx,
        &entry(
            admin,
            now,
            "role.created",
            format!("role:{}", role.id),
            detail,
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(role)
}

fn sorted(mut permissions: Vec<Permission>) -> Vec<Permission> {
    permissions.sort();
    permissions.dedup();
    permissions
}

/// Changes a custom role; built-in roles cannot change.
pub async fn update(
    deps: &Deps,
    admin: &Granted<ManageRoles>,
    id: RoleId,
    input: UpdateRole,
) -> Result<Role> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let mut role = roles::get(&mut tx, admin.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)?;
    if role.built_in {
        return Err(Error::Conflict(
            "built-in roles cannot be changed; create a custom role instead".to_owned(),
        ));
    }
    let before = role.permissions.clone();
    if let Some(name) = input.name {
        role.name = name.into();
    }
    if let Some(description) = input.description {
        role.description = description.into();
    }
    if let Some(permissions) = input.permissions {
        role.permissions = sorted(permissions);
    }
    // What the role's assignments give now and would give after: the administrator must hold
    // both, so that they neither hand out nor take away what they do not hold.
    let given: Vec<Grant> = roles::grants_of_role(&mut tx, admin.tenant_id(), id)
        .await?
        .into_iter()
        .map(|(permission, scope)| Grant { permission, scope })
        .collect();
    let mut scopes: Vec<&Scope> = given.iter().map(|grant| &grant.scope).collect();
    scopes.dedup();
    let after: Vec<Grant> = scopes
        .into_iter()
        .flat_map(|scope| delegation::grants(&role.permissions, scope))
        .collect();
    delegation::holds_permissions(admin, &role.permissions)?;
    delegation::holds(admin, &given)?;
    delegation::holds(admin, &after)?;
    roles::update(&mut tx, admin.tenant_id(), &role)
        .await
        .map_err(Error::on_conflict("this name is already used"))?;
    let detail =
        json!({ "name": role.name, "permissions_before": before, "permissions": role.permissions });
    audit::append(
        &mut tx,
        &entry(admin, now, "role.updated", format!("role:{id}"), detail),
    )
    .await?;
    tx.commit().await?;
    Ok(role)
}

/// Deletes a custom role no assignment gives.
pub async fn delete(deps: &Deps, admin: &Granted<ManageRoles>, id: RoleId) -> Result<()> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let role = roles::get(&mut tx, admin.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)?;
    if role.built_in {
        return Err(Error::Conflict(
            "built-in roles cannot be deleted".to_owned(),
        ));
    }
    if roles::assignments_using(&mut tx, admin.tenant_id(), id).await? > 0 {
        return Err(Error::Conflict(
            "assignments still give this role; delete them first".to_owned(),
        ));
    }
    roles::delete(&mut tx, admin.tenant_id(), id).await?;
    audit::append(
        &mut tx,
        &entry(
            admin,
            now,
            "role.deleted",
            format!("role:{id}"),
            json!({ "name": role.name }),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The tenant's assignments.
pub async fn list_assignments(deps: &Deps, admin: &Granted<ManageRoles>) -> Result<AssignmentList> {
    Ok(AssignmentList {
        items: roles::list_assignments(&mut deps.store.db().await?, admin.tenant_id()).await?,
    })
}

/// One assignment.
pub async fn get_assignment(
    deps: &Deps,
    admin: &Granted<ManageRoles>,
    id: AssignmentId,
) -> Result<Assignment> {
    roles::get_assignment(&mut deps.store.db().await?, admin.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)
}

/// Checks an assignment's role and groups are the tenant's, inside the transaction.
async fn check_references(
    tx: &mut store::Tx,
    admin: &Granted<ManageRoles>,
    input: &AssignmentInput,
) -> Result<()> {
    if input.member_groups.is_empty() {
        return Err(Error::Invalid(
            "an assignment needs at least one member group".to_owned(),
        ));
    }
    if !input.scope.all_users && !input.scope.all_devices && input.scope.groups.is_empty() {
        return Err(Error::Invalid(
            "an assignment needs a scope: all users, all devices, or groups".to_owned(),
        ));
    }
    roles::get(tx, admin.tenant_id(), input.role_id)
        .await?
        .ok_or_else(|| Error::Invalid("no such role in this tenant".to_owned()))?;
    let referenced: Vec<GroupId> = input
        .member_groups
        .iter()
        .chain(&input.scope.groups)
        .copied()
        .collect();
    for group in referenced {
        if groups::get(tx, admin.tenant_id(), group).await?.is_none() {
            return Err(Error::Invalid(format!("no group {group} in this tenant")));
        }
    }
    Ok(())
}

/// What an assignment of `role` over `scope` gives its members.
async fn assignment_grants(
    tx: &mut store::Tx,
    admin: &Granted<ManageRoles>,
    role: RoleId,
    scope: &Scope,
) -> Result<Vec<Grant>> {
    let role = roles::get(tx, admin.tenant_id(), role)
        .await?
        .ok_or_else(|| Error::Invalid("no such role in this tenant".to_owned()))?;
    Ok(delegation::grants(&role.permissions, scope))
}

/// Creates (`id` is `None`) or replaces an assignment.
pub async fn put_assignment(
    deps: &Deps,
    admin: &Granted<ManageRoles>,
    id: Option<AssignmentId>,
    input: AssignmentInput,
) -> Result<Assignment> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let created_at = match id {
        Some(id) => {
            let before = roles::get_assignment(&mut tx, admin.tenant_id(), id)
                .await?
                .ok_or(Error::NotFound)?;
            let given = assignment_grants(&mut tx, admin, before.role_id, &before.scope).await?;
            delegation::holds(admin, &given)?;
            before.created_at
        }
        None => now,
    };
    check_references(&mut tx, admin, &input).await?;
    let giving = assignment_grants(&mut tx, admin, input.role_id, &input.scope).await?;
    delegation::holds(admin, &giving)?;
    let mut scope = input.scope;
    scope.groups.sort();
    scope.groups.dedup();
    let mut member_groups = input.member_groups;
    member_groups.sort();
    member_groups.dedup();
    let assignment = Assignment {
        id: id.unwrap_or_else(AssignmentId::generate),
        name: input.name.into(),
        role_id: input.role_id,
        member_groups,
        scope,
        created_at,
    };
    roles::put_assignment(&mut tx, admin.tenant_id(), &assignment)
        .await
        .map_err(Error::on_conflict("this name is already used"))?;
    let action = if id.is_some() {
        "role_assignment.updated"
    } else {
        "role_assignment.created"
    };
    let detail = serde_json::to_value(&assignment).unwrap_or_default();
    audit::append(
        &mut tx,
        &entry(
            admin,
            now,
            action,
            format!("role_assignment:{}", assignment.id),
            detail,
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(assignment)
}

/// Deletes an assignment.
pub async fn delete_assignment(
    deps: &Deps,
    admin: &Granted<ManageRoles>,
    id: AssignmentId,
) -> Result<()> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let assignment = roles::get_assignment(&mut tx, admin.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)?;
    let given = assignment_grants(&mut tx, admin, assignment.role_id, &assignment.scope).await?;
    delegation::holds(admin, &given)?;
    roles::delete_assignment(&mut tx, admin.tenant_id(), id).await?;
    let detail = json!({ "name": assignment.name, "role_id": assignment.role_id });
    audit::append(
        &mut tx,
        &entry(
            admin,
            now,
            "role_assignment.deleted",
            format!("role_assignment:{id}"),
            detail,
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// May `principal` help `target`? Needs "offer remote assistance" and "view screen" through
/// assignments whose scope covers `target`; "take full control" in such an assignment adds
/// control. A tenant owner may help anyone in the tenant. `Forbidden` otherwise, and
/// `NotFound` for someone outside the tenant.
pub async fn authorize_help(deps: &Deps, principal: &Principal, target: UserId) -> Result<MayHelp> {
    users::get(&mut deps.store.db().await?, principal.tenant_id, target)
        .await?
        .ok_or(Error::NotFound)?;
    help_scope(
        deps,
        principal.tenant_id,
        principal.user_id,
        principal.is_admin,
        target,
    )
    .await
}

/// [`authorize_help`] for a helper who is not the caller (the sharer joining a session
/// checks the helper's scope over them), for a `target` known to be in `tenant`.
pub(crate) async fn help_scope(
    deps: &Deps,
    tenant: TenantId,
    helper: UserId,
    helper_is_admin: bool,
    target: UserId,
) -> Result<MayHelp> {
    if helper_is_admin {
        return Ok(MayHelp::new(tenant, helper, target, true));
    }
    let mut db = deps.store.db().await?;
    let over = roles::permissions_over_user(&mut db, tenant, helper, target).await?;
    if !(over.contains(&Permission::OfferRemoteAssistance)
        && over.contains(&Permission::ViewScreen))
    {
        return Err(Error::Forbidden(
            "this person is outside the scope of your remote help roles".to_owned(),
        ));
    }
    let control = over.contains(&Permission::TakeFullControl);
    Ok(MayHelp::new(tenant, helper, target, control))
}

/// May `principal` help on `device`? Like [`authorize_help`], through assignments whose scope
/// covers the device (all devices, or a scope group it is in). Sessions for a chosen device
/// check both the person and the device. True when control is also allowed.
pub async fn authorize_help_on_device(
    deps: &Deps,
    principal: &Principal,
    device: assist_protocol::ids::DeviceId,
) -> Result<bool> {
    device_scope(
        deps,
        principal.tenant_id,
        principal.user_id,
        principal.is_admin,
        device,
    )
    .await
}

/// [`authorize_help_on_device`] for a helper who is not the caller.
pub(crate) async fn device_scope(
    deps: &Deps,
    tenant: TenantId,
    helper: UserId,
    helper_is_admin: bool,
    device: assist_protocol::ids::DeviceId,
) -> Result<bool> {
    let mut db = deps.store.db().await?;
    store::devices::get(&mut db, tenant, device)
        .await?
        .ok_or(Error::NotFound)?;
    if helper_is_admin {
        return Ok(true);
    }
    let over = roles::permissions_over_device(&mut db, tenant, helper, device).await?;
    if !(over.contains(&Permission::OfferRemoteAssistance)
        && over.contains(&Permission::ViewScreen))
    {
        return Err(Error::Forbidden(
            "this device is outside the scope of your remote help roles".to_owned(),
        ));
    }
    Ok(over.contains(&Permission::TakeFullControl))
}
