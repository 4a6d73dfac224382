//! Background housekeeping: rows that ended more than [`KEEP_ENDED`] ago are removed, so the
//! store does not grow without bound (their history stays in the audit log), and session
//! reports older than their tenant's retention are deleted with their chat.

use std::time::Duration;

use super::{Deps, Result};
use crate::store::maintenance::{self, Pruned};
use crate::store::{help_sessions, sso};

/// How long ended rows are kept (for "where you were signed in" and support questions).
pub const KEEP_ENDED: time::Duration = time::Duration::days(30);
/// How often the server prunes.
pub const EVERY: Duration = Duration::from_hours(1);

/// Removes what ended more than [`KEEP_ENDED`] ago, and SSO sign-ins and app codes left
/// pending.
pub async fn prune(deps: &Deps) -> Result<Pruned> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let mut pruned = maintenance::prune(&mut tx, now - KEEP_ENDED).await?;
    pruned.session_reports = help_sessions::prune_reports(&mut tx, now).await?;
    sso::prune_logins(&mut tx, now - super::sso::LOGIN_LIFETIME).await?;
    sso::prune_app_codes(&mut tx, now - super::sso::LOGIN_LIFETIME).await?;
    tx.commit().await?;
    Ok(pruned)
}

/// Prunes every [`EVERY`], starting one interval after the server starts, until the task is
/// aborted at shutdown. A failure is logged and retried next time.
pub async fn run(deps: Deps) {
    let mut interval = tokio::time::interval_at(tokio::time::Instant::now() + EVERY, EVERY);
    loop {
        interval.tick().await;
        match prune(&deps).await {
            Ok(pruned) => tracing::info!(?pruned, "pruned ended rows"),
            Err(err) => tracing::warn!(error = %err, "pruning failed; will retry"),
        }
    }
}
