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

impl From<PathRejection> for ApiError {
    fn from(err: PathRejection) -> Self {
        rejection(StatusCode::BAD_REQUEST, err.body_text())
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
