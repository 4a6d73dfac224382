//! Conditional access: which policies apply to a helper's sign-in, and what they decide.
//! Evaluated when a session starts (every console sign-in) and exposed for the start of a
//! remote help session. Every decision of an applying policy is audited; report-only policies
//! record what they would have done and never act.

use std::net::IpAddr;

use assist_protocol::api::access_policies::{
    AccessPolicy, AccessPolicyInput, AccessPolicyList, Grant, PolicyConditions, PolicyState,
    PolicyTargets,
};
use assist_protocol::ids::{AccessPolicyId, GroupId, TenantId, UserId};
use serde_json::json;
use time::OffsetDateTime;

use super::access::{Granted, ManagePolicies};
use super::audit::{Actor, Entry};
use super::{Deps, Error, Result};
use crate::store::{Conn, access_policies, audit, groups, users};

/// Who is signing in, from where, and how.
#[derive(Clone, Debug)]
pub struct SignInContext {
    /// The tenant.
    pub tenant_id: TenantId,
    /// The helper.
    pub user_id: UserId,
    /// Groups the helper is in.
    pub groups: Vec<GroupId>,
    /// The client address.
    pub address: IpAddr,
    /// Whether the sign-in used a second factor.
    pub second_factor: bool,
}

/// One applying policy's verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// The policy's name.
    pub policy: String,
    /// Whether it is report-only.
    pub report_only: bool,
    /// Whether it allows (`true`) or refuses.
    pub allows: bool,
}

fn targets(targets: &PolicyTargets, context: &SignInContext) -> bool {
    targets.all_users
        || targets.users.contains(&context.user_id)
        || targets.groups.iter().any(|g| context.groups.contains(g))
}

fn conditions_hold(conditions: &PolicyConditions, context: &SignInContext) -> bool {
    let inside = conditions.client_networks.is_empty()
        || conditions
            .client_networks
            .iter()
            .any(|net| net.contains(&context.address));
    let not_excluded = !conditions
        .excluded_networks
        .iter()
        .any(|net| net.contains(&context.address));
    let factor = conditions
        .second_factor_used
        .is_none_or(|wanted| wanted == context.second_factor);
    inside && not_excluded && factor
}

/// The verdicts of every enabled or report-only policy that applies. Pure.
#[must_use]
pub fn evaluate(policies: &[AccessPolicy], context: &SignInContext) -> Vec<Verdict> {
    policies
        .iter()
        .filter(|p| {
            p.state != PolicyState::Disabled
                && targets(&p.targets, context)
                && conditions_hold(&p.conditions, context)
        })
        .map(|p| Verdict {
            policy: p.name.clone(),
            report_only: p.state == PolicyState::ReportOnly,
            allows: match p.grant {
                Grant::Allow => true,
                Grant::Block => false,
                Grant::RequireSecondFactor => context.second_factor,
            },
        })
        .collect()
}

/// Evaluates the tenant's policies for this sign-in, audits every verdict (in its own
/// transaction, so a refusal is recorded even though the sign-in is not), and refuses with the
/// first enforcing policy that does.
pub async fn check(
    deps: &Deps,
    user: UserId,
    tenant: TenantId,
    address: IpAddr,
    second_factor: bool,
    moment: &str,
) -> Result<()> {
    let verdicts = verdicts(deps, user, tenant, address, second_factor).await?;
    let now = deps.clock.now();
    if !verdicts.is_empty() {
        let mut tx = deps.store.begin().await?;
        for verdict in &verdicts {
            let action = match (verdict.report_only, verdict.allows) {
                (true, _) => "conditional_access.report_only",
                (false, true) => "conditional_access.allowed",
                (false, false) => "conditional_access.blocked",
            };
            let detail = json!({ "policy": verdict.policy, "would_allow": verdict.allows, "at": moment,
                                 "client_address": address.to_string(), "second_factor": second_factor });
            audit::append(
                &mut tx,
                &Entry {
                    tenant: Some(tenant),
                    at: now,
                    actor: Actor::User(user),
                    action,
                    target: format!("user:{user}"),
                    detail,
                },
            )
            .await?;
        }
        tx.commit().await?;
    }
    match verdicts.iter().find(|v| !v.report_only && !v.allows) {
        Some(refusal) => Err(Error::ConditionalAccess(refusal.policy.clone())),
        None => Ok(()),
    }
}

/// The verdicts of the tenant's policies that apply to `user` signing in from `address`.
async fn verdicts(
    deps: &Deps,
    user: UserId,
    tenant: TenantId,
    address: IpAddr,
    second_factor: bool,
) -> Result<Vec<Verdict>> {
    let mut db = deps.store.db().await?;
    let policies = access_policies::list(&mut db, tenant).await?;
    if policies.is_empty() {
        return Ok(Vec::new());
    }
    let context = SignInContext {
        tenant_id: tenant,
        user_id: user,
        groups: access_policies::groups_of(&mut db, tenant, user).await?,
        address,
        second_factor,
    };
    Ok(evaluate(&policies, &context))
}

/// The enforcing policy that would refuse `user` now, if any, without auditing: for checking
/// again, every few seconds, that a helper in a live session is still let in.
pub async fn blocking_policy(
    deps: &Deps,
    user: UserId,
    tenant: TenantId,
    address: IpAddr,
    second_factor: bool,
) -> Result<Option<String>> {
    Ok(verdicts(deps, user, tenant, address, second_factor)
        .await?
        .into_iter()
        .find(|v| !v.report_only && !v.allows)
        .map(|v| v.policy))
}

async fn check_targets(c: &mut impl Conn, tenant: TenantId, targets: &PolicyTargets) -> Result<()> {
    for group in &targets.groups {
        if groups::get(c, tenant, *group).await?.is_none() {
            return Err(Error::Invalid(format!("no group {group} in this tenant")));
        }
    }
    for user in &targets.users {
        if users::get(c, tenant, *user).await?.is_none() {
            return Err(Error::Invalid(format!("no user {user} in this tenant")));
        }
    }
    if !targets.all_users && targets.users.is_empty() && targets.groups.is_empty() {
        return Err(Error::Invalid(
            "a policy needs targets: all users, users or groups".to_owned(),
        ));
    }
    Ok(())
}

/// The tenant's policies.
pub async fn list(deps: &Deps, admin: &Granted<ManagePolicies>) -> Result<AccessPolicyList> {
    Ok(AccessPolicyList {
        items: access_policies::list(&mut deps.store.db().await?, admin.tenant_id()).await?,
    })
}

/// One policy.
pub async fn get(
    deps: &Deps,
    admin: &Granted<ManagePolicies>,
    id: AccessPolicyId,
) -> Result<AccessPolicy> {
    access_policies::get(&mut deps.store.db().await?, admin.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)
}

/// Creates (`id` is `None`) or replaces a policy.
pub async fn put(
    deps: &Deps,
    admin: &Granted<ManagePolicies>,
    id: Option<AccessPolicyId>,
    input: AccessPolicyInput,
) -> Result<AccessPolicy> {
    let now: OffsetDateTime = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let created_at = match id {
        Some(id) => {
            access_policies::get(&mut tx, admin.tenant_id(), id)
                .await?
                .ok_or(Error::NotFound)?
                .created_at
        }
        None => now,
    };
    check_targets(&mut tx, admin.tenant_id(), &input.targets).await?;
    let policy = AccessPolicy {
        id: id.unwrap_or_else(AccessPolicyId::generate),
        name: input.name.into(),
        state: input.state,
        targets: input.targets,
        conditions: input.conditions,
        grant: input.grant,
        created_at,
    };
    access_policies::put(&mut tx, admin.tenant_id(), &policy)
        .await
        .map_err(Error::on_conflict("a policy with this name already exists"))?;
    let action = if id.is_some() {
        "access_policy.updated"
    } else {
        "access_policy.created"
    };
    let detail = serde_json::to_value(&policy).unwrap_or_default();
    audit::append(
        &mut tx,
        &Entry {
            tenant: Some(admin.tenant_id()),
            at: now,
            actor: admin.actor(),
            action,
            target: format!("access_policy:{}", policy.id),
            detail,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(policy)
}

/// Deletes a policy.
pub async fn delete(
    deps: &Deps,
    admin: &Granted<ManagePolicies>,
    id: AccessPolicyId,
) -> Result<()> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    if !access_policies::delete(&mut tx, admin.tenant_id(), id).await? {
        return Err(Error::NotFound);
    }
    audit::append(
        &mut tx,
        &Entry {
            tenant: Some(admin.tenant_id()),
            at: now,
            actor: admin.actor(),
            action: "access_policy.deleted",
            target: format!("access_policy:{id}"),
            detail: json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
