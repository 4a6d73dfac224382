//! The OpenAPI document is generated from the code, lists every route, and the checked-in copy
//! (`docs/openapi.json`, for client authors) is current.

use reqwest::StatusCode;

use crate::support::{TestApp, expect_json};

#[tokio::test]
async fn the_served_document_lists_every_endpoint() {
    let app = TestApp::spawn().await;
    let doc = expect_json(
        app.browser()
            .get(app.url("/api/openapi.json"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let paths = doc["paths"].as_object().unwrap();
    for (path, method) in [
        ("/healthz", "get"),
        ("/readyz", "get"),
        ("/metrics", "get"),
        ("/api/v1/setup/first-admin", "post"),
        ("/api/v1/auth/sign-in", "post"),
        ("/api/v1/me/sessions/{id}", "delete"),
        ("/api/v1/users/{id}", "patch"),
        ("/api/v1/users/{id}/picture", "put"),
        ("/api/v1/groups/{id}/members/{user_id}", "put"),
        ("/api/v1/tokens/{id}", "delete"),
        ("/api/v1/audit", "get"),
    ] {
        assert!(
            paths.get(path).and_then(|p| p.get(method)).is_some(),
            "{method} {path} missing"
        );
    }
    assert!(
        doc["components"]["schemas"]["ErrorCode"]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "too_many_attempts")
    );
}

#[test]
fn the_checked_in_document_is_current() {
    let generated = assist_server::http::openapi().to_pretty_json().unwrap();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/openapi.json");
    let checked_in = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        checked_in.trim_end() == generated.trim_end(),
        "docs/openapi.json is out of date: run `cargo xtask openapi` and commit the result"
    );
}
