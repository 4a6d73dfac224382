//! The tenant's verified domains (settings managers).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use assist_protocol::api::domains::{AddDomain, Domain, DomainList};
use assist_protocol::error::ErrorBody;

use crate::domain::domains;
use crate::http::AppState;
use crate::http::error::ApiResult;
use crate::http::extract::{ApiJson, ApiPath, Caller};

/// The tenant's domains and their verification state.
#[utoipa::path(get, path = "/api/v1/tenant/domains", tag = "tenant", responses((status = 200, body = DomainList), (status = 403, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(caller): Caller,
) -> ApiResult<Json<DomainList>> {
    Ok(Json(domains::list(&state.deps, &caller.grant()?).await?))
}

/// Claims a domain; answers the TXT record to publish at it.
#[utoipa::path(
    post, path = "/api/v1/tenant/domains", tag = "tenant", request_body = AddDomain,
    responses((status = 201, body = Domain), (status = 400, body = ErrorBody), (status = 409, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn add(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiJson(input): ApiJson<AddDomain>,
) -> ApiResult<(StatusCode, Json<Domain>)> {
    Ok((
        StatusCode::CREATED,
        Json(domains::add(&state.deps, &caller.grant()?, &input).await?),
    ))
}

/// Checks the domain's TXT record and marks it verified when published.
#[utoipa::path(
    post, path = "/api/v1/tenant/domains/{domain}/verify", tag = "tenant", params(("domain" = String, Path)),
    responses((status = 200, body = Domain), (status = 400, description = "Record not published", body = ErrorBody), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn verify(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(domain): ApiPath<String>,
) -> ApiResult<Json<Domain>> {
    Ok(Json(
        domains::verify(&state.deps, &caller.grant()?, &domain).await?,
    ))
}

/// Removes a domain.
#[utoipa::path(
    delete, path = "/api/v1/tenant/domains/{domain}", tag = "tenant", params(("domain" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody), (status = 400, description = "Not a domain name", body = ErrorBody))
)]
pub async fn remove(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(domain): ApiPath<String>,
) -> ApiResult<StatusCode> {
    domains::remove(&state.deps, &caller.grant()?, &domain).await?;
    Ok(StatusCode::NO_CONTENT)
}
