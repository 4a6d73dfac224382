//! The OpenID Connect side of single sign-on: discovery, the authorisation URL, the code
//! exchange, ID token verification, and the HTTP client that talks to providers (no redirects
//! followed, short timeouts). Provider metadata and keys are cached per tenant for a few
//! minutes; an unknown key ID makes the caller fetch the key set again (rotation).

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use assist_protocol::api::users::MAX_PICTURE_BYTES;
use assist_protocol::ids::TenantId;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreClientAuthMethod, CoreIdToken, CoreIdTokenClaims,
    CoreJsonWebKeySet, CoreJwsSigningAlgorithm, CoreProviderMetadata,
};
use openidconnect::{
    AuthType, AuthorizationCode, ClaimsVerificationError, ClientId, CsrfToken, DiscoveryError,
    EndpointMaybeSet, EndpointNotSet, EndpointSet, IssuerUrl, LoginHint, Nonce, PkceCodeChallenge,
    PkceCodeVerifier, RedirectUrl, RequestTokenError, Scope, TokenResponse,
};
use serde_json::{Map, Value};
use time::OffsetDateTime;

use super::SsoError;
use crate::store::sso::SsoRow;

/// How long discovered metadata and keys are reused before they are fetched again.
const METADATA_TTL: time::Duration = time::Duration::minutes(5);
/// How far the provider's clock may be ahead of ours when checking expiry.
pub const CLOCK_SKEW: time::Duration = time::Duration::seconds(60);
/// How long a picture download may take.
const PICTURE_TIMEOUT: Duration = Duration::from_secs(5);

/// ID token signatures accepted: the provider's public keys only. MAC algorithms would make
/// the client secret a signing key, and `none` is no signature at all.
const SIGNING_ALGS: [CoreJwsSigningAlgorithm; 10] = [
    CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
    CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha384,
    CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha512,
    CoreJwsSigningAlgorithm::RsaSsaPssSha256,
    CoreJwsSigningAlgorithm::RsaSsaPssSha384,
    CoreJwsSigningAlgorithm::RsaSsaPssSha512,
    CoreJwsSigningAlgorithm::EcdsaP256Sha256,
    CoreJwsSigningAlgorithm::EcdsaP384Sha384,
    CoreJwsSigningAlgorithm::EcdsaP521Sha512,
    CoreJwsSigningAlgorithm::EdDsa,
];

/// A relying-party client built from discovered metadata.
type Rp = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

#[derive(Debug)]
struct Cached {
    issuer: String,
    fetched_at: OffsetDateTime,
    metadata: CoreProviderMetadata,
}

/// The providers of every tenant, as this process knows them: an HTTP client and a cache of
/// their metadata and keys.
#[derive(Debug)]
pub struct Providers {
    http: reqwest::Client,
    allow_local: bool,
    cache: Mutex<HashMap<TenantId, Cached>>,
}

impl Default for Providers {
    fn default() -> Self {
        Self::new(false)
    }
}

impl Providers {
    /// A client that follows no redirect (which would let a provider point the server at any
    /// address) and gives up after 10 seconds.
    #[must_use]
    /// Host names that resolve to this machine are refused unless `allow_local` (development
    /// and tests with a provider on loopback).
    pub fn new(allow_local: bool) -> Self {
        let mut builder = reqwest::Client::builder();
        if !allow_local {
            builder = builder.dns_resolver(std::sync::Arc::new(RemoteOnly));
        }
        let http = builder
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(10))
            .user_agent(concat!("assist-server/", env!("CARGO_PKG_VERSION")))
            .build()
            // A default client would follow redirects; these settings need no system support
            // (rustls, no proxy lookup that can fail), so building cannot fail.
            .expect("the provider HTTP client builds");
        Self {
            http,
            allow_local,
            cache: Mutex::new(HashMap::new()),
        }
    }

    fn cache(&self) -> std::sync::MutexGuard<'_, HashMap<TenantId, Cached>> {
        self.cache.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Fetches `issuer`'s discovery document and keys. An issuer typed with or without a
    /// trailing slash is accepted when the provider names itself the other way; the returned
    /// metadata carries the provider's own spelling, which ID tokens must match exactly.
    /// Whether identity providers on this machine (loopback, link-local) are allowed.
    #[must_use]
    pub fn allows_local(&self) -> bool {
        self.allow_local
    }

    /// Fetches and checks `issuer`'s discovery document.
    pub async fn discover(&self, issuer: &str) -> Result<CoreProviderMetadata, SsoError> {
        let first = self.discover_exactly(issuer).await;
        if let Err(DiscoveryError::Validation(_)) = &first {
            let other = issuer
                .strip_suffix('/')
                .map_or_else(|| format!("{issuer}/"), str::to_owned);
            if let Ok(metadata) = self.discover_exactly(&other).await {
                return self.remote_endpoints(issuer, metadata);
            }
        }
        let metadata = first.map_err(|err| discovery_failed(issuer, &err))?;
        self.remote_endpoints(issuer, metadata)
    }

    /// Refuses a discovery document whose endpoints the server calls (keys, token) name this
    /// machine by a literal address: the resolver's filter sees host names only.
    fn remote_endpoints(
        &self,
        issuer: &str,
        metadata: CoreProviderMetadata,
    ) -> Result<CoreProviderMetadata, SsoError> {
        let token = metadata.token_endpoint().map(openidconnect::TokenUrl::url);
        let local = std::iter::once(metadata.jwks_uri().url())
            .chain(token)
            .any(literal_local);
        if local && !self.allow_local {
            tracing::warn!(%issuer, "single sign-on: the discovery document names endpoints on this machine");
            return Err(SsoError::Provider(format!(
                "OpenID Connect discovery at {issuer}/.well-known/openid-configuration failed: its endpoints are on this machine, which the server's configuration does not allow"
            )));
        }
        Ok(metadata)
    }

    async fn discover_exactly(
        &self,
        issuer: &str,
    ) -> Result<CoreProviderMetadata, DiscoveryError<openidconnect::HttpClientError<reqwest::Error>>>
    {
        let issuer = IssuerUrl::new(issuer.to_owned()).map_err(DiscoveryError::UrlParse)?;
        CoreProviderMetadata::discover_async(issuer, &self.http).await
    }

    /// `tenant`'s provider metadata, from the cache while it is fresh and for the same issuer.
    pub(super) async fn metadata(
        &self,
        tenant: TenantId,
        issuer: &str,
        now: OffsetDateTime,
    ) -> Result<CoreProviderMetadata, SsoError> {
        if let Some(cached) = self.cache().get(&tenant)
            && cached.issuer == issuer
            && now - cached.fetched_at < METADATA_TTL
            && now >= cached.fetched_at
        {
            return Ok(cached.metadata.clone());
        }
        let metadata = self.discover(issuer).await.map_err(|err| {
            // The details are for the operator's log; the person signing in gets the gist.
            tracing::warn!(%tenant, error = %err, "single sign-on: provider discovery failed");
            unreachable_provider()
        })?;
        self.remember(tenant, issuer, now, &metadata);
        Ok(metadata)
    }

    fn remember(
        &self,
        tenant: TenantId,
        issuer: &str,
        now: OffsetDateTime,
        metadata: &CoreProviderMetadata,
    ) {
        self.cache().insert(
            tenant,
            Cached {
                issuer: issuer.to_owned(),
                fetched_at: now,
                metadata: metadata.clone(),
            },
        );
    }

    /// Drops what is cached for `tenant` (its configuration changed).
    pub(super) fn forget(&self, tenant: TenantId) {
        self.cache().remove(&tenant);
    }

    /// Fetches the provider's key set again (a token named a key we do not have: the provider
    /// rotated its keys), and caches the result.
    pub(super) async fn refresh_keys(
        &self,
        tenant: TenantId,
        issuer: &str,
        metadata: CoreProviderMetadata,
        now: OffsetDateTime,
    ) -> Result<CoreProviderMetadata, SsoError> {
        let keys = CoreJsonWebKeySet::fetch_async(metadata.jwks_uri(), &self.http)
            .await
            .map_err(|err| {
                tracing::warn!(
                    %tenant,
                    error = %describe_discovery(&err),
                    "single sign-on: the provider's keys could not be fetched"
                );
                unreachable_provider()
            })?;
        let metadata = metadata.set_jwks(keys);
        self.remember(tenant, issuer, now, &metadata);
        Ok(metadata)
    }

    /// Redeems an authorisation code (with its PKCE verifier) at the token endpoint and
    /// returns the ID token, not yet verified.
    pub(super) async fn exchange(
        &self,
        metadata: &CoreProviderMetadata,
        config: &SsoRow,
        redirect_uri: &str,
        code: &str,
        pkce_verifier: &str,
    ) -> Result<CoreIdToken, SsoError> {
        let client = rp(metadata, config, redirect_uri)?;
        let response = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|_| {
                SsoError::Provider("the identity provider has no token endpoint".to_owned())
            })?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_owned()))
            .request_async(&self.http)
            .await
            .map_err(|err| match err {
                RequestTokenError::ServerResponse(response) => SsoError::Refused(format!(
                    "the identity provider refused to redeem the sign-in code: {}",
                    clean(&response.to_string())
                )),
                RequestTokenError::Request(err) => {
                    tracing::warn!(error = %err, "single sign-on: the token endpoint failed");
                    unreachable_provider()
                }
                RequestTokenError::Parse(..) | RequestTokenError::Other(_) => SsoError::Provider(
                    "the identity provider answered with something that is not a token response"
                        .to_owned(),
                ),
            })?;
        response.id_token().cloned().ok_or_else(|| {
            SsoError::Refused("the identity provider returned no ID token".to_owned())
        })
    }

    /// Downloads a profile picture: at most 256 KiB, within 5 seconds, no redirects. `None`
    /// on any failure: a picture is a nicety, not a reason to refuse a sign-in.
    pub(super) async fn picture(&self, url: &str) -> Option<Vec<u8>> {
        let parsed = url::Url::parse(url).ok()?;
        if !matches!(parsed.scheme(), "http" | "https")
            || (literal_local(&parsed) && !self.allow_local)
        {
            return None;
        }
        let fetch = async {
            let mut response = self.http.get(parsed).send().await.ok()?;
            if !response.status().is_success()
                || response
                    .content_length()
                    .is_some_and(|len| len > MAX_PICTURE_BYTES as u64)
            {
                return None;
            }
            let mut bytes = Vec::new();
            while let Some(chunk) = response.chunk().await.ok()? {
                bytes.extend_from_slice(&chunk);
                if bytes.len() > MAX_PICTURE_BYTES {
                    return None;
                }
            }
            Some(bytes)
        };
        tokio::time::timeout(PICTURE_TIMEOUT, fetch).await.ok()?
    }
}

/// A relying-party client for `config` at the provider `metadata` describes.
fn rp(
    metadata: &CoreProviderMetadata,
    config: &SsoRow,
    redirect_uri: &str,
) -> Result<Rp, SsoError> {
    let secret = config
        .client_secret
        .as_ref()
        .map(|secret| openidconnect::ClientSecret::new(secret.expose().to_owned()));
    let redirect = RedirectUrl::new(redirect_uri.to_owned()).map_err(|err| {
        SsoError::Provider(format!("this server's redirect URI is not valid: {err}"))
    })?;
    let client = CoreClient::from_provider_metadata(
        metadata.clone(),
        ClientId::new(config.client_id.clone()),
        secret,
    )
    .set_redirect_uri(redirect);
    // Basic authentication is the default; a provider that only takes the secret in the body
    // says so in its metadata.
    let methods = metadata.token_endpoint_auth_methods_supported();
    let post_only = methods.is_some_and(|methods| {
        methods.contains(&CoreClientAuthMethod::ClientSecretPost)
            && !methods.contains(&CoreClientAuthMethod::ClientSecretBasic)
    });
    Ok(if post_only {
        client.set_auth_type(AuthType::RequestBody)
    } else {
        client
    })
}

/// The URL to send the browser to, and the PKCE verifier to keep for the code exchange.
#[derive(Debug)]
pub(super) struct AuthRequest {
    /// The provider's authorisation endpoint with every parameter.
    pub url: String,
    /// The PKCE code verifier.
    pub pkce_verifier: String,
}

/// Builds the authorisation request: code flow, PKCE S256, `state`, `nonce`, `login_hint`.
pub(super) fn authorize(
    metadata: &CoreProviderMetadata,
    config: &SsoRow,
    redirect_uri: &str,
    state: &str,
    nonce: &str,
    login_hint: &str,
) -> Result<AuthRequest, SsoError> {
    let client = rp(metadata, config, redirect_uri)?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let state = state.to_owned();
    let nonce = nonce.to_owned();
    let (url, _, _) = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            move || CsrfToken::new(state),
            move || Nonce::new(nonce),
        )
        // `openid` is always sent by the library.
        .add_scopes(
            config
                .scopes
                .iter()
                .filter(|scope| *scope != "openid")
                .map(|scope| Scope::new(scope.clone())),
        )
        .set_pkce_challenge(challenge)
        .set_login_hint(LoginHint::new(login_hint.to_owned()))
        .url();
    Ok(AuthRequest {
        url: url.into(),
        pkce_verifier: verifier.into_secret(),
    })
}

/// Verifies an ID token: signature by one of the provider's keys (asymmetric algorithms only),
/// issuer, audience (our client ID), expiry (with `CLOCK_SKEW` of leeway, on the injected
/// clock) and nonce. Returns the verified claims, and every claim as JSON for the configurable
/// profile claims.
pub(super) fn verify(
    metadata: &CoreProviderMetadata,
    config: &SsoRow,
    id_token: &CoreIdToken,
    nonce: &str,
    now: OffsetDateTime,
) -> Result<(CoreIdTokenClaims, Map<String, Value>), ClaimsVerificationError> {
    let client = CoreClient::from_provider_metadata(
        metadata.clone(),
        ClientId::new(config.client_id.clone()),
        None,
    );
    let lenient_now =
        chrono::DateTime::from_timestamp_millis(crate::store::to_millis(now - CLOCK_SKEW))
            .unwrap_or_default();
    let verifier = client
        .id_token_verifier()
        .set_allowed_algs(SIGNING_ALGS)
        .set_time_fn(move || lenient_now);
    let claims = id_token.claims(&verifier, &Nonce::new(nonce.to_owned()))?;
    // The signature covers the payload just checked; decoding it again gives the claims the
    // library has no field for (job title, company, custom names).
    let all = id_token
        .to_string()
        .split('.')
        .nth(1)
        .and_then(|payload| URL_SAFE_NO_PAD.decode(payload).ok())
        .and_then(|json| serde_json::from_slice::<Map<String, Value>>(&json).ok())
        .ok_or_else(|| ClaimsVerificationError::Other("unreadable claims".to_owned()))?;
    Ok((claims.clone(), all))
}

fn unreachable_provider() -> SsoError {
    SsoError::Provider(
        "the organisation's identity provider could not be reached; try again later, or tell your administrator"
            .to_owned(),
    )
}

/// Explains a failed discovery to the administrator who typed the issuer, in a few fixed
/// words: no error text from the network or the provider's body, which would let someone who
/// may set the issuer learn what answers where inside the server's network. The server's log
/// has the details.
fn discovery_failed<RE: std::error::Error + 'static>(
    issuer: &str,
    err: &DiscoveryError<RE>,
) -> SsoError {
    tracing::warn!(%issuer, error = %describe_discovery(err), "OpenID Connect discovery failed");
    let why = match err {
        DiscoveryError::Request(_) => "the provider could not be reached".to_owned(),
        DiscoveryError::Response(status, _, _) => {
            format!("the provider answered HTTP {}", status.as_u16())
        }
        DiscoveryError::Parse(_) => "the discovery document is not valid".to_owned(),
        DiscoveryError::Validation(_) => {
            "the discovery document names another issuer than the one given".to_owned()
        }
        _ => "the discovery document could not be used".to_owned(),
    };
    SsoError::Provider(format!(
        "OpenID Connect discovery at {issuer}/.well-known/openid-configuration failed: {why}; the server's log has the details"
    ))
}

/// A failed discovery in full, for the server's log.
fn describe_discovery<RE: std::error::Error + 'static>(err: &DiscoveryError<RE>) -> String {
    match err {
        DiscoveryError::Request(err) => {
            let mut text = err.to_string();
            let mut source = err.source();
            while let Some(inner) = source {
                text = format!("{text}: {inner}");
                source = inner.source();
            }
            format!("the provider could not be reached ({})", clean(&text))
        }
        DiscoveryError::Response(status, _, message) => {
            format!("the provider answered HTTP {status} ({})", clean(message))
        }
        DiscoveryError::Parse(err) => format!(
            "the discovery document is not valid ({})",
            clean(&err.to_string())
        ),
        DiscoveryError::Validation(message) => clean(message),
        DiscoveryError::UrlParse(err) => format!("the issuer is not a valid URL ({err})"),
        other => clean(&other.to_string()),
    }
}

/// Whether `ip` is this machine or its link (loopback, link-local such as a cloud's metadata
/// service at 169.254.169.254, unspecified): never an identity provider's address unless the
/// deployment says so.
#[must_use]
pub fn is_local(ip: std::net::IpAddr) -> bool {
    match ip {
        std::net::IpAddr::V4(v4) => v4.is_loopback() || v4.is_link_local() || v4.is_unspecified(),
        std::net::IpAddr::V6(v6) => {
            let mapped = v6.to_ipv4_mapped().map(std::net::IpAddr::V4);
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_unicast_link_local()
                || mapped.is_some_and(is_local)
        }
    }
}

/// Whether `url` names this machine literally (an address, or `localhost`).
fn literal_local(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => is_local(ip.into()),
        Some(url::Host::Ipv6(ip)) => is_local(ip.into()),
        Some(url::Host::Domain(name)) => name == "localhost" || name.ends_with(".localhost"),
        None => true,
    }
}

/// The system's resolver, keeping only addresses that are not [`is_local`]: a provider's host
/// name cannot lead the server to itself.
#[derive(Debug)]
struct RemoteOnly;

impl reqwest::dns::Resolve for RemoteOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let found: Vec<std::net::SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await?
                .filter(|addr| !is_local(addr.ip()))
                .collect();
            if found.is_empty() {
                return Err(format!("{host} has no address outside this machine").into());
            }
            Ok(Box::new(found.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

/// Text from a provider, safe to show: no control characters, at most 300 characters.
pub(super) fn clean(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).take(300).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_on_this_machine_are_refused_unless_allowed() {
        let document = |jwks: &str| -> CoreProviderMetadata {
            serde_json::from_value(serde_json::json!({
                "issuer": "https://idp.example.com",
                "authorization_endpoint": "https://idp.example.com/auth",
                "token_endpoint": "https://idp.example.com/token",
                "jwks_uri": jwks,
                "response_types_supported": ["code"],
                "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"],
            }))
            .expect("metadata")
        };
        let strict = Providers::new(false);
        for local in [
            "http://127.0.0.1:8080/keys",
            "http://169.254.169.254/keys",
            "https://[::1]/keys",
            "http://localhost/keys",
        ] {
            assert!(
                strict
                    .remote_endpoints("https://idp.example.com", document(local))
                    .is_err(),
                "{local}"
            );
            assert!(
                Providers::new(true)
                    .remote_endpoints("https://idp.example.com", document(local))
                    .is_ok()
            );
        }
        assert!(
            strict
                .remote_endpoints(
                    "https://idp.example.com",
                    document("https://keys.example.com/")
                )
                .is_ok()
        );
    }
}
