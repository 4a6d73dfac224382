//! The caller's second factor, and an administrator's reset of someone else's.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use assist_protocol::api::second_factor::{
    RecoveryCodes, SecondFactorCode, SecondFactorStatus, TotpEnrolment,
};
use assist_protocol::error::ErrorBody;
use assist_protocol::ids::UserId;

use crate::domain::mfa;
use crate::http::AppState;
use crate::http::error::ApiResult;
use crate::http::extract::{ApiJson, ApiPath, Caller, ClientInfo};

/// Whether the caller has a second factor, and how many recovery codes remain.
#[utoipa::path(get, path = "/api/v1/me/second-factor", tag = "auth", responses((status = 200, body = SecondFactorStatus), (status = 401, body = ErrorBody)))]
pub async fn status(
    State(state): State<AppState>,
    Caller(caller): Caller,
) -> ApiResult<Json<SecondFactorStatus>> {
    Ok(Json(mfa::status(&state.deps, &caller).await?))
}

/// Starts setting up an authenticator app: the secret and its QR code.
#[utoipa::path(
    post, path = "/api/v1/me/second-factor/totp", tag = "auth",
    responses((status = 200, body = TotpEnrolment), (status = 409, description = "Already set up", body = ErrorBody))
)]
pub async fn start_totp(
    State(state): State<AppState>,
    Caller(caller): Caller,
) -> ApiResult<Json<TotpEnrolment>> {
    Ok(Json(mfa::start_totp(&state.deps, &caller).await?))
}

/// Confirms the authenticator with its first code; answers the recovery codes, once.
#[utoipa::path(
    post, path = "/api/v1/me/second-factor/totp/confirm", tag = "auth", request_body = SecondFactorCode,
    responses((status = 200, body = RecoveryCodes), (status = 401, description = "Wrong code", body = ErrorBody))
)]
pub async fn confirm_totp(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiJson(input): ApiJson<SecondFactorCode>,
) -> ApiResult<Json<RecoveryCodes>> {
    Ok(Json(
        mfa::confirm_totp(&state.deps, &caller, &input.code).await?,
    ))
}

/// Turns the second factor off; needs a current code or a recovery code.
#[utoipa::path(
    post, path = "/api/v1/me/second-factor/disable", tag = "auth", request_body = SecondFactorCode,
    responses((status = 204), (status = 401, description = "Wrong code", body = ErrorBody), (status = 404, body = ErrorBody), (status = 429, description = "Too many wrong codes: the sign-in's limits", body = ErrorBody))
)]
pub async fn disable(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ClientInfo(client): ClientInfo,
    ApiJson(input): ApiJson<SecondFactorCode>,
) -> ApiResult<StatusCode> {
    mfa::disable(&state.deps, &caller, &client, &input.code).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Replaces the recovery codes; needs a current code or a recovery code.
#[utoipa::path(
    post, path = "/api/v1/me/second-factor/recovery-codes", tag = "auth", request_body = SecondFactorCode,
    responses((status = 200, body = RecoveryCodes), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 429, description = "Too many wrong codes: the sign-in's limits", body = ErrorBody))
)]
pub async fn renew_recovery_codes(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ClientInfo(client): ClientInfo,
    ApiJson(input): ApiJson<SecondFactorCode>,
) -> ApiResult<Json<RecoveryCodes>> {
    Ok(Json(
        mfa::renew_recovery_codes(&state.deps, &caller, &client, &input.code).await?,
    ))
}

/// Removes a user's authenticator, for a lost phone (administrators).
#[utoipa::path(
    delete, path = "/api/v1/users/{id}/second-factor", tag = "users", params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn reset(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<UserId>,
) -> ApiResult<StatusCode> {
    mfa::reset(&state.deps, &caller.grant()?, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
