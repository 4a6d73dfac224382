//! Sign-in sessions: the server side of the session cookie, and of an app's bearer token. The
//! cookie or token holds a random secret; only its SHA-256 is stored, so a copy of the database
//! signs nobody in.

use assist_protocol::ids::{SignInSessionId, TenantId, UserId};
use sqlx::Row;
use sqlx::any::AnyRow;
use time::OffsetDateTime;

use super::{Conn, StoreError, StoreResult, from_millis, parse_id, to_millis};

/// A sign-in session as stored.
#[derive(Clone, Debug)]
pub struct SessionRow {
    /// Its ID (not the secret).
    pub id: SignInSessionId,
    /// The tenant.
    pub tenant_id: TenantId,
    /// Who signed in.
    pub user_id: UserId,
    /// When.
    pub created_at: OffsetDateTime,
    /// Last request, to the minute.
    pub last_seen_at: OffsetDateTime,
    /// When it ends.
    pub expires_at: OffsetDateTime,
    /// When it was revoked, if it was.
    pub revoked_at: Option<OffsetDateTime>,
    /// The client's address at sign-in.
    pub client_address: String,
    /// The client's user agent at sign-in.
    pub user_agent: String,
    /// Whether the sign-in used a second factor.
    pub second_factor: bool,
    /// What holds it: a browser or an app.
    pub kind: SessionKind,
}

/// What holds a sign-in session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionKind {
    /// A browser, behind the session cookie.
    Browser,
    /// A native app, behind a bearer token; with the label it gave itself, if any.
    App {
        /// Such as "Assist app 0.1.0 on host-x".
        label: Option<String>,
    },
}

impl SessionKind {
    fn column(&self) -> &'static str {
        match self {
            Self::Browser => "browser",
            Self::App { .. } => "app",
        }
    }

    fn label(&self) -> Option<&str> {
        match self {
            Self::Browser => None,
            Self::App { label } => label.as_deref(),
        }
    }
}

const SELECT: &str = "SELECT id, tenant_id, user_id, created_at, last_seen_at, expires_at, \
     revoked_at, client_address, user_agent, second_factor, kind, app_label FROM sign_in_sessions";

fn session_from_row(row: &AnyRow) -> StoreResult<SessionRow> {
    Ok(SessionRow {
        id: parse_id(&row.try_get::<String, _>("id")?)?,
        tenant_id: parse_id(&row.try_get::<String, _>("tenant_id")?)?,
        user_id: parse_id(&row.try_get::<String, _>("user_id")?)?,
        created_at: from_millis(row.try_get("created_at")?)?,
        last_seen_at: from_millis(row.try_get("last_seen_at")?)?,
        expires_at: from_millis(row.try_get("expires_at")?)?,
        revoked_at: row
            .try_get::<Option<i64>, _>("revoked_at")?
            .map(from_millis)
            .transpose()?,
        client_address: row.try_get("client_address")?,
        user_agent: row.try_get("user_agent")?,
        second_factor: row.try_get::<i64, _>("second_factor")? != 0,
        kind: match row.try_get::<String, _>("kind")?.as_str() {
            "browser" => SessionKind::Browser,
            "app" => SessionKind::App {
                label: row.try_get("app_label")?,
            },
            other => return Err(StoreError::Corrupt(format!("session kind {other:?}"))),
        },
    })
}

/// Stores a new session under the hash of its secret.
pub async fn insert(c: &mut impl Conn, session: &SessionRow, token_hash: &str) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO sign_in_sessions (id, token_hash, tenant_id, user_id, created_at, \
         last_seen_at, expires_at, revoked_at, client_address, user_agent, second_factor, kind, \
         app_label) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8, $9, $10, $11, $12)",
    )
    .bind(session.id.to_string())
    .bind(token_hash)
    .bind(session.tenant_id.to_string())
    .bind(session.user_id.to_string())
    .bind(to_millis(session.created_at))
    .bind(to_millis(session.last_seen_at))
    .bind(to_millis(session.expires_at))
    .bind(&session.client_address)
    .bind(&session.user_agent)
    .bind(i64::from(session.second_factor))
    .bind(session.kind.column())
    .bind(session.kind.label())
    .execute(c.conn())
    .await?;
    Ok(())
}

/// The session whose secret hashes to `token_hash`, whatever its state.
pub async fn find_by_hash(c: &mut impl Conn, token_hash: &str) -> StoreResult<Option<SessionRow>> {
    let row = sqlx::query(&format!("{SELECT} WHERE token_hash = $1"))
        .bind(token_hash)
        .fetch_optional(c.conn())
        .await?;
    row.as_ref().map(session_from_row).transpose()
}

/// A session of `tenant` by its ID, whatever its state.
pub async fn get(
    c: &mut impl Conn,
    tenant: TenantId,
    id: SignInSessionId,
) -> StoreResult<Option<SessionRow>> {
    let row = sqlx::query(&format!("{SELECT} WHERE tenant_id = $1 AND id = $2"))
        .bind(tenant.to_string())
        .bind(id.to_string())
        .fetch_optional(c.conn())
        .await?;
    row.as_ref().map(session_from_row).transpose()
}

/// Records that a session was used.
pub async fn touch(c: &mut impl Conn, id: SignInSessionId, now: OffsetDateTime) -> StoreResult<()> {
    sqlx::query("UPDATE sign_in_sessions SET last_seen_at = $1 WHERE id = $2")
        .bind(to_millis(now))
        .bind(id.to_string())
        .execute(c.conn())
        .await?;
    Ok(())
}

/// A user's live sessions, newest first.
pub async fn list_live(
    c: &mut impl Conn,
    tenant: TenantId,
    user: UserId,
    now: OffsetDateTime,
) -> StoreResult<Vec<SessionRow>> {
    let rows = sqlx::query(&format!(
        "{SELECT} WHERE tenant_id = $1 AND user_id = $2 AND revoked_at IS NULL \
         AND expires_at > $3 ORDER BY created_at DESC"
    ))
    .bind(tenant.to_string())
    .bind(user.to_string())
    .bind(to_millis(now))
    .fetch_all(c.conn())
    .await?;
    rows.iter().map(session_from_row).collect()
}

/// Revokes one of a user's sessions; false when it is not theirs or already revoked.
pub async fn revoke(
    c: &mut impl Conn,
    tenant: TenantId,
    user: UserId,
    id: SignInSessionId,
    now: OffsetDateTime,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE sign_in_sessions SET revoked_at = $1 \
         WHERE tenant_id = $2 AND user_id = $3 AND id = $4 AND revoked_at IS NULL",
    )
    .bind(to_millis(now))
    .bind(tenant.to_string())
    .bind(user.to_string())
    .bind(id.to_string())
    .execute(c.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Revokes every live session of a user; returns how many.
pub async fn revoke_all(
    c: &mut impl Conn,
    tenant: TenantId,
    user: UserId,
    now: OffsetDateTime,
) -> StoreResult<u64> {
    let done = sqlx::query(
        "UPDATE sign_in_sessions SET revoked_at = $1 \
         WHERE tenant_id = $2 AND user_id = $3 AND revoked_at IS NULL",
    )
    .bind(to_millis(now))
    .bind(tenant.to_string())
    .bind(user.to_string())
    .execute(c.conn())
    .await?;
    Ok(done.rows_affected())
}
