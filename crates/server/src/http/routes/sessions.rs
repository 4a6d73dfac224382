//! Remote help sessions: start (helpers), join (sharers), the session view (participants),
//! live sessions and revocation (administrators), reports (readers), and ICE servers.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;

use assist_protocol::api::sessions::{
    CreateSession, CreatedSession, IceServers, IceServersQuery, JoinSession, ReportQuery,
    SessionReportList, SessionTranscript, SessionView,
};
use assist_protocol::error::ErrorBody;
use assist_protocol::ids::SessionId;

use crate::domain::sessions::ice::{self, IceSettings};
use crate::domain::sessions::{self, reports};
use crate::http::AppState;
use crate::http::error::ApiResult;
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, Caller, ClientInfo};

/// Starts a session and answers its security code (helpers).
#[utoipa::path(
    post, path = "/api/v1/sessions", tag = "sessions", request_body = CreateSession,
    responses(
        (status = 201, body = CreatedSession),
        (status = 403, description = "No remote help permission, remote help off, device out of scope, or a conditional access block", body = ErrorBody),
        (status = 404, body = ErrorBody)
    )
)]
pub async fn start(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ClientInfo(client): ClientInfo,
    ApiJson(input): ApiJson<CreateSession>,
) -> ApiResult<(StatusCode, Json<CreatedSession>)> {
    Ok((
        StatusCode::CREATED,
        Json(sessions::start(&state.deps, &caller, &client, input).await?),
    ))
}

/// Redeems a security code: the caller joins as the sharer.
#[utoipa::path(
    post, path = "/api/v1/sessions/join", tag = "sessions", request_body = JoinSession,
    responses(
        (status = 200, body = SessionView),
        (status = 403, description = "Out of the helper's scope, unenrolled device refused, wrong device, remote help off", body = ErrorBody),
        (status = 404, description = "Wrong code", body = ErrorBody),
        (status = 410, description = "Code expired or already used", body = ErrorBody),
        (status = 429, description = "Too many wrong codes", body = ErrorBody)
    )
)]
pub async fn join(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ClientInfo(client): ClientInfo,
    ApiJson(input): ApiJson<JoinSession>,
) -> ApiResult<Json<SessionView>> {
    Ok(Json(
        sessions::join(&state.deps, &caller, &client, input).await?,
    ))
}

/// The session as the caller (one of its participants) sees it.
#[utoipa::path(
    get, path = "/api/v1/sessions/{id}", tag = "sessions", params(("id" = String, Path)),
    responses((status = 200, body = SessionView), (status = 404, body = ErrorBody))
)]
pub async fn get(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<SessionId>,
) -> ApiResult<Json<SessionView>> {
    let who = sessions::participant(&state.deps, &caller, id).await?;
    Ok(Json(sessions::view(&state.deps, &who).await?))
}

/// Sessions that have not ended (readers of devices and reports).
#[utoipa::path(
    get, path = "/api/v1/sessions/live", tag = "sessions",
    responses((status = 200, body = SessionReportList), (status = 403, body = ErrorBody))
)]
pub async fn live(
    State(state): State<AppState>,
    Caller(caller): Caller,
) -> ApiResult<Json<SessionReportList>> {
    Ok(Json(
        sessions::list_live(&state.deps, &caller.grant()?).await?,
    ))
}

/// Stops a live session (administrators who manage settings).
#[utoipa::path(
    post, path = "/api/v1/sessions/{id}/revoke", tag = "sessions", params(("id" = String, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody))
)]
pub async fn revoke(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<SessionId>,
) -> ApiResult<StatusCode> {
    sessions::revoke(&state.deps, &caller.grant()?, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Session reports, newest first, filtered and paged.
#[utoipa::path(
    get, path = "/api/v1/reports/sessions", tag = "sessions", params(ReportQuery),
    responses((status = 200, body = SessionReportList), (status = 403, body = ErrorBody))
)]
pub async fn reports(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiQuery(query): ApiQuery<ReportQuery>,
) -> ApiResult<Json<SessionReportList>> {
    Ok(Json(
        reports::list(&state.deps, &caller.grant()?, &query).await?,
    ))
}

/// Session reports matching the filters, as CSV.
#[utoipa::path(
    get, path = "/api/v1/reports/sessions/export.csv", tag = "sessions", params(ReportQuery),
    responses((status = 200, content_type = "text/csv", body = String), (status = 403, body = ErrorBody))
)]
pub async fn export_reports(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiQuery(query): ApiQuery<ReportQuery>,
) -> ApiResult<impl IntoResponse> {
    let csv = reports::export_csv(&state.deps, &caller.grant()?, &query).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"assist-sessions.csv\"",
            ),
        ],
        csv,
    ))
}

/// One session's report with its chat.
#[utoipa::path(
    get, path = "/api/v1/reports/sessions/{id}", tag = "sessions", params(("id" = String, Path)),
    responses((status = 200, body = SessionTranscript), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody))
)]
pub async fn report(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiPath(id): ApiPath<SessionId>,
) -> ApiResult<Json<SessionTranscript>> {
    Ok(Json(
        reports::transcript(&state.deps, &caller.grant()?, id).await?,
    ))
}

/// STUN and TURN servers for the caller's WebRTC peer connection in `session`. TURN
/// credentials only for a participant of that session while it is live.
#[utoipa::path(
    get, path = "/api/v1/ice-servers", tag = "sessions", params(IceServersQuery),
    responses(
        (status = 200, body = IceServers),
        (status = 400, description = "Malformed session ID", body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 404, description = "Not a participant of that session", body = ErrorBody),
        (status = 409, description = "The session has ended", body = ErrorBody),
    )
)]
pub async fn ice_servers(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ApiQuery(query): ApiQuery<IceServersQuery>,
) -> ApiResult<Json<IceServers>> {
    if let Some(session) = query.session {
        sessions::live_participant(&state.deps, &caller, session).await?;
    }
    let config = &state.config;
    let settings = IceSettings {
        stun_urls: &config.stun_urls,
        turn_urls: &config.turn_urls,
        turn_secret: config
            .turn_secret
            .as_ref()
            .map(crate::config::Secret::expose),
        credential_lifetime: std::time::Duration::from_secs(
            u64::from(config.turn_credential_minutes) * 60,
        ),
    };
    Ok(Json(ice::servers(
        &settings,
        query.session,
        caller.user_id,
        state.deps.clock.now(),
    )))
}
