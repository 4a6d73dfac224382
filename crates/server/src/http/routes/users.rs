//! Users and profile pictures.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;

use assist_protocol::api::PageQuery;
use assist_protocol::api::users::{CreateUser, UpdateUser, User, UserList};
use assist_protocol::error::ErrorBody;
use assist_protocol::ids::UserId;

use crate::domain::access::ManageRoles;
use crate::domain::users;
use crate::http::AppState;
use crate::http::error::ApiResult;
use crate::http::extract::{ApiBytes, ApiJson, ApiPath, ApiQuery, Caller};

/// Lists the tenant's users (administrators).
#[utoipa::path(
    get, path = "/api/v1/users", tag = "users", params(PageQuery),
    responses((status = 200, body = UserList), (status = 403, body = ErrorBody))
)]
pub async fn list(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiQuery(page): ApiQuery<PageQuery>,
) -> ApiResult<Json<UserList>> {
    Ok(Json(
        users::list(&state.deps, &caller.grant()?, &page).await?,
    ))
}

/// Creates a user (administrators) with the role they get: member, helper (put in the Help
/// desk group, as `POST /api/v1/helpers` does) or administrator (owners only).
#[utoipa::path(
    post, path = "/api/v1/users", tag = "users", request_body = CreateUser,
    responses((status = 201, body = User), (status = 409, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn create(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiJson(input): ApiJson<CreateUser>,
) -> ApiResult<(StatusCode, Json<User>)> {
    // A helper goes into the Help desk group, whose assignment may need making.
    let roles = caller.grant::<ManageRoles>().ok();
    Ok((
        StatusCode::CREATED,
        Json(users::create_with(&state.deps, &caller.grant()?, roles.as_ref(), input).await?),
    ))
}

/// One user (administrators).
#[utoipa::path(
    get, path = "/api/v1/users/{id}", tag = "users", params(("id" = String, Path)),
    responses((status = 200, body = User), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn get(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<UserId>,
) -> ApiResult<Json<User>> {
    Ok(Json(users::get(&state.deps, &caller.grant()?, id).await?))
}

/// Changes a user (administrators).
#[utoipa::path(
    patch, path = "/api/v1/users/{id}", tag = "users", params(("id" = String, Path)), request_body = UpdateUser,
    responses((status = 200, body = User), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn update(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<UserId>,
    ApiJson(input): ApiJson<UpdateUser>,
) -> ApiResult<Json<User>> {
    Ok(Json(
        users::update(&state.deps, &caller.grant()?, id, input).await?,
    ))
}

/// Deletes a user (administrators).
#[utoipa::path(
    delete, path = "/api/v1/users/{id}", tag = "users", params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn delete(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<UserId>,
) -> ApiResult<StatusCode> {
    users::delete(&state.deps, &caller.grant()?, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A user's profile picture (any member of the tenant, for the trust screen).
#[utoipa::path(
    get, path = "/api/v1/users/{id}/picture", tag = "users", params(("id" = String, Path)),
    responses((status = 200, description = "The picture, PNG or JPEG", content(("image/png"), ("image/jpeg"))), (status = 404, body = ErrorBody))
)]
pub async fn get_picture(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<UserId>,
) -> ApiResult<impl IntoResponse> {
    let (content_type, bytes) = users::get_picture(&state.deps, &caller.member(), id).await?;
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "private, max-age=60".to_owned()),
            (header::CONTENT_DISPOSITION, "inline".to_owned()),
        ],
        bytes,
    ))
}

/// Sets a user's profile picture: PNG or JPEG, up to 256 KiB, checked by content
/// (administrators).
#[utoipa::path(
    put, path = "/api/v1/users/{id}/picture", tag = "users", params(("id" = String, Path)),
    request_body(description = "The picture, PNG or JPEG", content(("image/png"), ("image/jpeg"))),
    responses((status = 204), (status = 400, description = "Not a PNG or JPEG picture", body = ErrorBody), (status = 413, description = "Larger than 256 KiB", body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn put_picture(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<UserId>,
    ApiBytes(bytes): ApiBytes,
) -> ApiResult<StatusCode> {
    users::put_picture(&state.deps, &caller.grant()?, id, &bytes).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes a user's profile picture (administrators).
#[utoipa::path(
    delete, path = "/api/v1/users/{id}/picture", tag = "users", params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn delete_picture(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<UserId>,
) -> ApiResult<StatusCode> {
    users::delete_picture(&state.deps, &caller.grant()?, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Sets the caller's own profile picture.
#[utoipa::path(
    put, path = "/api/v1/me/picture", tag = "users",
    request_body(description = "The picture, PNG or JPEG", content(("image/png"), ("image/jpeg"))),
    responses((status = 204), (status = 400, description = "Not a PNG or JPEG picture", body = ErrorBody), (status = 413, description = "Larger than 256 KiB", body = ErrorBody))
)]
pub async fn put_own_picture(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiBytes(bytes): ApiBytes,
) -> ApiResult<StatusCode> {
    users::put_own_picture(&state.deps, &caller, &bytes).await?;
    Ok(StatusCode::NO_CONTENT)
}
