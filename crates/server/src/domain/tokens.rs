//! A user's own bearer API tokens.

use assist_protocol::api::roles::Permission;
use assist_protocol::api::tokens::ApiToken;
use assist_protocol::api::tokens::{ApiTokenList, CreateApiToken, CreatedApiToken};
use assist_protocol::ids::ApiTokenId;
use serde_json::json;

use super::access::Principal;
use super::audit::{Actor, Entry};
use super::auth::TOKEN_PREFIX;
use super::secrets::{new_token, token_hash};
use super::{Deps, Error, Result};
use crate::store::tokens::TokenRow;
use crate::store::{audit, tokens};

/// Days a token lasts when the request does not say.
pub const DEFAULT_DAYS: u32 = 90;
/// The longest a token may last.
pub const MAX_DAYS: u32 = 365;

/// Creates a token that acts as the caller, who needs the permission to create tokens. It
/// expires after `expires_in_days` (default [`DEFAULT_DAYS`], at most [`MAX_DAYS`]). The secret
/// is returned once.
pub async fn create(
    deps: &Deps,
    principal: &Principal,
    input: CreateApiToken,
) -> Result<CreatedApiToken> {
    if !principal.has(Permission::CreateApiTokens) {
        return Err(Error::Forbidden(format!(
            "creating API tokens needs the permission {}",
            Permission::CreateApiTokens.name()
        )));
    }
    let days = input.expires_in_days.unwrap_or(DEFAULT_DAYS);
    if !(1..=MAX_DAYS).contains(&days) {
        return Err(Error::Invalid(format!(
            "expires_in_days must be 1 to {MAX_DAYS}"
        )));
    }
    let now = deps.clock.now();
    let secret = new_token(TOKEN_PREFIX);
    let row = TokenRow {
        token: ApiToken {
            id: ApiTokenId::generate(),
            name: input.name.into(),
            created_at: now,
            expires_at: Some(now + time::Duration::days(i64::from(days))),
            last_used_at: None,
        },
        tenant_id: principal.tenant_id,
        user_id: principal.user_id,
        revoked_at: None,
    };
    let mut tx = deps.store.begin().await?;
    tokens::insert(&mut tx, &row, &token_hash(&secret)).await?;
    audit::append(
        &mut tx,
        &Entry {
            tenant: Some(principal.tenant_id),
            at: now,
            actor: Actor::User(principal.user_id),
            action: "token.created",
            target: format!("token:{}", row.token.id),
            detail: json!({ "name": row.token.name, "expires_in_days": days }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(CreatedApiToken {
        token: row.token,
        secret,
    })
}

/// The caller's live tokens.
pub async fn list(deps: &Deps, principal: &Principal) -> Result<ApiTokenList> {
    let rows = tokens::list_live(
        &mut deps.store.db().await?,
        principal.tenant_id,
        principal.user_id,
    )
    .await?;
    Ok(ApiTokenList {
        items: rows.into_iter().map(|row| row.token).collect(),
    })
}

/// Revokes one of the caller's tokens; it stops working at once.
pub async fn revoke(deps: &Deps, principal: &Principal, id: ApiTokenId) -> Result<()> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    if !tokens::revoke(&mut tx, principal.tenant_id, principal.user_id, id, now).await? {
        return Err(Error::NotFound);
    }
    let actor = Actor::User(principal.user_id);
    let target = format!("token:{id}");
    audit::append(
        &mut tx,
        &Entry::new(principal.tenant_id, actor, now, "token.revoked", target),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
