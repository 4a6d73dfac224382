//! Remote help sessions (which are also their reports), their chat, and the server-wide
//! keys. A transition is an optimistic update guarded by `version`, so two nodes acting on
//! one session at once cannot both win.

use assist_protocol::api::sessions::{ChatMessage, EndReason, Role, SessionReport, SharerClient};
use assist_protocol::ids::{DeviceId, SessionId, TenantId, UserId};
use serde::de::DeserializeOwned;
use sqlx::Row;
use sqlx::any::AnyRow;
use time::OffsetDateTime;

use super::{Conn, StoreError, StoreResult, decode_json as json, from_millis, parse_id, to_millis};
use crate::domain::sessions::machine::Machine;

/// A session as stored.
#[derive(Clone, Debug)]
pub struct SessionRow {
    /// Its tenant.
    pub tenant_id: TenantId,
    /// The report view (people, device, times, outcome).
    pub report: SessionReport,
    /// The device the helper picked.
    pub requested_device_id: Option<DeviceId>,
    /// The state machine.
    pub machine: Machine,
    /// Bumped by every transition.
    pub version: i64,
    /// The helper's current connection, while connected.
    pub helper_connection: Option<String>,
    /// The sharer's current connection, while connected.
    pub sharer_connection: Option<String>,
}

impl SessionRow {
    /// The current connection of `role`.
    #[must_use]
    pub fn connection(&self, role: Role) -> Option<&str> {
        match role {
            Role::Helper => self.helper_connection.as_deref(),
            Role::Sharer => self.sharer_connection.as_deref(),
        }
    }

    /// Which side `user` is, if either.
    #[must_use]
    pub fn role_of(&self, user: UserId) -> Option<Role> {
        if self.report.helper_id == user {
            Some(Role::Helper)
        } else if self.report.sharer_id == Some(user) {
            Some(Role::Sharer)
        } else {
            None
        }
    }
}

fn name<T: serde::Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn from_name<T: DeserializeOwned>(text: Option<String>, what: &str) -> StoreResult<Option<T>> {
    text.map(|t| json(&format!("\"{t}\""), what)).transpose()
}

fn opt_millis(value: Option<i64>) -> StoreResult<Option<OffsetDateTime>> {
    value.map(from_millis).transpose()
}

const COLUMNS: &str = "id, tenant_id, helper_id, helper_name, helper_email, sharer_id, \
     sharer_name, sharer_email, requested_device_id, device_id, device_name, sharer_client, \
     state, machine, version, helper_connection, sharer_connection, created_at, joined_at, \
     ended_at, view_granted, control_granted, end_reason, chat_count";

fn from_row(row: &AnyRow) -> StoreResult<SessionRow> {
    let id = |column: &str| -> StoreResult<Option<String>> { Ok(row.try_get(column)?) };
    Ok(SessionRow {
        tenant_id: parse_id(&row.try_get::<String, _>("tenant_id")?)?,
        report: SessionReport {
            id: parse_id(&row.try_get::<String, _>("id")?)?,
            helper_id: parse_id(&row.try_get::<String, _>("helper_id")?)?,
            helper_name: row.try_get("helper_name")?,
            helper_email: row.try_get("helper_email")?,
            sharer_id: id("sharer_id")?.as_deref().map(parse_id).transpose()?,
            sharer_name: row.try_get("sharer_name")?,
            sharer_email: row.try_get("sharer_email")?,
            device_id: id("device_id")?.as_deref().map(parse_id).transpose()?,
            device_name: row.try_get("device_name")?,
            sharer_client: from_name::<SharerClient>(row.try_get("sharer_client")?, "client")?,
            state: row.try_get("state")?,
            started_at: from_millis(row.try_get("created_at")?)?,
            joined_at: opt_millis(row.try_get("joined_at")?)?,
            ended_at: opt_millis(row.try_get("ended_at")?)?,
            view_granted: row.try_get::<i64, _>("view_granted")? != 0,
            control_granted: row.try_get::<i64, _>("control_granted")? != 0,
            end_reason: from_name::<EndReason>(row.try_get("end_reason")?, "end reason")?,
            chat_messages: u64::try_from(row.try_get::<i64, _>("chat_count")?).unwrap_or(0),
        },
        requested_device_id: id("requested_device_id")?
            .as_deref()
            .map(parse_id)
            .transpose()?,
        machine: json(&row.try_get::<String, _>("machine")?, "session machine")?,
        version: row.try_get("version")?,
        helper_connection: row.try_get("helper_connection")?,
        sharer_connection: row.try_get("sharer_connection")?,
    })
}

/// Stores a new session with its code hash. `Conflict` when a live code of the tenant has
/// the same hash (draw another code).
pub async fn insert(
    c: &mut impl Conn,
    row: &SessionRow,
    code_hash: &str,
    deadline: Option<OffsetDateTime>,
) -> StoreResult<()> {
    let machine = serde_json::to_string(&row.machine)
        .map_err(|err| StoreError::Corrupt(format!("session machine: {err}")))?;
    sqlx::query(
        "INSERT INTO help_sessions (id, tenant_id, helper_id, helper_name, helper_email, \
         requested_device_id, code_hash, code_live, state, machine, deadline, version, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9, $10, 0, $11)",
    )
    .bind(row.report.id.to_string())
    .bind(row.tenant_id.to_string())
    .bind(row.report.helper_id.to_string())
    .bind(&row.report.helper_name)
    .bind(&row.report.helper_email)
    .bind(row.requested_device_id.map(|d| d.to_string()))
    .bind(code_hash)
    .bind(row.machine.state_name())
    .bind(machine)
    .bind(deadline.map(to_millis))
    .bind(to_millis(row.report.started_at))
    .execute(c.conn())
    .await?;
    Ok(())
}

/// One of `tenant`'s sessions.
pub async fn get(
    c: &mut impl Conn,
    tenant: TenantId,
    id: SessionId,
) -> StoreResult<Option<SessionRow>> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM help_sessions WHERE tenant_id = $1 AND id = $2"
    ))
    .bind(tenant.to_string())
    .bind(id.to_string())
    .fetch_optional(c.conn())
    .await?;
    row.as_ref().map(from_row).transpose()
}

/// The newest session of `tenant` whose code has this hash, and whether its code is live.
pub async fn find_by_code(
    c: &mut impl Conn,
    tenant: TenantId,
    code_hash: &str,
) -> StoreResult<Option<(SessionRow, bool)>> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS}, code_live FROM help_sessions WHERE tenant_id = $1 \
         AND code_hash = $2 ORDER BY code_live DESC, created_at DESC LIMIT 1"
    ))
    .bind(tenant.to_string())
    .bind(code_hash)
    .fetch_optional(c.conn())
    .await?;
    row.map(|row| Ok((from_row(&row)?, row.try_get::<i64, _>("code_live")? != 0)))
        .transpose()
}

/// Writes a transition of `row` (read at `row.version`), with the code spent once the
/// session has left `waiting`. False when another transition won the race: re-read and retry.
pub async fn update(
    c: &mut impl Conn,
    row: &SessionRow,
    deadline: Option<OffsetDateTime>,
) -> StoreResult<bool> {
    let machine = serde_json::to_string(&row.machine)
        .map_err(|err| StoreError::Corrupt(format!("session machine: {err}")))?;
    let r = &row.report;
    let done = sqlx::query(
        "UPDATE help_sessions SET sharer_id = $1, sharer_name = $2, sharer_email = $3, \
         device_id = $4, device_name = $5, sharer_client = $6, state = $7, machine = $8, \
         deadline = $9, joined_at = $10, ended_at = $11, view_granted = $12, \
         control_granted = $13, end_reason = $14, helper_connection = $15, \
         sharer_connection = $16, code_live = CASE WHEN $7 = 'waiting' THEN code_live ELSE 0 END, \
         version = version + 1 WHERE id = $17 AND version = $18",
    )
    .bind(r.sharer_id.map(|id| id.to_string()))
    .bind(r.sharer_name.clone())
    .bind(r.sharer_email.clone())
    .bind(r.device_id.map(|id| id.to_string()))
    .bind(r.device_name.clone())
    .bind(r.sharer_client.map(name))
    .bind(row.machine.state_name())
    .bind(machine)
    .bind(deadline.map(to_millis))
    .bind(r.joined_at.map(to_millis))
    .bind(r.ended_at.map(to_millis))
    .bind(i64::from(row.machine.view_granted))
    .bind(i64::from(row.machine.control_granted))
    .bind(row.machine.end_reason().map(EndReason::name))
    .bind(row.helper_connection.clone())
    .bind(row.sharer_connection.clone())
    .bind(r.id.to_string())
    .bind(row.version)
    .execute(c.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Sessions whose deadline has passed (with their tenants), oldest first, at most `limit`.
pub async fn due(
    c: &mut impl Conn,
    now: OffsetDateTime,
    limit: i64,
) -> StoreResult<Vec<(TenantId, SessionId)>> {
    let rows = sqlx::query(
        "SELECT tenant_id, id FROM help_sessions WHERE deadline IS NOT NULL AND deadline <= $1 \
         ORDER BY deadline LIMIT $2",
    )
    .bind(to_millis(now))
    .bind(limit)
    .fetch_all(c.conn())
    .await?;
    rows.iter()
        .map(|row| {
            Ok((
                parse_id(&row.try_get::<String, _>("tenant_id")?)?,
                parse_id(&row.try_get::<String, _>("id")?)?,
            ))
        })
        .collect()
}

/// Filters for [`list`].
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Only sessions that have not ended.
    pub live: bool,
    /// Only this helper's.
    pub helper: Option<UserId>,
    /// Only this sharer's.
    pub sharer: Option<UserId>,
    /// Only on this device.
    pub device: Option<DeviceId>,
    /// Only ended for this reason.
    pub end_reason: Option<EndReason>,
    /// Started at or after.
    pub from: Option<OffsetDateTime>,
    /// Started before.
    pub to: Option<OffsetDateTime>,
    /// Started before this session (paging: IDs grow with time).
    pub before: Option<SessionId>,
}

/// A page of `tenant`'s sessions, newest first.
pub async fn list(
    c: &mut impl Conn,
    tenant: TenantId,
    filter: &Filter,
    limit: i64,
) -> StoreResult<Vec<SessionReport>> {
    let text = |v: Option<String>| v.unwrap_or_default();
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM help_sessions WHERE tenant_id = $1 AND ($2 = 0 OR state <> 'ended') \
         AND ($3 = '' OR helper_id = $3) AND ($4 = '' OR sharer_id = $4) \
         AND ($5 = '' OR device_id = $5 OR (device_id IS NULL AND requested_device_id = $5)) \
         AND ($6 = '' OR end_reason = $6) AND created_at >= $7 AND created_at < $8 \
         AND ($9 = '' OR id < $9) ORDER BY id DESC LIMIT $10"
    ))
    .bind(tenant.to_string())
    .bind(i64::from(filter.live))
    .bind(text(filter.helper.map(|v| v.to_string())))
    .bind(text(filter.sharer.map(|v| v.to_string())))
    .bind(text(filter.device.map(|v| v.to_string())))
    .bind(filter.end_reason.map(EndReason::name).unwrap_or_default())
    .bind(filter.from.map_or(i64::MIN, to_millis))
    .bind(filter.to.map_or(i64::MAX, to_millis))
    .bind(text(filter.before.map(|v| v.to_string())))
    .bind(limit)
    .fetch_all(c.conn())
    .await?;
    rows.iter().map(|row| Ok(from_row(row)?.report)).collect()
}

/// Appends a chat message, numbering it after the session's last one.
pub async fn insert_chat(
    c: &mut impl Conn,
    session: SessionId,
    sender: Role,
    sender_id: UserId,
    text: &str,
    now: OffsetDateTime,
) -> StoreResult<ChatMessage> {
    let seq: i64 = sqlx::query(
        "UPDATE help_sessions SET chat_count = chat_count + 1 WHERE id = $1 RETURNING chat_count",
    )
    .bind(session.to_string())
    .fetch_one(c.conn())
    .await?
    .try_get(0)?;
    sqlx::query(
        "INSERT INTO chat_messages (session_id, seq, sender_role, sender_id, text, sent_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(session.to_string())
    .bind(seq)
    .bind(name(sender))
    .bind(sender_id.to_string())
    .bind(text)
    .bind(to_millis(now))
    .execute(c.conn())
    .await?;
    Ok(ChatMessage {
        seq: u64::try_from(seq).unwrap_or(0),
        sender,
        sender_id,
        text: text.to_owned(),
        sent_at: from_millis(to_millis(now))?,
    })
}

/// A session's chat, in order.
pub async fn chat(c: &mut impl Conn, session: SessionId) -> StoreResult<Vec<ChatMessage>> {
    let rows = sqlx::query(
        "SELECT seq, sender_role, sender_id, text, sent_at FROM chat_messages \
         WHERE session_id = $1 ORDER BY seq",
    )
    .bind(session.to_string())
    .fetch_all(c.conn())
    .await?;
    rows.iter()
        .map(|row| {
            Ok(ChatMessage {
                seq: u64::try_from(row.try_get::<i64, _>("seq")?).unwrap_or(0),
                sender: json(
                    &format!("\"{}\"", row.try_get::<String, _>("sender_role")?),
                    "chat sender",
                )?,
                sender_id: parse_id(&row.try_get::<String, _>("sender_id")?)?,
                text: row.try_get("text")?,
                sent_at: from_millis(row.try_get("sent_at")?)?,
            })
        })
        .collect()
}

/// Deletes ended sessions (and their chat) older than their tenant's report retention.
pub async fn prune_reports(c: &mut impl Conn, now: OffsetDateTime) -> StoreResult<u64> {
    let done = sqlx::query(
        "DELETE FROM help_sessions WHERE ended_at IS NOT NULL AND ended_at < $1 - \
         COALESCE((SELECT s.report_retention_days FROM tenant_settings s \
         WHERE s.tenant_id = help_sessions.tenant_id), 30) * 86400000",
    )
    .bind(to_millis(now))
    .execute(c.conn())
    .await?;
    Ok(done.rows_affected())
}
