//! Sign-in (browsers and apps), sign-out, the signed-in user (and their own profile) and their
//! sign-in sessions.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum_extra::extract::CookieJar;

use assist_protocol::api::auth::{AppSignIn, AppToken, AppTokenRequest, Me, SignIn, SignInSession};
use assist_protocol::api::users::{UpdateProfile, User};
use assist_protocol::error::ErrorBody;
use assist_protocol::ids::SignInSessionId;

use crate::domain::auth::{self, NewSession, SessionKind};
use crate::domain::{profile, sso};
use crate::http::AppState;
use crate::http::error::ApiResult;
use crate::http::extract::{ApiJson, ApiPath, Caller, ClientInfo};

/// Signs in with e-mail and password; sets the session cookie.
#[utoipa::path(
    post, path = "/api/v1/auth/sign-in", tag = "auth", request_body = SignIn,
    responses(
        (status = 200, description = "Signed in; the session cookie is set", body = Me),
        (status = 401, description = "Wrong e-mail or password", body = ErrorBody),
        (status = 429, description = "Too many failures; see Retry-After", body = ErrorBody),
    )
)]
pub async fn sign_in(
    State(state): State<AppState>,
    jar: CookieJar,
    ClientInfo(client): ClientInfo,
    ApiJson(input): ApiJson<SignIn>,
) -> ApiResult<impl IntoResponse> {
    let session = auth::sign_in(
        &state.deps,
        &input.email,
        &input.password,
        input.second_factor_code.as_deref(),
        &client,
        SessionKind::Browser,
    )
    .await?;
    state.signed_in(jar, &session).await
}

fn app_token(session: NewSession) -> Json<AppToken> {
    Json(AppToken {
        token: session.secret,
        expires_at: session.expires_at,
    })
}

/// Signs a native app in with e-mail and password (and second factor): the same checks,
/// throttling and audit as the browser's sign-in, answered with a bearer token instead of a
/// cookie. The token is a sign-in session: listed in "where you are signed in", revocable, and
/// ended by `POST /api/v1/auth/sign-out` with it.
#[utoipa::path(
    post, path = "/api/v1/auth/app/sign-in", tag = "auth", request_body = AppSignIn,
    responses(
        (status = 200, description = "Signed in; send `Authorization: Bearer <token>`", body = AppToken),
        (status = 400, description = "Malformed body or `app` label", body = ErrorBody),
        (status = 401, description = "`invalid_credentials`, `second_factor_required` or `invalid_second_factor`", body = ErrorBody),
        (status = 403, description = "A conditional access policy refused", body = ErrorBody),
        (status = 429, description = "Too many failures; see Retry-After", body = ErrorBody),
    )
)]
pub async fn app_sign_in(
    State(state): State<AppState>,
    ClientInfo(client): ClientInfo,
    ApiJson(input): ApiJson<AppSignIn>,
) -> ApiResult<Json<AppToken>> {
    let kind = auth::app_kind(input.app.as_deref())?;
    let session = auth::sign_in(
        &state.deps,
        &input.email,
        &input.password,
        input.second_factor_code.as_deref(),
        &client,
        kind,
    )
    .await?;
    Ok(app_token(session))
}

/// Redeems the one-time code that single sign-on sent to a native app's loopback redirect
/// URI, with the PKCE verifier of the challenge the app started with (RFC 8252, RFC 7636).
#[utoipa::path(
    post, path = "/api/v1/auth/app/token", tag = "auth", request_body = AppTokenRequest,
    responses(
        (status = 200, description = "Signed in; send `Authorization: Bearer <token>`", body = AppToken),
        (status = 400, description = "Malformed body or `app` label", body = ErrorBody),
        (status = 401, description = "`invalid_credentials`: the code is unknown, expired (60 s) or used, or the verifier is wrong; the code is burnt", body = ErrorBody),
        (status = 429, description = "`too_many_attempts`: too many wrong codes from this address (the sign-in's limits)", body = ErrorBody),
    )
)]
pub async fn app_token_exchange(
    State(state): State<AppState>,
    ClientInfo(client): ClientInfo,
    ApiJson(input): ApiJson<AppTokenRequest>,
) -> ApiResult<Json<AppToken>> {
    let kind = auth::app_kind(input.app.as_deref())?;
    let session = sso::app::redeem(
        &state.deps,
        &input.code,
        &input.code_verifier,
        kind,
        &client,
    )
    .await?;
    Ok(app_token(session))
}

/// Signs out: the session (the cookie's, or the app's bearer token) ends on the server and the
/// cookie is cleared.
#[utoipa::path(
    post, path = "/api/v1/auth/sign-out", tag = "auth",
    responses((status = 204, description = "Signed out"), (status = 401, body = ErrorBody))
)]
pub async fn sign_out(
    State(state): State<AppState>,
    jar: CookieJar,
    Caller(caller): Caller,
) -> ApiResult<impl IntoResponse> {
    auth::sign_out(&state.deps, &caller).await?;
    Ok((state.clear_session_cookie(jar), StatusCode::NO_CONTENT))
}

/// Who is signed in.
#[utoipa::path(
    get, path = "/api/v1/me", tag = "auth",
    responses((status = 200, body = Me), (status = 401, body = ErrorBody))
)]
pub async fn me(State(state): State<AppState>, Caller(caller): Caller) -> ApiResult<Json<Me>> {
    Ok(Json(auth::me(&state.deps, &caller).await?))
}

/// Changes the caller's own name, job title or company (only the fields given). Refused with
/// `profile_managed` while the organisation's single sign-on manages them (`Me.profile_managed`).
#[utoipa::path(
    patch, path = "/api/v1/me", tag = "auth", request_body = UpdateProfile,
    responses(
        (status = 200, body = User),
        (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, description = "`profile_managed`: single sign-on manages the profile", body = ErrorBody),
    )
)]
pub async fn update_me(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiJson(input): ApiJson<UpdateProfile>,
) -> ApiResult<Json<User>> {
    Ok(Json(profile::update(&state.deps, &caller, input).await?))
}

/// The caller's live sign-in sessions, browsers' and apps'.
#[utoipa::path(
    get, path = "/api/v1/me/sessions", tag = "auth",
    responses((status = 200, body = [SignInSession]), (status = 401, body = ErrorBody))
)]
pub async fn list_sessions(
    State(state): State<AppState>,
    Caller(caller): Caller,
) -> ApiResult<Json<Vec<SignInSession>>> {
    Ok(Json(auth::list_sessions(&state.deps, &caller).await?))
}

/// Ends one of the caller's sign-in sessions (a browser on another device, or an app).
#[utoipa::path(
    delete, path = "/api/v1/me/sessions/{id}", tag = "auth",
    params(("id" = String, Path, description = "Session ID")),
    responses((status = 204), (status = 404, body = ErrorBody))
)]
pub async fn revoke_session(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<SignInSessionId>,
) -> ApiResult<StatusCode> {
    auth::revoke_session(&state.deps, &caller, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
