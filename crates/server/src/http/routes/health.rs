//! Probes and metrics: `/healthz`, `/readyz`, `/metrics`.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;

use assist_protocol::api::health::Health;
use assist_protocol::error::ErrorBody;

use crate::http::AppState;
use crate::http::error::{ApiError, ApiResult};

fn ok() -> Json<Health> {
    Json(Health {
        status: "ok".to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
    })
}

/// The process is alive.
#[utoipa::path(get, path = "/healthz", tag = "health", responses((status = 200, body = Health)))]
pub async fn healthz() -> Json<Health> {
    ok()
}

/// The process can serve: its store answers.
#[utoipa::path(
    get, path = "/readyz", tag = "health",
    responses((status = 200, body = Health), (status = 503, body = ErrorBody))
)]
pub async fn readyz(State(state): State<AppState>) -> ApiResult<Json<Health>> {
    state.deps.store.ping().await.map_err(|err| {
        tracing::warn!(error = %err, "readiness check failed");
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            assist_protocol::error::ErrorCode::Unavailable,
            "the database is not reachable",
        )
    })?;
    state.deps.sessions.bus.ping().await.map_err(|err| {
        tracing::warn!(error = %err, "readiness check failed");
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            assist_protocol::error::ErrorCode::Unavailable,
            "the message bus is not reachable",
        )
    })?;
    Ok(ok())
}

/// Prometheus metrics in the OpenMetrics text format.
#[utoipa::path(get, path = "/metrics", tag = "health", responses((status = 200, content_type = "application/openmetrics-text", body = String)))]
pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        state.metrics.render(),
    )
}
