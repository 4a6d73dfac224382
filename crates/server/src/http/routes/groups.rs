//! Groups and members (administrators).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use assist_protocol::api::PageQuery;
use assist_protocol::api::groups::{CreateGroup, Group, GroupList, GroupMembers, UpdateGroup};
use assist_protocol::error::ErrorBody;
use assist_protocol::ids::{DeviceId, GroupId, UserId};

use crate::domain::groups;
use crate::http::AppState;
use crate::http::error::ApiResult;
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, Caller};

/// Lists groups.
#[utoipa::path(
    get, path = "/api/v1/groups", tag = "groups", params(PageQuery),
    responses((status = 200, body = GroupList), (status = 403, body = ErrorBody))
)]
pub async fn list(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiQuery(page): ApiQuery<PageQuery>,
) -> ApiResult<Json<GroupList>> {
    Ok(Json(
        groups::list(&state.deps, &caller.grant()?, &page).await?,
    ))
}

/// Creates a group.
#[utoipa::path(
    post, path = "/api/v1/groups", tag = "groups", request_body = CreateGroup,
    responses((status = 201, body = Group), (status = 409, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn create(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiJson(input): ApiJson<CreateGroup>,
) -> ApiResult<(StatusCode, Json<Group>)> {
    Ok((
        StatusCode::CREATED,
        Json(groups::create(&state.deps, &caller.grant()?, input).await?),
    ))
}

/// One group.
#[utoipa::path(
    get, path = "/api/v1/groups/{id}", tag = "groups", params(("id" = String, Path)),
    responses((status = 200, body = Group), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn get(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<GroupId>,
) -> ApiResult<Json<Group>> {
    Ok(Json(groups::get(&state.deps, &caller.grant()?, id).await?))
}

/// Renames or re-describes a group.
#[utoipa::path(
    patch, path = "/api/v1/groups/{id}", tag = "groups", params(("id" = String, Path)), request_body = UpdateGroup,
    responses((status = 200, body = Group), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn update(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<GroupId>,
    ApiJson(input): ApiJson<UpdateGroup>,
) -> ApiResult<Json<Group>> {
    Ok(Json(
        groups::update(&state.deps, &caller.grant()?, id, input).await?,
    ))
}

/// Deletes a group.
#[utoipa::path(
    delete, path = "/api/v1/groups/{id}", tag = "groups", params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn delete(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<GroupId>,
) -> ApiResult<StatusCode> {
    groups::delete(&state.deps, &caller.grant()?, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A group's members.
#[utoipa::path(
    get, path = "/api/v1/groups/{id}/members", tag = "groups", params(("id" = String, Path)),
    responses((status = 200, body = GroupMembers), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn members(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<GroupId>,
) -> ApiResult<Json<GroupMembers>> {
    Ok(Json(
        groups::members(&state.deps, &caller.grant()?, id).await?,
    ))
}

/// Adds a user to a group (idempotent).
#[utoipa::path(
    put, path = "/api/v1/groups/{id}/members/{user_id}", tag = "groups",
    params(("id" = String, Path), ("user_id" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn add_member(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath((id, user)): ApiPath<(GroupId, UserId)>,
) -> ApiResult<StatusCode> {
    groups::add_member(&state.deps, &caller.grant()?, id, user).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes a user from a group.
#[utoipa::path(
    delete, path = "/api/v1/groups/{id}/members/{user_id}", tag = "groups",
    params(("id" = String, Path), ("user_id" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn remove_member(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath((id, user)): ApiPath<(GroupId, UserId)>,
) -> ApiResult<StatusCode> {
    groups::remove_member(&state.deps, &caller.grant()?, id, user).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Adds a device to a group (idempotent), so role assignments can scope it.
#[utoipa::path(
    put, path = "/api/v1/groups/{id}/devices/{device_id}", tag = "groups",
    params(("id" = String, Path), ("device_id" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn add_device(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath((id, device)): ApiPath<(GroupId, DeviceId)>,
) -> ApiResult<StatusCode> {
    groups::add_device(&state.deps, &caller.grant()?, id, device).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes a device from a group.
#[utoipa::path(
    delete, path = "/api/v1/groups/{id}/devices/{device_id}", tag = "groups",
    params(("id" = String, Path), ("device_id" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn remove_device(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath((id, device)): ApiPath<(GroupId, DeviceId)>,
) -> ApiResult<StatusCode> {
    groups::remove_device(&state.deps, &caller.grant()?, id, device).await?;
    Ok(StatusCode::NO_CONTENT)
}
