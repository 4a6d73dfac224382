//! Single sign-on: each tenant's OpenID Connect provider, and the sign-ins in flight (found by
//! the hash of their `state`, never by the value itself).

use assist_protocol::api::sso::{ClientSecret, SsoClaimNames};
use assist_protocol::ids::TenantId;
use sqlx::Row;
use sqlx::any::AnyRow;
use time::OffsetDateTime;

use super::{Conn, StoreResult, from_millis, parse_id, to_millis};

/// A tenant's provider configuration as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SsoRow {
    /// The tenant.
    pub tenant_id: TenantId,
    /// The issuer URL, exactly as the provider names itself.
    pub issuer: String,
    /// The client ID at the provider.
    pub client_id: String,
    /// The client secret, if the client has one (`Debug` hides it).
    pub client_secret: Option<ClientSecret>,
    /// The scopes to request.
    pub scopes: Vec<String>,
    /// Which claims fill a new user's profile.
    pub claims: SsoClaimNames,
    /// The label of the sign-in button.
    pub button_label: String,
    /// Whether sign-in with it is allowed.
    pub enabled: bool,
    /// When it last changed.
    pub updated_at: OffsetDateTime,
}

fn sso_from_row(row: &AnyRow) -> StoreResult<SsoRow> {
    Ok(SsoRow {
        tenant_id: parse_id(&row.try_get::<String, _>("tenant_id")?)?,
        issuer: row.try_get("issuer")?,
        client_id: row.try_get("client_id")?,
        client_secret: row
            .try_get::<Option<String>, _>("client_secret")?
            .map(ClientSecret::new),
        scopes: row
            .try_get::<String, _>("scopes")?
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        claims: SsoClaimNames {
            display_name: row.try_get("claim_display_name")?,
            job_title: row.try_get("claim_job_title")?,
            company: row.try_get("claim_company")?,
            picture: row.try_get("claim_picture")?,
        },
        button_label: row.try_get("button_label")?,
        enabled: row.try_get::<i64, _>("enabled")? != 0,
        updated_at: from_millis(row.try_get("updated_at")?)?,
    })
}

/// `tenant`'s provider configuration, if it has one.
pub async fn get(c: &mut impl Conn, tenant: TenantId) -> StoreResult<Option<SsoRow>> {
    let row = sqlx::query(
        "SELECT tenant_id, issuer, client_id, client_secret, scopes, claim_display_name, \
         claim_job_title, claim_company, claim_picture, button_label, enabled, updated_at \
         FROM tenant_sso WHERE tenant_id = $1",
    )
    .bind(tenant.to_string())
    .fetch_optional(c.conn())
    .await?;
    row.as_ref().map(sso_from_row).transpose()
}

/// Writes a tenant's provider configuration (inserting the row the first time).
pub async fn put(c: &mut impl Conn, sso: &SsoRow) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO tenant_sso (tenant_id, issuer, client_id, client_secret, scopes, \
         claim_display_name, claim_job_title, claim_company, claim_picture, button_label, \
         enabled, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
         ON CONFLICT (tenant_id) DO UPDATE SET issuer = $2, client_id = $3, \
         client_secret = $4, scopes = $5, claim_display_name = $6, claim_job_title = $7, \
         claim_company = $8, claim_picture = $9, button_label = $10, enabled = $11, \
         updated_at = $12",
    )
    .bind(sso.tenant_id.to_string())
    .bind(&sso.issuer)
    .bind(&sso.client_id)
    .bind(
        sso.client_secret
            .as_ref()
            .map(|secret| secret.expose().to_owned()),
    )
    .bind(sso.scopes.join(" "))
    .bind(&sso.claims.display_name)
    .bind(&sso.claims.job_title)
    .bind(&sso.claims.company)
    .bind(&sso.claims.picture)
    .bind(&sso.button_label)
    .bind(i64::from(sso.enabled))
    .bind(to_millis(sso.updated_at))
    .execute(c.conn())
    .await?;
    Ok(())
}

/// Removes a tenant's provider configuration and its sign-ins in flight; false when it had none.
pub async fn delete(c: &mut impl Conn, tenant: TenantId) -> StoreResult<bool> {
    sqlx::query("DELETE FROM sso_logins WHERE tenant_id = $1")
        .bind(tenant.to_string())
        .execute(c.conn())
        .await?;
    let done = sqlx::query("DELETE FROM tenant_sso WHERE tenant_id = $1")
        .bind(tenant.to_string())
        .execute(c.conn())
        .await?;
    Ok(done.rows_affected() == 1)
}

/// A sign-in sent to the provider.
#[derive(Clone)]
pub struct PendingLogin {
    /// SHA-256 of the `state` parameter.
    pub state_hash: String,
    /// The tenant whose provider it went to.
    pub tenant_id: TenantId,
    /// SHA-256 of the browser-binding cookie.
    pub browser_hash: String,
    /// The PKCE code verifier.
    pub pkce_verifier: String,
    /// The nonce the ID token must carry.
    pub nonce: String,
    /// When it started.
    pub created_at: OffsetDateTime,
    /// When its callback was accepted, if it was.
    pub used_at: Option<OffsetDateTime>,
}

impl std::fmt::Debug for PendingLogin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PendingLogin")
            .field("tenant_id", &self.tenant_id)
            .field("created_at", &self.created_at)
            .field("used_at", &self.used_at)
            .finish_non_exhaustive()
    }
}

/// Records a sign-in sent to the provider.
pub async fn insert_login(c: &mut impl Conn, login: &PendingLogin) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO sso_logins (state_hash, tenant_id, browser_hash, pkce_verifier, nonce, \
         created_at, used_at) VALUES ($1, $2, $3, $4, $5, $6, NULL)",
    )
    .bind(&login.state_hash)
    .bind(login.tenant_id.to_string())
    .bind(&login.browser_hash)
    .bind(&login.pkce_verifier)
    .bind(&login.nonce)
    .bind(to_millis(login.created_at))
    .execute(c.conn())
    .await?;
    Ok(())
}

/// The sign-in whose `state` hashes to `state_hash`, whatever its state.
pub async fn find_login(c: &mut impl Conn, state_hash: &str) -> StoreResult<Option<PendingLogin>> {
    let row = sqlx::query(
        "SELECT state_hash, tenant_id, browser_hash, pkce_verifier, nonce, created_at, used_at \
         FROM sso_logins WHERE state_hash = $1",
    )
    .bind(state_hash)
    .fetch_optional(c.conn())
    .await?;
    row.map(|row| {
        Ok(PendingLogin {
            state_hash: row.try_get("state_hash")?,
            tenant_id: parse_id(&row.try_get::<String, _>("tenant_id")?)?,
            browser_hash: row.try_get("browser_hash")?,
            pkce_verifier: row.try_get("pkce_verifier")?,
            nonce: row.try_get("nonce")?,
            created_at: from_millis(row.try_get("created_at")?)?,
            used_at: row
                .try_get::<Option<i64>, _>("used_at")?
                .map(from_millis)
                .transpose()?,
        })
    })
    .transpose()
}

/// Marks a sign-in used; false when it already was (so of two racing callbacks, one wins).
pub async fn consume_login(
    c: &mut impl Conn,
    state_hash: &str,
    now: OffsetDateTime,
) -> StoreResult<bool> {
    let done =
        sqlx::query("UPDATE sso_logins SET used_at = $1 WHERE state_hash = $2 AND used_at IS NULL")
            .bind(to_millis(now))
            .bind(state_hash)
            .execute(c.conn())
            .await?;
    Ok(done.rows_affected() == 1)
}

/// Forgets sign-ins that started before `before` (used or not): they can no longer complete.
pub async fn prune_logins(c: &mut impl Conn, before: OffsetDateTime) -> StoreResult<u64> {
    let done = sqlx::query("DELETE FROM sso_logins WHERE created_at < $1")
        .bind(to_millis(before))
        .execute(c.conn())
        .await?;
    Ok(done.rows_affected())
}
