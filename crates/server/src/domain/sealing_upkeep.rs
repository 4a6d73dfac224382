//! Keeping stored secrets sealed with the current key: at every start (so values stored before
//! sealing existed, or under a previous key, are sealed anew) and after `assist-server admin
//! rotate-key`. Idempotent; each value is rewritten in its own short transaction.

use super::{Deps, Error, Result};
use crate::store::{sso, totp};

/// Seals again every stored secret that is not sealed with the current key; answers how many
/// were rewritten.
///
/// # Errors
/// The store fails, or a value was sealed with a key the key file no longer holds.
pub async fn seal_stored(deps: &Deps) -> Result<usize> {
    let keys = &deps.keys;
    let reseal = |stored: &str| -> Result<String> {
        let plain = keys
            .open(stored)
            .map_err(|err| Error::Unexpected(format!("a stored secret: {err}")))?;
        Ok(keys.seal(&plain))
    };
    // Only what is not sealed with the current key is read: at a normal start, nothing.
    let current = keys.current_prefix();
    let totp_secrets = totp::all_secrets(&mut deps.store.db().await?, &current).await?;
    let client_secrets = sso::all_client_secrets(&mut deps.store.db().await?, &current).await?;
    let rewritten = totp_secrets.len() + client_secrets.len();
    for (user, stored) in totp_secrets {
        let sealed = reseal(&stored)?;
        let mut tx = deps.store.begin().await?;
        totp::set_secret(&mut tx, user, &sealed).await?;
        tx.commit().await?;
    }
    for (tenant, stored) in client_secrets {
        let sealed = reseal(&stored)?;
        let mut tx = deps.store.begin().await?;
        sso::set_client_secret(&mut tx, tenant, &sealed).await?;
        tx.commit().await?;
    }
    if rewritten > 0 {
        tracing::info!(rewritten, key = %keys.current_id(), "stored secrets sealed with the current key");
    }
    Ok(rewritten)
}
