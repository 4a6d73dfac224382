//! Roles, role assignments, and whom the caller may help.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use assist_protocol::api::roles::{
    Assignment, AssignmentInput, AssignmentList, CreateRole, HelpEligibility, Role, RoleList,
    UpdateRole,
};
use assist_protocol::error::ErrorBody;
use assist_protocol::ids::{AssignmentId, RoleId, UserId};

use crate::domain::{Error, roles};
use crate::http::AppState;
use crate::http::error::ApiResult;
use crate::http::extract::{ApiJson, ApiPath, Caller};

/// Built-in and custom roles (role managers).
#[utoipa::path(get, path = "/api/v1/roles", tag = "roles", responses((status = 200, body = RoleList), (status = 403, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(caller): Caller,
) -> ApiResult<Json<RoleList>> {
    Ok(Json(roles::list(&state.deps, &caller.grant()?).await?))
}

/// Creates a custom role.
#[utoipa::path(
    post, path = "/api/v1/roles", tag = "roles", request_body = CreateRole,
    responses((status = 201, body = Role), (status = 409, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn create(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiJson(input): ApiJson<CreateRole>,
) -> ApiResult<(StatusCode, Json<Role>)> {
    Ok((
        StatusCode::CREATED,
        Json(roles::create(&state.deps, &caller.grant()?, input).await?),
    ))
}

/// One role.
#[utoipa::path(
    get, path = "/api/v1/roles/{id}", tag = "roles", params(("id" = String, Path)),
    responses((status = 200, body = Role), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn get(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<RoleId>,
) -> ApiResult<Json<Role>> {
    Ok(Json(roles::get(&state.deps, &caller.grant()?, id).await?))
}

/// Changes a custom role (built-in roles are fixed).
#[utoipa::path(
    patch, path = "/api/v1/roles/{id}", tag = "roles", params(("id" = String, Path)), request_body = UpdateRole,
    responses((status = 200, body = Role), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn update(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<RoleId>,
    ApiJson(input): ApiJson<UpdateRole>,
) -> ApiResult<Json<Role>> {
    Ok(Json(
        roles::update(&state.deps, &caller.grant()?, id, input).await?,
    ))
}

/// Deletes a custom role that no assignment gives.
#[utoipa::path(
    delete, path = "/api/v1/roles/{id}", tag = "roles", params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn delete(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<RoleId>,
) -> ApiResult<StatusCode> {
    roles::delete(&state.deps, &caller.grant()?, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The tenant's role assignments.
#[utoipa::path(get, path = "/api/v1/role-assignments", tag = "roles", responses((status = 200, body = AssignmentList), (status = 403, body = ErrorBody)))]
pub async fn list_assignments(
    State(state): State<AppState>,
    Caller(caller): Caller,
) -> ApiResult<Json<AssignmentList>> {
    Ok(Json(
        roles::list_assignments(&state.deps, &caller.grant()?).await?,
    ))
}

/// Gives a role to member groups over a scope.
#[utoipa::path(
    post, path = "/api/v1/role-assignments", tag = "roles", request_body = AssignmentInput,
    responses((status = 201, body = Assignment), (status = 400, body = ErrorBody), (status = 409, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn create_assignment(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiJson(input): ApiJson<AssignmentInput>,
) -> ApiResult<(StatusCode, Json<Assignment>)> {
    Ok((
        StatusCode::CREATED,
        Json(roles::put_assignment(&state.deps, &caller.grant()?, None, input).await?),
    ))
}

/// One assignment.
#[utoipa::path(
    get, path = "/api/v1/role-assignments/{id}", tag = "roles", params(("id" = String, Path)),
    responses((status = 200, body = Assignment), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn get_assignment(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<AssignmentId>,
) -> ApiResult<Json<Assignment>> {
    Ok(Json(
        roles::get_assignment(&state.deps, &caller.grant()?, id).await?,
    ))
}

/// Replaces an assignment.
#[utoipa::path(
    put, path = "/api/v1/role-assignments/{id}", tag = "roles", params(("id" = String, Path)), request_body = AssignmentInput,
    responses((status = 200, body = Assignment), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, description = "Another assignment has this name", body = ErrorBody))
)]
pub async fn replace_assignment(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<AssignmentId>,
    ApiJson(input): ApiJson<AssignmentInput>,
) -> ApiResult<Json<Assignment>> {
    Ok(Json(
        roles::put_assignment(&state.deps, &caller.grant()?, Some(id), input).await?,
    ))
}

/// Deletes an assignment.
#[utoipa::path(
    delete, path = "/api/v1/role-assignments/{id}", tag = "roles", params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn delete_assignment(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<AssignmentId>,
) -> ApiResult<StatusCode> {
    roles::delete_assignment(&state.deps, &caller.grant()?, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// How far the caller's roles let them help this person (any signed-in user may ask).
#[utoipa::path(
    get, path = "/api/v1/users/{id}/remote-help", tag = "roles", params(("id" = String, Path)),
    responses((status = 200, body = HelpEligibility), (status = 404, body = ErrorBody))
)]
pub async fn eligibility(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<UserId>,
) -> ApiResult<Json<HelpEligibility>> {
    let eligibility = match roles::authorize_help(&state.deps, &caller, id).await {
        Ok(may) => HelpEligibility {
            may_view: true,
            may_control: may.may_control(),
        },
        Err(Error::Forbidden(_)) => HelpEligibility {
            may_view: false,
            may_control: false,
        },
        Err(other) => return Err(other.into()),
    };
    Ok(Json(eligibility))
}

/// How far the caller's roles let them help on this device (any signed-in user may ask).
#[utoipa::path(
    get, path = "/api/v1/devices/{id}/remote-help", tag = "roles", params(("id" = String, Path)),
    responses((status = 200, body = HelpEligibility), (status = 404, body = ErrorBody))
)]
pub async fn device_eligibility(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<assist_protocol::ids::DeviceId>,
) -> ApiResult<Json<HelpEligibility>> {
    let eligibility = match roles::authorize_help_on_device(&state.deps, &caller, id).await {
        Ok(control) => HelpEligibility {
            may_view: true,
            may_control: control,
        },
        Err(Error::Forbidden(_)) => HelpEligibility {
            may_view: false,
            may_control: false,
        },
        Err(other) => return Err(other.into()),
    };
    Ok(Json(eligibility))
}
