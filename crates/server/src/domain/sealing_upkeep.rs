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
    let reseal = |stored: &str| -> Result<Option<String>> {
        if keys.is_current(stored) {
            return Ok(None);
        }
        let plain = keys
            .open(stored)
            .map_err(|err| Error::Unexpected(format!("a stored secret: {err}")))?;
        Ok(Some(keys.seal(&plain)))
    };
    let mut rewritten = 0;
    let secrets = totp::all_secrets(&mut deps.store.db().await?).await?;
    for (user, stored) in secrets {
        if let Some(sealed) = reseal(&stored)? {
            let mut tx = deps.store.begin().await?;
            totp::set_secret(&mut tx, user, &sealed).await?;
            tx.commit().await?;
            rewritten += 1;
        }
    }
    let secrets = sso::all_client_secrets(&mut deps.store.db().await?).await?;
    for (tenant, stored) in secrets {
        if let Some(sealed) = reseal(&stored)? {
            let mut tx = deps.store.begin().await?;
            sso::set_client_secret(&mut tx, tenant, &sealed).await?;
            tx.commit().await?;
            rewritten += 1;
        }
    }
    if rewritten > 0 {
        tracing::info!(rewritten, key = %keys.current_id(), "stored secrets sealed with the current key");
    }
    Ok(rewritten)
}
