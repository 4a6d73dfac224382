//! One-time setup and recovery links. Only the hash of a link's secret is stored.

use assist_protocol::api::setup::SetupPurpose;
use assist_protocol::ids::{TenantId, UserId};
use sqlx::Row;
use sqlx::any::AnyRow;
use time::OffsetDateTime;

use super::{Conn, StoreError, StoreResult, from_millis, parse_id, to_millis};

/// A link as stored.
#[derive(Clone, Debug)]
pub struct LinkRow {
    /// Its row ID.
    pub id: String,
    /// What it does.
    pub purpose: SetupPurpose,
    /// For a password reset: whose.
    pub tenant_id: Option<TenantId>,
    /// For a password reset: whose.
    pub user_id: Option<UserId>,
    /// When it stops working.
    pub expires_at: OffsetDateTime,
    /// When it was used, if it was.
    pub used_at: Option<OffsetDateTime>,
}

fn purpose_text(purpose: SetupPurpose) -> &'static str {
    match purpose {
        SetupPurpose::FirstAdmin => "first_admin",
        SetupPurpose::PasswordReset => "password_reset",
    }
}

fn link_from_row(row: &AnyRow) -> StoreResult<LinkRow> {
    let purpose = match row.try_get::<String, _>("purpose")?.as_str() {
        "first_admin" => SetupPurpose::FirstAdmin,
        "password_reset" => SetupPurpose::PasswordReset,
        other => {
            return Err(StoreError::Corrupt(format!(
                "unknown link purpose {other:?}"
            )));
        }
    };
    Ok(LinkRow {
        id: row.try_get("id")?,
        purpose,
        tenant_id: row
            .try_get::<Option<String>, _>("tenant_id")?
            .as_deref()
            .map(parse_id)
            .transpose()?,
        user_id: row
            .try_get::<Option<String>, _>("user_id")?
            .as_deref()
            .map(parse_id)
            .transpose()?,
        expires_at: from_millis(row.try_get("expires_at")?)?,
        used_at: row
            .try_get::<Option<i64>, _>("used_at")?
            .map(from_millis)
            .transpose()?,
    })
}

/// Stores a new link under the hash of its secret, retiring older unused links of the same
/// purpose (and user), so only the newest printed link works.
pub async fn replace(
    c: &mut impl Conn,
    link: &LinkRow,
    token_hash: &str,
    now: OffsetDateTime,
) -> StoreResult<()> {
    sqlx::query(
        "UPDATE setup_links SET expires_at = $1 WHERE purpose = $2 AND used_at IS NULL \
         AND expires_at > $1 AND COALESCE(user_id, '') = $3",
    )
    .bind(to_millis(now))
    .bind(purpose_text(link.purpose))
    .bind(link.user_id.map(|id| id.to_string()).unwrap_or_default())
    .execute(c.conn())
    .await?;
    sqlx::query(
        "INSERT INTO setup_links (id, token_hash, purpose, tenant_id, user_id, created_at, \
         expires_at, used_at) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL)",
    )
    .bind(&link.id)
    .bind(token_hash)
    .bind(purpose_text(link.purpose))
    .bind(link.tenant_id.map(|id| id.to_string()))
    .bind(link.user_id.map(|id| id.to_string()))
    .bind(to_millis(now))
    .bind(to_millis(link.expires_at))
    .execute(c.conn())
    .await?;
    Ok(())
}

/// The link whose secret hashes to `token_hash`, whatever its state.
pub async fn find_by_hash(c: &mut impl Conn, token_hash: &str) -> StoreResult<Option<LinkRow>> {
    let row = sqlx::query(
        "SELECT id, purpose, tenant_id, user_id, expires_at, used_at FROM setup_links \
         WHERE token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(c.conn())
    .await?;
    row.as_ref().map(link_from_row).transpose()
}

/// Marks a link used. False when another request used it first: the caller must then give
/// up, which makes a link single-use even under concurrent redemption.
pub async fn mark_used(c: &mut impl Conn, id: &str, now: OffsetDateTime) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE setup_links SET used_at = $1 WHERE id = $2 AND used_at IS NULL AND expires_at > $1",
    )
    .bind(to_millis(now))
    .bind(id)
    .execute(c.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}
