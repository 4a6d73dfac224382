//! Removing rows that can never be used again: ended sign-in sessions, revoked or expired API
//! and enrollment tokens, spent or expired one-time links, stale pending SSO sign-ins.

use time::OffsetDateTime;

use super::{Conn, StoreResult, to_millis};

/// How many rows each kind of pruning removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pruned {
    /// Sign-in sessions.
    pub sessions: u64,
    /// API tokens.
    pub api_tokens: u64,
    /// Enrollment tokens.
    pub enrollment_tokens: u64,
    /// Setup and recovery links.
    pub links: u64,
    /// Remote help session reports past their tenant's retention.
    pub session_reports: u64,
}

/// Deletes what ended (expired, revoked or was used) before `before`.
pub async fn prune(c: &mut impl Conn, before: OffsetDateTime) -> StoreResult<Pruned> {
    let before = to_millis(before);
    let mut pruned = Pruned::default();
    for (sql, count) in [
        (
            "DELETE FROM sign_in_sessions WHERE expires_at < $1 OR revoked_at < $1",
            &mut pruned.sessions,
        ),
        (
            "DELETE FROM api_tokens WHERE expires_at < $1 OR revoked_at < $1",
            &mut pruned.api_tokens,
        ),
        (
            "DELETE FROM enrollment_tokens WHERE expires_at < $1 OR revoked_at < $1",
            &mut pruned.enrollment_tokens,
        ),
        (
            "DELETE FROM setup_links WHERE expires_at < $1 OR used_at < $1",
            &mut pruned.links,
        ),
    ] {
        *count = sqlx::query(sql)
            .bind(before)
            .execute(c.conn())
            .await?
            .rows_affected();
    }
    Ok(pruned)
}
