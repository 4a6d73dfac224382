//! Tenant settings: read by every member (helpers need to know whether remote help is on),
//! changed by administrators, validated and audited.

use assist_protocol::api::settings::{
    CODE_LIFETIME_MINUTES, REPORT_RETENTION_DAYS, TenantSettings, UpdateTenantSettings,
};
use serde_json::json;

use super::access::{Granted, ManageSettings, TenantMember};
use super::audit::Entry;
use super::{Deps, Error, Result};
use crate::store::{Conn, audit, settings};

/// A tenant's settings, defaults included.
pub(crate) async fn load(
    c: &mut impl Conn,
    tenant: assist_protocol::ids::TenantId,
) -> Result<TenantSettings> {
    Ok(settings::get(c, tenant).await?.unwrap_or_default())
}

/// The caller's tenant's settings.
pub async fn get(deps: &Deps, member: &TenantMember) -> Result<TenantSettings> {
    load(&mut deps.store.db().await?, member.tenant_id()).await
}

/// Changes settings; out-of-range values are refused and nothing changes.
pub async fn update(
    deps: &Deps,
    admin: &Granted<ManageSettings>,
    input: UpdateTenantSettings,
) -> Result<TenantSettings> {
    if let Some(minutes) = input
        .code_lifetime_minutes
        .filter(|m| !CODE_LIFETIME_MINUTES.contains(m))
    {
        return Err(Error::Invalid(format!(
            "code_lifetime_minutes must be 1 to 60, not {minutes}"
        )));
    }
    if let Some(days) = input
        .report_retention_days
        .filter(|d| !REPORT_RETENTION_DAYS.contains(d))
    {
        return Err(Error::Invalid(format!(
            "report_retention_days must be 1 to 3650, not {days}"
        )));
    }
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let before = load(&mut tx, admin.tenant_id()).await?;
    let after = TenantSettings {
        remote_help_enabled: input
            .remote_help_enabled
            .unwrap_or(before.remote_help_enabled),
        unenrolled_help_enabled: input
            .unenrolled_help_enabled
            .unwrap_or(before.unenrolled_help_enabled),
        chat_enabled: input.chat_enabled.unwrap_or(before.chat_enabled),
        code_lifetime_minutes: input
            .code_lifetime_minutes
            .unwrap_or(before.code_lifetime_minutes),
        report_retention_days: input
            .report_retention_days
            .unwrap_or(before.report_retention_days),
        updated_at: Some(now),
    };
    settings::put(&mut tx, admin.tenant_id(), &after).await?;
    audit::append(
        &mut tx,
        &Entry {
            tenant: Some(admin.tenant_id()),
            at: now,
            actor: admin.actor(),
            action: "settings.updated",
            target: format!("tenant:{}", admin.tenant_id()),
            detail: json!({ "before": before, "after": after }),
        },
    )
    .await?;
    tx.commit().await?;
    if before.remote_help_enabled && !after.remote_help_enabled {
        // Turning remote help off also stops the sessions in progress.
        super::sessions::end_all_for_policy(deps, admin.tenant_id()).await?;
    }
    Ok(after)
}
