//! A tenant's claimed and verified DNS domains.

use assist_protocol::api::domains::Domain;
use assist_protocol::ids::TenantId;
use sqlx::Row;
use sqlx::any::AnyRow;
use time::OffsetDateTime;

use super::{Conn, StoreResult, from_millis, to_millis};

fn domain_from_row(row: &AnyRow) -> StoreResult<Domain> {
    Ok(Domain {
        domain: row.try_get("domain")?,
        txt_record: row.try_get("txt_token")?,
        created_at: from_millis(row.try_get("created_at")?)?,
        verified_at: row
            .try_get::<Option<i64>, _>("verified_at")?
            .map(from_millis)
            .transpose()?,
    })
}

const SELECT: &str = "SELECT domain, txt_token, created_at, verified_at FROM tenant_domains";

/// `tenant`'s domains, alphabetically.
pub async fn list(c: &mut impl Conn, tenant: TenantId) -> StoreResult<Vec<Domain>> {
    let rows = sqlx::query(&format!("{SELECT} WHERE tenant_id = $1 ORDER BY domain"))
        .bind(tenant.to_string())
        .fetch_all(c.conn())
        .await?;
    rows.iter().map(domain_from_row).collect()
}

/// One of `tenant`'s domains.
pub async fn get(c: &mut impl Conn, tenant: TenantId, domain: &str) -> StoreResult<Option<Domain>> {
    let row = sqlx::query(&format!("{SELECT} WHERE tenant_id = $1 AND domain = $2"))
        .bind(tenant.to_string())
        .bind(domain)
        .fetch_optional(c.conn())
        .await?;
    row.as_ref().map(domain_from_row).transpose()
}

/// Claims a domain for `tenant` (unverified). `Conflict` when it already claimed it.
pub async fn insert(c: &mut impl Conn, tenant: TenantId, domain: &Domain) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO tenant_domains (tenant_id, domain, txt_token, created_at, verified_at, verified_by) \
         VALUES ($1, $2, $3, $4, NULL, NULL)",
    )
    .bind(tenant.to_string())
    .bind(&domain.domain)
    .bind(&domain.txt_record)
    .bind(to_millis(domain.created_at))
    .execute(c.conn())
    .await?;
    Ok(())
}

/// Marks a claimed domain verified, saying how (`dns` or `cli`).
pub async fn mark_verified(
    c: &mut impl Conn,
    tenant: TenantId,
    domain: &str,
    how: &str,
    now: OffsetDateTime,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE tenant_domains SET verified_at = $1, verified_by = $2 WHERE tenant_id = $3 AND domain = $4",
    )
    .bind(to_millis(now))
    .bind(how)
    .bind(tenant.to_string())
    .bind(domain)
    .execute(c.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes a domain from `tenant`.
pub async fn delete(c: &mut impl Conn, tenant: TenantId, domain: &str) -> StoreResult<bool> {
    let done = sqlx::query("DELETE FROM tenant_domains WHERE tenant_id = $1 AND domain = $2")
        .bind(tenant.to_string())
        .bind(domain)
        .execute(c.conn())
        .await?;
    Ok(done.rows_affected() == 1)
}

/// The tenant that has verified `domain`, if any.
pub async fn verified_owner(c: &mut impl Conn, domain: &str) -> StoreResult<Option<TenantId>> {
    let row = sqlx::query(
        "SELECT tenant_id FROM tenant_domains WHERE domain = $1 AND verified_at IS NOT NULL",
    )
    .bind(domain)
    .fetch_optional(c.conn())
    .await?;
    row.map(|row| super::parse_id(&row.try_get::<String, _>("tenant_id")?))
        .transpose()
}

/// Whether `tenant` has verified `domain`.
pub async fn is_verified(c: &mut impl Conn, tenant: TenantId, domain: &str) -> StoreResult<bool> {
    Ok(verified_owner(c, domain).await? == Some(tenant))
}
