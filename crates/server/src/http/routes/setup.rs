//! One-time setup and recovery links.

use axum::Json;
use axum::extract::State;
use axum::response::IntoResponse;
use axum_extra::extract::CookieJar;

use assist_protocol::api::auth::Me;
use assist_protocol::api::setup::{
    CompleteFirstAdmin, CompletePasswordReset, InspectSetupLink, SetupLinkInfo,
};
use assist_protocol::error::ErrorBody;

use crate::domain::setup;
use crate::http::AppState;
use crate::http::error::ApiResult;
use crate::http::extract::{ApiJson, ClientInfo};

/// Says what a link is for (without using it).
#[utoipa::path(
    post, path = "/api/v1/setup/inspect", tag = "setup", request_body = InspectSetupLink,
    responses((status = 200, body = SetupLinkInfo), (status = 410, description = "Unknown, used or expired", body = ErrorBody))
)]
pub async fn inspect(
    State(state): State<AppState>,
    ApiJson(input): ApiJson<InspectSetupLink>,
) -> ApiResult<Json<SetupLinkInfo>> {
    Ok(Json(setup::inspect(&state.deps, &input.token).await?))
}

/// Creates the tenant and its first administrator, and signs them in.
#[utoipa::path(
    post, path = "/api/v1/setup/first-admin", tag = "setup", request_body = CompleteFirstAdmin,
    responses(
        (status = 200, description = "Created and signed in", body = Me),
        (status = 409, description = "The e-mail address has an account, or is on a domain another organisation has verified", body = ErrorBody),
        (status = 410, description = "Unknown, used or expired link", body = ErrorBody),
    )
)]
pub async fn first_admin(
    State(state): State<AppState>,
    jar: CookieJar,
    ClientInfo(client): ClientInfo,
    ApiJson(input): ApiJson<CompleteFirstAdmin>,
) -> ApiResult<impl IntoResponse> {
    let session = setup::complete_first_admin(&state.deps, input, &client).await?;
    state.signed_in(jar, &session).await
}

/// Sets a new password with a recovery link, and signs in.
#[utoipa::path(
    post, path = "/api/v1/setup/password-reset", tag = "setup", request_body = CompletePasswordReset,
    responses((status = 200, body = Me), (status = 410, body = ErrorBody))
)]
pub async fn password_reset(
    State(state): State<AppState>,
    jar: CookieJar,
    ClientInfo(client): ClientInfo,
    ApiJson(input): ApiJson<CompletePasswordReset>,
) -> ApiResult<impl IntoResponse> {
    let session = setup::complete_password_reset(&state.deps, input, &client).await?;
    state.signed_in(jar, &session).await
}
