//! Bearer API tokens. Like session secrets, only the SHA-256 of a token is stored.

use assist_protocol::api::tokens::ApiToken;
use assist_protocol::ids::{ApiTokenId, TenantId, UserId};
use sqlx::Row;
use sqlx::any::AnyRow;
use time::OffsetDateTime;

use super::{Conn, StoreResult, from_millis, parse_id, to_millis};

/// A token as stored.
#[derive(Clone, Debug)]
pub struct TokenRow {
    /// What the API shows.
    pub token: ApiToken,
    /// The tenant.
    pub tenant_id: TenantId,
    /// Whose token it is; it acts as them.
    pub user_id: UserId,
    /// When it was revoked, if it was.
    pub revoked_at: Option<OffsetDateTime>,
}

const SELECT: &str = "SELECT id, tenant_id, user_id, name, created_at, expires_at, \
     last_used_at, revoked_at FROM api_tokens";

fn optional_time(row: &AnyRow, column: &str) -> StoreResult<Option<OffsetDateTime>> {
    row.try_get::<Option<i64>, _>(column)?
        .map(from_millis)
        .transpose()
}

fn token_from_row(row: &AnyRow) -> StoreResult<TokenRow> {
    Ok(TokenRow {
        token: ApiToken {
            id: parse_id(&row.try_get::<String, _>("id")?)?,
            name: row.try_get("name")?,
            created_at: from_millis(row.try_get("created_at")?)?,
            expires_at: optional_time(row, "expires_at")?,
            last_used_at: optional_time(row, "last_used_at")?,
        },
        tenant_id: parse_id(&row.try_get::<String, _>("tenant_id")?)?,
        user_id: parse_id(&row.try_get::<String, _>("user_id")?)?,
        revoked_at: optional_time(row, "revoked_at")?,
    })
}

/// Stores a new token under the hash of its secret.
pub async fn insert(c: &mut impl Conn, row: &TokenRow, token_hash: &str) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO api_tokens (id, token_hash, tenant_id, user_id, name, created_at, \
         expires_at, last_used_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, NULL)",
    )
    .bind(row.token.id.to_string())
    .bind(token_hash)
    .bind(row.tenant_id.to_string())
    .bind(row.user_id.to_string())
    .bind(&row.token.name)
    .bind(to_millis(row.token.created_at))
    .bind(row.token.expires_at.map(to_millis))
    .execute(c.conn())
    .await?;
    Ok(())
}

/// The token whose secret hashes to `token_hash`, whatever its state.
pub async fn find_by_hash(c: &mut impl Conn, token_hash: &str) -> StoreResult<Option<TokenRow>> {
    let row = sqlx::query(&format!("{SELECT} WHERE token_hash = $1"))
        .bind(token_hash)
        .fetch_optional(c.conn())
        .await?;
    row.as_ref().map(token_from_row).transpose()
}

/// A token of `tenant` by its ID, whatever its state.
pub async fn get(
    c: &mut impl Conn,
    tenant: TenantId,
    id: ApiTokenId,
) -> StoreResult<Option<TokenRow>> {
    let row = sqlx::query(&format!("{SELECT} WHERE tenant_id = $1 AND id = $2"))
        .bind(tenant.to_string())
        .bind(id.to_string())
        .fetch_optional(c.conn())
        .await?;
    row.as_ref().map(token_from_row).transpose()
}

/// Records that a token was used.
pub async fn touch(c: &mut impl Conn, id: ApiTokenId, now: OffsetDateTime) -> StoreResult<()> {
    sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
        .bind(to_millis(now))
        .bind(id.to_string())
        .execute(c.conn())
        .await?;
    Ok(())
}

/// A user's unrevoked tokens, newest first.
pub async fn list_live(
    c: &mut impl Conn,
    tenant: TenantId,
    user: UserId,
) -> StoreResult<Vec<TokenRow>> {
    let rows = sqlx::query(&format!(
        "{SELECT} WHERE tenant_id = $1 AND user_id = $2 AND revoked_at IS NULL \
         ORDER BY created_at DESC, id DESC"
    ))
    .bind(tenant.to_string())
    .bind(user.to_string())
    .fetch_all(c.conn())
    .await?;
    rows.iter().map(token_from_row).collect()
}

/// Revokes one of a user's tokens; false when it is not theirs or already revoked.
pub async fn revoke(
    c: &mut impl Conn,
    tenant: TenantId,
    user: UserId,
    id: ApiTokenId,
    now: OffsetDateTime,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE api_tokens SET revoked_at = $1 \
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

/// Revokes every token of a user; returns how many.
pub async fn revoke_all(
    c: &mut impl Conn,
    tenant: TenantId,
    user: UserId,
    now: OffsetDateTime,
) -> StoreResult<u64> {
    let done = sqlx::query(
        "UPDATE api_tokens SET revoked_at = $1 \
         WHERE tenant_id = $2 AND user_id = $3 AND revoked_at IS NULL",
    )
    .bind(to_millis(now))
    .bind(tenant.to_string())
    .bind(user.to_string())
    .execute(c.conn())
    .await?;
    Ok(done.rows_affected())
}
