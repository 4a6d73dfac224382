//! The HTTP edge: one axum router for the API, the OpenAPI document, probes, metrics and the
//! web app, wrapped in the cross-cutting layers (request IDs, tracing, security headers,
//! metrics, panics, timeouts, body limits, the `Origin` check; see [`with_layers`]), and the
//! router of the separate metrics address ([`metrics_router`]).

pub mod client_address;
pub mod error;
pub mod extract;
pub mod metrics;
pub mod routes;
pub mod web;

use std::sync::Arc;
use std::time::Duration;

use axum::error_handling::HandleErrorLayer;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{BoxError, Json, Router};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use assist_protocol::api::auth::Me;
use assist_protocol::error::{ErrorBody, ErrorCode};

use crate::config::Config;
use crate::domain::Deps;
use crate::domain::auth::{self, NewSession};
use error::{ApiError, ApiResult};
use extract::SESSION_COOKIE;
use metrics::Metrics;
use routes::{groups, health, setup, tenant, tokens, users};

/// What every handler can reach.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The domain's dependencies.
    pub deps: Deps,
    /// The configuration.
    pub config: Arc<Config>,
    /// The metrics registry.
    pub metrics: Arc<Metrics>,
}

impl AppState {
    /// Adds the session cookie: HttpOnly, SameSite=Strict, Secure when served over HTTPS.
    pub fn session_cookie(&self, jar: CookieJar, session: &NewSession) -> CookieJar {
        jar.add(
            Cookie::build((SESSION_COOKIE, session.secret.clone()))
                .http_only(true)
                .same_site(SameSite::Strict)
                .secure(self.config.secure_cookies())
                .path("/")
                .expires(session.expires_at),
        )
    }

    /// Clears the session cookie.
    pub fn clear_session_cookie(&self, jar: CookieJar) -> CookieJar {
        jar.remove(Cookie::build(SESSION_COOKIE).path("/"))
    }

    /// The answer to a successful sign-in: the cookie, and who is now signed in.
    pub async fn signed_in(
        &self,
        jar: CookieJar,
        session: &NewSession,
    ) -> ApiResult<(CookieJar, Json<Me>)> {
        let principal = auth::authenticate_session(&self.deps, &session.secret).await?;
        let me = auth::me(&self.deps, &principal).await?;
        Ok((self.session_cookie(jar, session), Json(me)))
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Assist API",
        description = "Remote assistance for IT help desks. Errors are `{\"code\", \"message\"}` with a stable code.",
        license(name = "Apache-2.0")
    ),
    components(schemas(ErrorBody, ErrorCode)),
    tags(
        (name = "health", description = "Probes and metrics"),
        (name = "setup", description = "First run and recovery links"),
        (name = "auth", description = "Sign-in and sessions"),
        (name = "users", description = "Users and profile pictures"),
        (name = "groups", description = "Groups"),
        (name = "roles", description = "Roles, assignments and remote help scope"),
        (name = "tokens", description = "API tokens"),
        (name = "devices", description = "Devices, enrollment and compliance"),
        (name = "policies", description = "Conditional access"),
        (name = "sessions", description = "Remote help sessions, their WebSocket, reports and ICE servers"),
        (name = "tenant", description = "The caller's tenant and audit log"),
        (name = "agent", description = "The Assist app: the version this server offers"),
    )
)]
struct ApiDoc;

/// Every documented route, with its OpenAPI description.
fn api_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(health::healthz))
        .routes(routes!(health::readyz))
        .routes(routes!(health::metrics))
        .routes(routes!(setup::inspect))
        .routes(routes!(setup::first_admin))
        .routes(routes!(setup::password_reset))
        .routes(routes!(routes::auth::sign_in))
        .routes(routes!(routes::auth::app_sign_in))
        .routes(routes!(routes::auth::app_token_exchange))
        .routes(routes!(routes::auth::sign_out))
        .routes(routes!(routes::auth::me, routes::auth::update_me))
        .routes(routes!(routes::auth::list_sessions))
        .routes(routes!(routes::auth::revoke_session))
        .routes(routes!(routes::sso::availability))
        .routes(routes!(routes::sso::start))
        .routes(routes!(routes::sso::callback))
        .routes(routes!(routes::sso::link_status))
        .routes(routes!(routes::sso::start_link))
        .routes(routes!(users::put_own_picture))
        .routes(routes!(routes::mfa::status))
        .routes(routes!(routes::mfa::start_totp))
        .routes(routes!(routes::mfa::confirm_totp))
        .routes(routes!(routes::mfa::disable))
        .routes(routes!(routes::mfa::renew_recovery_codes))
        .routes(routes!(routes::mfa::reset))
        .routes(routes!(users::list, users::create))
        .routes(routes!(users::get, users::update, users::delete))
        .routes(routes!(
            users::get_picture,
            users::put_picture,
            users::delete_picture
        ))
        .routes(routes!(groups::list, groups::create))
        .routes(routes!(groups::get, groups::update, groups::delete))
        .routes(routes!(groups::members))
        .routes(routes!(groups::add_member, groups::remove_member))
        .routes(routes!(routes::roles::list, routes::roles::create))
        .routes(routes!(
            routes::roles::get,
            routes::roles::update,
            routes::roles::delete
        ))
        .routes(routes!(
            routes::roles::list_assignments,
            routes::roles::create_assignment
        ))
        .routes(routes!(
            routes::roles::get_assignment,
            routes::roles::replace_assignment,
            routes::roles::delete_assignment
        ))
        .routes(routes!(routes::roles::eligibility))
        .routes(routes!(routes::roles::device_eligibility))
        .routes(routes!(groups::add_device, groups::remove_device))
        .routes(routes!(
            routes::devices::list_tokens,
            routes::devices::create_token
        ))
        .routes(routes!(routes::devices::revoke_token))
        .routes(routes!(routes::devices::enroll))
        .routes(routes!(routes::devices::check_in))
        .routes(routes!(routes::devices::list))
        .routes(routes!(routes::devices::get, routes::devices::delete))
        .routes(routes!(routes::devices::retire))
        .routes(routes!(
            routes::devices::list_policies,
            routes::devices::create_policy
        ))
        .routes(routes!(
            routes::devices::get_policy,
            routes::devices::replace_policy,
            routes::devices::delete_policy
        ))
        .routes(routes!(
            routes::access_policies::list,
            routes::access_policies::create
        ))
        .routes(routes!(
            routes::access_policies::get,
            routes::access_policies::replace,
            routes::access_policies::delete
        ))
        .routes(routes!(tokens::list, tokens::create))
        .routes(routes!(tokens::revoke))
        .routes(routes!(tenant::get, tenant::update))
        .routes(routes!(tenant::get_settings, tenant::update_settings))
        .routes(routes!(routes::help_desk::get_started))
        .routes(routes!(routes::help_desk::make_helpers))
        .routes(routes!(
            routes::sso::get_config,
            routes::sso::put_config,
            routes::sso::delete_config
        ))
        .routes(routes!(routes::domains::list, routes::domains::add))
        .routes(routes!(routes::domains::verify))
        .routes(routes!(routes::domains::remove))
        .routes(routes!(tenant::audit))
        .routes(routes!(tenant::export_audit))
        .routes(routes!(routes::sessions::start))
        .routes(routes!(routes::sessions::join))
        .routes(routes!(routes::sessions::live))
        .routes(routes!(routes::sessions::get))
        .routes(routes!(routes::sessions::revoke))
        .routes(routes!(crate::ws::connect))
        .routes(routes!(routes::sessions::reports))
        .routes(routes!(routes::sessions::export_reports))
        .routes(routes!(routes::sessions::report))
        .routes(routes!(routes::sessions::ice_servers))
        .routes(routes!(routes::agent::version))
}

/// The routes and the OpenAPI document of every API route, generated from the protocol types
/// and the handlers' annotations, with the error answers every operation shares
/// ([`error::DocumentedErrors`]).
fn api_parts() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    let (api, mut doc) = api_router().split_for_parts();
    utoipa::Modify::modify(&error::DocumentedErrors, &mut doc);
    (api, doc)
}

/// The OpenAPI document of every API route, generated from the protocol types.
#[must_use]
pub fn openapi() -> utoipa::openapi::OpenApi {
    api_parts().1
}

/// The whole application.
pub fn router(state: AppState) -> Router {
    let (api, doc) = api_parts();
    let doc = Arc::new(doc.to_pretty_json().unwrap_or_default());
    let routes = Router::new()
        .merge(api)
        .route(
            "/api/openapi.json",
            get(move || std::future::ready(openapi_json(&doc))),
        )
        .route("/", get(web::home))
        .route("/setup", get(web::setup))
        .route("/sign-in", get(web::sign_in))
        .route("/helper", get(web::helper))
        .route("/share", get(web::share))
        .route("/admin", get(web::admin))
        .route("/assets/{*path}", get(web::asset))
        .route("/locales/{lang}/{file}", get(web::locale));
    with_layers(routes, state)
}

/// Wraps `routes` in the cross-cutting layers every route of the application gets, gives it
/// the not-found and method-not-allowed answers, and its state. [`router`] is this over the
/// application's routes; the tests use it to put the same layers around routes of their own
/// (one that panics, one that never answers).
///
/// From the outside in: request IDs, tracing, security headers, metrics, panics, timeouts,
/// body limits, the `Origin` check. The security headers sit outside the panic and timeout
/// layers so that their answers carry the headers too, and metrics outside them so that those
/// answers are counted.
pub fn with_layers(routes: Router<AppState>, state: AppState) -> Router {
    let timeout = Duration::from_secs(state.config.request_timeout_secs);
    let routes = routes
        .fallback(|| async { no_such_path() })
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                ErrorCode::MethodNotAllowed,
                "method not allowed on this path",
            )
        })
        .layer(middleware::from_fn_with_state(state.clone(), check_origin))
        .layer(DefaultBodyLimit::max(state.config.max_body_bytes))
        .layer(
            ServiceBuilder::new()
                .layer(HandleErrorLayer::new(|err: BoxError| async move {
                    if err.is::<tower::timeout::error::Elapsed>() {
                        ApiError::new(
                            StatusCode::REQUEST_TIMEOUT,
                            ErrorCode::Timeout,
                            "the request took too long",
                        )
                    } else {
                        tracing::error!(error = %err, "middleware failure");
                        ApiError::internal()
                    }
                }))
                .timeout(timeout),
        )
        .layer(CatchPanicLayer::custom(|_panic| {
            tracing::error!("handler panicked");
            ApiError::internal().into_response()
        }))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            metrics::track,
        ));
    security_headers(routes)
        .layer(TraceLayer::new_for_http().on_response(DefaultOnResponse::new().level(tracing::Level::INFO)).make_span_with(|request: &Request| {
            let request_id = request
                .headers()
                .get("x-request-id")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            // The path only: query strings could carry cursors or, in future, secrets.
            tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), request_id)
        }))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .with_state(state)
}

/// What the `metrics_listen` address serves: `GET /metrics` and nothing else.
pub fn metrics_router(state: AppState) -> Router {
    let routes = Router::new()
        .route("/metrics", get(health::metrics_listener))
        .fallback(|| async { no_such_path() });
    security_headers(routes).with_state(state)
}

/// The answer to a path that does not exist.
pub(crate) fn no_such_path() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such path")
}

/// The security headers every response carries (unless it set its own).
fn security_headers<S: Clone + Send + Sync + 'static>(routes: Router<S>) -> Router<S> {
    routes
        .layer(response_header(
            header::CONTENT_SECURITY_POLICY,
            web::CONTENT_SECURITY_POLICY,
        ))
        .layer(response_header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(response_header(header::REFERRER_POLICY, "no-referrer"))
        .layer(response_header(header::X_FRAME_OPTIONS, "DENY"))
}

/// Sets a header on every response that does not set it itself.
fn response_header(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
}

fn openapi_json(doc: &str) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], doc.to_owned()).into_response()
}

/// Whether the request's `Origin` names this server (its `public_url`, or the `Host` it was
/// sent to with this server's scheme).
pub(crate) fn same_origin(state: &AppState, headers: &axum::http::HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let expected = if state.config.public_url.is_some() {
        state.config.public_origin()
    } else {
        let host = headers
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let scheme = if state.config.tls_enabled() {
            "https"
        } else {
            "http"
        };
        format!("{scheme}://{host}")
    };
    origin == expected
}

/// Refuses cross-site state changes: an unsafe request without a bearer token must carry an
/// `Origin` of this server when it has one at all, and must have one when it carries the
/// session cookie. (SameSite=Strict already keeps the cookie off cross-site requests; this is
/// the second lock, and it also stops cross-site sign-in.)
async fn check_origin(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    let headers = request.headers();
    if safe || headers.contains_key(header::AUTHORIZATION) {
        return next.run(request).await;
    }
    let allowed = match headers.get(header::ORIGIN) {
        Some(_) => same_origin(&state, headers),
        None => CookieJar::from_headers(headers)
            .get(SESSION_COOKIE)
            .is_none(),
    };
    if allowed {
        next.run(request).await
    } else {
        ApiError::new(
            StatusCode::FORBIDDEN,
            ErrorCode::OriginMismatch,
            "cross-site request refused: the Origin header must name this server",
        )
        .into_response()
    }
}
