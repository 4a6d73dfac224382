//! Tenants.

use assist_protocol::api::tenants::Tenant;
use assist_protocol::ids::TenantId;
use sqlx::Row;
use sqlx::any::AnyRow;
use time::OffsetDateTime;

use super::{Conn, StoreResult, from_millis, parse_id, to_millis};

fn tenant_from_row(row: &AnyRow) -> StoreResult<Tenant> {
    Ok(Tenant {
        id: parse_id(&row.try_get::<String, _>("id")?)?,
        name: row.try_get("name")?,
        created_at: from_millis(row.try_get("created_at")?)?,
    })
}

/// Adds a tenant.
pub async fn insert(c: &mut impl Conn, tenant: &Tenant) -> StoreResult<()> {
    sqlx::query("INSERT INTO tenants (id, name, created_at) VALUES ($1, $2, $3)")
        .bind(tenant.id.to_string())
        .bind(&tenant.name)
        .bind(to_millis(tenant.created_at))
        .execute(c.conn())
        .await?;
    Ok(())
}

/// A tenant by ID.
pub async fn get(c: &mut impl Conn, id: TenantId) -> StoreResult<Option<Tenant>> {
    let row = sqlx::query("SELECT id, name, created_at FROM tenants WHERE id = $1")
        .bind(id.to_string())
        .fetch_optional(c.conn())
        .await?;
    row.as_ref().map(tenant_from_row).transpose()
}

/// Every tenant, oldest first (for the admin CLI).
pub async fn list_all(c: &mut impl Conn) -> StoreResult<Vec<Tenant>> {
    let rows = sqlx::query("SELECT id, name, created_at FROM tenants ORDER BY created_at, id")
        .fetch_all(c.conn())
        .await?;
    rows.iter().map(tenant_from_row).collect()
}

/// Whether any tenant exists (a first start has none).
pub async fn any_exist(c: &mut impl Conn) -> StoreResult<bool> {
    let count: i64 = sqlx::query("SELECT COUNT(*) AS n FROM tenants")
        .fetch_one(c.conn())
        .await?
        .try_get("n")?;
    Ok(count > 0)
}

/// Renames a tenant; false when it does not exist.
pub async fn rename(c: &mut impl Conn, id: TenantId, name: &str) -> StoreResult<bool> {
    let done = sqlx::query("UPDATE tenants SET name = $1 WHERE id = $2")
        .bind(name)
        .bind(id.to_string())
        .execute(c.conn())
        .await?;
    Ok(done.rows_affected() == 1)
}

/// A new tenant record, created now.
#[must_use]
pub fn new_tenant(name: &str, now: OffsetDateTime) -> Tenant {
    Tenant {
        id: TenantId::generate(),
        name: name.to_owned(),
        created_at: now,
    }
}
