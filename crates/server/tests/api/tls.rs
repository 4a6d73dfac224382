//! HTTPS from `tls_cert` and `tls_key`: the server speaks TLS and marks its cookie Secure.

use reqwest::StatusCode;
use reqwest::header::SET_COOKIE;
use serde_json::json;

use crate::support::{PASSWORD, TestApp, expect_json};

#[tokio::test]
async fn tls_serves_https_with_secure_cookies() {
    let dir = tempfile::tempdir().unwrap();
    let certified = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned()]).unwrap();
    let cert = dir.path().join("cert.pem");
    let key = dir.path().join("key.pem");
    std::fs::write(&cert, certified.cert.pem()).unwrap();
    std::fs::write(&key, certified.key_pair.serialize_pem()).unwrap();
    let app = TestApp::spawn_with(|config| {
        config.tls_cert = Some(cert.clone());
        config.tls_key = Some(key.clone());
    })
    .await;
    assert!(app.origin.starts_with("https://"), "{}", app.origin);
    expect_json(
        app.browser().get(app.url("/healthz")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    app.tenant("Contoso", "ada@contoso.com").await;
    let response = app
        .browser()
        .post(app.url("/api/v1/auth/sign-in"))
        .json(&json!({ "email": "ada@contoso.com", "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    let cookie = response
        .headers()
        .get(SET_COOKIE)
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.contains("Secure"), "{cookie}");
}
