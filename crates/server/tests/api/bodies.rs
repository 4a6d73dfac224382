//! Bad input gets a clear error and changes nothing: malformed, oversized and unknown-field
//! bodies, bad paths and methods, and timeouts.

use assist_protocol::error::ErrorCode;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::support::{TestApp, expect_error, expect_json};

#[tokio::test]
async fn malformed_unknown_and_invalid_bodies_are_refused_with_reasons() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let url = app.url("/api/v1/users");

    let syntax = admin
        .post(&url)
        .header("content-type", "application/json")
        .body("{\"email\": ")
        .send()
        .await
        .unwrap();
    expect_error(syntax, StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest).await;

    let unknown = admin
        .post(&url)
        .json(&json!({ "email": "bob@contoso.com", "display_name": "Bob", "nickname": "god" }))
        .send()
        .await
        .unwrap();
    let message = expect_error(unknown, StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest).await;
    assert!(message.contains("unknown field `nickname`"), "{message}");

    let bad_email = admin
        .post(&url)
        .json(&json!({ "email": "bob", "display_name": "Bob" }))
        .send()
        .await
        .unwrap();
    let message = expect_error(
        bad_email,
        StatusCode::BAD_REQUEST,
        ErrorCode::InvalidRequest,
    )
    .await;
    assert!(message.contains("e-mail address"), "{message}");

    let missing = admin
        .post(&url)
        .json(&json!({ "email": "bob@contoso.com" }))
        .send()
        .await
        .unwrap();
    let message = expect_error(missing, StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest).await;
    assert!(message.contains("display_name"), "{message}");

    let wrong_type = admin
        .post(&url)
        .header("content-type", "text/plain")
        .body("{}")
        .send()
        .await
        .unwrap();
    expect_error(
        wrong_type,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ErrorCode::UnsupportedMediaType,
    )
    .await;

    let control = admin
        .post(&url)
        .json(&json!({ "email": "bob@contoso.com", "display_name": "Bob\u{7}" }))
        .send()
        .await
        .unwrap();
    expect_error(control, StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest).await;

    // Nothing was created by any of them.
    let list = expect_json(admin.get(&url).send().await.unwrap(), StatusCode::OK).await;
    assert_eq!(
        list["items"].as_array().unwrap().len(),
        1,
        "only the administrator"
    );
}

#[tokio::test]
async fn oversized_bodies_are_refused() {
    let app = TestApp::spawn_with(|config| config.max_body_bytes = 4096).await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let huge = json!({ "name": "x".repeat(10_000) });
    let response = admin
        .post(app.url("/api/v1/groups"))
        .json(&huge)
        .send()
        .await
        .unwrap();
    expect_error(
        response,
        StatusCode::PAYLOAD_TOO_LARGE,
        ErrorCode::PayloadTooLarge,
    )
    .await;
}

#[tokio::test]
async fn bad_paths_ids_methods_and_queries_get_json_errors() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    // A malformed ID names nothing, like a well-formed one that is not there (docs/DECISIONS.md).
    for (method, path) in [
        (Method::GET, "/api/v1/users/not-a-uuid"),
        (
            Method::PUT,
            "/api/v1/groups/0/members/01a252cb-9e9d-7575-8ecc-caedca4da175",
        ),
        (Method::POST, "/api/v1/sessions/%C3%88/revoke"),
    ] {
        let response = admin.request(method, app.url(path)).send().await.unwrap();
        expect_error(response, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;
    }
    expect_error(
        admin
            .get(app.url("/api/v1/nothing-here"))
            .send()
            .await
            .unwrap(),
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
    )
    .await;
    expect_error(
        admin.put(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::METHOD_NOT_ALLOWED,
        ErrorCode::MethodNotAllowed,
    )
    .await;
    expect_error(
        admin
            .get(app.url("/api/v1/users?limit=abc"))
            .send()
            .await
            .unwrap(),
        StatusCode::BAD_REQUEST,
        ErrorCode::InvalidRequest,
    )
    .await;
    expect_error(
        admin
            .get(app.url("/api/v1/users?colour=red"))
            .send()
            .await
            .unwrap(),
        StatusCode::BAD_REQUEST,
        ErrorCode::InvalidRequest,
    )
    .await;
    expect_error(
        admin
            .get(app.url("/api/v1/users?cursor=zzz"))
            .send()
            .await
            .unwrap(),
        StatusCode::BAD_REQUEST,
        ErrorCode::InvalidRequest,
    )
    .await;
}

#[tokio::test]
async fn every_response_carries_a_request_id_and_security_headers() {
    let app = TestApp::spawn().await;
    let response = app.browser().get(app.url("/healthz")).send().await.unwrap();
    let headers = response.headers();
    assert!(headers.get("x-request-id").is_some());
    let csp = headers
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(headers.get("x-content-type-options").unwrap(), "nosniff");
    let given = app
        .browser()
        .get(app.url("/healthz"))
        .header("x-request-id", "trace-me-42")
        .send()
        .await
        .unwrap();
    assert_eq!(given.headers().get("x-request-id").unwrap(), "trace-me-42");
}

#[tokio::test]
async fn probes_and_metrics_answer() {
    let token = "metrics-token-0123456789abcdef";
    let app = TestApp::spawn_with(|c| {
        c.metrics_token = Some(assist_server::config::Secret::new(token));
    })
    .await;
    let browser = app.browser();
    let health = expect_json(
        browser.get(app.url("/healthz")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(health["status"], "ok");
    let ready = expect_json(
        browser.get(app.url("/readyz")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(ready["status"], "ok");
    let metrics = browser
        .get(app.url("/metrics"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains(
            "assist_http_requests_total{method=\"GET\",route=\"/readyz\",status=\"200\"} 1"
        ),
        "{metrics}"
    );
    assert!(
        metrics.contains("assist_http_request_duration_seconds_bucket"),
        "{metrics}"
    );
}
