//! The second factor of local accounts: enrolling a TOTP authenticator, confirming it,
//! recovery codes, turning it off, an administrator's reset, and the check at sign-in.

use assist_protocol::api::second_factor::{RecoveryCodes, SecondFactorStatus, TotpEnrolment};
use assist_protocol::ids::{TenantId, UserId};
use time::OffsetDateTime;

use super::access::{Granted, ManageUsers, Principal};
use super::audit::{Actor, Entry};
use super::sealing::ServerKeys;
use super::secrets::token_hash;
use super::throttle::Outcome;
use super::{Client, Deps, Error, Result, auth, totp};
use crate::store::{self, Conn, audit, totp as totp_store, users};

/// Which proof a second-factor code was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Proof {
    /// A code from the authenticator.
    Totp,
    /// A one-time recovery code.
    RecoveryCode,
}

fn unix(now: OffsetDateTime) -> u64 {
    u64::try_from(now.unix_timestamp()).unwrap_or_default()
}

fn entry(
    tenant: TenantId,
    actor: Actor,
    now: OffsetDateTime,
    action: &'static str,
    user: UserId,
) -> Entry {
    Entry::new(tenant, actor, now, action, format!("user:{user}"))
}

/// Checks `code` against the user's confirmed authenticator or recovery codes and spends it.
/// `Ok(None)` when the user has no confirmed authenticator.
pub(crate) async fn prove(
    c: &mut impl Conn,
    keys: &ServerKeys,
    user: UserId,
    code: &str,
    now: OffsetDateTime,
) -> Result<Option<Proof>> {
    let Some(row) = totp_store::get(c, user).await?.filter(|row| row.confirmed) else {
        return Ok(None);
    };
    let secret = opened(keys, &row.secret)?;
    if let Some(step) = totp::verify(&secret, code, unix(now), row.last_step) {
        return if totp_store::use_step(c, user, step, now).await? {
            Ok(Some(Proof::Totp))
        } else {
            Err(Error::InvalidSecondFactor)
        };
    }
    let hash = token_hash(&totp::normalise_recovery_code(code));
    if totp_store::use_recovery_code(c, user, &hash, now).await? {
        return Ok(Some(Proof::RecoveryCode));
    }
    Err(Error::InvalidSecondFactor)
}

/// An authenticator secret as stored (sealed), in the clear.
fn opened(keys: &ServerKeys, stored: &str) -> Result<String> {
    keys.open(stored)
        .map_err(|err| Error::Unexpected(format!("an authenticator secret: {err}")))
}

/// Whether the user must give a second factor to sign in.
pub(crate) async fn required(c: &mut impl Conn, user: UserId) -> Result<bool> {
    Ok(totp_store::get(c, user)
        .await?
        .is_some_and(|row| row.confirmed))
}

/// The caller's second-factor state.
pub async fn status(deps: &Deps, principal: &Principal) -> Result<SecondFactorStatus> {
    let mut db = deps.store.db().await?;
    let totp_enabled = required(&mut db, principal.user_id).await?;
    let left = totp_store::recovery_codes_left(&mut db, principal.user_id).await?;
    Ok(SecondFactorStatus {
        totp_enabled,
        recovery_codes_left: u32::try_from(left).unwrap_or_default(),
    })
}

/// Starts enrolling an authenticator: a new secret, not yet required at sign-in.
pub async fn start_totp(deps: &Deps, principal: &Principal) -> Result<TotpEnrolment> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    if required(&mut tx, principal.user_id).await? {
        return Err(Error::Conflict(
            "an authenticator is already set up; turn it off first".to_owned(),
        ));
    }
    let user = users::get(&mut tx, principal.tenant_id, principal.user_id)
        .await?
        .ok_or(Error::Unauthenticated)?;
    let secret = totp::new_secret();
    totp_store::put_pending(
        &mut tx,
        principal.tenant_id,
        principal.user_id,
        &deps.keys.seal(&secret),
        now,
    )
    .await?;
    let actor = Actor::User(principal.user_id);
    audit::append(
        &mut tx,
        &entry(
            principal.tenant_id,
            actor,
            now,
            "mfa.totp_enrolment_started",
            principal.user_id,
        ),
    )
    .await?;
    tx.commit().await?;
    let otpauth_uri = totp::enrolment_uri(&secret, &user.user.email);
    let qr_svg = totp::qr_svg(&otpauth_uri);
    Ok(TotpEnrolment {
        secret,
        otpauth_uri,
        qr_svg,
    })
}

/// Confirms the authenticator with a first code; from now on sign-in asks for one. Returns the
/// recovery codes, shown this once.
pub async fn confirm_totp(deps: &Deps, principal: &Principal, code: &str) -> Result<RecoveryCodes> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let pending = totp_store::get(&mut tx, principal.user_id)
        .await?
        .filter(|row| !row.confirmed)
        .ok_or_else(|| Error::Invalid("start setting up an authenticator first".to_owned()))?;
    let secret = opened(&deps.keys, &pending.secret)?;
    let step = totp::verify(&secret, code, unix(now), pending.last_step)
        .ok_or(Error::InvalidSecondFactor)?;
    if !totp_store::use_step(&mut tx, principal.user_id, step, now).await? {
        return Err(Error::InvalidSecondFactor);
    }
    let codes = issue_recovery_codes(&mut tx, principal.user_id).await?;
    let actor = Actor::User(principal.user_id);
    audit::append(
        &mut tx,
        &entry(
            principal.tenant_id,
            actor,
            now,
            "mfa.totp_enabled",
            principal.user_id,
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(codes)
}

async fn issue_recovery_codes(tx: &mut store::Tx, user: UserId) -> Result<RecoveryCodes> {
    let codes = totp::new_recovery_codes();
    let hashes: Vec<String> = codes
        .iter()
        .map(|code| token_hash(&totp::normalise_recovery_code(code)))
        .collect();
    totp_store::replace_recovery_codes(tx, user, &hashes).await?;
    Ok(RecoveryCodes { codes })
}

/// Checks a signed-in person's own second-factor code (to change their second factor): the
/// same limits as the sign-in's (the account from this address, ...), and every wrong code is
/// audited. `NotFound` when they have no authenticator. Takes the operation's transaction and
/// gives it back once the code is spent; a wrong code rolls it back before the audit.
async fn prove_own(
    deps: &Deps,
    mut tx: store::Tx,
    principal: &Principal,
    client: &Client,
    code: &str,
) -> Result<store::Tx> {
    let email = users::get(&mut tx, principal.tenant_id, principal.user_id)
        .await?
        .ok_or(Error::Unauthenticated)?
        .user
        .email;
    let account = auth::account_key(&email);
    let attempt = auth::begin_attempt(deps, &account, client.address)?;
    match prove(
        &mut tx,
        &deps.keys,
        principal.user_id,
        code,
        deps.clock.now(),
    )
    .await
    {
        Ok(Some(_)) => {
            attempt.settle(Outcome::Succeeded);
            Ok(tx)
        }
        Ok(None) => {
            attempt.settle(Outcome::NotTried);
            Err(Error::NotFound)
        }
        Err(Error::InvalidSecondFactor) => {
            drop(tx);
            attempt.settle(Outcome::Failed);
            let tenant = Some(principal.tenant_id);
            let action = "mfa.check_failed";
            auth::audit_refusal(
                deps,
                tenant,
                &account,
                client,
                action,
                "wrong_second_factor",
            )
            .await?;
            Err(Error::InvalidSecondFactor)
        }
        Err(other) => Err(other),
    }
}

/// Replaces the recovery codes, after proving the second factor.
pub async fn renew_recovery_codes(
    deps: &Deps,
    principal: &Principal,
    client: &Client,
    code: &str,
) -> Result<RecoveryCodes> {
    let now = deps.clock.now();
    let mut tx = prove_own(deps, deps.store.begin().await?, principal, client, code).await?;
    let codes = issue_recovery_codes(&mut tx, principal.user_id).await?;
    let actor = Actor::User(principal.user_id);
    audit::append(
        &mut tx,
        &entry(
            principal.tenant_id,
            actor,
            now,
            "mfa.recovery_codes_renewed",
            principal.user_id,
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(codes)
}

/// Turns the second factor off, after proving it.
pub async fn disable(
    deps: &Deps,
    principal: &Principal,
    client: &Client,
    code: &str,
) -> Result<()> {
    let now = deps.clock.now();
    let mut tx = prove_own(deps, deps.store.begin().await?, principal, client, code).await?;
    totp_store::delete(&mut tx, principal.tenant_id, principal.user_id).await?;
    let actor = Actor::User(principal.user_id);
    audit::append(
        &mut tx,
        &entry(
            principal.tenant_id,
            actor,
            now,
            "mfa.totp_disabled",
            principal.user_id,
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// An administrator removes a user's authenticator (a lost phone); the user signs in with the
/// password alone until they set up a new one.
pub async fn reset(deps: &Deps, admin: &Granted<ManageUsers>, user: UserId) -> Result<()> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    super::users::changeable(&mut tx, admin, user).await?;
    if !totp_store::delete(&mut tx, admin.tenant_id(), user).await? {
        return Err(Error::NotFound);
    }
    audit::append(
        &mut tx,
        &entry(
            admin.tenant_id(),
            admin.actor(),
            now,
            "mfa.reset_by_admin",
            user,
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
