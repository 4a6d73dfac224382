//! First run: the one-time link creates the first tenant and administrator, once, before it
//! expires; recovery links set a new password and end every other session.

use std::time::Duration;

use assist_protocol::error::ErrorCode;
use reqwest::StatusCode;
use serde_json::json;

use crate::support::{PASSWORD, TestApp, expect_error, expect_json};

fn first_admin_body(token: &str) -> serde_json::Value {
    json!({
        "token": token,
        "tenant_name": "Contoso",
        "email": "Ada@Contoso.com",
        "display_name": "Ada Lovelace",
        "job_title": "Service Desk Lead",
        "password": PASSWORD,
    })
}

#[tokio::test]
async fn first_start_prints_a_link_that_creates_the_admin_once() {
    let app = TestApp::spawn().await;
    let link = app
        .first_run_link
        .clone()
        .expect("an empty store gets a first-run link");
    let (path, secret) = link.split_once('#').expect("secret in the fragment");
    assert_eq!(path, app.url("/setup"));

    let browser = app.browser();
    let info = expect_json(
        browser
            .post(app.url("/api/v1/setup/inspect"))
            .json(&json!({ "token": secret }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(info["purpose"], "first_admin");

    let me = expect_json(
        browser
            .post(app.url("/api/v1/setup/first-admin"))
            .json(&first_admin_body(secret))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(me["user"]["email"], "ada@contoso.com");
    assert_eq!(me["user"]["is_admin"], true);
    assert_eq!(me["tenant"]["name"], "Contoso");

    // The browser is signed in by the cookie the setup answer set.
    let me_again = expect_json(
        browser.get(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(me_again["user"]["display_name"], "Ada Lovelace");

    // The link is spent.
    let again = app
        .browser()
        .post(app.url("/api/v1/setup/first-admin"))
        .json(&first_admin_body(secret))
        .send()
        .await
        .unwrap();
    expect_error(again, StatusCode::GONE, ErrorCode::SetupLinkInvalid).await;
}

#[tokio::test]
async fn a_second_start_on_a_set_up_store_prints_no_link() {
    let app = TestApp::spawn().await;
    app.tenant("Contoso", "ada@contoso.com").await;
    let mut app = app;
    let config = app.config.clone();
    app.server
        .take()
        .expect("server")
        .shutdown(Duration::from_secs(5))
        .await
        .expect("stops");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let restarted = assist_server::Server::start(config, listener, app.clock.clone())
        .await
        .expect("restarts");
    assert_eq!(restarted.setup_link(), None);
    restarted
        .shutdown(Duration::from_secs(5))
        .await
        .expect("stops");
}

#[tokio::test]
async fn an_expired_setup_link_is_refused_and_creates_nothing() {
    let app = TestApp::spawn().await;
    let secret = app.setup_secret().await;
    app.clock.advance(Duration::from_mins(61));
    let browser = app.browser();
    let inspect = browser
        .post(app.url("/api/v1/setup/inspect"))
        .json(&json!({ "token": secret }))
        .send()
        .await
        .unwrap();
    expect_error(inspect, StatusCode::GONE, ErrorCode::SetupLinkInvalid).await;
    let complete = browser
        .post(app.url("/api/v1/setup/first-admin"))
        .json(&first_admin_body(&secret))
        .send()
        .await
        .unwrap();
    expect_error(complete, StatusCode::GONE, ErrorCode::SetupLinkInvalid).await;
    let sign_in = browser
        .post(app.url("/api/v1/auth/sign-in"))
        .json(&json!({ "email": "ada@contoso.com", "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    expect_error(
        sign_in,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidCredentials,
    )
    .await;
}

#[tokio::test]
async fn a_newer_link_retires_the_older_one() {
    let app = TestApp::spawn().await;
    let older = app.setup_secret().await;
    let newer = app.setup_secret().await;
    let browser = app.browser();
    let refused = browser
        .post(app.url("/api/v1/setup/first-admin"))
        .json(&first_admin_body(&older))
        .send()
        .await
        .unwrap();
    expect_error(refused, StatusCode::GONE, ErrorCode::SetupLinkInvalid).await;
    let accepted = browser
        .post(app.url("/api/v1/setup/first-admin"))
        .json(&first_admin_body(&newer))
        .send()
        .await
        .unwrap();
    expect_json(accepted, StatusCode::OK).await;
}

#[tokio::test]
async fn a_weak_password_keeps_the_link_usable() {
    let app = TestApp::spawn().await;
    let secret = app.setup_secret().await;
    let mut body = first_admin_body(&secret);
    body["password"] = json!("short");
    let browser = app.browser();
    let message = expect_error(
        browser
            .post(app.url("/api/v1/setup/first-admin"))
            .json(&body)
            .send()
            .await
            .unwrap(),
        StatusCode::BAD_REQUEST,
        ErrorCode::InvalidRequest,
    )
    .await;
    assert!(message.contains("password"), "{message}");
    expect_json(
        browser
            .post(app.url("/api/v1/setup/first-admin"))
            .json(&first_admin_body(&secret))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
}

#[tokio::test]
async fn a_recovery_link_sets_a_new_password_and_ends_other_sessions() {
    let app = TestApp::spawn().await;
    let (old_browser, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let email = assist_protocol::text::Email::parse("ada@contoso.com").unwrap();
    let link = assist_server::domain::setup::issue_password_reset_link(&app.deps().await, &email)
        .await
        .unwrap();

    let browser = app.browser();
    let info = expect_json(
        browser
            .post(app.url("/api/v1/setup/inspect"))
            .json(&json!({ "token": link.secret }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(info["purpose"], "password_reset");
    assert_eq!(info["email"], "ada@contoso.com");
    // A recovery link cannot create a tenant.
    let misuse = browser
        .post(app.url("/api/v1/setup/first-admin"))
        .json(&first_admin_body(&link.secret))
        .send()
        .await
        .unwrap();
    expect_error(misuse, StatusCode::GONE, ErrorCode::SetupLinkInvalid).await;

    let new_password = "a brand new passphrase";
    expect_json(
        browser
            .post(app.url("/api/v1/setup/password-reset"))
            .json(&json!({ "token": link.secret, "password": new_password }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    expect_error(
        old_browser.get(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
    let old_password = app
        .browser()
        .post(app.url("/api/v1/auth/sign-in"))
        .json(&json!({ "email": "ada@contoso.com", "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    expect_error(
        old_password,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidCredentials,
    )
    .await;
    let new = app
        .browser()
        .post(app.url("/api/v1/auth/sign-in"))
        .json(&json!({ "email": "ada@contoso.com", "password": new_password }))
        .send()
        .await
        .unwrap();
    expect_json(new, StatusCode::OK).await;
}
