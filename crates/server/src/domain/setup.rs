//! One-time links: the first-run link that creates a tenant and its administrator, and the
//! recovery link that sets a new password. A link is random, stored hashed, expires, and is
//! consumed atomically by the first request that uses it.

use assist_protocol::api::setup::{
    CompleteFirstAdmin, CompletePasswordReset, SetupLinkInfo, SetupPurpose,
};
use assist_protocol::api::tenants::Tenant;
use assist_protocol::api::users::User;
use assist_protocol::ids::UserId;
use assist_protocol::text::Email;
use serde_json::json;
use time::OffsetDateTime;

use super::audit::{Actor, Entry};
use super::auth::{NewSession, start_session};
use super::secrets::{new_token, token_hash};
use super::{Client, Deps, Error, Result};
use crate::store::links::LinkRow;
use crate::store::sessions::SessionKind;
use crate::store::{audit, links, sessions, tenants, tokens, users};

/// Prefix of link secrets.
const LINK_PREFIX: &str = "asl";

/// A freshly issued link's secret, to print once.
#[derive(Debug)]
pub struct IssuedLink {
    /// The secret, which goes after `#` in the URL so that it never reaches server logs.
    pub secret: String,
    /// When it stops working.
    pub expires_at: OffsetDateTime,
}

impl IssuedLink {
    /// The URL to open, under `origin` (`https://assist.example.com`).
    #[must_use]
    pub fn url(&self, origin: &str) -> String {
        format!("{origin}/setup#{}", self.secret)
    }
}

/// On a first start (no tenant yet), issues a first-run link; otherwise `None`. Each start
/// issues a new link and retires the previous one, since only its hash was kept.
pub async fn first_run_link(deps: &Deps) -> Result<Option<IssuedLink>> {
    if tenants::any_exist(&mut deps.store.db().await?).await? {
        return Ok(None);
    }
    issue(deps, SetupPurpose::FirstAdmin, None, Actor::Anonymous)
        .await
        .map(Some)
}

/// Issues a link to create a new tenant and its administrator (admin CLI).
pub async fn issue_first_admin_link(deps: &Deps) -> Result<IssuedLink> {
    issue(deps, SetupPurpose::FirstAdmin, None, Actor::Cli).await
}

/// Issues a link that lets `email` choose a new password (admin CLI).
pub async fn issue_password_reset_link(deps: &Deps, email: &Email) -> Result<IssuedLink> {
    let user = users::find_by_email(&mut deps.store.db().await?, email.as_str())
        .await?
        .ok_or(Error::NotFound)?;
    issue(
        deps,
        SetupPurpose::PasswordReset,
        Some(&user.user),
        Actor::Cli,
    )
    .await
}

async fn issue(
    deps: &Deps,
    purpose: SetupPurpose,
    user: Option<&User>,
    actor: Actor,
) -> Result<IssuedLink> {
    let now = deps.clock.now();
    let secret = new_token(LINK_PREFIX);
    let link = LinkRow {
        id: UserId::generate().to_string(),
        purpose,
        tenant_id: user.map(|u| u.tenant_id),
        user_id: user.map(|u| u.id),
        expires_at: now + deps.policy.setup_link_lifetime,
        used_at: None,
    };
    let mut tx = deps.store.begin().await?;
    links::replace(&mut tx, &link, &token_hash(&secret), now).await?;
    audit::append(
        &mut tx,
        &Entry {
            tenant: link.tenant_id,
            at: now,
            actor,
            action: "setup.link_issued",
            target: user.map_or_else(|| "setup".to_owned(), |u| format!("user:{}", u.id)),
            detail: json!({ "purpose": purpose, "expires_at": crate::store::to_millis(link.expires_at) }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(IssuedLink {
        secret,
        expires_at: link.expires_at,
    })
}

/// The live link with this secret, if any.
async fn live_link(deps: &Deps, secret: &str, now: OffsetDateTime) -> Result<LinkRow> {
    links::find_by_hash(&mut deps.store.db().await?, &token_hash(secret.trim()))
        .await?
        .filter(|link| link.used_at.is_none() && link.expires_at > now)
        .ok_or(Error::SetupLinkInvalid)
}

/// What a link is for, so the page can show the right form.
pub async fn inspect(deps: &Deps, secret: &str) -> Result<SetupLinkInfo> {
    let link = live_link(deps, secret, deps.clock.now()).await?;
    let email = match (link.tenant_id, link.user_id) {
        (Some(tenant), Some(user)) => users::get(&mut deps.store.db().await?, tenant, user)
            .await?
            .map(|row| row.user.email),
        _ => None,
    };
    Ok(SetupLinkInfo {
        purpose: link.purpose,
        email,
        expires_at: link.expires_at,
    })
}

/// Creates the tenant and its first administrator, consumes the link and signs them in.
pub async fn complete_first_admin(
    deps: &Deps,
    input: CompleteFirstAdmin,
    client: &Client,
) -> Result<NewSession> {
    let link = live_link(deps, &input.token, deps.clock.now()).await?;
    if link.purpose != SetupPurpose::FirstAdmin {
        return Err(Error::SetupLinkInvalid);
    }
    let new_tenant = assist_protocol::ids::TenantId::generate();
    super::users::claimable(&mut deps.store.db().await?, new_tenant, &input.email).await?;
    let hash = deps
        .hashing
        .hash(input.password.expose().to_owned())
        .await?;
    let now = deps.clock.now();
    let tenant = Tenant {
        id: new_tenant,
        name: input.tenant_name.to_string(),
        created_at: now,
    };
    let user = User {
        id: UserId::generate(),
        tenant_id: tenant.id,
        email: input.email.to_string(),
        display_name: input.display_name.to_string(),
        job_title: input.job_title.map(String::from).unwrap_or_default(),
        company: input.company.map(String::from).unwrap_or_default(),
        has_picture: false,
        is_admin: true,
        disabled: false,
        created_at: now,
        updated_at: now,
    };
    let mut tx = deps.store.begin().await?;
    if !links::mark_used(&mut tx, &link.id, now).await? {
        return Err(Error::SetupLinkInvalid);
    }
    tenants::insert(&mut tx, &tenant).await?;
    users::insert(&mut tx, &user, Some(&hash))
        .await
        .map_err(Error::on_conflict(
            "this e-mail address already has an account",
        ))?;
    for (action, target, detail) in [
        (
            "tenant.created",
            format!("tenant:{}", tenant.id),
            json!({ "name": tenant.name }),
        ),
        (
            "user.created",
            format!("user:{}", user.id),
            json!({ "email": user.email, "is_admin": true }),
        ),
    ] {
        audit::append(
            &mut tx,
            &Entry {
                tenant: Some(tenant.id),
                at: now,
                actor: Actor::SetupLink,
                action,
                target,
                detail,
            },
        )
        .await?;
    }
    let session = start_session(
        &mut tx,
        deps,
        &user,
        client,
        "setup_link",
        false,
        SessionKind::Browser,
    )
    .await?;
    tx.commit().await?;
    Ok(session)
}

/// Sets a new password with a recovery link, ends every other session and API token of the
/// account (whoever held them may be why it is being recovered), and signs in.
pub async fn complete_password_reset(
    deps: &Deps,
    input: CompletePasswordReset,
    client: &Client,
) -> Result<NewSession> {
    let link = live_link(deps, &input.token, deps.clock.now()).await?;
    let (Some(tenant), Some(user_id), SetupPurpose::PasswordReset) =
        (link.tenant_id, link.user_id, link.purpose)
    else {
        return Err(Error::SetupLinkInvalid);
    };
    super::conditional_access::check(
        deps,
        user_id,
        tenant,
        client.address,
        false,
        "recovery_link",
    )
    .await?;
    let hash = deps
        .hashing
        .hash(input.password.expose().to_owned())
        .await?;
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    if !links::mark_used(&mut tx, &link.id, now).await? {
        return Err(Error::SetupLinkInvalid);
    }
    let user = users::get(&mut tx, tenant, user_id)
        .await?
        .ok_or(Error::SetupLinkInvalid)?
        .user;
    users::set_password(&mut tx, tenant, user_id, &hash, now).await?;
    sessions::revoke_all(&mut tx, tenant, user_id, now).await?;
    tokens::revoke_all(&mut tx, tenant, user_id, now).await?;
    audit::append(
        &mut tx,
        &Entry {
            tenant: Some(tenant),
            at: now,
            actor: Actor::SetupLink,
            action: "user.password_reset",
            target: format!("user:{user_id}"),
            detail: json!({}),
        },
    )
    .await?;
    let session = start_session(
        &mut tx,
        deps,
        &user,
        client,
        "recovery_link",
        false,
        SessionKind::Browser,
    )
    .await?;
    tx.commit().await?;
    Ok(session)
}
