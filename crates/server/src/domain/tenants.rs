//! The caller's tenant, the admin CLI's tenant creation, and the audit log's reading and
//! verification.

use assist_protocol::api::audit::{AuditList, AuditQuery};
use assist_protocol::api::tenants::{Tenant, UpdateTenant};
use assist_protocol::ids::TenantId;
use assist_protocol::text::TenantName;
use serde_json::json;

use super::access::{Granted, ManageSettings, ReadAudit, TenantMember};
use super::audit::{Actor, Break, Entry, Verifier};
use super::{Deps, Error, Result};
use crate::store::{self, audit, tenants};

/// The caller's tenant.
pub async fn get(deps: &Deps, member: &TenantMember) -> Result<Tenant> {
    tenants::get(&mut deps.store.db().await?, member.tenant_id())
        .await?
        .ok_or(Error::NotFound)
}

/// Renames the tenant.
pub async fn update(
    deps: &Deps,
    admin: &Granted<ManageSettings>,
    input: UpdateTenant,
) -> Result<Tenant> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let mut tenant = tenants::get(&mut tx, admin.tenant_id())
        .await?
        .ok_or(Error::NotFound)?;
    let old = std::mem::replace(&mut tenant.name, input.name.into());
    tenants::rename(&mut tx, tenant.id, &tenant.name).await?;
    audit::append(
        &mut tx,
        &Entry {
            tenant: Some(tenant.id),
            at: now,
            actor: admin.actor(),
            action: "tenant.updated",
            target: format!("tenant:{}", tenant.id),
            detail: json!({ "old_name": old, "name": tenant.name }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(tenant)
}

/// Creates a tenant with no users (admin CLI).
pub async fn create(deps: &Deps, name: &TenantName) -> Result<Tenant> {
    let now = deps.clock.now();
    let tenant = tenants::new_tenant(name.as_str(), now);
    let mut tx = deps.store.begin().await?;
    tenants::insert(&mut tx, &tenant).await?;
    audit::append(
        &mut tx,
        &Entry {
            tenant: Some(tenant.id),
            at: now,
            actor: Actor::Cli,
            action: "tenant.created",
            target: format!("tenant:{}", tenant.id),
            detail: json!({ "name": tenant.name }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(tenant)
}

/// The operator's proof of holding any permission in an existing tenant (admin CLI).
pub async fn operate<P>(deps: &Deps, id: TenantId) -> Result<Granted<P>> {
    tenants::get(&mut deps.store.db().await?, id)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(Granted::operator(id))
}

/// Every tenant (admin CLI).
pub async fn list_all(deps: &Deps) -> Result<Vec<Tenant>> {
    Ok(tenants::list_all(&mut deps.store.db().await?).await?)
}

/// A page of the tenant's audit events, newest first.
pub async fn audit_events(
    deps: &Deps,
    admin: &Granted<ReadAudit>,
    query: &AuditQuery,
) -> Result<AuditList> {
    let before_seq = query
        .cursor
        .as_deref()
        .map(|c| {
            c.parse::<i64>()
                .map_err(|_| Error::Invalid("invalid cursor".to_owned()))
        })
        .transpose()?;
    let filter = audit_filter(query, before_seq);
    let limit = store::page_size(query.limit);
    let items = audit::list(
        &mut deps.store.db().await?,
        admin.tenant_id(),
        &filter,
        limit,
    )
    .await?;
    let next_cursor = (i64::try_from(items.len()).ok() == Some(limit))
        .then(|| items.last().map(|event| event.seq.to_string()))
        .flatten();
    Ok(AuditList { items, next_cursor })
}

fn audit_filter(query: &AuditQuery, before_seq: Option<i64>) -> audit::Filter {
    audit::Filter {
        action: query.action.clone(),
        actor: query.actor.clone(),
        before_seq,
        since: query.since,
        until: query.until,
    }
}

/// The most events one CSV export holds; narrow the time range for more.
pub const MAX_EXPORT_EVENTS: usize = 100_000;

/// Every event matching the filters (paging ignored), newest first, as CSV for spreadsheets.
/// Cells that a spreadsheet would run as formulas are prefixed with `'`.
pub async fn export_audit_csv(
    deps: &Deps,
    admin: &Granted<ReadAudit>,
    query: &AuditQuery,
) -> Result<String> {
    let mut db = deps.store.db().await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let csv_error = |err: csv::Error| Error::Unexpected(format!("CSV: {err}"));
    writer
        .write_record(["seq", "time", "actor", "action", "target", "detail"])
        .map_err(csv_error)?;
    let mut before_seq = None;
    let mut written = 0;
    loop {
        let page = audit::list(
            &mut db,
            admin.tenant_id(),
            &audit_filter(query, before_seq),
            1000,
        )
        .await?;
        for event in &page {
            let time = event
                .at
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default();
            let fields = [
                event.seq.to_string(),
                time,
                event.actor.clone(),
                event.action.clone(),
                event.target.clone(),
                event.detail.to_string(),
            ];
            writer
                .write_record(fields.iter().map(|f| neutralise_formula(f).into_owned()))
                .map_err(csv_error)?;
        }
        written += page.len();
        match page.last() {
            Some(last) if page.len() == 1000 && written < MAX_EXPORT_EVENTS => {
                before_seq = Some(last.seq);
            }
            _ => break,
        }
    }
    let bytes = writer
        .into_inner()
        .map_err(|err| Error::Unexpected(format!("CSV: {err}")))?;
    String::from_utf8(bytes).map_err(|err| Error::Unexpected(format!("CSV: {err}")))
}

/// Prefixes a cell that starts like a spreadsheet formula, so opening the export cannot run it.
pub(crate) fn neutralise_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// The outcome of verifying the whole audit chain.
#[derive(Debug)]
pub enum ChainReport {
    /// Every link holds.
    Intact {
        /// How many events were verified.
        events: i64,
        /// The last event's hash: kept elsewhere, it reveals a chain rewritten wholesale.
        head_hash: String,
    },
    /// The first broken link.
    Broken(Break),
}

/// Walks the whole chain, page by page, and reports the first broken link.
pub async fn verify_audit_chain(deps: &Deps) -> Result<ChainReport> {
    let mut db = deps.store.db().await?;
    let mut verifier = Verifier::default();
    loop {
        let page = audit::chain_page(&mut db, verifier.last_seq(), 1000).await?;
        if page.is_empty() {
            break;
        }
        for event in &page {
            if let Err(broken) = verifier.feed(event) {
                return Ok(ChainReport::Broken(broken));
            }
        }
    }
    let head = audit::head(&mut db).await?;
    Ok(match verifier.finish(&head) {
        Ok(events) => ChainReport::Intact {
            events,
            head_hash: head.hash,
        },
        Err(broken) => ChainReport::Broken(broken),
    })
}

#[cfg(test)]
mod tests {
    use super::neutralise_formula;

    #[test]
    fn spreadsheet_formulas_are_neutralised() {
        assert_eq!(
            neutralise_formula("=HYPERLINK(\"x\")"),
            "'=HYPERLINK(\"x\")"
        );
        assert_eq!(neutralise_formula("+1"), "'+1");
        assert_eq!(neutralise_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise_formula("user:abc"), "user:abc");
    }
}
