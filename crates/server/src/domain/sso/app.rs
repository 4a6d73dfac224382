//! Single sign-on for native apps (RFC 8252): the app opens the system browser at `start` with
//! a loopback redirect URI and a PKCE challenge; the server stays the only relying party of the
//! tenant's provider, and at the end of a successful callback sends the browser to the app's
//! loopback address with a one-time code instead of setting the cookie. The app redeems the
//! code with its PKCE verifier for a bearer token (an app sign-in session).
//!
//! The code is 256 random bits stored as its SHA-256, works for [`CODE_LIFETIME`], once, and
//! only with the verifier of the challenge the sign-in started with. A code presented with a
//! wrong verifier, late or twice is burnt; presented again after it was redeemed, the session
//! it gave is revoked too (RFC 6749 section 4.1.2).

use assist_protocol::api::sso::SsoStart;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::json;
use sha2::{Digest, Sha256};
use url::Url;

use super::super::audit::{Actor, Entry};
use super::super::auth::{self, NewSession, start_session};
use super::super::secrets::{new_token, token_hash};
use super::super::throttle::Outcome;
use super::super::{Client, Deps, Error, Result};
use crate::store::sessions::SessionKind;
use crate::store::sso::{AppCode, AppLogin};
use crate::store::{self, audit, sessions, sso, users};

/// How long an app's one-time code works.
pub const CODE_LIFETIME: time::Duration = time::Duration::seconds(60);
/// Prefix of app codes.
const CODE_PREFIX: &str = "asc";
/// Longest `app_state`, in characters.
const STATE_MAX: usize = 256;
/// Longest redirect URI.
const REDIRECT_URI_MAX: usize = 2000;

fn invalid(message: impl Into<String>) -> Error {
    Error::Invalid(message.into())
}

/// The app parameters of `start`: `None` for a browser's sign-in. They come all together
/// (`app_state` is optional) or not at all; each is checked.
pub fn request(query: &SsoStart) -> Result<Option<AppLogin>> {
    match (
        query.app_redirect_uri.as_deref(),
        query.code_challenge.as_deref(),
        query.code_challenge_method.as_deref(),
    ) {
        (None, None, None) if query.app_state.is_none() => Ok(None),
        (Some(redirect_uri), Some(challenge), Some(method)) => {
            if method != "S256" {
                return Err(invalid("code_challenge_method must be S256"));
            }
            Ok(Some(AppLogin {
                redirect_uri: parse_redirect_uri(redirect_uri)?,
                state: query.app_state.as_deref().map(parse_state).transpose()?,
                code_challenge: parse_challenge(challenge)?,
            }))
        }
        _ => Err(invalid(
            "app_redirect_uri, code_challenge and code_challenge_method go together (app_state \
             only with them): send all of them for an app's sign-in, or none",
        )),
    }
}

/// A loopback redirect URI: `http://127.0.0.1:<port>/<path>` or `http://[::1]:<port>/<path>`
/// with an explicit port, no user, query or fragment. Never a host name: `localhost` can be
/// resolved elsewhere, an IP literal cannot (RFC 8252 section 8.3).
fn parse_redirect_uri(raw: &str) -> Result<String> {
    let refused = || {
        invalid(
            "app_redirect_uri must be a loopback address with a port and a path, \
             http://127.0.0.1:<port>/<path> or http://[::1]:<port>/<path>, without query or \
             fragment",
        )
    };
    if raw.len() > REDIRECT_URI_MAX {
        return Err(refused());
    }
    let explicit_port = ["http://127.0.0.1:", "http://[::1]:"]
        .iter()
        .find_map(|prefix| raw.strip_prefix(prefix))
        .is_some_and(|rest| {
            let port = rest.split('/').next().unwrap_or_default();
            !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) && rest.len() > port.len()
        });
    let url = Url::parse(raw).map_err(|_| refused())?;
    let loopback = match url.host() {
        Some(url::Host::Ipv4(ip)) => ip == std::net::Ipv4Addr::LOCALHOST,
        Some(url::Host::Ipv6(ip)) => ip == std::net::Ipv6Addr::LOCALHOST,
        _ => false,
    };
    let fine = explicit_port
        && loopback
        && url.scheme() == "http"
        && url.port() != Some(0)
        && url.username().is_empty()
        && url.password().is_none()
        && url.query().is_none()
        && url.fragment().is_none();
    if fine {
        Ok(url.as_str().to_owned())
    } else {
        Err(refused())
    }
}

/// The app's opaque state: at most 256 characters, no control characters.
fn parse_state(raw: &str) -> Result<String> {
    if raw.chars().count() > STATE_MAX || raw.chars().any(char::is_control) {
        return Err(invalid(format!(
            "app_state must have at most {STATE_MAX} characters and no control characters"
        )));
    }
    Ok(raw.to_owned())
}

/// A PKCE S256 challenge: 43 to 128 characters of unpadded base64url.
fn parse_challenge(raw: &str) -> Result<String> {
    let base64url = raw
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !(43..=128).contains(&raw.len()) || !base64url {
        return Err(invalid(
            "code_challenge must be 43 to 128 characters of base64url (A-Z a-z 0-9 - _)",
        ));
    }
    Ok(raw.to_owned())
}

/// Whether `verifier` (RFC 7636: 43 to 128 unreserved characters) is the one behind the S256
/// `challenge`.
fn verifier_matches(verifier: &str, challenge: &str) -> bool {
    let well_formed = (43..=128).contains(&verifier.len())
        && verifier
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'));
    well_formed && URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes())) == challenge
}

/// The app's redirect URI with `params` added to its query.
fn redirect(app: &AppLogin, params: &[(&str, &str)]) -> Option<String> {
    let mut url = Url::parse(&app.redirect_uri).ok()?;
    {
        let mut query = url.query_pairs_mut();
        for (name, value) in params {
            query.append_pair(name, value);
        }
        if let Some(state) = &app.state {
            query.append_pair("state", state);
        }
    }
    Some(url.into())
}

/// Where a refused sign-in sends the app's browser: `error` (the API error code),
/// `error_description` (the message) and `state`. `None` only if the stored URI is broken.
#[must_use]
pub fn error_redirect(app: &AppLogin, code: &str, message: &str) -> Option<String> {
    redirect(app, &[("error", code), ("error_description", message)])
}

/// Issues a one-time code for `user`'s sign-in by `app` (inside the callback's transaction);
/// answers where to send the browser: the app's redirect URI with `code` and `state`.
pub(super) async fn issue(
    tx: &mut store::Tx,
    deps: &Deps,
    app: &AppLogin,
    user: &assist_protocol::api::users::User,
    second_factor: bool,
) -> Result<String> {
    let now = deps.clock.now();
    let code = new_token(CODE_PREFIX);
    let row = AppCode {
        code_hash: token_hash(&code),
        tenant_id: user.tenant_id,
        user_id: user.id,
        code_challenge: app.code_challenge.clone(),
        second_factor,
        created_at: now,
        expires_at: now + CODE_LIFETIME,
        used_at: None,
        session_id: None,
    };
    sso::insert_app_code(tx, &row).await?;
    redirect(app, &[("code", &code)])
        .ok_or_else(|| Error::Unexpected("a stored app redirect URI does not parse".to_owned()))
}

/// Redeems an app's one-time code with its PKCE verifier: a new app sign-in session of `kind`
/// (method `sso`, with the provider's second-factor verdict), audited as a sign-in. An unknown,
/// expired, reused or wrongly verified code is `InvalidAppCode`, burnt, and audited.
pub async fn redeem(
    deps: &Deps,
    code: &str,
    verifier: &str,
    kind: SessionKind,
    client: &Client,
) -> Result<NewSession> {
    // Codes carry 256 bits, so guessing is hopeless; the limit bounds the work and the audit
    // rows a flood of wrong codes makes: the sign-in's limits, under a key of the address.
    let key = format!("app-code@{}", client.address);
    let attempt = auth::begin_attempt(deps, &key, client.address)?;
    let now = deps.clock.now();
    let hash = token_hash(code);
    let mut tx = deps.store.begin().await?;
    let found = sso::find_app_code(&mut tx, &hash).await?;
    let mut refusal = match &found {
        None => Some("app_code_unknown"),
        Some(row) => {
            let fresh = sso::consume_app_code(&mut tx, &hash, now).await?;
            if !fresh {
                Some("app_code_replayed")
            } else if now >= row.expires_at {
                Some("app_code_expired")
            } else if !verifier_matches(verifier, &row.code_challenge) {
                Some("pkce_mismatch")
            } else {
                None
            }
        }
    };
    let user = match &found {
        Some(row) if refusal.is_none() => {
            let user = users::get(&mut tx, row.tenant_id, row.user_id)
                .await?
                .filter(|u| !u.user.disabled);
            if user.is_none() {
                refusal = Some("account_disabled");
            }
            user
        }
        _ => None,
    };
    if let (Some(row), Some(user)) = (&found, user)
        && refusal.is_none()
    {
        let session = start_session(
            &mut tx,
            deps,
            &user.user,
            client,
            "sso",
            row.second_factor,
            kind,
        )
        .await?;
        sso::redeemed_app_code(&mut tx, &hash, session.id).await?;
        tx.commit().await?;
        attempt.settle(Outcome::Succeeded);
        return Ok(session);
    }
    let reason = refusal.unwrap_or("internal");
    let mut detail = json!({
        "method": "sso",
        "client": "app",
        "reason": reason,
        "client_address": client.address.to_string(),
    });
    if let Some(row) = &found
        && reason == "app_code_replayed"
        && let Some(session) = row.session_id
        && sessions::revoke(&mut tx, row.tenant_id, row.user_id, session, now).await?
    {
        detail["revoked_session"] = json!(session.to_string());
    }
    audit::append(
        &mut tx,
        &Entry {
            tenant: found.as_ref().map(|row| row.tenant_id),
            at: now,
            actor: Actor::Anonymous,
            action: "auth.sign_in_failed",
            target: found
                .as_ref()
                .map_or_else(|| "sso".to_owned(), |row| format!("user:{}", row.user_id)),
            detail,
        },
    )
    .await?;
    tx.commit().await?;
    attempt.settle(Outcome::Failed);
    Err(Error::InvalidAppCode)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(uri: Option<&str>, challenge: Option<&str>, method: Option<&str>) -> SsoStart {
        SsoStart {
            email: "ada@contoso.com".to_owned(),
            app_redirect_uri: uri.map(str::to_owned),
            app_state: None,
            code_challenge: challenge.map(str::to_owned),
            code_challenge_method: method.map(str::to_owned),
        }
    }

    const CHALLENGE: &str = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    #[test]
    fn only_loopback_literals_with_a_port_are_redirect_uris() {
        for good in [
            "http://127.0.0.1:49152/callback",
            "http://127.0.0.1:8080/",
            "http://[::1]:49152/a/b",
        ] {
            assert!(parse_redirect_uri(good).is_ok(), "{good}");
        }
        for bad in [
            "http://localhost:49152/callback",
            "https://127.0.0.1:49152/callback",
            "http://127.0.0.2:49152/callback",
            "http://127.0.0.1/callback",
            "http://127.0.0.1:49152",
            "http://127.0.0.1:0/callback",
            "http://127.0.0.1:49152/callback?x=1",
            "http://127.0.0.1:49152/callback#x",
            "http://user@127.0.0.1:49152/callback",
            "http://evil.example/http://127.0.0.1:1/",
            "http://127.0.0.1:49152@evil.example/",
            "http://127.0.0.1:49152.evil.example/",
            "com.example.app:/callback",
            "",
        ] {
            assert!(parse_redirect_uri(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn app_parameters_come_all_together_with_s256() {
        let uri = Some("http://127.0.0.1:1234/cb");
        assert_eq!(request(&query(None, None, None)).expect("browser"), None);
        let app = request(&query(uri, Some(CHALLENGE), Some("S256")))
            .expect("valid")
            .expect("an app");
        assert_eq!(app.redirect_uri, "http://127.0.0.1:1234/cb");
        assert!(request(&query(uri, Some(CHALLENGE), Some("plain"))).is_err());
        assert!(request(&query(uri, Some(CHALLENGE), None)).is_err());
        assert!(request(&query(uri, None, None)).is_err());
        assert!(request(&query(None, Some(CHALLENGE), Some("S256"))).is_err());
        assert!(request(&query(uri, Some("short"), Some("S256"))).is_err());
        assert!(request(&query(uri, Some(&format!("{CHALLENGE}=")), Some("S256"))).is_err());
        let mut stray_state = query(None, None, None);
        stray_state.app_state = Some("x".to_owned());
        assert!(request(&stray_state).is_err());
        let mut long_state = query(uri, Some(CHALLENGE), Some("S256"));
        long_state.app_state = Some("x".repeat(257));
        assert!(request(&long_state).is_err());
    }

    #[test]
    fn the_verifier_must_hash_to_the_challenge() {
        // RFC 7636, appendix B.
        let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assert!(verifier_matches(verifier, CHALLENGE));
        assert!(!verifier_matches(
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXK",
            CHALLENGE
        ));
        assert!(!verifier_matches(CHALLENGE, CHALLENGE));
        assert!(!verifier_matches("short", CHALLENGE));
    }

    #[test]
    fn redirects_carry_the_code_or_error_and_the_state() {
        let app = AppLogin {
            redirect_uri: "http://127.0.0.1:1234/cb".to_owned(),
            state: Some("a b&c".to_owned()),
            code_challenge: CHALLENGE.to_owned(),
        };
        assert_eq!(
            redirect(&app, &[("code", "asc_x")]).expect("url"),
            "http://127.0.0.1:1234/cb?code=asc_x&state=a+b%26c"
        );
        assert_eq!(
            error_redirect(&app, "sso_failed", "no").expect("url"),
            "http://127.0.0.1:1234/cb?error=sso_failed&error_description=no&state=a+b%26c"
        );
    }
}
