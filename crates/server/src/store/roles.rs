//! Roles, their permissions, and role assignments with member and scope groups.

use std::collections::BTreeSet;

use assist_protocol::api::roles::{Assignment, Permission, Role, Scope};
use assist_protocol::ids::{AssignmentId, GroupId, RoleId, TenantId, UserId};
use sqlx::Row;
use sqlx::any::AnyRow;
use time::OffsetDateTime;

use super::{Conn, StoreError, StoreResult, from_millis, parse_id, to_millis};

/// A row's `permission` column, parsed.
fn permission_in(row: &AnyRow) -> StoreResult<Permission> {
    let name: String = row.try_get("permission")?;
    Permission::from_name(&name)
        .ok_or_else(|| StoreError::Corrupt(format!("unknown permission {name:?}")))
}

/// The `permission` column of these rows, parsed and in `Permission` order.
fn permissions_in(rows: &[AnyRow]) -> StoreResult<Vec<Permission>> {
    let mut permissions = rows
        .iter()
        .map(permission_in)
        .collect::<StoreResult<Vec<_>>>()?;
    permissions.sort();
    Ok(permissions)
}

async fn role_permissions(c: &mut impl Conn, role: &str) -> StoreResult<Vec<Permission>> {
    let rows = sqlx::query(
        "SELECT permission FROM role_permissions WHERE role_id = $1 ORDER BY permission",
    )
    .bind(role)
    .fetch_all(c.conn())
    .await?;
    permissions_in(&rows)
}

async fn role_from_row(c: &mut impl Conn, row: &AnyRow) -> StoreResult<Role> {
    let id: String = row.try_get("id")?;
    Ok(Role {
        id: parse_id(&id)?,
        name: row.try_get("name")?,
        description: row.try_get("description")?,
        built_in: row.try_get::<Option<String>, _>("tenant_id")?.is_none(),
        permissions: role_permissions(c, &id).await?,
    })
}

/// The built-in roles and `tenant`'s own, built-in first.
pub async fn list(c: &mut impl Conn, tenant: TenantId) -> StoreResult<Vec<Role>> {
    let rows = sqlx::query(
        "SELECT id, tenant_id, name, description FROM roles WHERE tenant_id = $1 OR tenant_id IS NULL \
         ORDER BY CASE WHEN tenant_id IS NULL THEN 0 ELSE 1 END, created_at, id",
    )
    .bind(tenant.to_string())
    .fetch_all(c.conn())
    .await?;
    let mut roles = Vec::with_capacity(rows.len());
    for row in &rows {
        roles.push(role_from_row(c, row).await?);
    }
    Ok(roles)
}

/// A built-in role or one of `tenant`'s.
pub async fn get(c: &mut impl Conn, tenant: TenantId, id: RoleId) -> StoreResult<Option<Role>> {
    let row = sqlx::query(
        "SELECT id, tenant_id, name, description FROM roles WHERE id = $1 AND (tenant_id = $2 OR tenant_id IS NULL)",
    )
    .bind(id.to_string())
    .bind(tenant.to_string())
    .fetch_optional(c.conn())
    .await?;
    match row {
        Some(row) => Ok(Some(role_from_row(c, &row).await?)),
        None => Ok(None),
    }
}

async fn put_permissions(
    c: &mut impl Conn,
    role: RoleId,
    permissions: &[Permission],
) -> StoreResult<()> {
    sqlx::query("DELETE FROM role_permissions WHERE role_id = $1")
        .bind(role.to_string())
        .execute(c.conn())
        .await?;
    for permission in permissions.iter().collect::<BTreeSet<_>>() {
        sqlx::query("INSERT INTO role_permissions (role_id, permission) VALUES ($1, $2)")
            .bind(role.to_string())
            .bind(permission.name())
            .execute(c.conn())
            .await?;
    }
    Ok(())
}

/// Adds a custom role. `Conflict` when the name is taken.
pub async fn insert(
    c: &mut impl Conn,
    tenant: TenantId,
    role: &Role,
    now: OffsetDateTime,
) -> StoreResult<()> {
    sqlx::query("INSERT INTO roles (id, tenant_id, name, description, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(role.id.to_string())
        .bind(tenant.to_string())
        .bind(&role.name)
        .bind(&role.description)
        .bind(to_millis(now))
        .execute(c.conn())
        .await?;
    put_permissions(c, role.id, &role.permissions).await
}

/// Rewrites a custom role of `tenant` (never a built-in one).
pub async fn update(c: &mut impl Conn, tenant: TenantId, role: &Role) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE roles SET name = $1, description = $2 WHERE id = $3 AND tenant_id = $4",
    )
    .bind(&role.name)
    .bind(&role.description)
    .bind(role.id.to_string())
    .bind(tenant.to_string())
    .execute(c.conn())
    .await?;
    if done.rows_affected() == 1 {
        put_permissions(c, role.id, &role.permissions).await?;
    }
    Ok(done.rows_affected() == 1)
}

/// Deletes a custom role of `tenant`.
pub async fn delete(c: &mut impl Conn, tenant: TenantId, id: RoleId) -> StoreResult<bool> {
    let done = sqlx::query("DELETE FROM roles WHERE id = $1 AND tenant_id = $2")
        .bind(id.to_string())
        .bind(tenant.to_string())
        .execute(c.conn())
        .await?;
    Ok(done.rows_affected() == 1)
}

/// How many assignments give this role.
pub async fn assignments_using(
    c: &mut impl Conn,
    tenant: TenantId,
    role: RoleId,
) -> StoreResult<i64> {
    Ok(sqlx::query(
        "SELECT COUNT(*) AS n FROM role_assignments WHERE tenant_id = $1 AND role_id = $2",
    )
    .bind(tenant.to_string())
    .bind(role.to_string())
    .fetch_one(c.conn())
    .await?
    .try_get("n")?)
}

const SELECT_ASSIGNMENT: &str =
    "SELECT id, name, role_id, all_users, all_devices, created_at FROM role_assignments";

async fn assignment_from_row(c: &mut impl Conn, row: &AnyRow) -> StoreResult<Assignment> {
    let id: String = row.try_get("id")?;
    let groups = sqlx::query(
        "SELECT group_id, kind FROM assignment_groups WHERE assignment_id = $1 ORDER BY group_id",
    )
    .bind(&id)
    .fetch_all(c.conn())
    .await?;
    let mut member_groups = Vec::new();
    let mut scope_groups = Vec::new();
    for group in &groups {
        let group_id = parse_id(&group.try_get::<String, _>("group_id")?)?;
        match group.try_get::<String, _>("kind")?.as_str() {
            "member" => member_groups.push(group_id),
            _ => scope_groups.push(group_id),
        }
    }
    Ok(Assignment {
        id: parse_id(&id)?,
        name: row.try_get("name")?,
        role_id: parse_id(&row.try_get::<String, _>("role_id")?)?,
        member_groups,
        scope: Scope {
            all_users: row.try_get::<i64, _>("all_users")? != 0,
            all_devices: row.try_get::<i64, _>("all_devices")? != 0,
            groups: scope_groups,
        },
        created_at: from_millis(row.try_get("created_at")?)?,
    })
}

/// `tenant`'s assignments, oldest first.
pub async fn list_assignments(c: &mut impl Conn, tenant: TenantId) -> StoreResult<Vec<Assignment>> {
    let rows = sqlx::query(&format!(
        "{SELECT_ASSIGNMENT} WHERE tenant_id = $1 ORDER BY created_at, id"
    ))
    .bind(tenant.to_string())
    .fetch_all(c.conn())
    .await?;
    let mut items = Vec::with_capacity(rows.len());
    for row in &rows {
        items.push(assignment_from_row(c, row).await?);
    }
    Ok(items)
}

/// One of `tenant`'s assignments.
pub async fn get_assignment(
    c: &mut impl Conn,
    tenant: TenantId,
    id: AssignmentId,
) -> StoreResult<Option<Assignment>> {
    let row = sqlx::query(&format!(
        "{SELECT_ASSIGNMENT} WHERE tenant_id = $1 AND id = $2"
    ))
    .bind(tenant.to_string())
    .bind(id.to_string())
    .fetch_optional(c.conn())
    .await?;
    match row {
        Some(row) => Ok(Some(assignment_from_row(c, &row).await?)),
        None => Ok(None),
    }
}

/// Writes an assignment (replacing it when it exists). The caller checked that its role and
/// groups are the tenant's.
pub async fn put_assignment(
    c: &mut impl Conn,
    tenant: TenantId,
    assignment: &Assignment,
) -> StoreResult<()> {
    sqlx::query("DELETE FROM role_assignments WHERE tenant_id = $1 AND id = $2")
        .bind(tenant.to_string())
        .bind(assignment.id.to_string())
        .execute(c.conn())
        .await?;
    sqlx::query(
        "INSERT INTO role_assignments (id, tenant_id, role_id, name, all_users, all_devices, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(assignment.id.to_string())
    .bind(tenant.to_string())
    .bind(assignment.role_id.to_string())
    .bind(&assignment.name)
    .bind(i64::from(assignment.scope.all_users))
    .bind(i64::from(assignment.scope.all_devices))
    .bind(to_millis(assignment.created_at))
    .execute(c.conn())
    .await?;
    let groups = assignment.member_groups.iter().map(|g| (g, "member"));
    for (group, kind) in groups.chain(assignment.scope.groups.iter().map(|g| (g, "scope"))) {
        sqlx::query(
            "INSERT INTO assignment_groups (assignment_id, group_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(assignment.id.to_string())
        .bind(group.to_string())
        .bind(kind)
        .execute(c.conn())
        .await?;
    }
    Ok(())
}

/// An assignment of `tenant` that gives `role` to the members of `member_group` over all
/// users (whatever else it names), the oldest first.
pub async fn find_over_all_users(
    c: &mut impl Conn,
    tenant: TenantId,
    role: RoleId,
    member_group: GroupId,
) -> StoreResult<Option<AssignmentId>> {
    let row = sqlx::query(
        "SELECT a.id FROM role_assignments a \
         JOIN assignment_groups ag ON ag.assignment_id = a.id AND ag.kind = 'member' \
         WHERE a.tenant_id = $1 AND a.role_id = $2 AND ag.group_id = $3 AND a.all_users = 1 \
         ORDER BY a.created_at, a.id LIMIT 1",
    )
    .bind(tenant.to_string())
    .bind(role.to_string())
    .bind(member_group.to_string())
    .fetch_optional(c.conn())
    .await?;
    row.map(|row| parse_id(&row.try_get::<String, _>("id")?))
        .transpose()
}

/// How many enabled people of `tenant` hold both `first` and `second` through their role
/// assignments (over any scope).
pub async fn count_holders(
    c: &mut impl Conn,
    tenant: TenantId,
    first: Permission,
    second: Permission,
) -> StoreResult<i64> {
    Ok(sqlx::query(
        "SELECT COUNT(*) AS n FROM users u WHERE u.tenant_id = $1 AND u.disabled = 0 AND \
         (SELECT COUNT(DISTINCT rp.permission) FROM group_members m \
          JOIN assignment_groups ag ON ag.group_id = m.group_id AND ag.kind = 'member' \
          JOIN role_assignments a ON a.id = ag.assignment_id AND a.tenant_id = $1 \
          JOIN role_permissions rp ON rp.role_id = a.role_id \
          WHERE m.user_id = u.id AND rp.permission IN ($2, $3)) = 2",
    )
    .bind(tenant.to_string())
    .bind(first.name())
    .bind(second.name())
    .fetch_one(c.conn())
    .await?
    .try_get("n")?)
}

/// Whether an assignment of `tenant` has this name.
pub async fn assignment_name_taken(
    c: &mut impl Conn,
    tenant: TenantId,
    name: &str,
) -> StoreResult<bool> {
    Ok(
        sqlx::query("SELECT 1 AS one FROM role_assignments WHERE tenant_id = $1 AND name = $2")
            .bind(tenant.to_string())
            .bind(name)
            .fetch_optional(c.conn())
            .await?
            .is_some(),
    )
}

/// Deletes one of `tenant`'s assignments.
pub async fn delete_assignment(
    c: &mut impl Conn,
    tenant: TenantId,
    id: AssignmentId,
) -> StoreResult<bool> {
    let done = sqlx::query("DELETE FROM role_assignments WHERE tenant_id = $1 AND id = $2")
        .bind(tenant.to_string())
        .bind(id.to_string())
        .execute(c.conn())
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Each permission the assignments matching a fixed SQL condition on `a` give, with its
/// scope; `$1` is the tenant, `$2` is `arg`. For conditions written in this crate only.
async fn grants_where(
    c: &mut impl Conn,
    tenant: TenantId,
    condition: &'static str,
    arg: String,
) -> StoreResult<Vec<(Permission, Scope)>> {
    // Two queries whatever the number of assignments: this runs for every authenticated
    // request. First each assignment with its role's permissions, then their scope groups.
    let permissions = sqlx::query(&format!(
        "SELECT a.id, a.all_users, a.all_devices, rp.permission FROM role_assignments a \
         JOIN role_permissions rp ON rp.role_id = a.role_id \
         WHERE a.tenant_id = $1 AND ({condition}) ORDER BY a.id, rp.permission"
    ))
    .bind(tenant.to_string())
    .bind(&arg)
    .fetch_all(c.conn())
    .await?;
    let scope_groups = sqlx::query(&format!(
        "SELECT sg.assignment_id, sg.group_id FROM assignment_groups sg \
         JOIN role_assignments a ON a.id = sg.assignment_id \
         WHERE sg.kind = 'scope' AND a.tenant_id = $1 AND ({condition}) ORDER BY sg.group_id"
    ))
    .bind(tenant.to_string())
    .bind(&arg)
    .fetch_all(c.conn())
    .await?;
    let mut groups: std::collections::HashMap<String, Vec<GroupId>> =
        std::collections::HashMap::new();
    for row in &scope_groups {
        groups
            .entry(row.try_get("assignment_id")?)
            .or_default()
            .push(parse_id(&row.try_get::<String, _>("group_id")?)?);
    }
    let mut grants = Vec::with_capacity(permissions.len());
    for row in &permissions {
        let id: String = row.try_get("id")?;
        grants.push((
            permission_in(row)?,
            Scope {
                all_users: row.try_get::<i64, _>("all_users")? != 0,
                all_devices: row.try_get::<i64, _>("all_devices")? != 0,
                groups: groups.get(&id).cloned().unwrap_or_default(),
            },
        ));
    }
    Ok(grants)
}

/// What `user`'s assignments give: each permission with the scope of the assignment.
pub async fn grants_of(
    c: &mut impl Conn,
    tenant: TenantId,
    user: UserId,
) -> StoreResult<Vec<(Permission, Scope)>> {
    let member = "EXISTS (SELECT 1 FROM assignment_groups ag \
         JOIN group_members m ON m.group_id = ag.group_id \
         WHERE ag.assignment_id = a.id AND ag.kind = 'member' AND m.user_id = $2)";
    grants_where(c, tenant, member, user.to_string()).await
}

/// What joining `group` gives: the grants of the assignments it is a member group of.
pub async fn grants_through_group(
    c: &mut impl Conn,
    tenant: TenantId,
    group: GroupId,
) -> StoreResult<Vec<(Permission, Scope)>> {
    let member = "EXISTS (SELECT 1 FROM assignment_groups ag \
         WHERE ag.assignment_id = a.id AND ag.kind = 'member' AND ag.group_id = $2)";
    grants_where(c, tenant, member, group.to_string()).await
}

/// What the assignments giving `role` give.
pub async fn grants_of_role(
    c: &mut impl Conn,
    tenant: TenantId,
    role: RoleId,
) -> StoreResult<Vec<(Permission, Scope)>> {
    grants_where(c, tenant, "a.role_id = $2", role.to_string()).await
}

/// The permissions `user`'s assignments give over one person or device: those of assignments
/// whose scope matches `scope`, a fixed SQL condition on the assignment `a` whose parameter
/// `$3` is `target`.
async fn permissions_scoped(
    c: &mut impl Conn,
    tenant: TenantId,
    user: UserId,
    scope: &'static str,
    target: String,
) -> StoreResult<BTreeSet<Permission>> {
    let rows = sqlx::query(&format!(
        "SELECT DISTINCT rp.permission FROM role_assignments a \
         JOIN assignment_groups ag ON ag.assignment_id = a.id AND ag.kind = 'member' \
         JOIN group_members m ON m.group_id = ag.group_id AND m.user_id = $2 \
         JOIN role_permissions rp ON rp.role_id = a.role_id \
         WHERE a.tenant_id = $1 AND ({scope})"
    ))
    .bind(tenant.to_string())
    .bind(user.to_string())
    .bind(target)
    .fetch_all(c.conn())
    .await?;
    Ok(permissions_in(&rows)?.into_iter().collect())
}

/// The permissions `user`'s assignments give over `target` (a user of the same tenant): those
/// of assignments scoped to all users or to a group `target` is in.
pub async fn permissions_over_user(
    c: &mut impl Conn,
    tenant: TenantId,
    user: UserId,
    target: UserId,
) -> StoreResult<BTreeSet<Permission>> {
    let scope = "a.all_users = 1 OR EXISTS (SELECT 1 FROM assignment_groups sg \
         JOIN group_members t ON t.group_id = sg.group_id \
         WHERE sg.assignment_id = a.id AND sg.kind = 'scope' AND t.user_id = $3)";
    permissions_scoped(c, tenant, user, scope, target.to_string()).await
}

/// The permissions `user`'s assignments give over `device`: those of assignments scoped to all
/// devices or to a group the device is in.
pub async fn permissions_over_device(
    c: &mut impl Conn,
    tenant: TenantId,
    user: UserId,
    device: assist_protocol::ids::DeviceId,
) -> StoreResult<BTreeSet<Permission>> {
    let scope = "a.all_devices = 1 OR EXISTS (SELECT 1 FROM assignment_groups sg \
         JOIN group_devices t ON t.group_id = sg.group_id \
         WHERE sg.assignment_id = a.id AND sg.kind = 'scope' AND t.device_id = $3)";
    permissions_scoped(c, tenant, user, scope, device.to_string()).await
}
