//! Users' TOTP authenticators and recovery codes (codes stored hashed).

use assist_protocol::ids::{TenantId, UserId};
use sqlx::Row;
use time::OffsetDateTime;

use super::{Conn, StoreResult, to_millis};

/// A user's authenticator.
#[derive(Clone, Debug)]
pub struct TotpRow {
    /// Base32 secret.
    pub secret: String,
    /// Whether the user proved it with a code.
    pub confirmed: bool,
    /// The last time step used, so a code works once.
    pub last_step: u64,
}

/// A user's authenticator, if any.
pub async fn get(c: &mut impl Conn, user: UserId) -> StoreResult<Option<TotpRow>> {
    let row =
        sqlx::query("SELECT secret, confirmed_at, last_step FROM user_totp WHERE user_id = $1")
            .bind(user.to_string())
            .fetch_optional(c.conn())
            .await?;
    row.map(|row| {
        Ok(TotpRow {
            secret: row.try_get("secret")?,
            confirmed: row.try_get::<Option<i64>, _>("confirmed_at")?.is_some(),
            last_step: u64::try_from(row.try_get::<i64, _>("last_step")?).unwrap_or_default(),
        })
    })
    .transpose()
}

/// Stores a new, unconfirmed authenticator, replacing an unconfirmed one.
pub async fn put_pending(
    c: &mut impl Conn,
    tenant: TenantId,
    user: UserId,
    secret: &str,
    now: OffsetDateTime,
) -> StoreResult<()> {
    sqlx::query("DELETE FROM user_totp WHERE user_id = $1 AND confirmed_at IS NULL")
        .bind(user.to_string())
        .execute(c.conn())
        .await?;
    sqlx::query(
        "INSERT INTO user_totp (user_id, tenant_id, secret, confirmed_at, last_step, created_at) \
         VALUES ($1, $2, $3, NULL, 0, $4)",
    )
    .bind(user.to_string())
    .bind(tenant.to_string())
    .bind(secret)
    .bind(to_millis(now))
    .execute(c.conn())
    .await?;
    Ok(())
}

/// Records a code's step as used (and confirms the authenticator). False when a concurrent
/// request used this step or a later one first.
pub async fn use_step(
    c: &mut impl Conn,
    user: UserId,
    step: u64,
    now: OffsetDateTime,
) -> StoreResult<bool> {
    let step = i64::try_from(step).unwrap_or(i64::MAX);
    let done = sqlx::query(
        "UPDATE user_totp SET last_step = $1, confirmed_at = COALESCE(confirmed_at, $2) \
         WHERE user_id = $3 AND last_step < $1",
    )
    .bind(step)
    .bind(to_millis(now))
    .bind(user.to_string())
    .execute(c.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes a user's authenticator and recovery codes; false when there was none.
pub async fn delete(c: &mut impl Conn, tenant: TenantId, user: UserId) -> StoreResult<bool> {
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
        .bind(user.to_string())
        .execute(c.conn())
        .await?;
    let done = sqlx::query("DELETE FROM user_totp WHERE tenant_id = $1 AND user_id = $2")
        .bind(tenant.to_string())
        .bind(user.to_string())
        .execute(c.conn())
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Replaces a user's recovery codes with these hashes.
pub async fn replace_recovery_codes(
    c: &mut impl Conn,
    user: UserId,
    hashes: &[String],
) -> StoreResult<()> {
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
        .bind(user.to_string())
        .execute(c.conn())
        .await?;
    for hash in hashes {
        sqlx::query(
            "INSERT INTO recovery_codes (user_id, code_hash, used_at) VALUES ($1, $2, NULL)",
        )
        .bind(user.to_string())
        .bind(hash)
        .execute(c.conn())
        .await?;
    }
    Ok(())
}

/// Spends a recovery code; false when it is unknown or spent.
pub async fn use_recovery_code(
    c: &mut impl Conn,
    user: UserId,
    hash: &str,
    now: OffsetDateTime,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL",
    )
    .bind(to_millis(now))
    .bind(user.to_string())
    .bind(hash)
    .execute(c.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// How many unspent recovery codes a user has.
pub async fn recovery_codes_left(c: &mut impl Conn, user: UserId) -> StoreResult<i64> {
    Ok(sqlx::query(
        "SELECT COUNT(*) AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
    )
    .bind(user.to_string())
    .fetch_one(c.conn())
    .await?
    .try_get("n")?)
}

/// Every authenticator secret as stored, by user, except those that begin with `except`
/// (already sealed with the current key; `""` excepts none), for sealing them again.
pub async fn all_secrets(c: &mut impl Conn, except: &str) -> StoreResult<Vec<(UserId, String)>> {
    sqlx::query(
        "SELECT user_id, secret FROM user_totp \
         WHERE $1 = '' OR substr(secret, 1, length($1)) <> $1 ORDER BY user_id",
    )
    .bind(except)
    .fetch_all(c.conn())
    .await?
    .iter()
    .map(|row| {
        Ok((
            super::parse_id(&row.try_get::<String, _>("user_id")?)?,
            row.try_get("secret")?,
        ))
    })
    .collect()
}

/// Replaces a user's stored authenticator secret (the same secret, sealed anew).
pub async fn set_secret(c: &mut impl Conn, user: UserId, secret: &str) -> StoreResult<()> {
    sqlx::query("UPDATE user_totp SET secret = $1 WHERE user_id = $2")
        .bind(secret)
        .bind(user.to_string())
        .execute(c.conn())
        .await?;
    Ok(())
}
