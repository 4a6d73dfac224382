//! Devices: enrollment tokens, enrollment, signed check-ins, the inventory, and compliance
//! policies (every change re-evaluates the tenant's devices).
//!
//! A device proves itself on every request twice over: its credential (a bearer secret, stored
//! hashed) names it, and an Ed25519 signature by the key it enrolled with covers the method,
//! path, a millisecond timestamp and the body. The timestamp must be within five minutes of the
//! server's clock and later than any earlier request of that device, so a captured request
//! cannot be replayed and a stolen credential alone is not enough.

use assist_protocol::api::devices::{
    CompliancePolicy, CompliancePolicyInput, CompliancePolicyList, CreateEnrollmentToken,
    CreatedEnrollmentToken, Device, DeviceFacts, DeviceList, DeviceQuery, DeviceState,
    EnrollDevice, EnrolledDevice, EnrollmentToken, EnrollmentTokenList,
};
use assist_protocol::ids::{CompliancePolicyId, DeviceId, EnrollmentTokenId, TenantId};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ed25519_dalek::{Signature, Verifier as _, VerifyingKey};
use serde_json::json;
use time::OffsetDateTime;

use super::access::{Granted, ManageDevices, ManagePolicies, ReadDevices};
use super::audit::{Actor, Entry};
use super::compliance::evaluate;
use super::secrets::{new_token, token_hash};
use super::users::parse_cursor;
use super::{Deps, Error, Result};
use crate::store::devices::{DeviceRow, Filter};
use crate::store::{self, Conn, audit, devices};

/// Prefix of enrollment token secrets.
const ENROLLMENT_PREFIX: &str = "ase";
/// Prefix of device credentials.
const DEVICE_PREFIX: &str = "asd";
/// How far a signed request's timestamp may be from the server's clock.
const CLOCK_SKEW: time::Duration = time::Duration::minutes(5);

/// An authenticated device.
#[derive(Clone, Debug)]
pub struct DevicePrincipal {
    /// Its tenant.
    pub tenant_id: TenantId,
    /// The device.
    pub device_id: DeviceId,
}

/// The bytes a device signs for a request (defined with the wire types).
pub use assist_protocol::api::devices::signing_input;

async fn policies(c: &mut impl Conn, tenant: TenantId) -> Result<Vec<CompliancePolicy>> {
    Ok(devices::list_policies(c, tenant).await?)
}

/// Creates an enrollment token; its secret is answered once.
pub async fn create_token(
    deps: &Deps,
    admin: &Granted<ManageDevices>,
    input: CreateEnrollmentToken,
) -> Result<CreatedEnrollmentToken> {
    if !(1..=720).contains(&input.expires_in_hours) {
        return Err(Error::Invalid(
            "expires_in_hours must be 1 to 720".to_owned(),
        ));
    }
    if !(1..=10_000).contains(&input.max_uses) {
        return Err(Error::Invalid("max_uses must be 1 to 10000".to_owned()));
    }
    let now = deps.clock.now();
    let secret = new_token(ENROLLMENT_PREFIX);
    let token = EnrollmentToken {
        id: EnrollmentTokenId::generate(),
        name: input.name.into(),
        created_at: now,
        expires_at: now + time::Duration::hours(i64::from(input.expires_in_hours)),
        max_uses: input.max_uses,
        uses: 0,
        revoked: false,
    };
    let mut tx = deps.store.begin().await?;
    devices::insert_token(&mut tx, admin.tenant_id(), &token, &token_hash(&secret)).await?;
    let detail = json!({ "name": token.name, "max_uses": token.max_uses, "expires_at": store::to_millis(token.expires_at) });
    let entry = Entry {
        tenant: Some(admin.tenant_id()),
        at: now,
        actor: admin.actor(),
        action: "enrollment_token.created",
        target: format!("enrollment_token:{}", token.id),
        detail,
    };
    audit::append(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(CreatedEnrollmentToken { token, secret })
}

/// The tenant's enrollment tokens.
pub async fn list_tokens(
    deps: &Deps,
    admin: &Granted<ManageDevices>,
) -> Result<EnrollmentTokenList> {
    Ok(EnrollmentTokenList {
        items: devices::list_tokens(&mut deps.store.db().await?, admin.tenant_id()).await?,
    })
}

/// Revokes an enrollment token (devices it enrolled stay enrolled).
pub async fn revoke_token(
    deps: &Deps,
    admin: &Granted<ManageDevices>,
    id: EnrollmentTokenId,
) -> Result<()> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    if !devices::revoke_token(&mut tx, admin.tenant_id(), id, now).await? {
        return Err(Error::NotFound);
    }
    let entry = Entry {
        tenant: Some(admin.tenant_id()),
        at: now,
        actor: admin.actor(),
        action: "enrollment_token.revoked",
        target: format!("enrollment_token:{id}"),
        detail: json!({}),
    };
    audit::append(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// Enrolls a device with an enrollment token and its public key.
pub async fn enroll(deps: &Deps, input: EnrollDevice) -> Result<EnrolledDevice> {
    let key = STANDARD
        .decode(input.public_key.trim())
        .ok()
        .and_then(|bytes| <[u8; 32]>::try_from(bytes).ok())
        .and_then(|bytes| VerifyingKey::from_bytes(&bytes).ok())
        .ok_or_else(|| {
            Error::Invalid(
                "public_key must be an Ed25519 public key: 32 bytes in base64".to_owned(),
            )
        })?;
    let now = deps.clock.now();
    let found = devices::find_token(
        &mut deps.store.db().await?,
        &token_hash(input.enrollment_token.trim()),
    )
    .await?;
    let (tenant, token) = found
        .ok_or_else(|| Error::EnrollmentRefused("this enrollment token is not known".to_owned()))?;
    if token.revoked {
        return Err(Error::EnrollmentRefused(
            "this enrollment token was revoked".to_owned(),
        ));
    }
    if token.expires_at <= now {
        return Err(Error::EnrollmentRefused(
            "this enrollment token has expired".to_owned(),
        ));
    }
    let mut tx = deps.store.begin().await?;
    if !devices::use_token(&mut tx, token.id, now).await? {
        return Err(Error::EnrollmentRefused(
            "this enrollment token has been used as many times as allowed".to_owned(),
        ));
    }
    let policies = policies(&mut tx, tenant).await?;
    let row = DeviceRow {
        device: Device {
            id: DeviceId::generate(),
            compliance: evaluate(&input.facts, now, &policies, now),
            facts: input.facts,
            state: DeviceState::Active,
            enrolled_at: now,
            last_check_in_at: now,
        },
        tenant_id: tenant,
        public_key: STANDARD.encode(key.as_bytes()),
    };
    let credential = new_token(DEVICE_PREFIX);
    devices::insert_device(&mut tx, &row, &token_hash(&credential)).await?;
    let detail = json!({ "host_name": row.device.facts.host_name, "enrollment_token": token.id.to_string() });
    let entry = Entry {
        tenant: Some(tenant),
        at: now,
        actor: Actor::Device(row.device.id),
        action: "device.enrolled",
        target: format!("device:{}", row.device.id),
        detail,
    };
    audit::append(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(EnrolledDevice {
        device_id: row.device.id,
        credential,
    })
}

/// Authenticates a device's signed request: credential, signature, freshness and order.
pub async fn authenticate(
    deps: &Deps,
    credential: &str,
    timestamp_ms: i64,
    signature: &str,
    signed: &[u8],
) -> Result<DevicePrincipal> {
    let now = deps.clock.now();
    let mut db = deps.store.db().await?;
    let row = devices::find_by_credential(&mut db, &token_hash(credential))
        .await?
        .ok_or(Error::Unauthenticated)?;
    let key = STANDARD
        .decode(&row.public_key)
        .ok()
        .and_then(|bytes| <[u8; 32]>::try_from(bytes).ok())
        .and_then(|bytes| VerifyingKey::from_bytes(&bytes).ok())
        .ok_or_else(|| {
            Error::Unexpected(format!("device {} has an unreadable key", row.device.id))
        })?;
    let signature = STANDARD
        .decode(signature.trim())
        .ok()
        .and_then(|bytes| Signature::from_slice(&bytes).ok())
        .ok_or(Error::Unauthenticated)?;
    key.verify(signed, &signature)
        .map_err(|_| Error::Unauthenticated)?;
    let sent = OffsetDateTime::from_unix_timestamp_nanos(i128::from(timestamp_ms) * 1_000_000)
        .map_err(|_| Error::Unauthenticated)?;
    if (now - sent).abs() > CLOCK_SKEW {
        return Err(Error::Unauthenticated);
    }
    if !devices::advance_request_clock(&mut db, row.device.id, timestamp_ms).await? {
        return Err(Error::Unauthenticated);
    }
    Ok(DevicePrincipal {
        tenant_id: row.tenant_id,
        device_id: row.device.id,
    })
}

/// Records a device's check-in and answers its compliance.
pub async fn check_in(
    deps: &Deps,
    device: &DevicePrincipal,
    facts: DeviceFacts,
) -> Result<assist_protocol::api::devices::Compliance> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let mut row = devices::get(&mut tx, device.tenant_id, device.device_id)
        .await?
        .ok_or(Error::Unauthenticated)?;
    let policies = policies(&mut tx, device.tenant_id).await?;
    row.device.compliance = evaluate(&facts, now, &policies, now);
    row.device.facts = facts;
    row.device.last_check_in_at = now;
    devices::check_in(&mut tx, &row).await?;
    tx.commit().await?;
    Ok(row.device.compliance)
}

/// A device with its compliance evaluated now (the days-since-check-in rule moves with time).
fn current(mut row: DeviceRow, policies: &[CompliancePolicy], now: OffsetDateTime) -> Device {
    if row.device.state == DeviceState::Active {
        row.device.compliance = evaluate(
            &row.device.facts,
            row.device.last_check_in_at,
            policies,
            now,
        );
    }
    row.device
}

/// A page of the inventory.
pub async fn list(
    deps: &Deps,
    reader: &Granted<ReadDevices>,
    query: &DeviceQuery,
) -> Result<DeviceList> {
    let after = parse_cursor::<DeviceId>(query.cursor.as_deref())?;
    let limit = store::page_size(query.limit);
    let filter = Filter {
        search: query
            .search
            .as_deref()
            .map(|s| s.trim().to_lowercase())
            .filter(|s| !s.is_empty()),
        platform: query
            .platform
            .and_then(|p| serde_json::to_value(p).ok())
            .and_then(|v| v.as_str().map(str::to_owned)),
        compliant: query.compliant,
        retired: query.state.map(|state| state == DeviceState::Retired),
        group: query.group_id,
        within: {
            let reach = reader.reach();
            (!reach.all_devices).then(|| reach.groups.into_iter().collect())
        },
    };
    let mut db = deps.store.db().await?;
    let rows = devices::list(&mut db, reader.tenant_id(), &filter, after, limit).await?;
    let policies = policies(&mut db, reader.tenant_id()).await?;
    let now = deps.clock.now();
    let next_cursor = (i64::try_from(rows.len()).ok() == Some(limit))
        .then(|| rows.last().map(|r| r.device.id.to_string()))
        .flatten();
    Ok(DeviceList {
        items: rows
            .into_iter()
            .map(|row| current(row, &policies, now))
            .collect(),
        next_cursor,
    })
}

/// One device of `tenant` with its compliance now, for a session's trust screen and warnings;
/// `None` when it is gone.
pub(crate) async fn current_in(
    c: &mut impl Conn,
    tenant: TenantId,
    id: DeviceId,
    now: OffsetDateTime,
) -> Result<Option<Device>> {
    let Some(row) = devices::get(c, tenant, id).await? else {
        return Ok(None);
    };
    let policies = policies(c, tenant).await?;
    Ok(Some(current(row, &policies, now)))
}

/// One device.
pub async fn get(deps: &Deps, reader: &Granted<ReadDevices>, id: DeviceId) -> Result<Device> {
    let mut db = deps.store.db().await?;
    let row = devices::get(&mut db, reader.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)?;
    let reach = reader.reach();
    if !reach.all_devices
        && !reach.reaches_device(&devices::groups_of(&mut db, reader.tenant_id(), id).await?)
    {
        return Err(Error::Forbidden(
            "this device is outside the groups your device reading role covers".to_owned(),
        ));
    }
    let policies = policies(&mut db, reader.tenant_id()).await?;
    Ok(current(row, &policies, deps.clock.now()))
}

/// Retires a device: its credential stops working at once.
pub async fn retire(deps: &Deps, admin: &Granted<ManageDevices>, id: DeviceId) -> Result<()> {
    change_device(deps, admin, id, "device.retired").await
}

/// Deletes a device from the inventory.
pub async fn delete(deps: &Deps, admin: &Granted<ManageDevices>, id: DeviceId) -> Result<()> {
    change_device(deps, admin, id, "device.deleted").await
}

async fn change_device(
    deps: &Deps,
    admin: &Granted<ManageDevices>,
    id: DeviceId,
    action: &'static str,
) -> Result<()> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let row = devices::get(&mut tx, admin.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)?;
    let changed = if action == "device.retired" {
        devices::retire(&mut tx, admin.tenant_id(), id, now).await?
    } else {
        devices::delete(&mut tx, admin.tenant_id(), id).await?
    };
    if !changed {
        return Err(Error::Conflict("this device is already retired".to_owned()));
    }
    let detail = json!({ "host_name": row.device.facts.host_name });
    let entry = Entry {
        tenant: Some(admin.tenant_id()),
        at: now,
        actor: admin.actor(),
        action,
        target: format!("device:{id}"),
        detail,
    };
    audit::append(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// The tenant's compliance policies.
pub async fn list_policies(
    deps: &Deps,
    admin: &Granted<ManagePolicies>,
) -> Result<CompliancePolicyList> {
    Ok(CompliancePolicyList {
        items: policies(&mut deps.store.db().await?, admin.tenant_id()).await?,
    })
}

/// One policy.
pub async fn get_policy(
    deps: &Deps,
    admin: &Granted<ManagePolicies>,
    id: CompliancePolicyId,
) -> Result<CompliancePolicy> {
    devices::get_policy(&mut deps.store.db().await?, admin.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)
}

/// Re-evaluates every active device of the tenant inside the caller's transaction.
async fn reevaluate(tx: &mut store::Tx, tenant: TenantId, now: OffsetDateTime) -> Result<()> {
    let policies = policies(tx, tenant).await?;
    for row in devices::all_active(tx, tenant).await? {
        let compliance = evaluate(
            &row.device.facts,
            row.device.last_check_in_at,
            &policies,
            now,
        );
        if compliance != row.device.compliance {
            devices::set_compliance(tx, row.device.id, &compliance).await?;
        }
    }
    Ok(())
}

/// Creates (`id` is `None`) or replaces a policy; the tenant's devices are re-evaluated.
pub async fn put_policy(
    deps: &Deps,
    admin: &Granted<ManagePolicies>,
    id: Option<CompliancePolicyId>,
    input: CompliancePolicyInput,
) -> Result<CompliancePolicy> {
    if input
        .rules
        .max_days_since_check_in
        .is_some_and(|days| !(1..=365).contains(&days))
    {
        return Err(Error::Invalid(
            "max_days_since_check_in must be 1 to 365".to_owned(),
        ));
    }
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let created_at = match id {
        Some(id) => {
            devices::get_policy(&mut tx, admin.tenant_id(), id)
                .await?
                .ok_or(Error::NotFound)?
                .created_at
        }
        None => now,
    };
    let policy = CompliancePolicy {
        id: id.unwrap_or_else(CompliancePolicyId::generate),
        name: input.name.into(),
        rules: input.rules,
        created_at,
    };
    devices::put_policy(&mut tx, admin.tenant_id(), &policy)
        .await
        .map_err(Error::on_conflict("a policy with this name already exists"))?;
    reevaluate(&mut tx, admin.tenant_id(), now).await?;
    let action = if id.is_some() {
        "compliance_policy.updated"
    } else {
        "compliance_policy.created"
    };
    let detail = serde_json::to_value(&policy).unwrap_or_default();
    let entry = Entry {
        tenant: Some(admin.tenant_id()),
        at: now,
        actor: admin.actor(),
        action,
        target: format!("compliance_policy:{}", policy.id),
        detail,
    };
    audit::append(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(policy)
}

/// Deletes a policy; the tenant's devices are re-evaluated.
pub async fn delete_policy(
    deps: &Deps,
    admin: &Granted<ManagePolicies>,
    id: CompliancePolicyId,
) -> Result<()> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    if !devices::delete_policy(&mut tx, admin.tenant_id(), id).await? {
        return Err(Error::NotFound);
    }
    reevaluate(&mut tx, admin.tenant_id(), now).await?;
    let entry = Entry {
        tenant: Some(admin.tenant_id()),
        at: now,
        actor: admin.actor(),
        action: "compliance_policy.deleted",
        target: format!("compliance_policy:{id}"),
        detail: json!({}),
    };
    audit::append(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}
