//! Sign-in, sign-out, the signed-in user and their browser sessions.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum_extra::extract::CookieJar;

use assist_protocol::api::auth::{Me, SignIn, SignInSession};
use assist_protocol::error::ErrorBody;
use assist_protocol::ids::SignInSessionId;

use crate::domain::auth;
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
    )
    .await?;
    state.signed_in(jar, &session).await
}

/// Signs out: the session ends on the server and the cookie is cleared.
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

/// The caller's live browser sessions.
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

/// Ends one of the caller's browser sessions (on another device, say).
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
