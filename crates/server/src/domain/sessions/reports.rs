//! Session reports: who helped whom, on which device, when, in which modes and how it ended;
//! filtered, paged, exported as CSV, and one session with its chat. Readers need
//! `connector.read`.

use assist_protocol::api::sessions::{
    ReportQuery, SessionReport, SessionReportList, SessionTranscript,
};
use assist_protocol::ids::SessionId;
use time::format_description::well_known::Rfc3339;

use crate::domain::access::{Granted, ReadDevices};
use crate::domain::tenants::neutralise_formula;
use crate::domain::users::parse_cursor;
use crate::domain::{Deps, Error, Result};
use crate::store::help_sessions::{self, Filter};
use crate::store::page_size;

fn filter(query: &ReportQuery) -> Result<Filter> {
    Ok(Filter {
        live: false,
        helper: query.helper_id,
        sharer: query.sharer_id,
        device: query.device_id,
        end_reason: query.end_reason,
        from: query.from,
        to: query.to,
        before: parse_cursor::<SessionId>(query.cursor.as_deref())?,
    })
}

/// Refuses unless `reader` reads over the whole organisation: session reports and live
/// sessions name people and devices of every group, so a group-scoped reader may not see them.
pub(crate) fn whole_tenant(reader: &Granted<ReadDevices>) -> Result<()> {
    if reader.reach().is_everything() {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "session reports need connector.read over all users and all devices".to_owned(),
        ))
    }
}

/// A page of the report, newest first.
pub async fn list(
    deps: &Deps,
    reader: &Granted<ReadDevices>,
    query: &ReportQuery,
) -> Result<SessionReportList> {
    whole_tenant(reader)?;
    let limit = page_size(query.limit);
    let items = help_sessions::list(
        &mut deps.store.db().await?,
        reader.tenant_id(),
        &filter(query)?,
        limit,
    )
    .await?;
    let next_cursor = (i64::try_from(items.len()).ok() == Some(limit))
        .then(|| items.last().map(|s| s.id.to_string()))
        .flatten();
    Ok(SessionReportList { items, next_cursor })
}

/// One session with its chat.
pub async fn transcript(
    deps: &Deps,
    reader: &Granted<ReadDevices>,
    id: SessionId,
) -> Result<SessionTranscript> {
    whole_tenant(reader)?;
    let mut db = deps.store.db().await?;
    let row = help_sessions::get(&mut db, reader.tenant_id(), id)
        .await?
        .ok_or(Error::NotFound)?;
    let chat = help_sessions::chat(&mut db, id).await?;
    Ok(SessionTranscript {
        report: row.report,
        chat,
    })
}

/// Every matching session as CSV (at most 100,000 rows), newest first.
pub async fn export_csv(
    deps: &Deps,
    reader: &Granted<ReadDevices>,
    query: &ReportQuery,
) -> Result<String> {
    whole_tenant(reader)?;
    let mut filter = filter(query)?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let csv_error = |err: csv::Error| Error::Unexpected(format!("CSV: {err}"));
    writer
        .write_record([
            "session_id",
            "started_at",
            "joined_at",
            "ended_at",
            "helper_name",
            "helper_email",
            "sharer_name",
            "sharer_email",
            "device_id",
            "device_name",
            "sharer_client",
            "view_granted",
            "control_granted",
            "state",
            "end_reason",
            "chat_messages",
        ])
        .map_err(csv_error)?;
    let mut db = deps.store.db().await?;
    let mut written = 0;
    loop {
        let page = help_sessions::list(&mut db, reader.tenant_id(), &filter, 1000).await?;
        for report in &page {
            writer.write_record(record(report)).map_err(csv_error)?;
        }
        written += page.len();
        match page.last() {
            Some(last) if page.len() == 1000 && written < 100_000 => filter.before = Some(last.id),
            _ => break,
        }
    }
    let bytes = writer
        .into_inner()
        .map_err(|err| Error::Unexpected(format!("CSV: {err}")))?;
    String::from_utf8(bytes).map_err(|err| Error::Unexpected(format!("CSV: {err}")))
}

fn record(r: &SessionReport) -> Vec<String> {
    let safe = |text: &str| neutralise_formula(text).into_owned();
    let time = |t: Option<time::OffsetDateTime>| {
        t.and_then(|t| t.format(&Rfc3339).ok()).unwrap_or_default()
    };
    let name = |v: Option<serde_json::Value>| {
        v.and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    };
    vec![
        r.id.to_string(),
        time(Some(r.started_at)),
        time(r.joined_at),
        time(r.ended_at),
        safe(&r.helper_name),
        safe(&r.helper_email),
        safe(r.sharer_name.as_deref().unwrap_or_default()),
        safe(r.sharer_email.as_deref().unwrap_or_default()),
        r.device_id.map(|d| d.to_string()).unwrap_or_default(),
        safe(r.device_name.as_deref().unwrap_or_default()),
        name(r.sharer_client.and_then(|c| serde_json::to_value(c).ok())),
        r.view_granted.to_string(),
        r.control_granted.to_string(),
        r.state.clone(),
        r.end_reason
            .map(|e| e.name().to_owned())
            .unwrap_or_default(),
        r.chat_messages.to_string(),
    ]
}
