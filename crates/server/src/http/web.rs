//! The web app: plain ES modules and pages embedded in the binary, and the locale files they
//! read. Pages get a strict Content-Security-Policy (no inline script, no third parties).

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;

use assist_protocol::error::ErrorCode;

use super::error::ApiError;

#[derive(RustEmbed)]
#[folder = "../../web/"]
struct WebAssets;

#[derive(RustEmbed)]
#[folder = "../../locales/"]
#[include = "*.ftl"]
struct Locales;

/// The policy every page is served with.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data: blob:; connect-src 'self'; media-src 'self' blob:; object-src 'none'; \
     base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

fn serve(bytes: std::borrow::Cow<'static, [u8]>, path: &str) -> Response {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let content_type = if mime.type_() == "text" || mime.subtype() == "javascript" {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    };
    let mut response = (StatusCode::OK, bytes.into_owned()).into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

fn not_found() -> Response {
    ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "no such page").into_response()
}

/// Serves a page by its route: `/` is the home page, `/setup` and `/sign-in` their own.
pub fn page(name: &str) -> Response {
    let file = format!("{name}.html");
    WebAssets::get(&file).map_or_else(not_found, |asset| serve(asset.data, &file))
}

/// `/`.
pub async fn home() -> Response {
    page("index")
}

/// `/setup`.
pub async fn setup() -> Response {
    page("setup")
}

/// `/sign-in`.
pub async fn sign_in() -> Response {
    page("sign-in")
}

/// `/helper`: the helper console (start a session, the code, the remote screen, chat).
pub async fn helper() -> Response {
    page("helper")
}

/// `/share`: the sharer web app (enter the code, consent, share the screen, chat).
pub async fn share() -> Response {
    page("share")
}

/// `/admin`: the admin console; its sections are routed in the page by the URL fragment.
pub async fn admin() -> Response {
    page("admin")
}

/// `/assets/{*path}`: scripts, styles and images.
pub async fn asset(Path(path): Path<String>) -> Response {
    let file = format!("assets/{path}");
    WebAssets::get(&file).map_or_else(not_found, |asset| serve(asset.data, &file))
}

/// `/locales/{lang}/{file}`: Fluent message files.
pub async fn locale(Path((lang, file)): Path<(String, String)>) -> Response {
    let path = format!("{lang}/{file}");
    Locales::get(&path).map_or_else(not_found, |asset| serve(asset.data, &path))
}
