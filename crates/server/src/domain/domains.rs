//! Verified domains: a tenant claims a domain, publishes a TXT record, and asks for it to be
//! checked; or the server operator marks it verified (offline deployments). A domain is
//! verified for one tenant at most.

use assist_protocol::api::domains::{AddDomain, Domain, DomainList};
use assist_protocol::ids::TenantId;
use assist_protocol::text::is_domain_name;
use serde_json::json;

use super::access::{Granted, ManageSettings};
use super::audit::{Actor, Entry};
use super::secrets::new_token;
use super::{Deps, Error, Result};
use crate::store::{audit, domains};

/// Prefix of the TXT record's value.
pub const TXT_PREFIX: &str = "assist-verification=";

fn parse(domain: &str) -> Result<String> {
    let domain = domain.trim().trim_end_matches('.').to_lowercase();
    if is_domain_name(&domain) {
        Ok(domain)
    } else {
        Err(Error::Invalid(format!(
            "{domain:?} is not a domain name such as contoso.com"
        )))
    }
}

fn entry(
    tenant: TenantId,
    actor: Actor,
    now: time::OffsetDateTime,
    action: &'static str,
    domain: &str,
) -> Entry {
    Entry::new(tenant, actor, now, action, format!("domain:{domain}"))
}

/// The tenant's domains.
pub async fn list(deps: &Deps, admin: &Granted<ManageSettings>) -> Result<DomainList> {
    Ok(DomainList {
        items: domains::list(&mut deps.store.db().await?, admin.tenant_id()).await?,
    })
}

/// Claims a domain; answers the TXT record to publish.
pub async fn add(
    deps: &Deps,
    admin: &Granted<ManageSettings>,
    input: &AddDomain,
) -> Result<Domain> {
    let now = deps.clock.now();
    let domain = Domain {
        domain: parse(&input.domain)?,
        txt_record: format!("{TXT_PREFIX}{}", new_token("dv").trim_start_matches("dv_")),
        created_at: now,
        verified_at: None,
    };
    let mut tx = deps.store.begin().await?;
    domains::insert(&mut tx, admin.tenant_id(), &domain)
        .await
        .map_err(Error::on_conflict("this domain is already added"))?;
    audit::append(
        &mut tx,
        &entry(
            admin.tenant_id(),
            admin.actor(),
            now,
            "domain.added",
            &domain.domain,
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(domain)
}

/// Looks for the domain's TXT record and marks it verified when it is published.
pub async fn verify(deps: &Deps, admin: &Granted<ManageSettings>, domain: &str) -> Result<Domain> {
    let domain = parse(domain)?;
    let claimed = domains::get(&mut deps.store.db().await?, admin.tenant_id(), &domain)
        .await?
        .ok_or(Error::NotFound)?;
    if claimed.verified_at.is_some() {
        return Ok(claimed);
    }
    let published = deps.dns.txt(&domain).await.map_err(Error::Invalid)?;
    if !published.iter().any(|txt| txt.trim() == claimed.txt_record) {
        return Err(Error::Invalid(format!(
            "no TXT record \"{}\" found at {domain} yet; publish it and try again (DNS changes can take a while)",
            claimed.txt_record
        )));
    }
    mark_verified(deps, admin.tenant_id(), admin.actor(), &domain, "dns").await
}

/// Marks a domain verified without DNS (admin CLI, audited), adding it first if needed.
pub async fn verify_by_operator(
    deps: &Deps,
    admin: &Granted<ManageSettings>,
    domain: &str,
) -> Result<Domain> {
    let domain = parse(domain)?;
    if domains::get(&mut deps.store.db().await?, admin.tenant_id(), &domain)
        .await?
        .is_none()
    {
        add(
            deps,
            admin,
            &AddDomain {
                domain: domain.clone(),
            },
        )
        .await?;
    }
    mark_verified(deps, admin.tenant_id(), admin.actor(), &domain, "cli").await
}

async fn mark_verified(
    deps: &Deps,
    tenant: TenantId,
    actor: Actor,
    domain: &str,
    how: &str,
) -> Result<Domain> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    if domains::verified_owner(&mut tx, domain)
        .await?
        .is_some_and(|owner| owner != tenant)
    {
        return Err(Error::Conflict(
            "another organisation on this server has verified this domain".to_owned(),
        ));
    }
    domains::mark_verified(&mut tx, tenant, domain, how, now).await?;
    let mut event = entry(tenant, actor, now, "domain.verified", domain);
    event.detail = json!({ "method": how });
    audit::append(&mut tx, &event).await?;
    let verified = domains::get(&mut tx, tenant, domain)
        .await?
        .ok_or(Error::NotFound)?;
    tx.commit().await?;
    Ok(verified)
}

/// Removes a domain.
pub async fn remove(deps: &Deps, admin: &Granted<ManageSettings>, domain: &str) -> Result<()> {
    let domain = parse(domain)?;
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    if !domains::delete(&mut tx, admin.tenant_id(), &domain).await? {
        return Err(Error::NotFound);
    }
    audit::append(
        &mut tx,
        &entry(
            admin.tenant_id(),
            admin.actor(),
            now,
            "domain.removed",
            &domain,
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
