//! The Assist app's update check: which version this server offers.

use axum::Json;
use axum::extract::State;

use assist_protocol::api::agent::AgentVersion;

use crate::http::AppState;

/// The app version this server offers, the oldest it still works with, and where to download
/// it. Needs no sign-in: it reveals nothing secret, and an app checks before anyone signs in.
#[utoipa::path(
    get, path = "/api/v1/agent/version", tag = "agent",
    responses((status = 200, body = AgentVersion))
)]
pub async fn version(State(state): State<AppState>) -> Json<AgentVersion> {
    Json(state.config.agent_version())
}
