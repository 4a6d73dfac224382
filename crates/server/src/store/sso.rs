//! Single sign-on: each tenant's OpenID Connect provider, the sign-ins in flight (found by the
//! hash of their `state`, never by the value itself), and the one-time codes that end a native
//! app's sign-in (found by their hash too).

use assist_protocol::api::sso::{ClientSecret, SsoClaimNames};
use assist_protocol::ids::{SignInSessionId, TenantId, UserId};
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

/// Whether some tenant has single sign-on turned on and a verified domain: what a sign-in,
/// which starts from an e-mail address, needs. Server-wide, since the sign-in page has no
/// tenant yet.
pub async fn usable_anywhere(c: &mut impl Conn) -> StoreResult<bool> {
    let row = sqlx::query(
        "SELECT s.tenant_id FROM tenant_sso s WHERE s.enabled = 1 AND EXISTS \
         (SELECT 1 FROM tenant_domains d WHERE d.tenant_id = s.tenant_id \
         AND d.verified_at IS NOT NULL) LIMIT 1",
    )
    .fetch_optional(c.conn())
    .await?;
    Ok(row.is_some())
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
    /// For a sign-in started by a native app: where the app waits.
    pub app: Option<AppLogin>,
    /// For a link started by a signed-in person: who, so the identity is linked to them.
    pub link_user: Option<UserId>,
}

/// What a native app asked for when it started single sign-on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppLogin {
    /// The app's loopback redirect URI.
    pub redirect_uri: String,
    /// The value to echo back as `state`.
    pub state: Option<String>,
    /// The PKCE S256 challenge the app's code must be redeemed with.
    pub code_challenge: String,
}

impl std::fmt::Debug for PendingLogin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PendingLogin")
            .field("tenant_id", &self.tenant_id)
            .field("created_at", &self.created_at)
            .field("used_at", &self.used_at)
            .field("app", &self.app.is_some())
            .finish_non_exhaustive()
    }
}

/// Records a sign-in sent to the provider.
pub async fn insert_login(c: &mut impl Conn, login: &PendingLogin) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO sso_logins (state_hash, tenant_id, browser_hash, pkce_verifier, nonce, \
         created_at, used_at, app_redirect_uri, app_state, code_challenge, link_user_id) \
         VALUES ($1, $2, $3, $4, $5, $6, NULL, $7, $8, $9, $10)",
    )
    .bind(&login.state_hash)
    .bind(login.tenant_id.to_string())
    .bind(&login.browser_hash)
    .bind(&login.pkce_verifier)
    .bind(&login.nonce)
    .bind(to_millis(login.created_at))
    .bind(login.app.as_ref().map(|app| app.redirect_uri.clone()))
    .bind(login.app.as_ref().and_then(|app| app.state.clone()))
    .bind(login.app.as_ref().map(|app| app.code_challenge.clone()))
    .bind(login.link_user.map(|user| user.to_string()))
    .execute(c.conn())
    .await?;
    Ok(())
}

/// The sign-in whose `state` hashes to `state_hash`, whatever its state.
pub async fn find_login(c: &mut impl Conn, state_hash: &str) -> StoreResult<Option<PendingLogin>> {
    let row = sqlx::query(
        "SELECT state_hash, tenant_id, browser_hash, pkce_verifier, nonce, created_at, used_at, \
         app_redirect_uri, app_state, code_challenge, link_user_id FROM sso_logins \
         WHERE state_hash = $1",
    )
    .bind(state_hash)
    .fetch_optional(c.conn())
    .await?;
    row.map(|row| {
        let app = match (
            row.try_get::<Option<String>, _>("app_redirect_uri")?,
            row.try_get::<Option<String>, _>("code_challenge")?,
        ) {
            (Some(redirect_uri), Some(code_challenge)) => Some(AppLogin {
                redirect_uri,
                state: row.try_get("app_state")?,
                code_challenge,
            }),
            _ => None,
        };
        Ok(PendingLogin {
            state_hash: row.try_get("state_hash")?,
            tenant_id: parse_id(&row.try_get::<String, _>("tenant_id")?)?,
            browser_hash: row.try_get("browser_hash")?,
            pkce_verifier: row.try_get("pkce_verifier")?,
            nonce: row.try_get("nonce")?,
            link_user: row
                .try_get::<Option<String>, _>("link_user_id")?
                .map(|id| parse_id(&id))
                .transpose()?,
            created_at: from_millis(row.try_get("created_at")?)?,
            used_at: row
                .try_get::<Option<i64>, _>("used_at")?
                .map(from_millis)
                .transpose()?,
            app,
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

/// A one-time code that ends a native app's single sign-on.
#[derive(Clone)]
pub struct AppCode {
    /// SHA-256 of the code.
    pub code_hash: String,
    /// The tenant.
    pub tenant_id: TenantId,
    /// Who signed in.
    pub user_id: UserId,
    /// The PKCE S256 challenge the verifier must match.
    pub code_challenge: String,
    /// Whether the sign-in at the provider used a second factor.
    pub second_factor: bool,
    /// When it was issued.
    pub created_at: OffsetDateTime,
    /// When it stops working.
    pub expires_at: OffsetDateTime,
    /// When it was presented (rightly or not), if it was.
    pub used_at: Option<OffsetDateTime>,
    /// The sign-in session it was redeemed for.
    pub session_id: Option<SignInSessionId>,
}

impl std::fmt::Debug for AppCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppCode")
            .field("tenant_id", &self.tenant_id)
            .field("user_id", &self.user_id)
            .field("expires_at", &self.expires_at)
            .field("used_at", &self.used_at)
            .finish_non_exhaustive()
    }
}

/// Records a code issued to an app.
pub async fn insert_app_code(c: &mut impl Conn, code: &AppCode) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO app_codes (code_hash, tenant_id, user_id, code_challenge, second_factor, \
         created_at, expires_at, used_at, session_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, NULL)",
    )
    .bind(&code.code_hash)
    .bind(code.tenant_id.to_string())
    .bind(code.user_id.to_string())
    .bind(&code.code_challenge)
    .bind(i64::from(code.second_factor))
    .bind(to_millis(code.created_at))
    .bind(to_millis(code.expires_at))
    .execute(c.conn())
    .await?;
    Ok(())
}

/// The code that hashes to `code_hash`, whatever its state.
pub async fn find_app_code(c: &mut impl Conn, code_hash: &str) -> StoreResult<Option<AppCode>> {
    let row = sqlx::query(
        "SELECT code_hash, tenant_id, user_id, code_challenge, second_factor, created_at, \
         expires_at, used_at, session_id FROM app_codes WHERE code_hash = $1",
    )
    .bind(code_hash)
    .fetch_optional(c.conn())
    .await?;
    row.map(|row| {
        Ok(AppCode {
            code_hash: row.try_get("code_hash")?,
            tenant_id: parse_id(&row.try_get::<String, _>("tenant_id")?)?,
            user_id: parse_id(&row.try_get::<String, _>("user_id")?)?,
            code_challenge: row.try_get("code_challenge")?,
            second_factor: row.try_get::<i64, _>("second_factor")? != 0,
            created_at: from_millis(row.try_get("created_at")?)?,
            expires_at: from_millis(row.try_get("expires_at")?)?,
            used_at: row
                .try_get::<Option<i64>, _>("used_at")?
                .map(from_millis)
                .transpose()?,
            session_id: row
                .try_get::<Option<String>, _>("session_id")?
                .map(|id| parse_id(&id))
                .transpose()?,
        })
    })
    .transpose()
}

/// Marks a code presented; false when it already was (so of two racing redemptions, one wins).
pub async fn consume_app_code(
    c: &mut impl Conn,
    code_hash: &str,
    now: OffsetDateTime,
) -> StoreResult<bool> {
    let done =
        sqlx::query("UPDATE app_codes SET used_at = $1 WHERE code_hash = $2 AND used_at IS NULL")
            .bind(to_millis(now))
            .bind(code_hash)
            .execute(c.conn())
            .await?;
    Ok(done.rows_affected() == 1)
}

/// Records the sign-in session a code was redeemed for.
pub async fn redeemed_app_code(
    c: &mut impl Conn,
    code_hash: &str,
    session: SignInSessionId,
) -> StoreResult<()> {
    sqlx::query("UPDATE app_codes SET session_id = $1 WHERE code_hash = $2")
        .bind(session.to_string())
        .bind(code_hash)
        .execute(c.conn())
        .await?;
    Ok(())
}

/// Forgets codes that expired before `before` (used or not).
pub async fn prune_app_codes(c: &mut impl Conn, before: OffsetDateTime) -> StoreResult<u64> {
    let done = sqlx::query("DELETE FROM app_codes WHERE expires_at < $1")
        .bind(to_millis(before))
        .execute(c.conn())
        .await?;
    Ok(done.rows_affected())
}

/// The account an identity (`issuer`, `subject`) is linked to: its tenant and user.
pub async fn find_identity(
    c: &mut impl Conn,
    issuer: &str,
    subject: &str,
) -> StoreResult<Option<(TenantId, UserId)>> {
    let row = sqlx::query(
        "SELECT tenant_id, user_id FROM sso_identities WHERE issuer = $1 AND subject = $2",
    )
    .bind(issuer)
    .bind(subject)
    .fetch_optional(c.conn())
    .await?;
    row.map(|row| {
        Ok((
            parse_id(&row.try_get::<String, _>("tenant_id")?)?,
            parse_id(&row.try_get::<String, _>("user_id")?)?,
        ))
    })
    .transpose()
}

/// Whether `user` has an identity linked at `issuer`.
pub async fn is_linked(c: &mut impl Conn, user: UserId, issuer: &str) -> StoreResult<bool> {
    Ok(
        sqlx::query("SELECT 1 AS one FROM sso_identities WHERE user_id = $1 AND issuer = $2")
            .bind(user.to_string())
            .bind(issuer)
            .fetch_optional(c.conn())
            .await?
            .is_some(),
    )
}

/// Links (`issuer`, `subject`) to `user`, replacing the user's earlier link at that issuer.
/// `Conflict` when the identity is linked to someone else.
pub async fn link_identity(
    c: &mut impl Conn,
    issuer: &str,
    subject: &str,
    tenant: TenantId,
    user: UserId,
    now: OffsetDateTime,
) -> StoreResult<()> {
    sqlx::query("DELETE FROM sso_identities WHERE user_id = $1 AND issuer = $2")
        .bind(user.to_string())
        .bind(issuer)
        .execute(c.conn())
        .await?;
    sqlx::query(
        "INSERT INTO sso_identities (issuer, subject, tenant_id, user_id, linked_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(issuer)
    .bind(subject)
    .bind(tenant.to_string())
    .bind(user.to_string())
    .bind(to_millis(now))
    .execute(c.conn())
    .await?;
    Ok(())
}

/// Every stored client secret, by tenant, except those that begin with `except` (already
/// sealed with the current key; `""` excepts none), for sealing them again.
pub async fn all_client_secrets(
    c: &mut impl Conn,
    except: &str,
) -> StoreResult<Vec<(TenantId, String)>> {
    sqlx::query(
        "SELECT tenant_id, client_secret FROM tenant_sso WHERE client_secret IS NOT NULL \
         AND ($1 = '' OR substr(client_secret, 1, length($1)) <> $1) ORDER BY tenant_id",
    )
    .bind(except)
    .fetch_all(c.conn())
    .await?
    .iter()
    .map(|row| {
        Ok((
            parse_id(&row.try_get::<String, _>("tenant_id")?)?,
            row.try_get("client_secret")?,
        ))
    })
    .collect()
}

/// Replaces a tenant's stored client secret (the same secret, sealed anew).
pub async fn set_client_secret(
    c: &mut impl Conn,
    tenant: TenantId,
    secret: &str,
) -> StoreResult<()> {
    sqlx::query("UPDATE tenant_sso SET client_secret = $1 WHERE tenant_id = $2")
        .bind(secret)
        .bind(tenant.to_string())
        .execute(c.conn())
        .await?;
    Ok(())
}
