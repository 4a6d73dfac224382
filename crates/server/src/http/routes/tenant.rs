//! The caller's tenant and its audit log.

use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;

use assist_protocol::api::audit::{AuditList, AuditQuery};
use assist_protocol::api::settings::{TenantSettings, UpdateTenantSettings};
use assist_protocol::api::tenants::{Tenant, UpdateTenant};
use assist_protocol::error::ErrorBody;

use crate::domain::{settings, tenants};
use crate::http::AppState;
use crate::http::error::ApiResult;
use crate::http::extract::{ApiJson, ApiQuery, Caller};

/// The caller's tenant.
#[utoipa::path(get, path = "/api/v1/tenant", tag = "tenant", responses((status = 200, body = Tenant), (status = 401, body = ErrorBody)))]
pub async fn get(State(state): State<AppState>, Caller(caller): Caller) -> ApiResult<Json<Tenant>> {
    Ok(Json(tenants::get(&state.deps, &caller.member()).await?))
}

/// Renames the tenant (administrators).
#[utoipa::path(
    patch, path = "/api/v1/tenant", tag = "tenant", request_body = UpdateTenant,
    responses((status = 200, body = Tenant), (status = 403, body = ErrorBody))
)]
pub async fn update(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiJson(input): ApiJson<UpdateTenant>,
) -> ApiResult<Json<Tenant>> {
    Ok(Json(
        tenants::update(&state.deps, &caller.grant()?, input).await?,
    ))
}

/// The tenant's audit events, newest first (administrators).
#[utoipa::path(
    get, path = "/api/v1/audit", tag = "tenant", params(AuditQuery),
    responses((status = 200, body = AuditList), (status = 403, body = ErrorBody))
)]
pub async fn audit(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiQuery(query): ApiQuery<AuditQuery>,
) -> ApiResult<Json<AuditList>> {
    Ok(Json(
        tenants::audit_events(&state.deps, &caller.grant()?, &query).await?,
    ))
}

/// The tenant's audit events matching the filters, as CSV (administrators).
#[utoipa::path(
    get, path = "/api/v1/audit/export.csv", tag = "tenant", params(AuditQuery),
    responses((status = 200, content_type = "text/csv", body = String), (status = 403, body = ErrorBody))
)]
pub async fn export_audit(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiQuery(query): ApiQuery<AuditQuery>,
) -> ApiResult<impl IntoResponse> {
    let csv = tenants::export_audit_csv(&state.deps, &caller.grant()?, &query).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"assist-audit.csv\"",
            ),
        ],
        csv,
    ))
}

/// The tenant's settings (any member: helpers need to know whether remote help is on).
#[utoipa::path(
    get, path = "/api/v1/tenant/settings", tag = "tenant",
    responses((status = 200, body = TenantSettings), (status = 401, body = ErrorBody))
)]
pub async fn get_settings(
    State(state): State<AppState>,
    Caller(caller): Caller,
) -> ApiResult<Json<TenantSettings>> {
    Ok(Json(settings::get(&state.deps, &caller.member()).await?))
}

/// Changes the tenant's settings (administrators).
#[utoipa::path(
    patch, path = "/api/v1/tenant/settings", tag = "tenant", request_body = UpdateTenantSettings,
    responses((status = 200, body = TenantSettings), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn update_settings(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiJson(input): ApiJson<UpdateTenantSettings>,
) -> ApiResult<Json<TenantSettings>> {
    Ok(Json(
        settings::update(&state.deps, &caller.grant()?, input).await?,
    ))
}
