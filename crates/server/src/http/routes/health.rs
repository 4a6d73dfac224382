//! Probes and metrics: `/healthz` and `/readyz` (public), `/metrics` (with the operator's
//! token, or on the separate metrics address).

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use assist_protocol::api::health::Health;
use assist_protocol::error::{ErrorBody, ErrorCode};

use crate::config::Secret;
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
            ErrorCode::Unavailable,
            "the database is not reachable",
        )
    })?;
    state.deps.sessions.bus.ping().await.map_err(|err| {
        tracing::warn!(error = %err, "readiness check failed");
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::Unavailable,
            "the message bus is not reachable",
        )
    })?;
    Ok(ok())
}

/// Prometheus metrics in the OpenMetrics text format, for the operator only.
///
/// Served here only when the server has a `metrics_token`, to requests bearing it; without one
/// this path does not exist (404), and metrics are served only on the `metrics_listen` address,
/// if any.
#[utoipa::path(
    get, path = "/metrics", tag = "health",
    responses(
        (status = 200, content_type = "application/openmetrics-text", body = String),
        (status = 401, description = "No `Authorization: Bearer <metrics_token>`, or another token", body = ErrorBody),
        (status = 404, description = "The server has no `metrics_token`", body = ErrorBody),
    )
)]
pub async fn metrics(State(state): State<AppState>, headers: HeaderMap) -> Response {
    match &state.config.metrics_token {
        None => crate::http::no_such_path().into_response(),
        Some(token) => scrape(&state, &headers, token),
    }
}

/// `GET /metrics` on the `metrics_listen` address: open to whoever reaches that address,
/// unless a `metrics_token` is set.
pub async fn metrics_listener(State(state): State<AppState>, headers: HeaderMap) -> Response {
    match &state.config.metrics_token {
        None => render(&state),
        Some(token) => scrape(&state, &headers, token),
    }
}

/// The metrics, for a request bearing `token`; otherwise `401 unauthenticated`.
fn scrape(state: &AppState, headers: &HeaderMap, token: &Secret) -> Response {
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map_or("", |(_, token)| token);
    if same_secret(presented.trim(), token.expose()) {
        render(state)
    } else {
        (
            [(header::WWW_AUTHENTICATE, "Bearer")],
            ApiError::new(
                StatusCode::UNAUTHORIZED,
                ErrorCode::Unauthenticated,
                "metrics need Authorization: Bearer with the server's metrics_token",
            ),
        )
            .into_response()
    }
}

/// Compares the SHA-256 of both, so the time taken does not tell how much of a guess matched.
fn same_secret(presented: &str, expected: &str) -> bool {
    Sha256::digest(presented.as_bytes()) == Sha256::digest(expected.as_bytes())
}

fn render(state: &AppState) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        state.metrics.render(),
    )
        .into_response()
}
