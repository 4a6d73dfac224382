//! Single sign-on: the tenant's OpenID Connect configuration (administrators) and the public
//! sign-in flow (`start`, then the provider's `callback`).
//!
//! The flow serves browsers: success and failure are both `303` redirects (to `/`, or to
//! `/sign-in?sso_error=<code>`). A client that sends `Accept: application/json` gets failures
//! as the usual JSON error body instead, so scripts and tests can read the code and message.
//!
//! A native app starts the flow in the system browser with a loopback redirect URI and a PKCE
//! challenge (RFC 8252). Once its app parameters are accepted, the flow ends at the app
//! whatever happens: `303` to its redirect URI with `code` and `state`, or with `error`,
//! `error_description` and `state`.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};

use assist_protocol::api::sso::{
    PutSsoConfig, SsoAvailability, SsoCallback, SsoConfig, SsoLinkStarted, SsoLinkStatus, SsoStart,
};
use assist_protocol::error::ErrorBody;

use crate::domain::sso::{self, AppLogin};
use crate::http::AppState;
use crate::http::error::{ApiError, ApiResult};
use crate::http::extract::{ApiJson, ApiQuery, Caller, ClientInfo};

/// The cookie that binds a sign-in to the browser that started it. SameSite=Lax, because the
/// provider's redirect back is a cross-site top-level navigation, on which Strict cookies are
/// not sent.
const BINDING_COOKIE: &str = "assist_sso";
/// The binding cookie is only sent to the flow's two endpoints.
const BINDING_PATH: &str = "/api/v1/auth/sso";

/// The tenant's single sign-on configuration (administrators). The client secret is never
/// shown, only whether one is set.
#[utoipa::path(
    get, path = "/api/v1/tenant/sso", tag = "tenant",
    responses((status = 200, body = SsoConfig), (status = 403, body = ErrorBody))
)]
pub async fn get_config(
    State(state): State<AppState>,
    Caller(caller): Caller,
) -> ApiResult<Json<SsoConfig>> {
    let origin = state.config.public_origin();
    Ok(Json(
        sso::get_config(&state.deps, &caller.grant()?, &origin).await?,
    ))
}

/// Sets the tenant's OpenID Connect provider (administrators). The issuer is checked by
/// fetching its discovery document; an omitted client secret keeps the one already set.
#[utoipa::path(
    put, path = "/api/v1/tenant/sso", tag = "tenant", request_body = PutSsoConfig,
    responses(
        (status = 200, body = SsoConfig),
        (status = 400, description = "Invalid input, or discovery at the issuer failed", body = ErrorBody),
        (status = 403, body = ErrorBody),
    )
)]
pub async fn put_config(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiJson(input): ApiJson<PutSsoConfig>,
) -> ApiResult<Json<SsoConfig>> {
    let admin = caller.grant()?;
    let origin = state.config.public_origin();
    Ok(Json(
        sso::put_config(&state.deps, &admin, input, &origin).await?,
    ))
}

/// Removes the tenant's single sign-on configuration (administrators); a no-op without one.
#[utoipa::path(
    delete, path = "/api/v1/tenant/sso", tag = "tenant",
    responses((status = 204), (status = 403, body = ErrorBody))
)]
pub async fn delete_config(
    State(state): State<AppState>,
    Caller(caller): Caller,
) -> ApiResult<StatusCode> {
    sso::delete_config(&state.deps, &caller.grant()?).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Starts single sign-on for an e-mail address: the organisation that verified its domain
/// sends the browser to its identity provider.
#[utoipa::path(
    get, path = "/api/v1/auth/sso/start", tag = "auth", params(SsoStart),
    responses(
        (status = 303, description = "To the identity provider; the browser-binding cookie is set. For an app's sign-in, a refusal after its parameters were accepted goes to `app_redirect_uri?error=<code>&error_description=<message>&state=<app_state>`"),
        (status = 400, description = "Not an e-mail address, or invalid app parameters (with `Accept: application/json`)", body = ErrorBody),
        (status = 404, description = "No single sign-on for this domain (with `Accept: application/json`)", body = ErrorBody),
        (status = 502, description = "The identity provider is unreachable (with `Accept: application/json`)", body = ErrorBody),
    )
)]
pub async fn start(
    State(state): State<AppState>,
    headers: HeaderMap,
    jar: CookieJar,
    query: Result<ApiQuery<SsoStart>, ApiError>,
) -> Response {
    let json = wants_json(&headers);
    let ApiQuery(query) = match query {
        Ok(query) => query,
        Err(err) => return failure(json, jar, err),
    };
    let app = match sso::app::request(&query) {
        Ok(app) => app,
        Err(err) => return failure(json, jar, err.into()),
    };
    let redirect_uri = sso::redirect_uri(&state.config.public_origin());
    match sso::start(&state.deps, &query.email, &redirect_uri, app.clone()).await {
        Ok(started) => (
            jar.add(binding_cookie(&state, started.browser_secret)),
            [(header::CACHE_CONTROL, "no-store")],
            Redirect::to(&started.authorize_url),
        )
            .into_response(),
        Err(err) => match &app {
            Some(app) => app_failure(json, jar, app, err.into()),
            None => failure(json, jar, err.into()),
        },
    }
}

/// Whether single sign-on can work on this server (some organisation has it turned on and a
/// verified domain). The sign-in page shows its single sign-on button only then.
#[utoipa::path(
    get, path = "/api/v1/auth/sso", tag = "auth",
    responses((status = 200, body = SsoAvailability))
)]
pub async fn availability(State(state): State<AppState>) -> ApiResult<Json<SsoAvailability>> {
    Ok(Json(sso::availability(&state.deps).await?))
}

/// Whether the caller's organisation offers single sign-on and whether their account is
/// linked to it.
#[utoipa::path(
    get, path = "/api/v1/me/sso", tag = "auth",
    responses((status = 200, body = SsoLinkStatus), (status = 401, body = ErrorBody))
)]
pub async fn link_status(
    State(state): State<AppState>,
    Caller(caller): Caller,
) -> ApiResult<Json<SsoLinkStatus>> {
    Ok(Json(sso::link_status(&state.deps, &caller).await?))
}

/// Starts linking the organisation's identity provider to the caller's account: the browser
/// goes to `authorize_url` (the binding cookie is set), and the provider's answer is linked to
/// this account, which is the only way an account with its own password or second factor gets
/// single sign-on.
#[utoipa::path(
    post, path = "/api/v1/me/sso/link", tag = "auth",
    responses(
        (status = 200, body = SsoLinkStarted),
        (status = 401, body = ErrorBody),
        (status = 404, description = "The organisation has no single sign-on", body = ErrorBody),
        (status = 502, description = "The identity provider is unreachable", body = ErrorBody),
    )
)]
pub async fn start_link(
    State(state): State<AppState>,
    jar: CookieJar,
    Caller(caller): Caller,
) -> Result<(CookieJar, Json<SsoLinkStarted>), ApiError> {
    let redirect_uri = sso::redirect_uri(&state.config.public_origin());
    let started = sso::start_link(&state.deps, &caller, &redirect_uri).await?;
    let jar = jar.add(binding_cookie(&state, started.browser_secret));
    Ok((
        jar,
        Json(SsoLinkStarted {
            authorize_url: started.authorize_url,
        }),
    ))
}

fn binding_cookie(state: &AppState, secret: String) -> Cookie<'static> {
    Cookie::build((BINDING_COOKIE, secret))
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.config.secure_cookies())
        .path(BINDING_PATH)
        .max_age(sso::LOGIN_LIFETIME)
        .build()
}

/// Where the identity provider sends the browser back: on success the session cookie is set
/// and the browser goes to `/` (or, for an app's sign-in, to the app with a one-time code).
#[utoipa::path(
    get, path = "/api/v1/auth/sso/callback", tag = "auth", params(SsoCallback),
    responses(
        (status = 303, description = "Signed in (to `/`, session cookie set), or refused (to `/sign-in?sso_error=<code>`). For an app's sign-in: to `app_redirect_uri?code=<code>&state=<app_state>` (redeem it at `POST /api/v1/auth/app/token` within 60 seconds), or `app_redirect_uri?error=<code>&error_description=<message>&state=<app_state>`"),
        (status = 401, description = "Refused (with `Accept: application/json`): code `sso_failed`", body = ErrorBody),
        (status = 502, description = "The identity provider failed (with `Accept: application/json`)", body = ErrorBody),
    )
)]
pub async fn callback(
    State(state): State<AppState>,
    headers: HeaderMap,
    jar: CookieJar,
    ClientInfo(client): ClientInfo,
    query: Result<ApiQuery<SsoCallback>, ApiError>,
) -> Response {
    let json = wants_json(&headers);
    let ApiQuery(callback) = match query {
        Ok(query) => query,
        Err(err) => return failure(json, jar, err),
    };
    let binding = jar.get(BINDING_COOKIE).map(|c| c.value().to_owned());
    let redirect_uri = sso::redirect_uri(&state.config.public_origin());
    let outcome = sso::complete(
        &state.deps,
        &callback,
        binding.as_deref(),
        &redirect_uri,
        &client,
    )
    .await;
    match outcome {
        Ok(sso::Completed::Browser(session)) => {
            let jar = state.session_cookie(clear_binding(jar), &session);
            (
                jar,
                [(header::CACHE_CONTROL, "no-store")],
                Redirect::to("/"),
            )
                .into_response()
        }
        Ok(sso::Completed::App { redirect_to }) => (
            clear_binding(jar),
            [(header::CACHE_CONTROL, "no-store")],
            Redirect::to(&redirect_to),
        )
            .into_response(),
        Err(sso::Failed {
            error,
            app: Some(app),
        }) => app_failure(json, jar, &app, error.into()),
        Err(sso::Failed { error, app: None }) => failure(json, jar, error.into()),
    }
}

fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("application/json"))
}

fn clear_binding(jar: CookieJar) -> CookieJar {
    jar.remove(Cookie::build(BINDING_COOKIE).path(BINDING_PATH))
}

/// The stable code of an error, as the API spells it.
fn code_of(err: &ApiError) -> String {
    serde_json::to_value(err.code())
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "sso_failed".to_owned())
}

/// A refused flow that an app started: a redirect to the app naming the error.
fn app_failure(json: bool, jar: CookieJar, app: &AppLogin, err: ApiError) -> Response {
    match sso::app::error_redirect(app, &code_of(&err), err.message()) {
        Some(to) => (
            clear_binding(jar),
            [(header::CACHE_CONTROL, "no-store")],
            Redirect::to(&to),
        )
            .into_response(),
        None => failure(json, jar, err),
    }
}

/// A refused flow: the JSON error, or a redirect to the sign-in page naming its code.
fn failure(json: bool, jar: CookieJar, err: ApiError) -> Response {
    let jar = clear_binding(jar);
    if json {
        return (jar, err).into_response();
    }
    let code = code_of(&err);
    (
        jar,
        [(header::CACHE_CONTROL, "no-store")],
        Redirect::to(&format!("/sign-in?sso_error={code}")),
    )
        .into_response()
}
