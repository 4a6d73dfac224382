//! Tenant settings: one row per tenant, absent until first changed (then defaults apply).

use assist_protocol::api::settings::TenantSettings;
use assist_protocol::ids::TenantId;
use sqlx::Row;

use super::{Conn, StoreError, StoreResult, from_millis, to_millis};

fn unsigned(value: i64, column: &str) -> StoreResult<u32> {
    u32::try_from(value).map_err(|_| StoreError::Corrupt(format!("{column} out of range: {value}")))
}

/// A tenant's settings, or `None` while it has never changed them.
pub async fn get(c: &mut impl Conn, tenant: TenantId) -> StoreResult<Option<TenantSettings>> {
    let row = sqlx::query(
        "SELECT remote_help_enabled, unenrolled_help_enabled, chat_enabled, \
         code_lifetime_minutes, report_retention_days, updated_at \
         FROM tenant_settings WHERE tenant_id = $1",
    )
    .bind(tenant.to_string())
    .fetch_optional(c.conn())
    .await?;
    row.map(|row| {
        Ok(TenantSettings {
            remote_help_enabled: row.try_get::<i64, _>("remote_help_enabled")? != 0,
            unenrolled_help_enabled: row.try_get::<i64, _>("unenrolled_help_enabled")? != 0,
            chat_enabled: row.try_get::<i64, _>("chat_enabled")? != 0,
            code_lifetime_minutes: unsigned(
                row.try_get("code_lifetime_minutes")?,
                "code_lifetime_minutes",
            )?,
            report_retention_days: unsigned(
                row.try_get("report_retention_days")?,
                "report_retention_days",
            )?,
            updated_at: Some(from_millis(row.try_get("updated_at")?)?),
        })
    })
    .transpose()
}

/// Writes a tenant's settings (inserting the row the first time).
pub async fn put(
    c: &mut impl Conn,
    tenant: TenantId,
    settings: &TenantSettings,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO tenant_settings (tenant_id, remote_help_enabled, unenrolled_help_enabled, \
         chat_enabled, code_lifetime_minutes, report_retention_days, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (tenant_id) DO UPDATE SET remote_help_enabled = $2, \
         unenrolled_help_enabled = $3, chat_enabled = $4, code_lifetime_minutes = $5, \
         report_retention_days = $6, updated_at = $7",
    )
    .bind(tenant.to_string())
    .bind(i64::from(settings.remote_help_enabled))
    .bind(i64::from(settings.unenrolled_help_enabled))
    .bind(i64::from(settings.chat_enabled))
    .bind(i64::from(settings.code_lifetime_minutes))
    .bind(i64::from(settings.report_retention_days))
    .bind(settings.updated_at.map_or(0, to_millis))
    .execute(c.conn())
    .await?;
    Ok(())
}
