//! Extractors: JSON, query, path and byte bodies whose rejections are [`ApiError`]s; the
//! authenticated [`Caller`]; and the [`Client`] address and user agent.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequest, FromRequestParts};
use axum::http::header;
use axum::http::request::Parts;
use axum_extra::extract::CookieJar;

use super::AppState;
use super::client_address::client_address;
use super::error::ApiError;
use crate::domain::access::Principal;
use crate::domain::{Client, Error, auth};

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "assist_session";

/// A JSON body; unknown fields and invalid values are refused with `invalid_request`.
#[derive(Debug, FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct ApiJson<T>(pub T);

/// A query string.
#[derive(Debug, FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(ApiError))]
pub struct ApiQuery<T>(pub T);

/// Path parameters.
#[derive(Debug, FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(ApiError))]
pub struct ApiPath<T>(pub T);

/// A raw body (a picture upload).
#[derive(Debug)]
pub struct ApiBytes(pub axum::body::Bytes);

impl<S: Send + Sync> FromRequest<S> for ApiBytes {
    type Rejection = ApiError;

    async fn from_request(
        request: axum::extract::Request,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(Self(axum::body::Bytes::from_request(request, state).await?))
    }
}

/// The authenticated caller: from `Authorization: Bearer` (an API token, or an app's sign-in
/// session by its `asa_` prefix), else from the session cookie.
#[derive(Debug, Clone)]
pub struct Caller(pub Principal);

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(value) = parts.headers.get(header::AUTHORIZATION) {
            let token = value
                .to_str()
                .ok()
                .and_then(|v| v.strip_prefix("Bearer "))
                .ok_or(Error::Unauthenticated)?;
            return Ok(Self(
                auth::authenticate_bearer(&state.deps, token.trim()).await?,
            ));
        }
        let jar = CookieJar::from_headers(&parts.headers);
        let cookie = jar.get(SESSION_COOKIE).ok_or(Error::Unauthenticated)?;
        Ok(Self(
            auth::authenticate_session(&state.deps, cookie.value()).await?,
        ))
    }
}

/// The client's address (behind trusted proxies, the forwarded one) and user agent.
#[derive(Debug, Clone)]
pub struct ClientInfo(pub Client);

impl FromRequestParts<AppState> for ClientInfo {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip())
            .ok_or_else(ApiError::internal)?;
        let address = client_address(peer, &parts.headers, &state.config.trusted_proxies);
        let user_agent = parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .chars()
            .filter(|c| !c.is_control())
            .take(200)
            .collect();
        Ok(Self(Client {
            address,
            user_agent,
        }))
    }
}
