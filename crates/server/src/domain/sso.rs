//! Single sign-on with any OpenID Connect provider, one per tenant: its configuration
//! (administrators, audited, the client secret write-only) and the sign-in flow.
//!
//! The flow: `start` finds the tenant that verified the e-mail's domain, records a pending
//! sign-in (hash of `state`, PKCE verifier, nonce, hash of a browser-binding cookie) and
//! returns the provider's authorisation URL. `complete` takes the provider's answer, consumes
//! the pending sign-in once, redeems the code, verifies the ID token, finds or creates the
//! user and opens a session. Every refusal is audited with its reason.
//!
//! A native app starts the same flow in the system browser with a loopback redirect URI and a
//! PKCE challenge ([`app`]); its sign-in ends with a one-time code sent to the app instead of a
//! session cookie.

pub mod app;
mod provider;

pub use provider::{CLOCK_SKEW, Providers};

use assist_protocol::api::sso::{
    ClientSecret, DEFAULT_BUTTON_LABEL, DEFAULT_SCOPES, PutSsoConfig, SsoCallback, SsoClaimNames,
    SsoConfig,
};
use assist_protocol::api::users::User;
use assist_protocol::ids::{TenantId, UserId};
use assist_protocol::text::{DisplayName, Email};
use openidconnect::core::CoreProviderMetadata;
use openidconnect::{ClaimsVerificationError, SignatureVerificationError};
use serde_json::{Map, Value, json};
use time::OffsetDateTime;

use super::access::{Granted, ManageSettings, Principal};
use super::audit::{Actor, Entry};
use super::auth::{NewSession, start_session};
use super::secrets::{new_token, token_hash};
use super::{Client, Deps, Error, Result, picture};
use crate::store::sessions::SessionKind;
pub use crate::store::sso::AppLogin;
use crate::store::sso::{PendingLogin, SsoRow};
use crate::store::{audit, domains, sso, users};

/// Where the provider sends the browser back, relative to the server's origin.
pub const CALLBACK_PATH: &str = "/api/v1/auth/sso/callback";
/// How long a sign-in may stay at the provider.
pub const LOGIN_LIFETIME: time::Duration = time::Duration::minutes(10);

/// `amr` values (RFC 8176) that are a factor on their own: something the person has or is.
const STRONG_METHODS: [&str; 12] = [
    "otp", "hwk", "swk", "sms", "tel", "sc", "pop", "fpt", "face", "iris", "retina", "vbm",
];
/// `amr` values that are one authentication factor each (knowledge, possession, inherence).
const FACTOR_METHODS: [&str; 15] = [
    "pwd", "pin", "kba", "otp", "hwk", "swk", "sms", "tel", "sc", "pop", "fpt", "face", "iris",
    "retina", "vbm",
];

/// Why single sign-on did not happen.
#[derive(Debug, thiserror::Error)]
pub enum SsoError {
    /// No tenant offers single sign-on for this e-mail domain.
    #[error("no organisation on this server offers single sign-on for {0}")]
    NotConfigured(String),
    /// The sign-in was refused; the message says why.
    #[error("{0}")]
    Refused(String),
    /// The provider could not be reached, or answered with nonsense.
    #[error("{0}")]
    Provider(String),
}

/// The redirect URI of a server reached at `origin`.
#[must_use]
pub fn redirect_uri(origin: &str) -> String {
    format!("{origin}{CALLBACK_PATH}")
}

/// Whether an `amr` claim says a second factor was used: `mfa` (or `mca`), a method that is a
/// possession or inherence factor, or two different factor methods. `pwd` alone is not.
#[must_use]
pub fn second_factor_used(amr: &[String]) -> bool {
    let has = |value: &str| amr.iter().any(|m| m == value);
    if has("mfa") || has("mca") || STRONG_METHODS.iter().any(|m| has(m)) {
        return true;
    }
    FACTOR_METHODS.iter().filter(|m| has(m)).count() >= 2
}

// ---------------------------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------------------------

fn view(row: Option<&SsoRow>, origin: &str) -> SsoConfig {
    SsoConfig {
        configured: row.is_some(),
        enabled: row.is_some_and(|row| row.enabled),
        issuer: row.map(|row| row.issuer.clone()),
        client_id: row.map(|row| row.client_id.clone()),
        client_secret_set: row.is_some_and(|row| row.client_secret.is_some()),
        scopes: row.map_or_else(
            || DEFAULT_SCOPES.map(str::to_owned).to_vec(),
            |row| row.scopes.clone(),
        ),
        claims: row.map(|row| row.claims.clone()).unwrap_or_default(),
        button_label: row.map_or_else(
            || DEFAULT_BUTTON_LABEL.to_owned(),
            |row| row.button_label.clone(),
        ),
        redirect_uri: redirect_uri(origin),
        updated_at: row.map(|row| row.updated_at),
    }
}

/// The tenant's configuration (never its secret), or the defaults while it has none.
pub async fn get_config(
    deps: &Deps,
    admin: &Granted<ManageSettings>,
    origin: &str,
) -> Result<SsoConfig> {
    let row = sso::get(&mut deps.store.db().await?, admin.tenant_id()).await?;
    Ok(view(row.as_ref(), origin))
}

fn invalid(message: impl Into<String>) -> Error {
    Error::Invalid(message.into())
}

/// One line of text: trimmed, `min..=max` characters, no control characters.
fn line(what: &str, raw: &str, min: usize, max: usize) -> Result<String> {
    let text = raw.trim();
    let len = text.chars().count();
    if len < min || len > max {
        return Err(invalid(format!(
            "{what} must have {min} to {max} characters"
        )));
    }
    if text.chars().any(char::is_control) {
        return Err(invalid(format!(
            "{what} must not contain control characters"
        )));
    }
    Ok(text.to_owned())
}

/// The issuer: `https://`, or `http://` on a loopback host (a provider on the same machine,
/// for development and tests); no query or fragment.
fn parse_issuer(raw: &str, allow_local: bool) -> Result<String> {
    let issuer = line("issuer", raw, 1, 2000)?;
    let url =
        url::Url::parse(&issuer).map_err(|err| invalid(format!("issuer is not a URL ({err})")))?;
    let loopback = match url.host() {
        Some(url::Host::Domain(host)) => host == "localhost" || host.ends_with(".localhost"),
        Some(url::Host::Ipv4(ip)) => provider::is_local(ip.into()),
        Some(url::Host::Ipv6(ip)) => provider::is_local(ip.into()),
        None => false,
    };
    if loopback && !allow_local {
        return Err(invalid(
            "issuer must not be on this machine (loopback or link-local) unless the server's configuration allows it (sso_local_issuers)",
        ));
    }
    let secure = url.scheme() == "https" || (url.scheme() == "http" && loopback);
    if !secure || url.host().is_none() {
        return Err(invalid(
            "issuer must be an https:// URL (http:// only on a loopback address)",
        ));
    }
    if url.query().is_some() || url.fragment().is_some() || !url.username().is_empty() {
        return Err(invalid(
            "issuer must not have a query, fragment or user name",
        ));
    }
    Ok(issuer)
}

/// Scopes: RFC 6749 scope tokens, `openid` first and always present, no duplicates.
fn parse_scopes(raw: Option<Vec<String>>) -> Result<Vec<String>> {
    let raw = raw.unwrap_or_else(|| DEFAULT_SCOPES.map(str::to_owned).to_vec());
    if raw.len() > 20 {
        return Err(invalid("at most 20 scopes may be requested"));
    }
    let mut scopes = vec!["openid".to_owned()];
    for scope in raw {
        let valid = !scope.is_empty()
            && scope.len() <= 100
            && scope
                .bytes()
                .all(|b| b == 0x21 || (0x23..=0x5B).contains(&b) || (0x5D..=0x7E).contains(&b));
        if !valid {
            return Err(invalid(format!(
                "scope {scope:?} is not valid: 1 to 100 printable ASCII characters without spaces, quotes or backslashes"
            )));
        }
        if !scopes.contains(&scope) {
            scopes.push(scope);
        }
    }
    Ok(scopes)
}

fn parse_claim(what: &str, raw: &str) -> Result<String> {
    let name = line(what, raw, 1, 200)?;
    if name.chars().any(char::is_whitespace) {
        return Err(invalid(format!("{what} must not contain spaces")));
    }
    Ok(name)
}

/// Replaces the tenant's configuration after checking the issuer's discovery document; the
/// secret is kept when none is given. Audited, without the secret.
pub async fn put_config(
    deps: &Deps,
    admin: &Granted<ManageSettings>,
    input: PutSsoConfig,
    origin: &str,
) -> Result<SsoConfig> {
    // Whoever sets the identity provider decides who can sign in as whom: an owner's act.
    super::delegation::owner_only(admin)?;
    let issuer = parse_issuer(&input.issuer, deps.sso.allows_local())?;
    let client_id = line("client_id", &input.client_id, 1, 255)?;
    let new_secret = input
        .client_secret
        .map(|secret| {
            line("client_secret", secret.expose(), 1, 1024)
                .map(|plain| ClientSecret::new(deps.keys.seal(&plain)))
        })
        .transpose()?;
    let scopes = parse_scopes(input.scopes)?;
    let claims = input.claims.unwrap_or_default();
    let claims = SsoClaimNames {
        display_name: parse_claim("claims.display_name", &claims.display_name)?,
        job_title: parse_claim("claims.job_title", &claims.job_title)?,
        company: parse_claim("claims.company", &claims.company)?,
        picture: parse_claim("claims.picture", &claims.picture)?,
    };
    let button_label = match input.button_label {
        Some(label) => line("button_label", &label, 1, 100)?,
        None => DEFAULT_BUTTON_LABEL.to_owned(),
    };
    // Discovery proves the issuer is an OpenID provider, and gives its exact spelling.
    let metadata = deps
        .sso
        .discover(&issuer)
        .await
        .map_err(|err| invalid(err.to_string()))?;
    let issuer = metadata.issuer().as_str().to_owned();

    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let before = sso::get(&mut tx, admin.tenant_id()).await?;
    let secret_change = match (
        &new_secret,
        before.as_ref().and_then(|b| b.client_secret.as_ref()),
    ) {
        (Some(_), _) => "set",
        (None, Some(_)) => "kept",
        (None, None) => "none",
    };
    let row = SsoRow {
        tenant_id: admin.tenant_id(),
        issuer,
        client_id,
        client_secret: new_secret.or_else(|| before.as_ref().and_then(|b| b.client_secret.clone())),
        scopes,
        claims,
        button_label,
        enabled: input.enabled,
        updated_at: now,
    };
    sso::put(&mut tx, &row).await?;
    let after = view(Some(&row), origin);
    let before = before.as_ref().map(|b| view(Some(b), origin));
    audit::append(
        &mut tx,
        &Entry {
            tenant: Some(admin.tenant_id()),
            at: now,
            actor: admin.actor(),
            action: "sso.configured",
            target: format!("tenant:{}", admin.tenant_id()),
            detail: json!({ "before": before, "after": after, "client_secret": secret_change }),
        },
    )
    .await?;
    tx.commit().await?;
    deps.sso.forget(admin.tenant_id());
    Ok(after)
}

/// Removes the tenant's configuration (and its sign-ins in flight). Idempotent; audited when
/// there was something to remove.
pub async fn delete_config(deps: &Deps, admin: &Granted<ManageSettings>) -> Result<()> {
    super::delegation::owner_only(admin)?;
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    if sso::delete(&mut tx, admin.tenant_id()).await? {
        audit::append(
            &mut tx,
            &Entry {
                tenant: Some(admin.tenant_id()),
                at: now,
                actor: admin.actor(),
                action: "sso.removed",
                target: format!("tenant:{}", admin.tenant_id()),
                detail: json!({}),
            },
        )
        .await?;
    }
    tx.commit().await?;
    deps.sso.forget(admin.tenant_id());
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Sign-in
// ---------------------------------------------------------------------------------------------

/// A sign-in sent to the provider.
#[derive(Debug)]
pub struct Started {
    /// Where to send the browser.
    pub authorize_url: String,
    /// The browser-binding cookie's value; only its hash is stored.
    pub browser_secret: String,
}

/// The enabled configuration of `tenant`, or `NotConfigured` naming `domain`.
async fn enabled_config(deps: &Deps, tenant: TenantId, domain: &str) -> Result<SsoRow> {
    sso::get(&mut deps.store.db().await?, tenant)
        .await?
        .filter(|row| row.enabled)
        .ok_or_else(|| SsoError::NotConfigured(domain.to_owned()).into())
}

/// Starts single sign-on for `email`: the tenant that verified its domain, if it has SSO
/// enabled, gets a pending sign-in, and the browser goes to its provider. `app` is what a
/// native app asked for (see [`app::request`]), kept with the pending sign-in.
pub async fn start(
    deps: &Deps,
    email: &str,
    redirect_uri: &str,
    app: Option<AppLogin>,
) -> Result<Started> {
    let email = Email::parse(email).map_err(|err| invalid(err.to_string()))?;
    let now = deps.clock.now();
    let tenant = {
        let mut db = deps.store.db().await?;
        sso::prune_logins(&mut db, now - LOGIN_LIFETIME).await?;
        sso::prune_app_codes(&mut db, now - LOGIN_LIFETIME).await?;
        domains::verified_owner(&mut db, email.domain()).await?
    }
    .ok_or_else(|| SsoError::NotConfigured(email.domain().to_owned()))?;
    pend(deps, tenant, &email, redirect_uri, app, None).await
}

/// Sends a sign-in (or a link, `link_user`) of `email` to `tenant`'s provider: a pending
/// sign-in with its state, nonce, PKCE verifier and browser binding, and the provider's URL.
async fn pend(
    deps: &Deps,
    tenant: TenantId,
    email: &Email,
    redirect_uri: &str,
    app: Option<AppLogin>,
    link_user: Option<UserId>,
) -> Result<Started> {
    let now = deps.clock.now();
    let config = enabled_config(deps, tenant, email.domain()).await?;
    let metadata = deps.sso.metadata(tenant, &config.issuer, now).await?;
    let state = new_token("sst");
    let nonce = new_token("ssn");
    let browser_secret = new_token("ssb");
    let request = provider::authorize(
        &metadata,
        &config,
        redirect_uri,
        &state,
        &nonce,
        email.as_str(),
    )?;
    let login = PendingLogin {
        state_hash: token_hash(&state),
        tenant_id: tenant,
        browser_hash: token_hash(&browser_secret),
        pkce_verifier: request.pkce_verifier,
        nonce,
        created_at: now,
        used_at: None,
        app,
        link_user,
    };
    sso::insert_login(&mut deps.store.db().await?, &login).await?;
    Ok(Started {
        authorize_url: request.url,
        browser_secret,
    })
}

/// Whether single sign-on can work on this server: some organisation has it turned on and has
/// verified a domain (public; it names no organisation and no domain).
pub async fn availability(deps: &Deps) -> Result<assist_protocol::api::sso::SsoAvailability> {
    Ok(assist_protocol::api::sso::SsoAvailability {
        available: sso::usable_anywhere(&mut deps.store.db().await?).await?,
    })
}

/// Whether the caller's organisation offers single sign-on, and whether they are linked.
pub async fn link_status(
    deps: &Deps,
    principal: &Principal,
) -> Result<assist_protocol::api::sso::SsoLinkStatus> {
    let mut db = deps.store.db().await?;
    let config = sso::get(&mut db, principal.tenant_id)
        .await?
        .filter(|row| row.enabled);
    let linked = match &config {
        Some(config) => sso::is_linked(&mut db, principal.user_id, &config.issuer).await?,
        None => false,
    };
    Ok(assist_protocol::api::sso::SsoLinkStatus {
        available: config.is_some(),
        linked,
    })
}

/// Starts linking the organisation's identity provider to the caller's own account: the same
/// round trip as a sign-in, and its answer is linked to the caller (their sign-in is the
/// account's proof) and signs them in again.
pub async fn start_link(deps: &Deps, principal: &Principal, redirect_uri: &str) -> Result<Started> {
    let user = users::get(
        &mut deps.store.db().await?,
        principal.tenant_id,
        principal.user_id,
    )
    .await?
    .ok_or(Error::Unauthenticated)?
    .user;
    let email = Email::parse(&user.email).map_err(|err| invalid(err.to_string()))?;
    let tenant = principal.tenant_id;
    pend(
        deps,
        tenant,
        &email,
        redirect_uri,
        None,
        Some(principal.user_id),
    )
    .await
}

/// A refused sign-in, with what the audit event needs.
struct Refusal {
    reason: &'static str,
    tenant: Option<TenantId>,
    account: Option<String>,
    error: Error,
}

impl Refusal {
    fn new(reason: &'static str, tenant: Option<TenantId>, message: impl Into<String>) -> Self {
        Self {
            reason,
            tenant,
            account: None,
            error: SsoError::Refused(message.into()).into(),
        }
    }

    fn account(mut self, email: &str) -> Self {
        self.account = Some(email.to_owned());
        self
    }
}

impl From<crate::store::StoreError> for Refusal {
    fn from(error: crate::store::StoreError) -> Self {
        Error::from(error).into()
    }
}

impl From<Error> for Refusal {
    fn from(error: Error) -> Self {
        Self {
            reason: "internal",
            tenant: None,
            account: None,
            error,
        }
    }
}

/// A completed single sign-on.
#[derive(Debug)]
pub enum Completed {
    /// A browser's: the session to put in the cookie.
    Browser(NewSession),
    /// A native app's: where to send the browser (the app's loopback URI with its one-time
    /// code and state).
    App {
        /// The URL.
        redirect_to: String,
    },
}

/// A refused single sign-on, and the app it was for when a native app started it (the error
/// then goes to the app).
#[derive(Debug)]
pub struct Failed {
    /// Why.
    pub error: Error,
    /// The app's request, when the sign-in was found and an app started it.
    pub app: Option<AppLogin>,
}

/// Completes single sign-on with the provider's answer; `browser_secret` is the binding
/// cookie the browser sent back. Every refusal is audited as `auth.sign_in_failed`.
pub async fn complete(
    deps: &Deps,
    callback: &SsoCallback,
    browser_secret: Option<&str>,
    redirect_uri: &str,
    client: &Client,
) -> std::result::Result<Completed, Failed> {
    let mut app = None;
    let outcome = complete_inner(
        deps,
        callback,
        browser_secret,
        redirect_uri,
        client,
        &mut app,
    )
    .await;
    let error = match outcome {
        Ok(done) => return Ok(done),
        Err(refusal) if refusal.reason == "internal" => refusal.error,
        Err(refusal) => match audit_refusal(deps, &refusal, client, app.is_some()).await {
            Ok(()) => refusal.error,
            Err(err) => err,
        },
    };
    Err(Failed { error, app })
}

/// Audits a refused sign-in as `auth.sign_in_failed`, with its reason (and `client: app` when
/// an app started it).
async fn audit_refusal(
    deps: &Deps,
    refusal: &Refusal,
    client: &Client,
    for_app: bool,
) -> Result<()> {
    let now = deps.clock.now();
    let mut tx = deps.store.begin().await?;
    let target = refusal.account.as_ref().map_or_else(
        || {
            refusal
                .tenant
                .map_or_else(|| "sso".to_owned(), |t| format!("tenant:{t}"))
        },
        |email| format!("email:{email}"),
    );
    let mut detail = json!({
        "method": "sso",
        "reason": refusal.reason,
        "message": refusal.error.to_string(),
        "client_address": client.address.to_string(),
    });
    if for_app {
        detail["client"] = json!("app");
    }
    audit::append(
        &mut tx,
        &Entry {
            tenant: refusal.tenant,
            at: now,
            actor: Actor::Anonymous,
            action: "auth.sign_in_failed",
            target,
            detail,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The flow after the provider's answer. `app` is set as soon as the pending sign-in is found,
/// when an app started it, so that a refusal can be sent to the app.
async fn complete_inner(
    deps: &Deps,
    callback: &SsoCallback,
    browser_secret: Option<&str>,
    redirect_uri: &str,
    client: &Client,
    app: &mut Option<AppLogin>,
) -> std::result::Result<Completed, Refusal> {
    let now = deps.clock.now();
    let Some(state) = callback.state.as_deref() else {
        return Err(Refusal::new(
            "missing_state",
            None,
            "the identity provider's answer has no state; start the sign-in again",
        ));
    };
    let state_hash = token_hash(state);
    let login = sso::find_login(&mut deps.store.db().await?, &state_hash)
        .await?
        .ok_or_else(|| {
            Refusal::new(
                "unknown_state",
                None,
                "this sign-in is unknown or has expired; start it again",
            )
        })?;
    app.clone_from(&login.app);
    let tenant = Some(login.tenant_id);
    if login.used_at.is_some() {
        return Err(Refusal::new(
            "state_replayed",
            tenant,
            "this sign-in was already completed; its answer cannot be used twice",
        ));
    }
    if now - login.created_at > LOGIN_LIFETIME {
        return Err(Refusal::new(
            "state_expired",
            tenant,
            "this sign-in took longer than 10 minutes; start it again",
        ));
    }
    if browser_secret.map(token_hash) != Some(login.browser_hash.clone()) {
        return Err(Refusal::new(
            "browser_mismatch",
            tenant,
            "this sign-in was started in another browser; start it again here",
        ));
    }
    if !sso::consume_login(&mut deps.store.db().await?, &state_hash, now).await? {
        return Err(Refusal::new(
            "state_replayed",
            tenant,
            "this sign-in was already completed; its answer cannot be used twice",
        ));
    }
    if let Some(error) = &callback.error {
        let description = callback
            .error_description
            .as_deref()
            .map(|d| format!(": {}", provider::clean(d)))
            .unwrap_or_default();
        return Err(Refusal::new(
            "provider_refused",
            tenant,
            format!(
                "the identity provider refused the sign-in ({}){description}",
                provider::clean(error)
            ),
        ));
    }
    let config = sso::get(&mut deps.store.db().await?, login.tenant_id)
        .await?
        .filter(|row| row.enabled)
        .ok_or_else(|| {
            Refusal::new(
                "not_configured",
                tenant,
                "single sign-on was turned off for this organisation during the sign-in",
            )
        })?;
    if callback
        .iss
        .as_ref()
        .is_some_and(|iss| *iss != config.issuer)
    {
        return Err(Refusal::new(
            "wrong_issuer",
            tenant,
            "the answer came from another identity provider than this organisation's",
        ));
    }
    let Some(code) = callback.code.as_deref() else {
        return Err(Refusal::new(
            "missing_code",
            tenant,
            "the identity provider's answer has no code",
        ));
    };
    let refuse_provider = |err: Error| {
        let reason = match &err {
            Error::Sso(SsoError::Refused(_)) => "code_refused",
            _ => "provider_unavailable",
        };
        Refusal {
            reason,
            tenant,
            account: None,
            error: err,
        }
    };
    let metadata = deps
        .sso
        .metadata(login.tenant_id, &config.issuer, now)
        .await
        .map_err(|err| refuse_provider(err.into()))?;
    // The client secret is stored sealed; the provider gets it in the clear.
    let with_secret = SsoRow {
        client_secret: match &config.client_secret {
            Some(sealed) => Some(ClientSecret::new(deps.keys.open(sealed.expose()).map_err(
                |err| Error::Unexpected(format!("the identity provider's client secret: {err}")),
            )?)),
            None => None,
        },
        ..config.clone()
    };
    let id_token = deps
        .sso
        .exchange(
            &metadata,
            &with_secret,
            redirect_uri,
            code,
            &login.pkce_verifier,
        )
        .await
        .map_err(|err| refuse_provider(err.into()))?;
    let (claims, all) = match provider::verify(&metadata, &config, &id_token, &login.nonce, now) {
        Err(ClaimsVerificationError::SignatureVerification(
            SignatureVerificationError::NoMatchingKey,
        )) => {
            // The token names a key we do not have: the provider rotated its keys.
            let metadata: CoreProviderMetadata = deps
                .sso
                .refresh_keys(login.tenant_id, &config.issuer, metadata, now)
                .await
                .map_err(|err| refuse_provider(err.into()))?;
            provider::verify(&metadata, &config, &id_token, &login.nonce, now)
        }
        other => other,
    }
    .map_err(|err| Refusal::new("invalid_id_token", tenant, describe_invalid_token(&err)))?;

    let email = claims
        .email()
        .map(|email| email.as_str().to_owned())
        .ok_or_else(|| {
            Refusal::new(
                "no_email",
                tenant,
                "the identity provider did not say the person's e-mail address (is the `email` scope requested?)",
            )
        })?;
    let email = Email::parse(&email).map_err(|err| {
        Refusal::new(
            "invalid_email",
            tenant,
            format!("the identity provider's e-mail address is not usable: {err}"),
        )
    })?;
    if claims.email_verified() != Some(true) {
        return Err(Refusal::new(
            "email_unverified",
            tenant,
            "the identity provider has not verified this e-mail address",
        )
        .account(email.as_str()));
    }
    let amr: Vec<String> = claims
        .auth_method_refs()
        .map(|refs| refs.iter().map(|r| r.as_str().to_owned()).collect())
        .unwrap_or_default();
    let second_factor = second_factor_used(&amr);

    let subject = claims.subject().as_str().to_owned();
    let linked = sso::find_identity(&mut deps.store.db().await?, &config.issuer, &subject).await?;
    // A picture is fetched before the transaction (network time holds no lock), and only for
    // someone who has no account yet.
    let existing = users::find_by_email(&mut deps.store.db().await?, email.as_str()).await?;
    let new_person = existing.is_none() && linked.is_none();
    let picture = match (new_person, claim_text(&all, &config.claims.picture)) {
        (true, Some(url)) => deps.sso.picture(&url).await.and_then(|bytes| {
            picture::check(&bytes)
                .ok()
                .map(|kind| (kind.content_type(), bytes))
        }),
        _ => None,
    };
    // Conditional access, before the transaction so that a refusal is audited. Someone without
    // an account yet has no groups: only policies for all users can apply to them.
    let person = linked
        .filter(|(linked_tenant, _)| *linked_tenant == login.tenant_id)
        .map(|(_, user)| user)
        .or_else(|| {
            existing
                .as_ref()
                .filter(|row| row.user.tenant_id == login.tenant_id)
                .map(|row| row.user.id)
        })
        .unwrap_or_else(UserId::generate);
    super::conditional_access::check(
        deps,
        person,
        login.tenant_id,
        client.address,
        second_factor,
        "sso",
    )
    .await?;

    let mut tx = deps.store.begin().await?;
    let identity = Identity {
        issuer: &config.issuer,
        subject: &subject,
    };
    let user = match sso::find_identity(&mut tx, identity.issuer, identity.subject).await? {
        Some((linked_tenant, user)) => {
            let row = users::get(&mut tx, linked_tenant, user)
                .await?
                .filter(|_| linked_tenant == login.tenant_id)
                .ok_or_else(|| {
                    Refusal::new(
                        "other_tenant",
                        tenant,
                        "this identity belongs to an account of another organisation",
                    )
                    .account(email.as_str())
                })?;
            if login.link_user.is_some_and(|asked| asked != row.user.id) {
                return Err(Refusal::new(
                    "identity_taken",
                    tenant,
                    "this identity at the identity provider is already linked to another account",
                )
                .account(email.as_str()));
            }
            usable(row, &email, tenant)?
        }
        None => match users::find_by_email(&mut tx, email.as_str()).await? {
            Some(row) if row.user.tenant_id != login.tenant_id => {
                return Err(Refusal::new(
                    "other_tenant",
                    tenant,
                    "this e-mail address belongs to an account of another organisation",
                )
                .account(email.as_str()));
            }
            Some(row) => {
                let has_proof = row.password_hash.is_some()
                    || super::mfa::required(&mut tx, row.user.id).await?;
                let asked = login.link_user == Some(row.user.id);
                if login.link_user.is_some() && !asked {
                    return Err(Refusal::new(
                        "email_mismatch",
                        tenant,
                        "the identity provider signed in someone with another e-mail address than your account's",
                    )
                    .account(email.as_str()));
                }
                // An account already linked at this provider is reached through that identity
                // only: another subject asserting its address does not take it over.
                if !asked && sso::is_linked(&mut tx, row.user.id, identity.issuer).await? {
                    return Err(Refusal::new(
                        "identity_mismatch",
                        tenant,
                        "this account is linked to another identity at the identity provider; ask your administrator",
                    )
                    .account(email.as_str()));
                }
                if has_proof && !asked {
                    return Err(Refusal::new(
                        "link_required",
                        tenant,
                        "this account has its own password: sign in with it once, then link single sign-on on your account page",
                    )
                    .account(email.as_str()));
                }
                let user = usable(row, &email, tenant)?;
                link(&mut tx, &identity, &user, now).await?;
                user
            }
            None if login.link_user.is_some() => {
                return Err(Refusal::new(
                    "email_mismatch",
                    tenant,
                    "the identity provider signed in someone with another e-mail address than your account's",
                )
                .account(email.as_str()));
            }
            None => {
                if !domains::is_verified(&mut tx, login.tenant_id, email.domain()).await? {
                    return Err(Refusal::new(
                        "domain_not_verified",
                        tenant,
                        format!(
                            "{} is not a verified domain of this organisation, so no account is created for {}; ask your administrator",
                            email.domain(),
                            email.as_str()
                        ),
                    )
                    .account(email.as_str()));
                }
                let user = create_user(
                    &mut tx,
                    login.tenant_id,
                    &email,
                    &config,
                    &all,
                    picture,
                    now,
                )
                .await?;
                link(&mut tx, &identity, &user, now).await?;
                user
            }
        },
    };
    let user = refresh_profile(&mut tx, &config, &all, user, now).await?;
    // A local second factor keeps being needed unless the provider proved one.
    if !second_factor && super::mfa::required(&mut tx, user.id).await? {
        return Err(Refusal::new(
            "second_factor_required",
            tenant,
            "your account uses an authenticator app and the identity provider did not confirm a second factor; sign in with your password and code",
        )
        .account(email.as_str()));
    }
    let done = match &login.app {
        None => Completed::Browser(
            start_session(
                &mut tx,
                deps,
                &user,
                client,
                "sso",
                second_factor,
                SessionKind::Browser,
            )
            .await?,
        ),
        Some(request) => Completed::App {
            redirect_to: app::issue(&mut tx, deps, request, &user, second_factor).await?,
        },
    };
    tx.commit().await?;
    Ok(done)
}

/// Verifies a compact ID token the way a callback does (signature by the provider's keys,
/// issuer, audience, expiry, nonce) and returns its claims. For checking tokens obtained
/// elsewhere, such as a provider's token for another client.
pub fn verify_id_token(
    metadata: &CoreProviderMetadata,
    config: &SsoRow,
    id_token: &str,
    nonce: &str,
    now: OffsetDateTime,
) -> Result<Map<String, Value>> {
    let token: openidconnect::core::CoreIdToken = id_token
        .parse()
        .map_err(|_| SsoError::Refused("this is not an ID token".to_owned()))?;
    provider::verify(metadata, config, &token, nonce, now)
        .map(|(_, all)| all)
        .map_err(|err| SsoError::Refused(describe_invalid_token(&err)).into())
}

/// An identity at the provider: its issuer and subject.
struct Identity<'a> {
    issuer: &'a str,
    subject: &'a str,
}

/// Links `identity` to `user`, audited.
async fn link(
    tx: &mut crate::store::Tx,
    identity: &Identity<'_>,
    user: &User,
    now: OffsetDateTime,
) -> std::result::Result<(), Refusal> {
    sso::link_identity(
        tx,
        identity.issuer,
        identity.subject,
        user.tenant_id,
        user.id,
        now,
    )
    .await?;
    audit::append(
        tx,
        &Entry {
            tenant: Some(user.tenant_id),
            at: now,
            actor: Actor::User(user.id),
            action: "sso.identity_linked",
            target: format!("user:{}", user.id),
            detail: json!({ "issuer": identity.issuer, "subject": identity.subject }),
        },
    )
    .await?;
    Ok(())
}

/// Brings a linked account's name, job title and company up to date with the ID token's claims
/// at each sign-in: the organisation manages them through its identity provider (which is why
/// the person cannot edit them, `domain::profile`). A claim the provider does not send leaves
/// its field as it is. A change is audited as `user.profile_synced` by single sign-on.
async fn refresh_profile(
    tx: &mut crate::store::Tx,
    config: &SsoRow,
    claims: &Map<String, Value>,
    mut user: User,
    now: OffsetDateTime,
) -> std::result::Result<User, Refusal> {
    let before = super::profile::shown(&user);
    let changed = super::profile::apply(
        &mut user,
        claim_text(claims, &config.claims.display_name)
            .and_then(|name| DisplayName::parse(&name).ok())
            .map(String::from),
        claim_text(claims, &config.claims.job_title),
        claim_text(claims, &config.claims.company),
    );
    if changed.is_empty() {
        return Ok(user);
    }
    user.updated_at = now;
    users::update(tx, &user).await?;
    audit::append(
        tx,
        &Entry {
            tenant: Some(user.tenant_id),
            at: now,
            actor: Actor::Sso,
            action: "user.profile_synced",
            target: format!("user:{}", user.id),
            detail: json!({
                "changed": changed,
                "before": before,
                "after": super::profile::shown(&user),
                "issuer": config.issuer,
            }),
        },
    )
    .await?;
    Ok(user)
}

/// The account's user when it may sign in (not disabled).
fn usable(
    row: users::UserRow,
    email: &Email,
    tenant: Option<TenantId>,
) -> std::result::Result<User, Refusal> {
    if row.user.disabled {
        return Err(Refusal::new(
            "account_disabled",
            tenant,
            "this account is disabled; ask your administrator",
        )
        .account(email.as_str()));
    }
    Ok(row.user)
}

/// Creates a user from the ID token's claims (inside the sign-in's transaction), audited with
/// the actor `sso`.
async fn create_user(
    tx: &mut crate::store::Tx,
    tenant: TenantId,
    email: &Email,
    config: &SsoRow,
    claims: &Map<String, Value>,
    picture: Option<(&'static str, Vec<u8>)>,
    now: OffsetDateTime,
) -> Result<User> {
    let local_part = email.as_str().split('@').next().unwrap_or_default();
    let display_name = claim_text(claims, &config.claims.display_name)
        .and_then(|name| DisplayName::parse(&name).ok())
        .or_else(|| DisplayName::parse(local_part).ok())
        .map_or_else(|| email.to_string(), String::from);
    let user = User {
        id: UserId::generate(),
        tenant_id: tenant,
        email: email.to_string(),
        display_name,
        job_title: claim_text(claims, &config.claims.job_title).unwrap_or_default(),
        company: claim_text(claims, &config.claims.company).unwrap_or_default(),
        has_picture: picture.is_some(),
        is_admin: false,
        disabled: false,
        created_at: now,
        updated_at: now,
    };
    users::insert(tx, &user, None).await?;
    if let Some((content_type, bytes)) = &picture {
        users::put_picture(tx, tenant, user.id, content_type, bytes, now).await?;
    }
    audit::append(
        tx,
        &Entry {
            tenant: Some(tenant),
            at: now,
            actor: Actor::Sso,
            action: "user.created",
            target: format!("user:{}", user.id),
            detail: json!({
                "email": user.email,
                "display_name": user.display_name,
                "is_admin": false,
                "password_set": false,
                "via": "sso",
                "issuer": config.issuer,
                "picture": picture.is_some(),
            }),
        },
    )
    .await?;
    Ok(user)
}

/// A claim as profile text: a string, without control characters, at most 200 characters,
/// and stripped of what could show a name as other than it is (bidirectional controls,
/// invisible characters: `assist_protocol::text::without_disguises`); stripped rather than
/// refused, since the person cannot fix their provider's claims. `None` when absent, empty or
/// not a string.
fn claim_text(claims: &Map<String, Value>, name: &str) -> Option<String> {
    let text: String = claims
        .get(name)?
        .as_str()?
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    let text = assist_protocol::text::without_disguises(&text);
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// Says in words why an ID token was refused.
fn describe_invalid_token(err: &ClaimsVerificationError) -> String {
    let why = match err {
        ClaimsVerificationError::Expired(_) => "it has expired".to_owned(),
        ClaimsVerificationError::InvalidAudience(detail) => {
            format!(
                "it is meant for another application (audience {})",
                provider::clean(detail)
            )
        }
        ClaimsVerificationError::InvalidIssuer(detail) => {
            format!("it comes from another issuer ({})", provider::clean(detail))
        }
        ClaimsVerificationError::InvalidNonce(_) => {
            "its nonce does not match this sign-in".to_owned()
        }
        ClaimsVerificationError::SignatureVerification(
            SignatureVerificationError::NoMatchingKey,
        ) => "it is signed with a key the identity provider does not publish".to_owned(),
        ClaimsVerificationError::SignatureVerification(detail) => {
            format!(
                "its signature is not valid ({})",
                provider::clean(&detail.to_string())
            )
        }
        other => provider::clean(&other.to_string()),
    };
    format!("the identity provider's ID token was refused: {why}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amr(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| (*v).to_owned()).collect()
    }

    #[test]
    fn second_factor_follows_rfc_8176() {
        assert!(!second_factor_used(&amr(&[])));
        assert!(!second_factor_used(&amr(&["pwd"])));
        assert!(!second_factor_used(&amr(&["pwd", "pwd"])));
        assert!(second_factor_used(&amr(&["pwd", "otp"])));
        assert!(second_factor_used(&amr(&["mfa"])));
        assert!(second_factor_used(&amr(&["hwk"])));
        assert!(second_factor_used(&amr(&["face"])));
        assert!(second_factor_used(&amr(&["pwd", "pin"])));
        assert!(!second_factor_used(&amr(&["pwd", "user", "geo"])));
    }

    #[test]
    fn issuers_must_be_https_except_on_loopback() {
        assert!(parse_issuer("https://login.example.com/tenant/v2.0", false).is_ok());
        assert!(parse_issuer("http://127.0.0.1:9000", true).is_ok());
        assert!(parse_issuer("http://localhost:9000", true).is_ok());
        for local in [
            "http://127.0.0.1:9000",
            "https://127.0.0.2",
            "http://localhost:9000",
            "https://idp.localhost",
            "https://[::1]:8443",
            "https://[::ffff:127.0.0.1]",
            "https://169.254.169.254",
        ] {
            assert!(parse_issuer(local, false).is_err(), "{local}");
        }
        assert!(
            parse_issuer("https://10.0.0.5", false).is_ok(),
            "a provider inside the network"
        );
        assert!(parse_issuer("http://idp.example.com", true).is_err());
        assert!(parse_issuer("ftp://idp.example.com", true).is_err());
        assert!(parse_issuer("https://idp.example.com/?x=1", true).is_err());
        assert!(parse_issuer("not a url", true).is_err());
    }

    #[test]
    fn scopes_always_start_with_openid() {
        assert_eq!(
            parse_scopes(None).expect("default"),
            ["openid", "email", "profile"]
        );
        assert_eq!(
            parse_scopes(Some(amr(&["email", "openid", "email"]))).expect("valid"),
            ["openid", "email"]
        );
        assert!(parse_scopes(Some(amr(&["bad scope"]))).is_err());
        assert!(parse_scopes(Some(amr(&["quote\""]))).is_err());
    }

    #[test]
    fn claim_text_is_cleaned_and_bounded() {
        let claims: Map<String, Value> = serde_json::from_value(json!({
            "name": "  Ada\u{7}Lovelace ",
            "long": "x".repeat(500),
            "number": 3,
            "empty": " ",
            "spoof": "Invoice\u{202e}gpj.exe\u{200b}",
        }))
        .expect("map");
        assert_eq!(claim_text(&claims, "name").as_deref(), Some("AdaLovelace"));
        assert_eq!(
            claim_text(&claims, "spoof").as_deref(),
            Some("Invoicegpj.exe")
        );
        assert_eq!(claim_text(&claims, "long").map(|t| t.len()), Some(200));
        assert_eq!(claim_text(&claims, "number"), None);
        assert_eq!(claim_text(&claims, "empty"), None);
        assert_eq!(claim_text(&claims, "missing"), None);
    }
}
