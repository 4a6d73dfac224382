//! Managing a tenant's groups and their members.

use assist_protocol::api::PageQuery;
use assist_protocol::api::groups::{CreateGroup, Group, GroupList, GroupMembers, UpdateGroup};
use assist_protocol::ids::{GroupId, UserId};
use serde_json::json;

use super::access::{Granted, ManageUsers};
use super::audit::Entry;
use super::users::parse_cursor;
use super::{Deps, Error, Result, delegation};
use crate::store::{self, audit, groups, users};

/// The audit entry of `action` on `group` by `admin`.
pub(super) fn entry(
    admin: &Granted<ManageUsers>,
    now: time::OffsetDateTime,
    action: &'static str,
    group: GroupId,
    detail: serde_json::Value,
) -> Entry {
    Entry {
        tenant: Some(admin.tenant_id()),
        at: now,
        actor: admin.actor(),
        action,
        target: format!("group:{group}"),
        detail,
    }
}

/// Creates a group.
pub async fn create(
    deps: &Deps,
    admin: &Granted<ManageUsers>,
    input: CreateGroup,
) -> Result<Group> {
    delegation::reach_everyone(admin)?;
    let now = deps.clock.now();
    let group = Group {
        id: GroupId::generate(),
        name: input.name.into(),
        description: input.description.map(String::from).unwrap_or_default(),
        member_count: 0,
        created_at: now,
    };
    let mut tx = deps.store.begin().await?;
    groups::insert(&mut tx, admin.tenant_id(), &group)
        .await
        .map_err(Error::on_conflict("a group with this name already exists"))?;
    audit::append(
        &mut tx,
        &entry(
            admin,
            now,
            "group.created",
            group.id,
            json!({ "name": group.name }),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(group)
}

/// One group.
pub async fn get(deps: &Deps, admin: &Granted<ManageUsers>, id: GroupId) -> Result<Group> {
    groups::get(&mut deps.store.db().await?, admin.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)
}

/// A page of groups.
pub async fn list(
    deps: &Deps,
    admin: &Granted<ManageUsers>,
    page: &PageQuery,
) -> Result<GroupList> {
    let after = parse_cursor::<GroupId>(page.cursor.as_deref())?;
    let limit = store::page_size(page.limit);
    let items = groups::list(&mut deps.store.db().await?, admin.tenant_id(), after, limit).await?;
    let next_cursor = (i64::try_from(items.len()).ok() == Some(limit))
        .then(|| items.last().map(|group| group.id.to_string()))
        .flatten();
    Ok(GroupList { items, next_cursor })
}

/// Renames or re-describes a group.
pub async fn update(
    deps: &Deps,
    admin: &Granted<ManageUsers>,
    id: GroupId,
    input: UpdateGroup,
) -> Result<Group> {
    delegation::reach_everyone(admin)?;
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let mut group = groups::get(&mut tx, admin.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)?;
    if let Some(name) = input.name {
        group.name = name.into();
    }
    if let Some(description) = input.description {
        group.description = description.into();
    }
    groups::update(&mut tx, admin.tenant_id(), &group)
        .await
        .map_err(Error::on_conflict("a group with this name already exists"))?;
    let detail = json!({ "name": group.name, "description": group.description });
    audit::append(&mut tx, &entry(admin, now, "group.updated", id, detail)).await?;
    tx.commit().await?;
    Ok(group)
}

/// Deletes a group (its members stay, without it).
pub async fn delete(deps: &Deps, admin: &Granted<ManageUsers>, id: GroupId) -> Result<()> {
    delegation::reach_everyone(admin)?;
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let group = groups::get(&mut tx, admin.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)?;
    groups::delete(&mut tx, admin.tenant_id(), id).await?;
    audit::append(
        &mut tx,
        &entry(
            admin,
            now,
            "group.deleted",
            id,
            json!({ "name": group.name }),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The members of a group.
pub async fn members(
    deps: &Deps,
    admin: &Granted<ManageUsers>,
    id: GroupId,
) -> Result<GroupMembers> {
    let mut db = deps.store.db().await?;
    groups::get(&mut db, admin.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)?;
    delegation::reach_group(admin, id)?;
    let rows = groups::members(&mut db, admin.tenant_id(), id).await?;
    Ok(GroupMembers {
        items: rows.into_iter().map(|row| row.user).collect(),
    })
}

/// Refuses a change to `group`'s members unless the administrator reaches the group and the
/// person, and holds whatever the group's assignments give its members: putting someone in
/// (or taking someone out of) a group hands out (or takes away) those grants.
pub(crate) async fn membership_change(
    tx: &mut store::Tx,
    admin: &Granted<ManageUsers>,
    group: GroupId,
    user: UserId,
) -> Result<()> {
    delegation::reach_group(admin, group)?;
    delegation::reach_user(tx, admin, user).await?;
    let given = delegation::grants_through_group(tx, admin, group).await?;
    delegation::holds(admin, &given)
}

/// Adds a user of the same tenant to a group (idempotent).
pub async fn add_member(
    deps: &Deps,
    admin: &Granted<ManageUsers>,
    id: GroupId,
    user: UserId,
) -> Result<()> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    groups::get(&mut tx, admin.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)?;
    users::get(&mut tx, admin.tenant_id(), user)
        .await?
        .ok_or(Error::NotFound)?;
    membership_change(&mut tx, admin, id, user).await?;
    if groups::add_member(&mut tx, admin.tenant_id(), id, user, now).await? {
        let detail = json!({ "user": user.to_string() });
        audit::append(
            &mut tx,
            &entry(admin, now, "group.member_added", id, detail),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Removes a user from a group.
pub async fn remove_member(
    deps: &Deps,
    admin: &Granted<ManageUsers>,
    id: GroupId,
    user: UserId,
) -> Result<()> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    membership_change(&mut tx, admin, id, user).await?;
    if !groups::remove_member(&mut tx, admin.tenant_id(), id, user).await? {
        return Err(Error::NotFound);
    }
    let detail = json!({ "user": user.to_string() });
    audit::append(
        &mut tx,
        &entry(admin, now, "group.member_removed", id, detail),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A group by its exact name (admin CLI).
pub async fn find_by_name(deps: &Deps, admin: &Granted<ManageUsers>, name: &str) -> Result<Group> {
    groups::find_by_name(&mut deps.store.db().await?, admin.tenant_id(), name)
        .await?
        .ok_or(Error::NotFound)
}

/// Adds a device of the same tenant to a group (idempotent), so assignments can scope it.
pub async fn add_device(
    deps: &Deps,
    admin: &Granted<ManageUsers>,
    id: GroupId,
    device: assist_protocol::ids::DeviceId,
) -> Result<()> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    groups::get(&mut tx, admin.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)?;
    store::devices::get(&mut tx, admin.tenant_id(), device)
        .await?
        .ok_or(Error::NotFound)?;
    delegation::reach_group(admin, id)?;
    if groups::add_device(&mut tx, admin.tenant_id(), id, device, now).await? {
        audit::append(
            &mut tx,
            &entry(
                admin,
                now,
                "group.device_added",
                id,
                json!({ "device": device.to_string() }),
            ),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Removes a device from a group.
pub async fn remove_device(
    deps: &Deps,
    admin: &Granted<ManageUsers>,
    id: GroupId,
    device: assist_protocol::ids::DeviceId,
) -> Result<()> {
    let now = deps.clock.now();
    delegation::reach_group(admin, id)?;
    let mut tx = deps.store.begin().await?;
    if !groups::remove_device(&mut tx, admin.tenant_id(), id, device).await? {
        return Err(Error::NotFound);
    }
    audit::append(
        &mut tx,
        &entry(
            admin,
            now,
            "group.device_removed",
            id,
            json!({ "device": device.to_string() }),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
