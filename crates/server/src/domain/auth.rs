//! Local sign-in, sign-in sessions (behind the cookie for browsers, behind a bearer token for
//! native apps), API-token authentication and sign-out.
//!
//! Bearer secrets say what they are by their prefix: `asa_` is an app's sign-in session, any
//! other is an API token (`ast_`). The prefix is part of the hashed secret, so it cannot be
//! changed to reach the other lookup.

use std::net::IpAddr;
use std::sync::{MutexGuard, PoisonError};

use assist_protocol::api::auth::{AuthMethod, Me, SignInKind, SignInSession};
use assist_protocol::api::users::User;
use assist_protocol::ids::{SignInSessionId, TenantId};
use serde_json::json;
use time::OffsetDateTime;

use super::access::{Credential, Grant, Principal};
use super::attempt::Attempt;
use super::audit::{Actor, Entry};
use super::conditional_access;
use super::mfa::{self, Proof};
use super::secrets::{new_token, token_hash};
use super::throttle::{Outcome, Throttle};
use super::{Client, Deps, Error, Result};
pub use crate::store::sessions::SessionKind;
use crate::store::sessions::SessionRow;
use crate::store::{self, Conn, audit, roles, sessions, tenants, tokens, users};

/// Prefix of session cookie secrets.
const SESSION_PREFIX: &str = "ass";
/// Prefix of app sign-in session secrets (bearer tokens).
pub const APP_PREFIX: &str = "asa";
/// Longest app label, in characters.
const APP_LABEL_MAX: usize = 100;
/// Prefix of API token secrets.
pub const TOKEN_PREFIX: &str = "ast";
/// Last-seen times are written at most this often, so reads do not each cost a write.
const TOUCH_EVERY: time::Duration = time::Duration::minutes(1);

/// A new sign-in session: the cookie's (or app's bearer) secret and when it ends.
#[derive(Debug)]
pub struct NewSession {
    /// Its ID.
    pub id: SignInSessionId,
    /// The cookie value or bearer token; shown once, stored only hashed.
    pub secret: String,
    /// When it ends.
    pub expires_at: OffsetDateTime,
}

fn throttle(deps: &Deps) -> MutexGuard<'_, Throttle> {
    deps.throttle.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The session kind of an app that calls itself `label`: trimmed, 1 to 100 characters, no
/// control characters, nothing that shows it as other than it is (the names' rule,
/// `assist_protocol::text::disguise`); an empty or missing label is no label.
pub fn app_kind(label: Option<&str>) -> Result<SessionKind> {
    let label = label.map(str::trim).filter(|l| !l.is_empty());
    if let Some(label) = label {
        if label.chars().count() > APP_LABEL_MAX {
            return Err(Error::Invalid(format!(
                "app must have at most {APP_LABEL_MAX} characters"
            )));
        }
        if label.chars().any(char::is_control) {
            return Err(Error::Invalid(
                "app must not contain control characters".to_owned(),
            ));
        }
        if let Some(reason) = assist_protocol::text::disguise(label) {
            return Err(Error::Invalid(format!("app {reason}")));
        }
    }
    Ok(SessionKind::App {
        label: label.map(str::to_owned),
    })
}

/// Admits an attempt at `account`'s password or second factor from `address`, or refuses
/// with the wait. Sign-in and every other place that checks a password or a second-factor code
/// share these limits.
pub(crate) fn begin_attempt<'a>(
    deps: &'a Deps,
    account: &str,
    address: IpAddr,
) -> Result<Attempt<'a>> {
    throttle(deps)
        .begin(account, address, deps.clock.now())
        .map_err(|retry_after| Error::TooManyAttempts { retry_after })?;
    let account = account.to_owned();
    Ok(Attempt::new(move |outcome| {
        throttle(deps).settle(&account, address, outcome, deps.clock.now());
    }))
}

/// The throttle's key for an e-mail address.
pub(crate) fn account_key(email: &str) -> String {
    email.trim().to_lowercase().chars().take(254).collect()
}

/// Audits a refused sign-in (or second-factor check) of `account`.
pub(crate) async fn audit_refusal(
    deps: &Deps,
    tenant: Option<TenantId>,
    account: &str,
    client: &Client,
    action: &'static str,
    reason: &str,
) -> Result<()> {
    let mut tx = deps.store.begin().await?;
    audit::append(
        &mut tx,
        &Entry {
            tenant,
            at: deps.clock.now(),
            actor: Actor::Anonymous,
            action,
            target: format!("email:{account}"),
            detail: json!({ "reason": reason, "client_address": client.address.to_string() }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Signs in with e-mail and password, opening a session of `kind` (a browser's cookie or an
/// app's bearer token: the checks are the same). Unknown accounts, wrong passwords and disabled
/// accounts all answer `InvalidCredentials` after the same work; attempts are admitted by the
/// throttle before the password is hashed (per account and address, per address, per account),
/// and every failure is audited.
pub async fn sign_in(
    deps: &Deps,
    email: &str,
    password: &str,
    second_factor_code: Option<&str>,
    client: &Client,
    kind: SessionKind,
) -> Result<NewSession> {
    let account = account_key(email);
    let attempt = begin_attempt(deps, &account, client.address)?;
    let now = deps.clock.now();
    let found = users::find_by_email(&mut deps.store.db().await?, &account).await?;
    let hash = found.as_ref().and_then(|row| row.password_hash.clone());
    let password_ok = match deps.hashing.verify(hash, password.to_owned()).await {
        Ok(ok) => ok,
        Err(err) => {
            attempt.settle(Outcome::NotTried);
            return Err(err);
        }
    };
    let refusal = match &found {
        None => Some("unknown_account"),
        Some(_) if !password_ok => Some("wrong_password"),
        Some(row) if row.user.disabled => Some("account_disabled"),
        Some(_) => None,
    };
    if let Some(reason) = refusal {
        attempt.settle(Outcome::Failed);
        let tenant = found.as_ref().map(|row| row.user.tenant_id);
        audit_refusal(
            deps,
            tenant,
            &account,
            client,
            "auth.sign_in_failed",
            reason,
        )
        .await?;
        return Err(Error::InvalidCredentials);
    }
    let user = found.map(|row| row.user).ok_or(Error::InvalidCredentials)?;
    let required = mfa::required(&mut deps.store.db().await?, user.id).await?;
    if required && second_factor_code.is_none() {
        // The password was right, but that alone proves nothing here: neither a failure nor
        // a success, so a password-holder cannot clear the second factor's count.
        attempt.settle(Outcome::NotTried);
        return Err(Error::SecondFactorRequired);
    }
    // Conditional access before the transaction, so that a refusal is audited; an invalid code
    // fails below anyway, so judging the sign-in as if the code were valid is safe.
    if let Err(err) = conditional_access::check(
        deps,
        user.id,
        user.tenant_id,
        client.address,
        required,
        "sign_in",
    )
    .await
    {
        attempt.settle(Outcome::NotTried);
        return Err(err);
    }
    let mut tx = deps.store.begin().await?;
    let proof = match second_factor_code {
        Some(code) => match mfa::prove(&mut tx, &deps.keys, user.id, code, now).await {
            Err(Error::InvalidSecondFactor) => {
                drop(tx);
                attempt.settle(Outcome::Failed);
                let tenant = Some(user.tenant_id);
                let reason = "wrong_second_factor";
                audit_refusal(
                    deps,
                    tenant,
                    &account,
                    client,
                    "auth.sign_in_failed",
                    reason,
                )
                .await?;
                return Err(Error::InvalidSecondFactor);
            }
            other => other?,
        },
        None => None,
    };
    let method = match proof {
        None => "password",
        Some(Proof::Totp) => "password+totp",
        Some(Proof::RecoveryCode) => "password+recovery_code",
    };
    let session =
        start_session(&mut tx, deps, &user, client, method, proof.is_some(), kind).await?;
    tx.commit().await?;
    attempt.settle(Outcome::Succeeded);
    Ok(session)
}

/// Opens a sign-in session of `kind` for `user` inside the caller's transaction, and audits it.
pub(crate) async fn start_session(
    tx: &mut store::Tx,
    deps: &Deps,
    user: &User,
    client: &Client,
    method: &str,
    second_factor: bool,
    kind: SessionKind,
) -> Result<NewSession> {
    let now = deps.clock.now();
    let secret = new_token(match kind {
        SessionKind::Browser => SESSION_PREFIX,
        SessionKind::App { .. } => APP_PREFIX,
    });
    let mut detail = json!({ "method": method, "client_address": client.address.to_string() });
    if let SessionKind::App { label } = &kind {
        detail["client"] = json!("app");
        detail["app"] = json!(label);
    }
    let row = SessionRow {
        id: SignInSessionId::generate(),
        tenant_id: user.tenant_id,
        user_id: user.id,
        created_at: now,
        last_seen_at: now,
        expires_at: now + deps.policy.session_lifetime,
        revoked_at: None,
        client_address: client.address.to_string(),
        user_agent: client.user_agent.clone(),
        second_factor,
        kind,
    };
    sessions::insert(tx, &row, &token_hash(&secret)).await?;
    audit::append(
        tx,
        &Entry {
            tenant: Some(user.tenant_id),
            at: now,
            actor: Actor::User(user.id),
            action: "auth.signed_in",
            target: format!("session:{}", row.id),
            detail,
        },
    )
    .await?;
    Ok(NewSession {
        id: row.id,
        secret,
        expires_at: row.expires_at,
    })
}

/// Resolves a session cookie to its caller. Revoked, expired or unknown sessions, an app's
/// session, and disabled users are all `Unauthenticated`.
pub async fn authenticate_session(deps: &Deps, secret: &str) -> Result<Principal> {
    authenticate_sign_in(deps, secret, false).await
}

/// Resolves an `Authorization: Bearer` secret to its caller: an app's sign-in session when it
/// has the app prefix, else an API token.
pub async fn authenticate_bearer(deps: &Deps, secret: &str) -> Result<Principal> {
    if secret.starts_with(&format!("{APP_PREFIX}_")) {
        authenticate_sign_in(deps, secret, true).await
    } else {
        authenticate_token(deps, secret).await
    }
}

/// A browser's (`app` false) or an app's sign-in session: the same rules for both, but a
/// session only works the way it was issued (an app's token is no cookie, and the reverse).
async fn authenticate_sign_in(deps: &Deps, secret: &str, app: bool) -> Result<Principal> {
    let now = deps.clock.now();
    let mut db = deps.store.db().await?;
    let session = sessions::find_by_hash(&mut db, &token_hash(secret))
        .await?
        .filter(|s| session_live(s, now))
        .filter(|s| matches!(s.kind, SessionKind::App { .. }) == app)
        .ok_or(Error::Unauthenticated)?;
    let credential = if app {
        Credential::App(session.id)
    } else {
        Credential::Session(session.id)
    };
    let principal = principal_for(
        &mut db,
        &session.tenant_id,
        session.user_id,
        credential,
        session.second_factor,
    )
    .await?;
    if now - session.last_seen_at > TOUCH_EVERY {
        sessions::touch(&mut db, session.id, now).await?;
    }
    Ok(principal)
}

/// Whether a sign-in session still works at `now`: not revoked, not expired.
fn session_live(session: &SessionRow, now: OffsetDateTime) -> bool {
    session.revoked_at.is_none() && session.expires_at > now
}

/// Whether an API token still works at `now`: not revoked, not expired.
fn token_live(token: &tokens::TokenRow, now: OffsetDateTime) -> bool {
    token.revoked_at.is_none() && token.token.expires_at.is_none_or(|at| at > now)
}

/// The caller again, from the store, as of now: the same credential (a sign-in session or an
/// API token, by its ID) must still be live and the account enabled. `Unauthenticated` when
/// either is no longer so. For connections that outlive one request (the session WebSocket).
pub async fn recheck(deps: &Deps, principal: &Principal) -> Result<Principal> {
    let now = deps.clock.now();
    let mut db = deps.store.db().await?;
    let live = match principal.credential {
        Credential::Session(id) | Credential::App(id) => {
            sessions::get(&mut db, principal.tenant_id, id)
                .await?
                .is_some_and(|s| session_live(&s, now))
        }
        Credential::Token(id) => tokens::get(&mut db, principal.tenant_id, id)
            .await?
            .is_some_and(|t| token_live(&t, now)),
    };
    if !live {
        return Err(Error::Unauthenticated);
    }
    principal_for(
        &mut db,
        &principal.tenant_id,
        principal.user_id,
        principal.credential,
        principal.second_factor,
    )
    .await
}

/// Resolves a bearer token to its caller.
pub async fn authenticate_token(deps: &Deps, secret: &str) -> Result<Principal> {
    let now = deps.clock.now();
    let mut db = deps.store.db().await?;
    let token = tokens::find_by_hash(&mut db, &token_hash(secret))
        .await?
        .filter(|t| token_live(t, now))
        .ok_or(Error::Unauthenticated)?;
    let principal = principal_for(
        &mut db,
        &token.tenant_id,
        token.user_id,
        Credential::Token(token.token.id),
        false,
    )
    .await?;
    if token
        .token
        .last_used_at
        .is_none_or(|at| now - at > TOUCH_EVERY)
    {
        tokens::touch(&mut db, token.token.id, now).await?;
    }
    Ok(principal)
}

async fn principal_for(
    c: &mut impl Conn,
    tenant: &TenantId,
    user: assist_protocol::ids::UserId,
    credential: Credential,
    second_factor: bool,
) -> Result<Principal> {
    let user = users::get(c, *tenant, user)
        .await?
        .filter(|row| !row.user.disabled)
        .ok_or(Error::Unauthenticated)?;
    let grants = grants_of(c, user.user.tenant_id, user.user.id).await?;
    Ok(Principal {
        tenant_id: user.user.tenant_id,
        user_id: user.user.id,
        is_admin: user.user.is_admin,
        credential,
        second_factor,
        permissions: grants.iter().map(|g| g.permission).collect(),
        grants: grants.into(),
    })
}

/// What `user`'s role assignments give them.
pub(crate) async fn grants_of(
    c: &mut impl Conn,
    tenant: TenantId,
    user: assist_protocol::ids::UserId,
) -> Result<Vec<Grant>> {
    Ok(roles::grants_of(c, tenant, user)
        .await?
        .into_iter()
        .map(|(permission, scope)| Grant { permission, scope })
        .collect())
}

/// Who is signed in.
pub async fn me(deps: &Deps, principal: &Principal) -> Result<Me> {
    let mut db = deps.store.db().await?;
    let user = users::get(&mut db, principal.tenant_id, principal.user_id)
        .await?
        .ok_or(Error::Unauthenticated)?;
    let tenant = tenants::get(&mut db, principal.tenant_id)
        .await?
        .ok_or(Error::Unauthenticated)?;
    let via = match principal.credential {
        Credential::Session(_) => AuthMethod::Cookie,
        Credential::Token(_) => AuthMethod::ApiToken,
        Credential::App(_) => AuthMethod::App,
    };
    let profile_managed =
        super::profile::managed(&mut db, principal.tenant_id, principal.user_id).await?;
    Ok(Me {
        user: user.user,
        tenant,
        via,
        second_factor: principal.second_factor,
        permissions: principal.effective_permissions(),
        profile_managed,
    })
}

/// Ends the caller's sign-in session, a browser's or an app's (a no-op for API tokens, which
/// are revoked instead).
pub async fn sign_out(deps: &Deps, principal: &Principal) -> Result<()> {
    if let Credential::Session(id) | Credential::App(id) = principal.credential {
        revoke_session(deps, principal, id).await?;
    }
    Ok(())
}

/// The caller's live sign-in sessions, browsers' and apps'.
pub async fn list_sessions(deps: &Deps, principal: &Principal) -> Result<Vec<SignInSession>> {
    let now = deps.clock.now();
    let rows = sessions::list_live(
        &mut deps.store.db().await?,
        principal.tenant_id,
        principal.user_id,
        now,
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let current = match principal.credential {
                Credential::Session(id) | Credential::App(id) => id == row.id,
                Credential::Token(_) => false,
            };
            let (kind, app) = match row.kind {
                SessionKind::Browser => (SignInKind::Browser, None),
                SessionKind::App { label } => (SignInKind::App, label),
            };
            SignInSession {
                current,
                kind,
                app,
                id: row.id,
                created_at: row.created_at,
                last_seen_at: row.last_seen_at,
                expires_at: row.expires_at,
                client_address: row.client_address,
                user_agent: row.user_agent,
            }
        })
        .collect())
}

/// Revokes one of the caller's sessions.
pub async fn revoke_session(deps: &Deps, principal: &Principal, id: SignInSessionId) -> Result<()> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    if !sessions::revoke(&mut tx, principal.tenant_id, principal.user_id, id, now).await? {
        return Err(Error::NotFound);
    }
    let actor = Actor::User(principal.user_id);
    let target = format!("session:{id}");
    audit::append(
        &mut tx,
        &Entry::new(
            principal.tenant_id,
            actor,
            now,
            "auth.session_revoked",
            target,
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
