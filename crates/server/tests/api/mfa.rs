//! The TOTP second factor: enrolment, confirmation, sign-in with codes and recovery codes,
//! replay refusal, lockout, an administrator's reset, and turning it off.

use std::time::Duration;

use assist_protocol::error::ErrorCode;
use reqwest::StatusCode;
use serde_json::json;
use totp_rs::{Algorithm, Secret, TOTP};

use crate::support::{PASSWORD, TestApp, expect_error, expect_json};

pub(crate) fn code(app: &TestApp, secret: &str) -> String {
    let bytes = Secret::Encoded(secret.to_owned()).to_bytes().unwrap();
    let totp = TOTP::new_unchecked(Algorithm::SHA1, 6, 1, 30, bytes, None, String::new());
    let now = assist_server::domain::clock::Clock::now(app.clock.as_ref());
    totp.generate(u64::try_from(now.unix_timestamp()).unwrap())
}

async fn sign_in(app: &TestApp, code: Option<&str>) -> reqwest::Response {
    app.browser()
        .post(app.url("/api/v1/auth/sign-in"))
        .json(&json!({ "email": "ada@contoso.com", "password": PASSWORD, "second_factor_code": code }))
        .send()
        .await
        .unwrap()
}

/// Ada with a confirmed authenticator: her browser, the secret and her recovery codes.
pub(crate) async fn enrolled(app: &TestApp) -> (reqwest::Client, String, Vec<String>) {
    let (ada, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let enrolment = expect_json(
        ada.post(app.url("/api/v1/me/second-factor/totp"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let secret = enrolment["secret"].as_str().unwrap().to_owned();
    assert!(
        enrolment["otpauth_uri"]
            .as_str()
            .unwrap()
            .starts_with("otpauth://totp/Assist:ada%40contoso.com?")
    );
    assert!(enrolment["qr_svg"].as_str().unwrap().contains("<svg"));
    // Not yet required: it is unconfirmed.
    expect_json(sign_in(app, None).await, StatusCode::OK).await;

    let confirm = app.url("/api/v1/me/second-factor/totp/confirm");
    let wrong = ada
        .post(&confirm)
        .json(&json!({ "code": "000000" }))
        .send()
        .await
        .unwrap();
    expect_error(
        wrong,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidSecondFactor,
    )
    .await;
    let codes = expect_json(
        ada.post(&confirm)
            .json(&json!({ "code": code(app, &secret) }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let codes: Vec<String> = codes["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(codes.len(), 10);
    (ada, secret, codes)
}

#[tokio::test]
async fn sign_in_needs_a_fresh_authenticator_code_once_enrolled() {
    let app = TestApp::spawn().await;
    let (ada, secret, _) = enrolled(&app).await;
    let status = expect_json(
        ada.get(app.url("/api/v1/me/second-factor"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        status,
        json!({ "totp_enabled": true, "recovery_codes_left": 10 })
    );

    let without = sign_in(&app, None).await;
    assert!(
        without.headers().get("set-cookie").is_none(),
        "no session without the second factor"
    );
    expect_error(
        without,
        StatusCode::UNAUTHORIZED,
        ErrorCode::SecondFactorRequired,
    )
    .await;
    // The confirming code's step is spent: replaying it fails.
    expect_error(
        sign_in(&app, Some(&code(&app, &secret))).await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidSecondFactor,
    )
    .await;

    app.clock.advance(Duration::from_secs(30));
    let me = expect_json(
        sign_in(&app, Some(&code(&app, &secret))).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(me["second_factor"], true);
    // A wrong password with a right code is still a wrong password.
    let wrong_password = app
        .browser()
        .post(app.url("/api/v1/auth/sign-in"))
        .json(&json!({ "email": "ada@contoso.com", "password": "nope nope nope", "second_factor_code": "123456" }))
        .send()
        .await
        .unwrap();
    expect_error(
        wrong_password,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidCredentials,
    )
    .await;
}

#[tokio::test]
async fn recovery_codes_work_once_each() {
    let app = TestApp::spawn().await;
    let (ada, _, codes) = enrolled(&app).await;
    let typed = codes[3].to_uppercase().replace('-', " ");
    let me = expect_json(sign_in(&app, Some(&typed)).await, StatusCode::OK).await;
    assert_eq!(me["second_factor"], true);
    expect_error(
        sign_in(&app, Some(&codes[3])).await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidSecondFactor,
    )
    .await;
    let status = expect_json(
        ada.get(app.url("/api/v1/me/second-factor"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(status["recovery_codes_left"], 9);

    let renewed = expect_json(
        ada.post(app.url("/api/v1/me/second-factor/recovery-codes"))
            .json(&json!({ "code": codes[4] }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(renewed["codes"].as_array().unwrap().len(), 10);
    expect_error(
        sign_in(&app, Some(&codes[5])).await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidSecondFactor,
    )
    .await;
    let audit = expect_json(
        ada.get(app.url("/api/v1/audit?action=mfa.recovery_codes_renewed"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(audit["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn wrong_codes_count_towards_the_lockout() {
    let app = TestApp::spawn().await;
    enrolled(&app).await;
    for _ in 0..6 {
        expect_error(
            sign_in(&app, Some("999999")).await,
            StatusCode::UNAUTHORIZED,
            ErrorCode::InvalidSecondFactor,
        )
        .await;
    }
    expect_error(
        sign_in(&app, Some("999999")).await,
        StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::TooManyAttempts,
    )
    .await;
}

#[tokio::test]
async fn an_administrator_resets_a_lost_authenticator_and_users_can_turn_it_off() {
    let app = TestApp::spawn().await;
    let (ada, secret, _) = enrolled(&app).await;
    let bob = app.user(&ada, "bob@contoso.com", true).await;
    let me = expect_json(
        ada.get(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    let ada_id = me["user"]["id"].as_str().unwrap();

    // Bob cannot reset his own missing authenticator; a member could not reset anyone's.
    let bob_browser = app.sign_in("bob@contoso.com").await;
    let nothing = bob_browser
        .delete(app.url(&format!("/api/v1/users/{}/second-factor", bob.id)))
        .send()
        .await
        .unwrap();
    expect_error(nothing, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;
    let reset = bob_browser
        .delete(app.url(&format!("/api/v1/users/{ada_id}/second-factor")))
        .send()
        .await
        .unwrap();
    assert_eq!(reset.status(), StatusCode::NO_CONTENT);
    expect_json(sign_in(&app, None).await, StatusCode::OK).await;

    // Set up again, then turn it off with a code.
    let again = expect_json(
        ada.post(app.url("/api/v1/me/second-factor/totp"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let secret_two = again["secret"].as_str().unwrap().to_owned();
    assert_ne!(secret_two, secret);
    app.clock.advance(Duration::from_secs(30));
    expect_json(
        ada.post(app.url("/api/v1/me/second-factor/totp/confirm"))
            .json(&json!({ "code": code(&app, &secret_two) }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let busy = ada
        .post(app.url("/api/v1/me/second-factor/totp"))
        .send()
        .await
        .unwrap();
    expect_error(busy, StatusCode::CONFLICT, ErrorCode::Conflict).await;
    app.clock.advance(Duration::from_secs(30));
    let off = ada
        .post(app.url("/api/v1/me/second-factor/disable"))
        .json(&json!({ "code": code(&app, &secret_two) }))
        .send()
        .await
        .unwrap();
    assert_eq!(off.status(), StatusCode::NO_CONTENT);
    let me = expect_json(sign_in(&app, None).await, StatusCode::OK).await;
    assert_eq!(me["second_factor"], false);
}

#[tokio::test]
async fn guessing_codes_to_turn_the_second_factor_off_meets_the_sign_in_limits() {
    let app = TestApp::spawn().await;
    let (ada, secret, _) = enrolled(&app).await;
    for path in [
        "/api/v1/me/second-factor/disable",
        "/api/v1/me/second-factor/recovery-codes",
    ] {
        let burst = (0..30).map(|i| {
            ada.post(app.url(path))
                .json(&json!({ "code": format!("{:06}", 100_000 + i) }))
                .send()
        });
        let mut statuses: Vec<u16> = futures_util::future::join_all(burst)
            .await
            .into_iter()
            .map(|r| r.unwrap().status().as_u16())
            .collect();
        statuses.sort_unstable();
        let wrong = statuses.iter().filter(|s| **s == 401).count();
        let limited = statuses.iter().filter(|s| **s == 429).count();
        assert_eq!((wrong, limited), (6, 24), "{path}: {statuses:?}");
        // Even the right code waits out the lock; then it works.
        let right = ada
            .post(app.url(path))
            .json(&json!({ "code": code(&app, &secret) }))
            .send()
            .await
            .unwrap();
        assert_eq!(right.status(), StatusCode::TOO_MANY_REQUESTS, "{path}");
        // An hour without failures: the count starts afresh.
        app.clock.advance(Duration::from_mins(61));
    }
    let audit = expect_json(
        ada.get(app.url("/api/v1/audit?action=mfa.check_failed&limit=100"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(audit["items"].as_array().unwrap().len(), 12);
    // After the wait, the right code turns it off.
    let off = ada
        .post(app.url("/api/v1/me/second-factor/disable"))
        .json(&json!({ "code": code(&app, &secret) }))
        .send()
        .await
        .unwrap();
    assert_eq!(off.status(), StatusCode::NO_CONTENT);
}
