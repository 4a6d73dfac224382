//! The one error type every handler returns. It renders `{"code", "message"}` with the right
//! status, and never an internal detail: store and unexpected failures are logged (inside the
//! request's span, so with its request ID) and answered with a generic message.

use axum::Json;
use axum::extract::rejection::{BytesRejection, JsonRejection, PathRejection, QueryRejection};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use assist_protocol::error::{ErrorBody, ErrorCode};

use crate::domain::Error;

/// An API error response.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: ErrorCode,
    message: String,
    retry_after_secs: Option<u64>,
}

impl ApiError {
    /// An error with this status, code and message.
    pub fn new(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            retry_after_secs: None,
        }
    }

    /// The stable code this error answers with.
    #[must_use]
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The human message.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The generic answer to a failure inside the server.
    #[must_use]
    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::Internal,
            "something went wrong on the server; the administrator can find it in the log by the request ID",
        )
    }
}

impl From<Error> for ApiError {
    fn from(err: Error) -> Self {
        use crate::store::StoreError;
        match err {
            Error::Invalid(message) => {
                Self::new(StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest, message)
            }
            Error::TooLarge(message) => Self::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                ErrorCode::PayloadTooLarge,
                message,
            ),
            Error::EnrollmentRefused(message) => {
                Self::new(StatusCode::FORBIDDEN, ErrorCode::EnrollmentRefused, message)
            }
            // The web app reads the policy's name between the double quotes, to say it in the
            // reader's language (`web/assets/errors.js`).
            Error::ConditionalAccess(policy) => Self::new(
                StatusCode::FORBIDDEN,
                ErrorCode::ConditionalAccessBlocked,
                format!(
                    "your organisation's conditional access policy \"{policy}\" does not allow this sign-in"
                ),
            ),
            Error::NotFound => Self::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "not found"),
            Error::Conflict(message) => {
                Self::new(StatusCode::CONFLICT, ErrorCode::Conflict, message)
            }
            Error::Forbidden(message) => {
                Self::new(StatusCode::FORBIDDEN, ErrorCode::Forbidden, message)
            }
            Error::ProfileManaged => Self::new(
                StatusCode::FORBIDDEN,
                ErrorCode::ProfileManaged,
                Error::ProfileManaged.to_string(),
            ),
            Error::Unauthenticated => Self::new(
                StatusCode::UNAUTHORIZED,
                ErrorCode::Unauthenticated,
                "sign in, or send a valid API token",
            ),
            Error::InvalidCredentials => Self::new(
                StatusCode::UNAUTHORIZED,
                ErrorCode::InvalidCredentials,
                "wrong e-mail address or password",
            ),
            Error::InvalidAppCode => Self::new(
                StatusCode::UNAUTHORIZED,
                ErrorCode::InvalidCredentials,
                "this sign-in code is unknown, expired or already used, or the code verifier does not match; sign in again",
            ),
            Error::SecondFactorRequired => Self::new(
                StatusCode::UNAUTHORIZED,
                ErrorCode::SecondFactorRequired,
                "enter the code from your authenticator app, or a recovery code",
            ),
            Error::InvalidSecondFactor => Self::new(
                StatusCode::UNAUTHORIZED,
                ErrorCode::InvalidSecondFactor,
                "the code is wrong or was already used",
            ),
            Error::TooManyAttempts { retry_after } => {
                let secs = retry_after.as_secs().max(1);
                let mut error = Self::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    ErrorCode::TooManyAttempts,
                    format!("too many failed attempts; try again in {secs} seconds"),
                );
                error.retry_after_secs = Some(secs);
                error
            }
            Error::Busy { retry_after } => {
                let mut error = Self::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    ErrorCode::Unavailable,
                    "the server is busy; try again in a moment",
                );
                error.retry_after_secs = Some(retry_after.as_secs().max(1));
                error
            }
            Error::SetupLinkInvalid => Self::new(
                StatusCode::GONE,
                ErrorCode::SetupLinkInvalid,
                "this link is not valid: it may have expired or been used already; ask the server operator for a new one",
            ),
            Error::Sso(err) => {
                use crate::domain::sso::SsoError;
                let (status, code) = match &err {
                    SsoError::NotConfigured(_) => {
                        (StatusCode::NOT_FOUND, ErrorCode::SsoNotConfigured)
                    }
                    SsoError::Refused(_) => (StatusCode::UNAUTHORIZED, ErrorCode::SsoFailed),
                    SsoError::Provider(_) => {
                        (StatusCode::BAD_GATEWAY, ErrorCode::SsoProviderUnavailable)
                    }
                };
                Self::new(status, code, err.to_string())
            }
            Error::Session(err) => {
                use crate::domain::sessions::SessionError;
                use crate::domain::sessions::machine::Refusal;
                let (status, code) = match &err {
                    SessionError::Disabled => {
                        (StatusCode::FORBIDDEN, ErrorCode::RemoteHelpDisabled)
                    }
                    SessionError::CodeInvalid => (StatusCode::NOT_FOUND, ErrorCode::CodeInvalid),
                    SessionError::CodeExpired | SessionError::Refused(Refusal::CodeExpired) => {
                        (StatusCode::GONE, ErrorCode::CodeExpired)
                    }
                    SessionError::CodeUsed => (StatusCode::GONE, ErrorCode::CodeUsed),
                    SessionError::Unenrolled => {
                        (StatusCode::FORBIDDEN, ErrorCode::UnenrolledDevice)
                    }
                    SessionError::WrongDevice => (StatusCode::FORBIDDEN, ErrorCode::WrongDevice),
                    SessionError::ChatDisabled => (StatusCode::FORBIDDEN, ErrorCode::ChatDisabled),
                    SessionError::BrowserSharingNotAllowed => {
                        (StatusCode::FORBIDDEN, ErrorCode::BrowserSharingNotAllowed)
                    }
                    SessionError::OutOfScope => {
                        (StatusCode::FORBIDDEN, ErrorCode::SharerOutOfScope)
                    }
                    SessionError::OwnSession => (StatusCode::FORBIDDEN, ErrorCode::OwnSession),
                    SessionError::DeviceOutOfScope => {
                        (StatusCode::FORBIDDEN, ErrorCode::DeviceOutOfScope)
                    }
                    SessionError::HelperUnavailable => {
                        (StatusCode::FORBIDDEN, ErrorCode::HelperUnavailable)
                    }
                    SessionError::DeviceInOtherTenant => {
                        (StatusCode::FORBIDDEN, ErrorCode::DeviceInOtherOrganisation)
                    }
                    SessionError::PermissionMissing => {
                        (StatusCode::FORBIDDEN, ErrorCode::PermissionMissing)
                    }
                    SessionError::ChatText(problem) => (StatusCode::BAD_REQUEST, problem.code()),
                    SessionError::Refused(Refusal::Ended) => {
                        (StatusCode::CONFLICT, ErrorCode::SessionEnded)
                    }
                    SessionError::Refused(Refusal::NotAllowed(_)) => {
                        (StatusCode::FORBIDDEN, ErrorCode::Forbidden)
                    }
                    SessionError::Refused(Refusal::InvalidTransition(_)) => {
                        (StatusCode::CONFLICT, ErrorCode::InvalidTransition)
                    }
                    SessionError::Refused(Refusal::ControlNeedsAgent) => {
                        (StatusCode::CONFLICT, ErrorCode::ControlNeedsAgent)
                    }
                };
                Self::new(status, code, err.to_string())
            }
            Error::Store(StoreError::Conflict) => Self::new(
                StatusCode::CONFLICT,
                ErrorCode::Conflict,
                "conflicts with existing data",
            ),
            Error::Store(StoreError::Unavailable(err)) => {
                tracing::error!(error = %err, "database unavailable");
                Self::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    ErrorCode::Unavailable,
                    "the database is not reachable; try again shortly",
                )
            }
            Error::Store(err) => {
                tracing::error!(error = %err, "store failure");
                Self::internal()
            }
            Error::Unexpected(message) => {
                tracing::error!(error = %message, "unexpected failure");
                Self::internal()
            }
        }
    }
}

/// Maps a body or query rejection by its status: too large, wrong type, or malformed.
fn rejection(status: StatusCode, text: String) -> ApiError {
    match status {
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::new(
            status,
            ErrorCode::PayloadTooLarge,
            "the request body is too large",
        ),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ApiError::new(
            status,
            ErrorCode::UnsupportedMediaType,
            "send the body as JSON with Content-Type: application/json",
        ),
        _ => ApiError::new(StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest, text),
    }
}

impl From<JsonRejection> for ApiError {
    fn from(err: JsonRejection) -> Self {
        rejection(err.status(), err.body_text())
    }
}

impl From<QueryRejection> for ApiError {
    fn from(err: QueryRejection) -> Self {
        rejection(err.status(), err.body_text())
    }
}

/// A path parameter that does not parse (`/api/v1/users/not-a-uuid`) names nothing, so it is
/// `not_found`, as an ID that parses but names nothing is (docs/DECISIONS.md says why). A route
/// whose parameters cannot be deserialised at all is a bug in the server.
impl From<PathRejection> for ApiError {
    fn from(err: PathRejection) -> Self {
        use axum::extract::path::ErrorKind;
        let PathRejection::FailedToDeserializePathParams(failed) = &err else {
            tracing::error!(error = %err.body_text(), "path parameters missing");
            return Self::internal();
        };
        let message = match failed.kind() {
            ErrorKind::ParseErrorAtKey { key, .. }
            | ErrorKind::DeserializeError { key, .. }
            | ErrorKind::InvalidUtf8InPathParam { key } => {
                format!("not found: `{key}` is not an ID of this server")
            }
            ErrorKind::WrongNumberOfParameters { .. } | ErrorKind::UnsupportedType { .. } => {
                tracing::error!(error = %err.body_text(), "path parameters do not fit the route");
                return Self::internal();
            }
            _ => "not found".to_owned(),
        };
        Self::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, message)
    }
}

impl From<BytesRejection> for ApiError {
    fn from(err: BytesRejection) -> Self {
        rejection(err.status(), err.body_text())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            code: self.code,
            message: self.message,
        };
        let mut response = (self.status, Json(body)).into_response();
        if let Some(secs) = self.retry_after_secs
            && let Ok(value) = HeaderValue::from_str(&secs.to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        response
    }
}

/// Result of a handler.
pub type ApiResult<T> = Result<T, ApiError>;

/// Operations that need no sign-in: they take no [`Caller`](super::extract::Caller). Every
/// other operation is documented as needing the bearer token or the session cookie, and with
/// `401`. The authorisation matrix test (`tests/api/matrix.rs`) checks the document against
/// its own list of public endpoints.
const PUBLIC_OPERATIONS: [(&str, &str); 15] = [
    ("get", "/healthz"),
    ("get", "/readyz"),
    ("get", "/metrics"),
    ("post", "/api/v1/setup/inspect"),
    ("post", "/api/v1/setup/first-admin"),
    ("post", "/api/v1/setup/password-reset"),
    ("post", "/api/v1/auth/sign-in"),
    ("post", "/api/v1/auth/app/sign-in"),
    ("post", "/api/v1/auth/app/token"),
    ("get", "/api/v1/auth/sso"),
    ("get", "/api/v1/auth/sso/start"),
    ("get", "/api/v1/auth/sso/callback"),
    ("post", "/api/v1/devices/enroll"),
    ("post", "/api/v1/devices/check-in"),
    ("get", "/api/v1/agent/version"),
];

/// Documents, on every operation of the OpenAPI document, the error answers that come from the
/// request's shape rather than from the operation: the extractors' and the layers' refusals
/// (`400` for a malformed body or query, `404` for a path parameter that names nothing, `413`
/// and `415` for bodies, `401` without a valid credential, `403` `origin_mismatch` for a
/// cross-site state change), and the security schemes. An answer the annotation already lists
/// keeps its description; an empty one gets the generic one.
#[derive(Debug)]
pub struct DocumentedErrors;

impl utoipa::Modify for DocumentedErrors {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{
            ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme,
        };

        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                .scheme(HttpAuthScheme::Bearer)
                .description(Some(
                    "An API token (`POST /api/v1/tokens`) or an app's sign-in token (`asa_...`)",
                ))
                .build(),
            ),
        );
        components.add_security_scheme(
            "session_cookie",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                super::extract::SESSION_COOKIE,
                "A browser's sign-in session (`POST /api/v1/auth/sign-in`); state changes with it need this server's `Origin`",
            ))),
        );
        let info = doc.info.description.get_or_insert_with(String::new);
        info.push_str(
            " Besides the answers each operation lists, any request may be answered `408` \
             (`timeout`), `500` (`internal`) or `503` (`unavailable`, with `Retry-After`); an \
             unknown path `404` and an unknown method `405` (`method_not_allowed`).",
        );
        for (path, item) in &mut doc.paths.paths {
            for (method, operation) in [
                ("get", &mut item.get),
                ("put", &mut item.put),
                ("post", &mut item.post),
                ("delete", &mut item.delete),
                ("patch", &mut item.patch),
            ] {
                if let Some(operation) = operation {
                    document_errors(method, path, operation);
                }
            }
        }
    }
}

fn document_errors(method: &str, path: &str, operation: &mut utoipa::openapi::path::Operation) {
    use utoipa::openapi::path::ParameterIn;
    use utoipa::openapi::security::SecurityRequirement;

    let public = PUBLIC_OPERATIONS.contains(&(method, path));
    let has = |place: ParameterIn| {
        operation
            .parameters
            .iter()
            .flatten()
            .any(|p| p.parameter_in == place)
    };
    let (query, path_parameters) = (has(ParameterIn::Query), has(ParameterIn::Path));
    let body = operation.request_body.is_some();
    let json_body = operation
        .request_body
        .as_ref()
        .is_some_and(|b| b.content.contains_key("application/json"));
    let state_change = matches!(method, "put" | "post" | "delete" | "patch");

    if !public {
        operation.security = Some(vec![
            SecurityRequirement::new("bearer", Vec::<String>::new()),
            SecurityRequirement::new("session_cookie", Vec::<String>::new()),
        ]);
        document(
            operation,
            "401",
            "`unauthenticated`: no valid bearer token or session cookie",
        );
        // A 403 the annotation lists without saying why is a permission this needs.
        fill_empty(
            operation,
            "403",
            "`forbidden`: the caller's roles do not allow this",
        );
    }
    if body || query {
        document(
            operation,
            "400",
            "`invalid_request`: the body or query is malformed, has an unknown field or a value out of range",
        );
    }
    if path_parameters {
        document(
            operation,
            "404",
            "`not_found`: nothing of that ID in the caller's organisation (also when the ID is malformed)",
        );
    }
    if body {
        document(
            operation,
            "413",
            "`payload_too_large`: the body is larger than the server's `max_body_bytes`",
        );
    }
    if json_body {
        document(
            operation,
            "415",
            "`unsupported_media_type`: the body is not sent as `application/json`",
        );
    }
    if state_change {
        const ORIGIN: &str = "`origin_mismatch`: a state change without a bearer token and without this server's `Origin`";
        document(operation, "403", ORIGIN);
        if let Some(utoipa::openapi::RefOr::T(response)) =
            operation.responses.responses.get_mut("403")
            && !response.description.contains("origin_mismatch")
        {
            response.description = format!("{}; {ORIGIN}", response.description);
        }
    }
}

/// Lists `status` with `description` and the error body, unless the operation lists it; an
/// empty description of a listed one is filled in.
fn document(operation: &mut utoipa::openapi::path::Operation, status: &str, description: &str) {
    use utoipa::openapi::{Content, Ref, RefOr, Response};

    fill_empty(operation, status, description);
    operation
        .responses
        .responses
        .entry(status.to_owned())
        .or_insert_with(|| {
            let mut response = Response::new(description);
            response.content.insert(
                "application/json".to_owned(),
                Content::new(Some(Ref::from_schema_name("ErrorBody"))),
            );
            RefOr::T(response)
        });
}

/// Gives a listed `status` with no description this one.
fn fill_empty(operation: &mut utoipa::openapi::path::Operation, status: &str, description: &str) {
    if let Some(utoipa::openapi::RefOr::T(response)) = operation.responses.responses.get_mut(status)
        && response.description.is_empty()
    {
        description.clone_into(&mut response.description);
    }
}
