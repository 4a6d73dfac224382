//! The guided first run: the "Get started" checklist and "Make helpers" (administrators).

use axum::Json;
use axum::extract::State;

use assist_protocol::api::help_desk::{GetStarted, HelpDesk, MakeHelpers};
use assist_protocol::error::ErrorBody;

use crate::domain::access::ManageRoles;
use crate::domain::help_desk;
use crate::http::AppState;
use crate::http::error::ApiResult;
use crate::http::extract::{ApiJson, Caller};

/// What a new organisation still needs before its first remote help session: remote help on,
/// sharing from a browser allowed or not, and how many people may offer help (user managers).
#[utoipa::path(
    get, path = "/api/v1/tenant/get-started", tag = "tenant",
    responses((status = 200, body = GetStarted), (status = 403, body = ErrorBody))
)]
pub async fn get_started(
    State(state): State<AppState>,
    Caller(caller): Caller,
) -> ApiResult<Json<GetStarted>> {
    Ok(Json(
        help_desk::get_started(&state.deps, &caller.grant()?).await?,
    ))
}

/// Makes people helpers: puts them in the Help desk group, which holds the built-in Help Desk
/// Operator role over all users, creating the group and that assignment when missing (user
/// managers; creating the assignment also needs role management). Only within what the caller
/// holds themselves.
#[utoipa::path(
    post, path = "/api/v1/helpers", tag = "groups", request_body = MakeHelpers,
    responses((status = 200, body = HelpDesk), (status = 404, description = "A person is not in this organisation", body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn make_helpers(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiJson(input): ApiJson<MakeHelpers>,
) -> ApiResult<Json<HelpDesk>> {
    let roles = caller.grant::<ManageRoles>().ok();
    Ok(Json(
        help_desk::make_helpers(&state.deps, &caller.grant()?, roles.as_ref(), input).await?,
    ))
}
