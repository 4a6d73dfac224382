//! A person's own profile: their name, job title and company, which they may change unless
//! the organisation manages them through single sign-on.
//!
//! Managed means: the tenant's single sign-on is on, and the person's account is linked to an
//! identity at its provider. The provider's claims then set the name, job title and company at
//! every sign-in (`sso::complete`), so the organisation keeps them; a person whose account is
//! not linked, or whose organisation turned single sign-on off, edits their own.

use assist_protocol::api::users::{UpdateProfile, User};
use assist_protocol::ids::{TenantId, UserId};
use serde_json::json;

use super::access::Principal;
use super::audit::{Actor, Entry};
use super::{Deps, Error, Result};
use crate::store::{Conn, audit, sso, users};

/// The fields of a profile that a person shows on the trust card, as audit details show them.
pub(crate) fn shown(user: &User) -> serde_json::Value {
    json!({
        "display_name": user.display_name,
        "job_title": user.job_title,
        "company": user.company,
    })
}

/// Sets each field given that differs from `user`'s; the names of those that changed.
pub(crate) fn apply(
    user: &mut User,
    display_name: Option<String>,
    job_title: Option<String>,
    company: Option<String>,
) -> Vec<&'static str> {
    let mut changed = Vec::new();
    for (field, value, name) in [
        (&mut user.display_name, display_name, "display_name"),
        (&mut user.job_title, job_title, "job_title"),
        (&mut user.company, company, "company"),
    ] {
        if let Some(value) = value.filter(|value| value != field) {
            *field = value;
            changed.push(name);
        }
    }
    changed
}

/// Whether `user`'s name, job title and company are managed by the tenant's single sign-on.
pub(crate) async fn managed(c: &mut impl Conn, tenant: TenantId, user: UserId) -> Result<bool> {
    let Some(config) = sso::get(c, tenant).await?.filter(|row| row.enabled) else {
        return Ok(false);
    };
    Ok(sso::is_linked(c, user, &config.issuer).await?)
}

/// Changes the caller's own profile (only the fields given), audited as `user.profile_updated`
/// with what changed. Refused with [`Error::ProfileManaged`] while single sign-on manages it.
pub async fn update(deps: &Deps, principal: &Principal, input: UpdateProfile) -> Result<User> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let mut user = users::get(&mut tx, principal.tenant_id, principal.user_id)
        .await?
        .ok_or(Error::Unauthenticated)?
        .user;
    if managed(&mut tx, principal.tenant_id, principal.user_id).await? {
        return Err(Error::ProfileManaged);
    }
    let before = shown(&user);
    let changed = apply(
        &mut user,
        input.display_name.map(String::from),
        input.job_title.map(String::from),
        input.company.map(String::from),
    );
    if changed.is_empty() {
        return Ok(user);
    }
    user.updated_at = now;
    users::update(&mut tx, &user).await?;
    let after = shown(&user);
    audit::append(
        &mut tx,
        &Entry {
            tenant: Some(principal.tenant_id),
            at: now,
            actor: Actor::User(principal.user_id),
            action: "user.profile_updated",
            target: format!("user:{}", principal.user_id),
            detail: json!({ "changed": changed, "before": before, "after": after }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(user)
}
