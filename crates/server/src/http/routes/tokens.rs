//! The caller's API tokens.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use assist_protocol::api::tokens::{ApiTokenList, CreateApiToken, CreatedApiToken};
use assist_protocol::error::ErrorBody;
use assist_protocol::ids::ApiTokenId;

use crate::domain::tokens;
use crate::http::AppState;
use crate::http::error::ApiResult;
use crate::http::extract::{ApiJson, ApiPath, Caller};

/// The caller's live tokens.
#[utoipa::path(get, path = "/api/v1/tokens", tag = "tokens", responses((status = 200, body = ApiTokenList), (status = 401, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(caller): Caller,
) -> ApiResult<Json<ApiTokenList>> {
    Ok(Json(tokens::list(&state.deps, &caller).await?))
}

/// Creates a token acting as the caller; its secret is in this answer only.
#[utoipa::path(
    post, path = "/api/v1/tokens", tag = "tokens", request_body = CreateApiToken,
    responses((status = 201, body = CreatedApiToken), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn create(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiJson(input): ApiJson<CreateApiToken>,
) -> ApiResult<(StatusCode, Json<CreatedApiToken>)> {
    Ok((
        StatusCode::CREATED,
        Json(tokens::create(&state.deps, &caller, input).await?),
    ))
}

/// Revokes one of the caller's tokens.
#[utoipa::path(
    delete, path = "/api/v1/tokens/{id}", tag = "tokens", params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody))
)]
pub async fn revoke(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<ApiTokenId>,
) -> ApiResult<StatusCode> {
    tokens::revoke(&state.deps, &caller, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
