//! Enrollment tokens, devices and compliance policies. Facts and rules are stored as JSON
//! (validated when they arrive), with the columns that lists filter on beside them.

use assist_protocol::api::devices::{
    Compliance, CompliancePolicy, ComplianceRules, Device, DeviceFacts, DeviceState,
    EnrollmentToken,
};
use assist_protocol::ids::{CompliancePolicyId, DeviceId, EnrollmentTokenId, GroupId, TenantId};
use sqlx::Row;
use sqlx::any::AnyRow;
use time::OffsetDateTime;

use super::{Conn, StoreError, StoreResult, decode_json as json, from_millis, parse_id, to_millis};

fn count(value: i64) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

const SELECT_TOKEN: &str =
    "SELECT id, name, created_at, expires_at, max_uses, uses, revoked_at FROM enrollment_tokens";

fn token_from_row(row: &AnyRow) -> StoreResult<EnrollmentToken> {
    Ok(EnrollmentToken {
        id: parse_id(&row.try_get::<String, _>("id")?)?,
        name: row.try_get("name")?,
        created_at: from_millis(row.try_get("created_at")?)?,
        expires_at: from_millis(row.try_get("expires_at")?)?,
        max_uses: count(row.try_get("max_uses")?),
        uses: count(row.try_get("uses")?),
        revoked: row.try_get::<Option<i64>, _>("revoked_at")?.is_some(),
    })
}

/// Stores a new enrollment token under the hash of its secret.
pub async fn insert_token(
    c: &mut impl Conn,
    tenant: TenantId,
    token: &EnrollmentToken,
    hash: &str,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO enrollment_tokens (id, tenant_id, name, token_hash, created_at, expires_at, max_uses, uses) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 0)",
    )
    .bind(token.id.to_string())
    .bind(tenant.to_string())
    .bind(&token.name)
    .bind(hash)
    .bind(to_millis(token.created_at))
    .bind(to_millis(token.expires_at))
    .bind(i64::from(token.max_uses))
    .execute(c.conn())
    .await?;
    Ok(())
}

/// `tenant`'s tokens, newest first.
pub async fn list_tokens(c: &mut impl Conn, tenant: TenantId) -> StoreResult<Vec<EnrollmentToken>> {
    let rows = sqlx::query(&format!(
        "{SELECT_TOKEN} WHERE tenant_id = $1 ORDER BY created_at DESC, id DESC"
    ))
    .bind(tenant.to_string())
    .fetch_all(c.conn())
    .await?;
    rows.iter().map(token_from_row).collect()
}

/// The token with this secret's hash, and its tenant.
pub async fn find_token(
    c: &mut impl Conn,
    hash: &str,
) -> StoreResult<Option<(TenantId, EnrollmentToken)>> {
    let row = sqlx::query(
        "SELECT id, tenant_id AS tenant, name, created_at, expires_at, max_uses, uses, revoked_at \
         FROM enrollment_tokens WHERE token_hash = $1",
    )
    .bind(hash)
    .fetch_optional(c.conn())
    .await?;
    row.map(|row| {
        Ok((
            parse_id(&row.try_get::<String, _>("tenant")?)?,
            token_from_row(&row)?,
        ))
    })
    .transpose()
}

/// Counts one use of a token, if it is still usable. False when it expired, was revoked or is
/// used up (also under concurrent use: the check and the count are one statement).
pub async fn use_token(
    c: &mut impl Conn,
    id: EnrollmentTokenId,
    now: OffsetDateTime,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE enrollment_tokens SET uses = uses + 1 \
         WHERE id = $1 AND revoked_at IS NULL AND expires_at > $2 AND uses < max_uses",
    )
    .bind(id.to_string())
    .bind(to_millis(now))
    .execute(c.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Revokes one of `tenant`'s tokens.
pub async fn revoke_token(
    c: &mut impl Conn,
    tenant: TenantId,
    id: EnrollmentTokenId,
    now: OffsetDateTime,
) -> StoreResult<bool> {
    let done = sqlx::query("UPDATE enrollment_tokens SET revoked_at = $1 WHERE tenant_id = $2 AND id = $3 AND revoked_at IS NULL")
        .bind(to_millis(now))
        .bind(tenant.to_string())
        .bind(id.to_string())
        .execute(c.conn())
        .await?;
    Ok(done.rows_affected() == 1)
}

/// A device as stored, with what only the server sees.
#[derive(Clone, Debug)]
pub struct DeviceRow {
    /// What the API shows (compliance as last stored).
    pub device: Device,
    /// Its tenant.
    pub tenant_id: TenantId,
    /// Its Ed25519 public key, base64.
    pub public_key: String,
}

const SELECT_DEVICE: &str = "SELECT id, tenant_id, public_key, facts, compliant, failing, enrolled_at, \
     last_check_in_at, retired_at FROM devices";

fn device_from_row(row: &AnyRow) -> StoreResult<DeviceRow> {
    Ok(DeviceRow {
        device: Device {
            id: parse_id(&row.try_get::<String, _>("id")?)?,
            facts: json(&row.try_get::<String, _>("facts")?, "device facts")?,
            state: if row.try_get::<Option<i64>, _>("retired_at")?.is_some() {
                DeviceState::Retired
            } else {
                DeviceState::Active
            },
            compliance: Compliance {
                compliant: row.try_get::<i64, _>("compliant")? != 0,
                failing: json(&row.try_get::<String, _>("failing")?, "failing rules")?,
            },
            enrolled_at: from_millis(row.try_get("enrolled_at")?)?,
            last_check_in_at: from_millis(row.try_get("last_check_in_at")?)?,
        },
        tenant_id: parse_id(&row.try_get::<String, _>("tenant_id")?)?,
        public_key: row.try_get("public_key")?,
    })
}

fn search_text(facts: &DeviceFacts) -> String {
    let primary = facts
        .primary_user
        .as_ref()
        .map(assist_protocol::text::FactText::as_str)
        .unwrap_or_default();
    format!(
        "{} {} {} {}",
        facts.host_name, facts.serial_number, facts.model, primary
    )
    .to_lowercase()
}

fn platform_text(facts: &DeviceFacts) -> String {
    serde_json::to_value(facts.platform)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Stores a newly enrolled device.
pub async fn insert_device(
    c: &mut impl Conn,
    row: &DeviceRow,
    credential_hash: &str,
) -> StoreResult<()> {
    let facts = serde_json::to_string(&row.device.facts)
        .map_err(|err| StoreError::Corrupt(err.to_string()))?;
    let failing =
        serde_json::to_string(&row.device.compliance.failing).unwrap_or_else(|_| "[]".to_owned());
    sqlx::query(
        "INSERT INTO devices (id, tenant_id, public_key, credential_hash, facts, search_text, platform, \
         compliant, failing, enrolled_at, last_check_in_at, last_request_ms, retired_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 0, NULL)",
    )
    .bind(row.device.id.to_string())
    .bind(row.tenant_id.to_string())
    .bind(&row.public_key)
    .bind(credential_hash)
    .bind(facts)
    .bind(search_text(&row.device.facts))
    .bind(platform_text(&row.device.facts))
    .bind(i64::from(row.device.compliance.compliant))
    .bind(failing)
    .bind(to_millis(row.device.enrolled_at))
    .bind(to_millis(row.device.last_check_in_at))
    .execute(c.conn())
    .await?;
    Ok(())
}

/// The active device with this credential hash.
pub async fn find_by_credential(c: &mut impl Conn, hash: &str) -> StoreResult<Option<DeviceRow>> {
    let row = sqlx::query(&format!(
        "{SELECT_DEVICE} WHERE credential_hash = $1 AND retired_at IS NULL"
    ))
    .bind(hash)
    .fetch_optional(c.conn())
    .await?;
    row.as_ref().map(device_from_row).transpose()
}

/// Accepts a signed request's timestamp only when it is later than every earlier one of this
/// device, which makes a replayed request fail.
pub async fn advance_request_clock(
    c: &mut impl Conn,
    id: DeviceId,
    timestamp_ms: i64,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE devices SET last_request_ms = $1 WHERE id = $2 AND last_request_ms < $1",
    )
    .bind(timestamp_ms)
    .bind(id.to_string())
    .execute(c.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records a check-in: new facts and compliance.
pub async fn check_in(c: &mut impl Conn, row: &DeviceRow) -> StoreResult<()> {
    let facts = serde_json::to_string(&row.device.facts)
        .map_err(|err| StoreError::Corrupt(err.to_string()))?;
    sqlx::query(
        "UPDATE devices SET facts = $1, search_text = $2, platform = $3, last_check_in_at = $4 WHERE id = $5",
    )
    .bind(facts)
    .bind(search_text(&row.device.facts))
    .bind(platform_text(&row.device.facts))
    .bind(to_millis(row.device.last_check_in_at))
    .bind(row.device.id.to_string())
    .execute(c.conn())
    .await?;
    set_compliance(c, row.device.id, &row.device.compliance).await
}

/// Stores a device's evaluated compliance.
pub async fn set_compliance(
    c: &mut impl Conn,
    id: DeviceId,
    compliance: &Compliance,
) -> StoreResult<()> {
    sqlx::query("UPDATE devices SET compliant = $1, failing = $2 WHERE id = $3")
        .bind(i64::from(compliance.compliant))
        .bind(serde_json::to_string(&compliance.failing).unwrap_or_else(|_| "[]".to_owned()))
        .bind(id.to_string())
        .execute(c.conn())
        .await?;
    Ok(())
}

/// One of `tenant`'s devices.
pub async fn get(
    c: &mut impl Conn,
    tenant: TenantId,
    id: DeviceId,
) -> StoreResult<Option<DeviceRow>> {
    let row = sqlx::query(&format!("{SELECT_DEVICE} WHERE tenant_id = $1 AND id = $2"))
        .bind(tenant.to_string())
        .bind(id.to_string())
        .fetch_optional(c.conn())
        .await?;
    row.as_ref().map(device_from_row).transpose()
}

/// Filters for [`list`].
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Lower-case text to find.
    pub search: Option<String>,
    /// Platform name.
    pub platform: Option<String>,
    /// Compliant or not.
    pub compliant: Option<bool>,
    /// Retired (`true`) or active (`false`).
    pub retired: Option<bool>,
    /// Member of this group.
    pub group: Option<GroupId>,
    /// Only devices in at least one of these groups (a reader's reach); `None`: every device.
    pub within: Option<Vec<GroupId>>,
}

/// A page of `tenant`'s devices after `after`.
pub async fn list(
    c: &mut impl Conn,
    tenant: TenantId,
    filter: &Filter,
    after: Option<DeviceId>,
    limit: i64,
) -> StoreResult<Vec<DeviceRow>> {
    let rows = sqlx::query(&format!(
        "{SELECT_DEVICE} WHERE tenant_id = $1 AND id > $2 \
         AND ($3 = '' OR search_text LIKE $3) AND ($4 = '' OR platform = $4) \
         AND ($5 < 0 OR compliant = $5) \
         AND ($6 < 0 OR ($6 = 1 AND retired_at IS NOT NULL) OR ($6 = 0 AND retired_at IS NULL)) \
         AND ($8 = '' OR id IN (SELECT device_id FROM group_devices WHERE tenant_id = $1 AND group_id = $8)) \
         AND ($9 = '*' OR id IN (SELECT device_id FROM group_devices WHERE tenant_id = $1 \
              AND ',' || $9 || ',' LIKE '%,' || group_id || ',%')) \
         ORDER BY id LIMIT $7"
    ))
    .bind(tenant.to_string())
    .bind(after.map(|id| id.to_string()).unwrap_or_default())
    .bind(
        filter
            .search
            .as_ref()
            .map(|s| format!("%{}%", s.replace(['%', '_'], "")))
            .unwrap_or_default(),
    )
    .bind(filter.platform.clone().unwrap_or_default())
    .bind(filter.compliant.map_or(-1, i64::from))
    .bind(filter.retired.map_or(-1, i64::from))
    .bind(limit)
    .bind(filter.group.map(|g| g.to_string()).unwrap_or_default())
    .bind(filter.within.as_ref().map_or_else(
        || "*".to_owned(),
        |groups| {
            groups
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(",")
        },
    ))
    .fetch_all(c.conn())
    .await?;
    rows.iter().map(device_from_row).collect()
}

/// The groups `device` is in.
pub async fn groups_of(
    c: &mut impl Conn,
    tenant: TenantId,
    device: DeviceId,
) -> StoreResult<Vec<GroupId>> {
    sqlx::query("SELECT group_id FROM group_devices WHERE tenant_id = $1 AND device_id = $2")
        .bind(tenant.to_string())
        .bind(device.to_string())
        .fetch_all(c.conn())
        .await?
        .iter()
        .map(|row| parse_id(&row.try_get::<String, _>("group_id")?))
        .collect()
}

/// Every active device of `tenant` (to re-evaluate compliance).
pub async fn all_active(c: &mut impl Conn, tenant: TenantId) -> StoreResult<Vec<DeviceRow>> {
    let rows = sqlx::query(&format!(
        "{SELECT_DEVICE} WHERE tenant_id = $1 AND retired_at IS NULL"
    ))
    .bind(tenant.to_string())
    .fetch_all(c.conn())
    .await?;
    rows.iter().map(device_from_row).collect()
}

/// Retires a device: its credential stops working.
pub async fn retire(
    c: &mut impl Conn,
    tenant: TenantId,
    id: DeviceId,
    now: OffsetDateTime,
) -> StoreResult<bool> {
    let done = sqlx::query("UPDATE devices SET retired_at = $1 WHERE tenant_id = $2 AND id = $3 AND retired_at IS NULL")
        .bind(to_millis(now))
        .bind(tenant.to_string())
        .bind(id.to_string())
        .execute(c.conn())
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Deletes a device.
pub async fn delete(c: &mut impl Conn, tenant: TenantId, id: DeviceId) -> StoreResult<bool> {
    let done = sqlx::query("DELETE FROM devices WHERE tenant_id = $1 AND id = $2")
        .bind(tenant.to_string())
        .bind(id.to_string())
        .execute(c.conn())
        .await?;
    Ok(done.rows_affected() == 1)
}

fn policy_from_row(row: &AnyRow) -> StoreResult<CompliancePolicy> {
    Ok(CompliancePolicy {
        id: parse_id(&row.try_get::<String, _>("id")?)?,
        name: row.try_get("name")?,
        rules: json::<ComplianceRules>(&row.try_get::<String, _>("rules")?, "compliance rules")?,
        created_at: from_millis(row.try_get("created_at")?)?,
    })
}

/// `tenant`'s compliance policies, oldest first.
pub async fn list_policies(
    c: &mut impl Conn,
    tenant: TenantId,
) -> StoreResult<Vec<CompliancePolicy>> {
    let rows = sqlx::query("SELECT id, name, rules, created_at FROM compliance_policies WHERE tenant_id = $1 ORDER BY created_at, id")
        .bind(tenant.to_string())
        .fetch_all(c.conn())
        .await?;
    rows.iter().map(policy_from_row).collect()
}

/// One of `tenant`'s policies.
pub async fn get_policy(
    c: &mut impl Conn,
    tenant: TenantId,
    id: CompliancePolicyId,
) -> StoreResult<Option<CompliancePolicy>> {
    let row = sqlx::query("SELECT id, name, rules, created_at FROM compliance_policies WHERE tenant_id = $1 AND id = $2")
        .bind(tenant.to_string())
        .bind(id.to_string())
        .fetch_optional(c.conn())
        .await?;
    row.as_ref().map(policy_from_row).transpose()
}

/// Writes a policy (replacing it when it exists). `Conflict` when the name is taken.
pub async fn put_policy(
    c: &mut impl Conn,
    tenant: TenantId,
    policy: &CompliancePolicy,
) -> StoreResult<()> {
    let rules =
        serde_json::to_string(&policy.rules).map_err(|err| StoreError::Corrupt(err.to_string()))?;
    sqlx::query("DELETE FROM compliance_policies WHERE tenant_id = $1 AND id = $2")
        .bind(tenant.to_string())
        .bind(policy.id.to_string())
        .execute(c.conn())
        .await?;
    sqlx::query("INSERT INTO compliance_policies (id, tenant_id, name, rules, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(policy.id.to_string())
        .bind(tenant.to_string())
        .bind(&policy.name)
        .bind(rules)
        .bind(to_millis(policy.created_at))
        .execute(c.conn())
        .await?;
    Ok(())
}

/// Deletes a policy.
pub async fn delete_policy(
    c: &mut impl Conn,
    tenant: TenantId,
    id: CompliancePolicyId,
) -> StoreResult<bool> {
    let done = sqlx::query("DELETE FROM compliance_policies WHERE tenant_id = $1 AND id = $2")
        .bind(tenant.to_string())
        .bind(id.to_string())
        .execute(c.conn())
        .await?;
    Ok(done.rows_affected() == 1)
}
