//! The audit log: append-only, hash-chained rows. Appending first bumps the single
//! `audit_head` row, which serialises concurrent writers on both backends (a row lock in
//! PostgreSQL, the write lock in SQLite), so the chain never forks.

use assist_protocol::api::audit::AuditEvent;
use assist_protocol::ids::TenantId;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Conn, StoreError, StoreResult, from_millis, to_millis};
use crate::domain::audit::{ChainHead, Entry, StoredEvent, link_hash};

fn stored_from_row(row: &AnyRow) -> StoreResult<StoredEvent> {
    Ok(StoredEvent {
        seq: row.try_get("seq")?,
        tenant_id: row.try_get("tenant_id")?,
        at_millis: row.try_get("at")?,
        actor: row.try_get("actor")?,
        action: row.try_get("action")?,
        target: row.try_get("target")?,
        detail: row.try_get("detail")?,
        prev_hash: row.try_get("prev_hash")?,
        hash: row.try_get("hash")?,
    })
}

/// Appends an event to the chain, inside the caller's transaction.
pub async fn append(c: &mut impl Conn, entry: &Entry) -> StoreResult<i64> {
    let head = sqlx::query("UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash")
        .fetch_one(c.conn())
        .await?;
    let seq: i64 = head.try_get("seq")?;
    let prev_hash: String = head.try_get("hash")?;
    let mut event = StoredEvent {
        seq,
        tenant_id: entry.tenant.map(|id| id.to_string()),
        at_millis: to_millis(entry.at),
        actor: entry.actor.to_string(),
        action: entry.action.to_owned(),
        target: entry.target.clone(),
        detail: entry.detail.to_string(),
        prev_hash,
        hash: String::new(),
    };
    event.hash = link_hash(&event);
    sqlx::query(
        "INSERT INTO audit_events (seq, tenant_id, at, actor, action, target, detail, \
         prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(event.seq)
    .bind(event.tenant_id.clone())
    .bind(event.at_millis)
    .bind(&event.actor)
    .bind(&event.action)
    .bind(&event.target)
    .bind(&event.detail)
    .bind(&event.prev_hash)
    .bind(&event.hash)
    .execute(c.conn())
    .await?;
    sqlx::query("UPDATE audit_head SET hash = $1 WHERE id = 1")
        .bind(&event.hash)
        .execute(c.conn())
        .await?;
    Ok(seq)
}

/// Filters for [`list`].
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Only this action.
    pub action: Option<String>,
    /// Only this actor.
    pub actor: Option<String>,
    /// Only events older than this sequence number (paging).
    pub before_seq: Option<i64>,
    /// Only events at or after this time.
    pub since: Option<time::OffsetDateTime>,
    /// Only events before this time.
    pub until: Option<time::OffsetDateTime>,
}

/// A page of `tenant`'s events, newest first.
pub async fn list(
    c: &mut impl Conn,
    tenant: TenantId,
    filter: &Filter,
    limit: i64,
) -> StoreResult<Vec<AuditEvent>> {
    let rows = sqlx::query(
        "SELECT seq, tenant_id, at, actor, action, target, detail, prev_hash, hash \
         FROM audit_events WHERE tenant_id = $1 AND seq < $2 \
         AND ($3 = '' OR action = $3) AND ($4 = '' OR actor = $4) \
         AND at >= $5 AND at < $6 ORDER BY seq DESC LIMIT $7",
    )
    .bind(tenant.to_string())
    .bind(filter.before_seq.unwrap_or(i64::MAX))
    .bind(filter.action.clone().unwrap_or_default())
    .bind(filter.actor.clone().unwrap_or_default())
    .bind(filter.since.map_or(i64::MIN, to_millis))
    .bind(filter.until.map_or(i64::MAX, to_millis))
    .bind(limit)
    .fetch_all(c.conn())
    .await?;
    rows.iter()
        .map(|row| {
            let event = stored_from_row(row)?;
            Ok(AuditEvent {
                seq: event.seq,
                at: from_millis(event.at_millis)?,
                actor: event.actor,
                action: event.action,
                target: event.target,
                detail: serde_json::from_str(&event.detail)
                    .map_err(|err| StoreError::Corrupt(format!("audit detail: {err}")))?,
            })
        })
        .collect()
}

/// Events of the whole chain with `seq > after`, in order, at most `limit` (for verification).
pub async fn chain_page(
    c: &mut impl Conn,
    after: i64,
    limit: i64,
) -> StoreResult<Vec<StoredEvent>> {
    let rows = sqlx::query(
        "SELECT seq, tenant_id, at, actor, action, target, detail, prev_hash, hash \
         FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT $2",
    )
    .bind(after)
    .bind(limit)
    .fetch_all(c.conn())
    .await?;
    rows.iter().map(stored_from_row).collect()
}

/// The chain's head: the last sequence number and hash.
pub async fn head(c: &mut impl Conn) -> StoreResult<ChainHead> {
    let row = sqlx::query("SELECT seq, hash FROM audit_head WHERE id = 1")
        .fetch_one(c.conn())
        .await?;
    Ok(ChainHead {
        seq: row.try_get("seq")?,
        hash: row.try_get("hash")?,
    })
}
