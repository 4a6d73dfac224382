//! Groups and their members, always bounded by a tenant.

use assist_protocol::api::groups::Group;
use assist_protocol::ids::{GroupId, TenantId, UserId};
use sqlx::Row;
use sqlx::any::AnyRow;
use time::OffsetDateTime;

use super::users::UserRow;
use super::{Conn, StoreResult, from_millis, parse_id, to_millis};

const SELECT: &str = "SELECT g.id, g.name, g.description, g.created_at, \
     (SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id) AS members \
     FROM user_groups g";

fn group_from_row(row: &AnyRow) -> StoreResult<Group> {
    Ok(Group {
        id: parse_id(&row.try_get::<String, _>("id")?)?,
        name: row.try_get("name")?,
        description: row.try_get("description")?,
        member_count: u64::try_from(row.try_get::<i64, _>("members")?).unwrap_or_default(),
        created_at: from_millis(row.try_get("created_at")?)?,
    })
}

/// Adds a group. Fails with `Conflict` when the name is taken in the tenant.
pub async fn insert(c: &mut impl Conn, tenant: TenantId, group: &Group) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO user_groups (id, tenant_id, name, description, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(group.id.to_string())
    .bind(tenant.to_string())
    .bind(&group.name)
    .bind(&group.description)
    .bind(to_millis(group.created_at))
    .execute(c.conn())
    .await?;
    Ok(())
}

/// A group of `tenant`.
pub async fn get(c: &mut impl Conn, tenant: TenantId, id: GroupId) -> StoreResult<Option<Group>> {
    let row = sqlx::query(&format!("{SELECT} WHERE g.tenant_id = $1 AND g.id = $2"))
        .bind(tenant.to_string())
        .bind(id.to_string())
        .fetch_optional(c.conn())
        .await?;
    row.as_ref().map(group_from_row).transpose()
}

/// The groups `user` is a member of.
pub async fn of_user(
    c: &mut impl Conn,
    tenant: TenantId,
    user: UserId,
) -> StoreResult<Vec<GroupId>> {
    sqlx::query(
        "SELECT m.group_id FROM group_members m JOIN user_groups g ON g.id = m.group_id \
         WHERE g.tenant_id = $1 AND m.user_id = $2 ORDER BY m.group_id",
    )
    .bind(tenant.to_string())
    .bind(user.to_string())
    .fetch_all(c.conn())
    .await?
    .iter()
    .map(|row| parse_id(&row.try_get::<String, _>("group_id")?))
    .collect()
}

/// A page of `tenant`'s groups after `after`.
pub async fn list(
    c: &mut impl Conn,
    tenant: TenantId,
    after: Option<GroupId>,
    limit: i64,
) -> StoreResult<Vec<Group>> {
    let rows = sqlx::query(&format!(
        "{SELECT} WHERE g.tenant_id = $1 AND g.id > $2 ORDER BY g.id LIMIT $3"
    ))
    .bind(tenant.to_string())
    .bind(after.map(|id| id.to_string()).unwrap_or_default())
    .bind(limit)
    .fetch_all(c.conn())
    .await?;
    rows.iter().map(group_from_row).collect()
}

/// Writes a group's name and description.
pub async fn update(c: &mut impl Conn, tenant: TenantId, group: &Group) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE user_groups SET name = $1, description = $2 WHERE tenant_id = $3 AND id = $4",
    )
    .bind(&group.name)
    .bind(&group.description)
    .bind(tenant.to_string())
    .bind(group.id.to_string())
    .execute(c.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Deletes a group and its memberships.
pub async fn delete(c: &mut impl Conn, tenant: TenantId, id: GroupId) -> StoreResult<bool> {
    let done = sqlx::query("DELETE FROM user_groups WHERE tenant_id = $1 AND id = $2")
        .bind(tenant.to_string())
        .bind(id.to_string())
        .execute(c.conn())
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Adds a member; false when they already were one. The caller has checked that group and
/// user both belong to `tenant`.
pub async fn add_member(
    c: &mut impl Conn,
    tenant: TenantId,
    group: GroupId,
    user: UserId,
    now: OffsetDateTime,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "INSERT INTO group_members (group_id, user_id, tenant_id, added_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
    )
    .bind(group.to_string())
    .bind(user.to_string())
    .bind(tenant.to_string())
    .bind(to_millis(now))
    .execute(c.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes a member; false when they were not one.
pub async fn remove_member(
    c: &mut impl Conn,
    tenant: TenantId,
    group: GroupId,
    user: UserId,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "DELETE FROM group_members WHERE tenant_id = $1 AND group_id = $2 AND user_id = $3",
    )
    .bind(tenant.to_string())
    .bind(group.to_string())
    .bind(user.to_string())
    .execute(c.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The members of a group, oldest account first.
pub async fn members(
    c: &mut impl Conn,
    tenant: TenantId,
    group: GroupId,
) -> StoreResult<Vec<UserRow>> {
    let users = super::users::list_where(
        c,
        tenant,
        "u.id IN (SELECT m.user_id FROM group_members m WHERE m.group_id = $2)",
        &group.to_string(),
    )
    .await?;
    Ok(users)
}

/// A group of `tenant` by exact name.
pub async fn find_by_name(
    c: &mut impl Conn,
    tenant: TenantId,
    name: &str,
) -> StoreResult<Option<Group>> {
    let row = sqlx::query(&format!("{SELECT} WHERE g.tenant_id = $1 AND g.name = $2"))
        .bind(tenant.to_string())
        .bind(name)
        .fetch_optional(c.conn())
        .await?;
    row.as_ref().map(group_from_row).transpose()
}

/// The group of `tenant` that is marked for `purpose` (see [`set_purpose`]).
pub async fn find_by_purpose(
    c: &mut impl Conn,
    tenant: TenantId,
    purpose: &str,
) -> StoreResult<Option<Group>> {
    let row = sqlx::query(&format!(
        "{SELECT} WHERE g.tenant_id = $1 AND g.purpose = $2"
    ))
    .bind(tenant.to_string())
    .bind(purpose)
    .fetch_optional(c.conn())
    .await?;
    row.as_ref().map(group_from_row).transpose()
}

/// Marks a group as the one of its tenant that serves `purpose` (such as `help_desk`).
/// Fails with `Conflict` when another group of the tenant already serves it.
pub async fn set_purpose(
    c: &mut impl Conn,
    tenant: TenantId,
    id: GroupId,
    purpose: &str,
) -> StoreResult<bool> {
    let done = sqlx::query("UPDATE user_groups SET purpose = $1 WHERE tenant_id = $2 AND id = $3")
        .bind(purpose)
        .bind(tenant.to_string())
        .bind(id.to_string())
        .execute(c.conn())
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Adds a device to a group; false when it already was in it. The caller has checked that
/// both belong to `tenant`.
pub async fn add_device(
    c: &mut impl Conn,
    tenant: TenantId,
    group: GroupId,
    device: assist_protocol::ids::DeviceId,
    now: OffsetDateTime,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "INSERT INTO group_devices (group_id, device_id, tenant_id, added_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT DO NOTHING",
    )
    .bind(group.to_string())
    .bind(device.to_string())
    .bind(tenant.to_string())
    .bind(to_millis(now))
    .execute(c.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes a device from a group; false when it was not in it.
pub async fn remove_device(
    c: &mut impl Conn,
    tenant: TenantId,
    group: GroupId,
    device: assist_protocol::ids::DeviceId,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "DELETE FROM group_devices WHERE tenant_id = $1 AND group_id = $2 AND device_id = $3",
    )
    .bind(tenant.to_string())
    .bind(group.to_string())
    .bind(device.to_string())
    .execute(c.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}
