//! Conditional access policies, stored as one JSON definition each.

use assist_protocol::api::access_policies::AccessPolicy;
use assist_protocol::ids::{AccessPolicyId, GroupId, TenantId, UserId};
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Conn, StoreError, StoreResult, parse_id, to_millis};

fn policy_from_row(row: &AnyRow) -> StoreResult<AccessPolicy> {
    serde_json::from_str(&row.try_get::<String, _>("definition")?)
        .map_err(|err| StoreError::Corrupt(format!("access policy: {err}")))
}

/// `tenant`'s policies, oldest first.
pub async fn list(c: &mut impl Conn, tenant: TenantId) -> StoreResult<Vec<AccessPolicy>> {
    let rows = sqlx::query(
        "SELECT definition FROM access_policies WHERE tenant_id = $1 ORDER BY created_at, id",
    )
    .bind(tenant.to_string())
    .fetch_all(c.conn())
    .await?;
    rows.iter().map(policy_from_row).collect()
}

/// One of `tenant`'s policies.
pub async fn get(
    c: &mut impl Conn,
    tenant: TenantId,
    id: AccessPolicyId,
) -> StoreResult<Option<AccessPolicy>> {
    let row =
        sqlx::query("SELECT definition FROM access_policies WHERE tenant_id = $1 AND id = $2")
            .bind(tenant.to_string())
            .bind(id.to_string())
            .fetch_optional(c.conn())
            .await?;
    row.as_ref().map(policy_from_row).transpose()
}

/// Writes a policy (replacing it when it exists). `Conflict` when the name is taken.
pub async fn put(c: &mut impl Conn, tenant: TenantId, policy: &AccessPolicy) -> StoreResult<()> {
    let definition =
        serde_json::to_string(policy).map_err(|err| StoreError::Corrupt(err.to_string()))?;
    sqlx::query("DELETE FROM access_policies WHERE tenant_id = $1 AND id = $2")
        .bind(tenant.to_string())
        .bind(policy.id.to_string())
        .execute(c.conn())
        .await?;
    sqlx::query("INSERT INTO access_policies (id, tenant_id, name, definition, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(policy.id.to_string())
        .bind(tenant.to_string())
        .bind(&policy.name)
        .bind(definition)
        .bind(to_millis(policy.created_at))
        .execute(c.conn())
        .await?;
    Ok(())
}

/// Deletes a policy.
pub async fn delete(c: &mut impl Conn, tenant: TenantId, id: AccessPolicyId) -> StoreResult<bool> {
    let done = sqlx::query("DELETE FROM access_policies WHERE tenant_id = $1 AND id = $2")
        .bind(tenant.to_string())
        .bind(id.to_string())
        .execute(c.conn())
        .await?;
    Ok(done.rows_affected() == 1)
}

/// The groups `user` is a member of.
pub async fn groups_of(
    c: &mut impl Conn,
    tenant: TenantId,
    user: UserId,
) -> StoreResult<Vec<GroupId>> {
    let rows =
        sqlx::query("SELECT group_id FROM group_members WHERE tenant_id = $1 AND user_id = $2")
            .bind(tenant.to_string())
            .bind(user.to_string())
            .fetch_all(c.conn())
            .await?;
    rows.iter()
        .map(|row| parse_id(&row.try_get::<String, _>("group_id")?))
        .collect()
}
