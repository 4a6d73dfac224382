//! Conditional access policies (policy managers).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use assist_protocol::api::access_policies::{AccessPolicy, AccessPolicyInput, AccessPolicyList};
use assist_protocol::error::ErrorBody;
use assist_protocol::ids::AccessPolicyId;

use crate::domain::conditional_access;
use crate::http::AppState;
use crate::http::error::ApiResult;
use crate::http::extract::{ApiJson, ApiPath, Caller};

/// The tenant's conditional access policies.
#[utoipa::path(get, path = "/api/v1/access-policies", tag = "policies", responses((status = 200, body = AccessPolicyList), (status = 403, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(caller): Caller,
) -> ApiResult<Json<AccessPolicyList>> {
    Ok(Json(
        conditional_access::list(&state.deps, &caller.grant()?).await?,
    ))
}

/// Creates a conditional access policy.
#[utoipa::path(
    post, path = "/api/v1/access-policies", tag = "policies", request_body = AccessPolicyInput,
    responses((status = 201, body = AccessPolicy), (status = 400, body = ErrorBody), (status = 409, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn create(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiJson(input): ApiJson<AccessPolicyInput>,
) -> ApiResult<(StatusCode, Json<AccessPolicy>)> {
    Ok((
        StatusCode::CREATED,
        Json(conditional_access::put(&state.deps, &caller.grant()?, None, input).await?),
    ))
}

/// One conditional access policy.
#[utoipa::path(
    get, path = "/api/v1/access-policies/{id}", tag = "policies", params(("id" = String, Path)),
    responses((status = 200, body = AccessPolicy), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn get(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<AccessPolicyId>,
) -> ApiResult<Json<AccessPolicy>> {
    Ok(Json(
        conditional_access::get(&state.deps, &caller.grant()?, id).await?,
    ))
}

/// Replaces a conditional access policy.
#[utoipa::path(
    put, path = "/api/v1/access-policies/{id}", tag = "policies", params(("id" = String, Path)), request_body = AccessPolicyInput,
    responses((status = 200, body = AccessPolicy), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, description = "Another policy has this name", body = ErrorBody))
)]
pub async fn replace(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<AccessPolicyId>,
    ApiJson(input): ApiJson<AccessPolicyInput>,
) -> ApiResult<Json<AccessPolicy>> {
    Ok(Json(
        conditional_access::put(&state.deps, &caller.grant()?, Some(id), input).await?,
    ))
}

/// Deletes a conditional access policy.
#[utoipa::path(
    delete, path = "/api/v1/access-policies/{id}", tag = "policies", params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn delete(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<AccessPolicyId>,
) -> ApiResult<StatusCode> {
    conditional_access::delete(&state.deps, &caller.grant()?, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
