//! Devices: enrollment tokens (device managers), enrollment (public, with a token), signed
//! check-ins (devices), the inventory (readers) and compliance policies (policy managers).

use axum::Json;
use axum::extract::{FromRequest, Request, State};
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

use assist_protocol::api::devices::{
    CheckIn, Compliance, CompliancePolicy, CompliancePolicyInput, CompliancePolicyList,
    CreateEnrollmentToken, CreatedEnrollmentToken, Device, DeviceList, DeviceQuery, EnrollDevice,
    EnrolledDevice, EnrollmentTokenList,
};
use assist_protocol::error::ErrorBody;
use assist_protocol::ids::{CompliancePolicyId, DeviceId, EnrollmentTokenId};

use crate::domain::Error;
use crate::domain::devices::{self, DevicePrincipal, signing_input};
use crate::http::AppState;
use crate::http::error::{ApiError, ApiResult};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, Caller};

/// Header carrying the signed request's Unix time in milliseconds.
pub const TIMESTAMP_HEADER: &str = "x-assist-timestamp";
/// Header carrying the Ed25519 signature (base64) of the request.
pub const SIGNATURE_HEADER: &str = "x-assist-signature";

/// A request signed by an enrolled device, with its JSON body.
#[derive(Debug)]
pub struct SignedDevice<T> {
    /// The device.
    pub device: DevicePrincipal,
    /// The body.
    pub body: T,
}

impl<T: DeserializeOwned> FromRequest<AppState> for SignedDevice<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (credential, timestamp, signature) = {
            let headers = request.headers();
            let header = |name: &str| {
                headers
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned)
            };
            let credential = header("authorization")
                .and_then(|v| v.strip_prefix("Device ").map(str::to_owned))
                .ok_or(Error::Unauthenticated)?;
            let timestamp: i64 = header(TIMESTAMP_HEADER)
                .and_then(|v| v.parse().ok())
                .ok_or(Error::Unauthenticated)?;
            let signature = header(SIGNATURE_HEADER).ok_or(Error::Unauthenticated)?;
            (credential, timestamp, signature)
        };
        let method = request.method().to_string();
        let path = request.uri().path().to_owned();
        let body = axum::body::Bytes::from_request(request, state).await?;
        let signed = signing_input(&method, &path, timestamp, &body);
        let device = devices::authenticate(
            &state.deps,
            credential.trim(),
            timestamp,
            &signature,
            &signed,
        )
        .await?;
        // Parsed as `ApiJson` parses, so a refusal names the field (`facts.host_name: ...`).
        let Json(body) = Json::<T>::from_bytes(&body)?;
        Ok(Self { device, body })
    }
}

/// Creates an enrollment token; the secret is in this answer only.
#[utoipa::path(
    post, path = "/api/v1/enrollment-tokens", tag = "devices", request_body = CreateEnrollmentToken,
    responses((status = 201, body = CreatedEnrollmentToken), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn create_token(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiJson(input): ApiJson<CreateEnrollmentToken>,
) -> ApiResult<(StatusCode, Json<CreatedEnrollmentToken>)> {
    Ok((
        StatusCode::CREATED,
        Json(devices::create_token(&state.deps, &caller.grant()?, input).await?),
    ))
}

/// The tenant's enrollment tokens.
#[utoipa::path(get, path = "/api/v1/enrollment-tokens", tag = "devices", responses((status = 200, body = EnrollmentTokenList), (status = 403, body = ErrorBody)))]
pub async fn list_tokens(
    State(state): State<AppState>,
    Caller(caller): Caller,
) -> ApiResult<Json<EnrollmentTokenList>> {
    Ok(Json(
        devices::list_tokens(&state.deps, &caller.grant()?).await?,
    ))
}

/// Revokes an enrollment token.
#[utoipa::path(
    delete, path = "/api/v1/enrollment-tokens/{id}", tag = "devices", params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn revoke_token(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<EnrollmentTokenId>,
) -> ApiResult<StatusCode> {
    devices::revoke_token(&state.deps, &caller.grant()?, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Enrolls a device with an enrollment token and its Ed25519 public key (no sign-in).
#[utoipa::path(
    post, path = "/api/v1/devices/enroll", tag = "devices", request_body = EnrollDevice,
    responses((status = 201, body = EnrolledDevice), (status = 400, body = ErrorBody), (status = 403, description = "Token unknown, revoked, expired or used up", body = ErrorBody))
)]
pub async fn enroll(
    State(state): State<AppState>,
    ApiJson(input): ApiJson<EnrollDevice>,
) -> ApiResult<(StatusCode, Json<EnrolledDevice>)> {
    Ok((
        StatusCode::CREATED,
        Json(devices::enroll(&state.deps, input).await?),
    ))
}

/// A device reports its facts; answers its compliance. Signed: `Authorization: Device
/// <credential>`, `X-Assist-Timestamp` (Unix ms) and `X-Assist-Signature` (Ed25519 over
/// `METHOD\npath\ntimestamp\nhex(sha256(body))`).
#[utoipa::path(
    post, path = "/api/v1/devices/check-in", tag = "devices", request_body = CheckIn,
    responses((status = 200, body = Compliance), (status = 401, body = ErrorBody))
)]
pub async fn check_in(
    State(state): State<AppState>,
    request: SignedDevice<CheckIn>,
) -> ApiResult<Json<Compliance>> {
    Ok(Json(
        devices::check_in(&state.deps, &request.device, request.body.facts).await?,
    ))
}

/// The device inventory, searched and filtered.
#[utoipa::path(
    get, path = "/api/v1/devices", tag = "devices", params(DeviceQuery),
    responses((status = 200, body = DeviceList), (status = 403, body = ErrorBody))
)]
pub async fn list(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiQuery(query): ApiQuery<DeviceQuery>,
) -> ApiResult<Json<DeviceList>> {
    Ok(Json(
        devices::list(&state.deps, &caller.grant()?, &query).await?,
    ))
}

/// One device.
#[utoipa::path(
    get, path = "/api/v1/devices/{id}", tag = "devices", params(("id" = String, Path)),
    responses((status = 200, body = Device), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn get(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<DeviceId>,
) -> ApiResult<Json<Device>> {
    Ok(Json(devices::get(&state.deps, &caller.grant()?, id).await?))
}

/// Retires a device: its credential stops working.
#[utoipa::path(
    post, path = "/api/v1/devices/{id}/retire", tag = "devices", params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn retire(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<DeviceId>,
) -> ApiResult<StatusCode> {
    devices::retire(&state.deps, &caller.grant()?, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Deletes a device.
#[utoipa::path(
    delete, path = "/api/v1/devices/{id}", tag = "devices", params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn delete(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<DeviceId>,
) -> ApiResult<StatusCode> {
    devices::delete(&state.deps, &caller.grant()?, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Compliance policies.
#[utoipa::path(get, path = "/api/v1/compliance-policies", tag = "devices", responses((status = 200, body = CompliancePolicyList), (status = 403, body = ErrorBody)))]
pub async fn list_policies(
    State(state): State<AppState>,
    Caller(caller): Caller,
) -> ApiResult<Json<CompliancePolicyList>> {
    Ok(Json(
        devices::list_policies(&state.deps, &caller.grant()?).await?,
    ))
}

/// Creates a compliance policy; devices are re-evaluated.
#[utoipa::path(
    post, path = "/api/v1/compliance-policies", tag = "devices", request_body = CompliancePolicyInput,
    responses((status = 201, body = CompliancePolicy), (status = 400, body = ErrorBody), (status = 409, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn create_policy(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiJson(input): ApiJson<CompliancePolicyInput>,
) -> ApiResult<(StatusCode, Json<CompliancePolicy>)> {
    Ok((
        StatusCode::CREATED,
        Json(devices::put_policy(&state.deps, &caller.grant()?, None, input).await?),
    ))
}

/// One compliance policy.
#[utoipa::path(
    get, path = "/api/v1/compliance-policies/{id}", tag = "devices", params(("id" = String, Path)),
    responses((status = 200, body = CompliancePolicy), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, description = "Another policy has this name", body = ErrorBody))
)]
pub async fn get_policy(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<CompliancePolicyId>,
) -> ApiResult<Json<CompliancePolicy>> {
    Ok(Json(
        devices::get_policy(&state.deps, &caller.grant()?, id).await?,
    ))
}

/// Replaces a compliance policy; devices are re-evaluated.
#[utoipa::path(
    put, path = "/api/v1/compliance-policies/{id}", tag = "devices", params(("id" = String, Path)), request_body = CompliancePolicyInput,
    responses((status = 200, body = CompliancePolicy), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, description = "Another policy has this name", body = ErrorBody))
)]
pub async fn replace_policy(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<CompliancePolicyId>,
    ApiJson(input): ApiJson<CompliancePolicyInput>,
) -> ApiResult<Json<CompliancePolicy>> {
    Ok(Json(
        devices::put_policy(&state.deps, &caller.grant()?, Some(id), input).await?,
    ))
}

/// Deletes a compliance policy; devices are re-evaluated.
#[utoipa::path(
    delete, path = "/api/v1/compliance-policies/{id}", tag = "devices", params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody))
)]
pub async fn delete_policy(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<CompliancePolicyId>,
) -> ApiResult<StatusCode> {
    devices::delete_policy(&state.deps, &caller.grant()?, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
