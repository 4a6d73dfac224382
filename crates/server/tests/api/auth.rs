//! Sign-in, lockout, sessions, sign-out, API tokens and the `Origin` check.

use std::time::Duration;

use assist_protocol::error::ErrorCode;
use reqwest::StatusCode;
use reqwest::header::{RETRY_AFTER, SET_COOKIE};
use serde_json::json;

use crate::support::{PASSWORD, TestApp, expect_error, expect_json};

async fn attempt(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    app.browser()
        .post(app.url("/api/v1/auth/sign-in"))
        .json(&json!({ "email": email, "password": password }))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn sign_in_sets_a_strict_http_only_cookie() {
    let app = TestApp::spawn().await;
    app.tenant("Contoso", "ada@contoso.com").await;
    let response = attempt(&app, "ADA@contoso.com", PASSWORD).await;
    let cookie = response
        .headers()
        .get(SET_COOKIE)
        .expect("cookie")
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("assist_session="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Strict")
            && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "plain HTTP on localhost: {cookie}"
    );
    expect_json(response, StatusCode::OK).await;
}

#[tokio::test]
async fn wrong_password_and_unknown_account_look_the_same() {
    let app = TestApp::spawn().await;
    app.tenant("Contoso", "ada@contoso.com").await;
    let wrong = expect_error(
        attempt(&app, "ada@contoso.com", "not the password").await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidCredentials,
    )
    .await;
    let unknown = expect_error(
        attempt(&app, "nobody@contoso.com", PASSWORD).await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidCredentials,
    )
    .await;
    assert_eq!(wrong, unknown);
}

#[tokio::test]
async fn repeated_failures_lock_the_account_with_growing_delays() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    for _ in 0..6 {
        expect_error(
            attempt(&app, "ada@contoso.com", "guess").await,
            StatusCode::UNAUTHORIZED,
            ErrorCode::InvalidCredentials,
        )
        .await;
    }
    // Locked: even the right password is refused, without being checked.
    let locked = attempt(&app, "ada@contoso.com", PASSWORD).await;
    assert_eq!(locked.headers().get(RETRY_AFTER).unwrap(), "2");
    expect_error(
        locked,
        StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::TooManyAttempts,
    )
    .await;

    app.clock.advance(Duration::from_secs(3));
    expect_error(
        attempt(&app, "ada@contoso.com", "guess").await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidCredentials,
    )
    .await;
    let longer = attempt(&app, "ada@contoso.com", PASSWORD).await;
    assert_eq!(
        longer.headers().get(RETRY_AFTER).unwrap(),
        "4",
        "the delay doubles"
    );
    expect_error(
        longer,
        StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::TooManyAttempts,
    )
    .await;

    app.clock.advance(Duration::from_secs(5));
    expect_json(
        attempt(&app, "ada@contoso.com", PASSWORD).await,
        StatusCode::OK,
    )
    .await;

    // Every failure is in the audit log.
    let audit = expect_json(
        admin
            .get(app.url("/api/v1/audit?action=auth.sign_in_failed"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(audit["items"].as_array().unwrap().len(), 7);
    assert_eq!(audit["items"][0]["detail"]["reason"], "wrong_password");
}

#[tokio::test]
async fn a_disabled_account_cannot_sign_in_and_loses_its_sessions() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let bob = app.user(&admin, "bob@contoso.com", false).await;
    let bob_browser = app.sign_in("bob@contoso.com").await;
    expect_json(
        admin
            .patch(app.url(&format!("/api/v1/users/{}", bob.id)))
            .json(&json!({ "disabled": true }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    expect_error(
        bob_browser.get(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
    expect_error(
        attempt(&app, "bob@contoso.com", PASSWORD).await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidCredentials,
    )
    .await;
}

#[tokio::test]
async fn sign_out_ends_the_session_on_the_server() {
    let app = TestApp::spawn().await;
    app.tenant("Contoso", "ada@contoso.com").await;
    let browser = app.sign_in("ada@contoso.com").await;
    // Keep the raw cookie, as a thief would.
    let stolen = {
        let response = attempt(&app, "ada@contoso.com", PASSWORD).await;
        response
            .headers()
            .get(SET_COOKIE)
            .unwrap()
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_owned()
    };
    let replay = |cookie: String| {
        let app_url = app.url("/api/v1/me");
        async move {
            reqwest::Client::new()
                .get(app_url)
                .header("cookie", cookie)
                .send()
                .await
                .unwrap()
        }
    };
    expect_json(replay(stolen.clone()).await, StatusCode::OK).await;

    let response = browser
        .post(app.url("/api/v1/auth/sign-out"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    expect_error(
        browser.get(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;

    // The other session still works until it is revoked from the list.
    let sessions = expect_json(replay(stolen.clone()).await, StatusCode::OK).await;
    assert_eq!(sessions["via"], "cookie");
    let owner = app.sign_in("ada@contoso.com").await;
    let list = expect_json(
        owner
            .get(app.url("/api/v1/me/sessions"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let list = list.as_array().unwrap();
    assert_eq!(
        list.len(),
        3,
        "the setup session, the stolen one and this one"
    );
    assert_eq!(list.iter().filter(|s| s["current"] == true).count(), 1);
    for session in list.iter().filter(|s| s["current"] == false) {
        let id = session["id"].as_str().unwrap();
        let response = owner
            .delete(app.url(&format!("/api/v1/me/sessions/{id}")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
    }
    expect_error(
        replay(stolen).await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
    expect_json(
        owner.get(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
}

#[tokio::test]
async fn sessions_expire() {
    let app = TestApp::spawn().await;
    app.tenant("Contoso", "ada@contoso.com").await;
    let browser = app.sign_in("ada@contoso.com").await;
    app.clock.advance(Duration::from_secs(12 * 3600 + 1));
    expect_error(
        browser.get(app.url("/api/v1/me")).send().await.unwrap(),
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
}

#[tokio::test]
async fn api_tokens_work_until_revoked_or_expired() {
    let app = TestApp::spawn().await;
    let (admin, me) = app.tenant("Contoso", "ada@contoso.com").await;
    let created = expect_json(
        admin
            .post(app.url("/api/v1/tokens"))
            .json(&json!({ "name": "inventory script", "expires_in_days": 1 }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let secret = created["secret"].as_str().unwrap().to_owned();
    let id = created["token"]["id"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("ast_"));

    let script = reqwest::Client::new();
    let who = expect_json(
        script
            .get(app.url("/api/v1/me"))
            .bearer_auth(&secret)
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(who["user"]["id"], me.user.id.to_string());
    assert_eq!(who["via"], "api_token");
    // A bearer token needs no Origin: scripts are not browsers.
    expect_json(
        script
            .post(app.url("/api/v1/groups"))
            .bearer_auth(&secret)
            .json(&json!({ "name": "Help desk" }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;

    let listed = expect_json(
        admin.get(app.url("/api/v1/tokens")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(listed["items"][0]["name"], "inventory script");
    assert!(
        listed.to_string().find(&secret).is_none(),
        "the secret is never listed"
    );

    let revoke = admin
        .delete(app.url(&format!("/api/v1/tokens/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(revoke.status(), StatusCode::NO_CONTENT);
    expect_error(
        script
            .get(app.url("/api/v1/me"))
            .bearer_auth(&secret)
            .send()
            .await
            .unwrap(),
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
    expect_error(
        admin
            .delete(app.url(&format!("/api/v1/tokens/{id}")))
            .send()
            .await
            .unwrap(),
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
    )
    .await;

    let expiring = expect_json(
        admin
            .post(app.url("/api/v1/tokens"))
            .json(&json!({ "name": "short-lived", "expires_in_days": 1 }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let expiring = expiring["secret"].as_str().unwrap();
    app.clock.advance(Duration::from_secs(24 * 3600 + 1));
    expect_error(
        script
            .get(app.url("/api/v1/me"))
            .bearer_auth(expiring)
            .send()
            .await
            .unwrap(),
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
    expect_error(
        script
            .get(app.url("/api/v1/me"))
            .bearer_auth("ast_forged")
            .send()
            .await
            .unwrap(),
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
}

#[tokio::test]
async fn cookie_requests_from_another_origin_are_refused() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let cookie = {
        let response = attempt(&app, "ada@contoso.com", PASSWORD).await;
        response
            .headers()
            .get(SET_COOKIE)
            .unwrap()
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_owned()
    };
    let raw = reqwest::Client::new();
    let body = json!({ "name": "Evil" });
    let foreign = raw
        .post(app.url("/api/v1/groups"))
        .header("cookie", &cookie)
        .header("origin", "https://evil.example")
        .json(&body)
        .send()
        .await
        .unwrap();
    expect_error(foreign, StatusCode::FORBIDDEN, ErrorCode::OriginMismatch).await;
    let missing = raw
        .post(app.url("/api/v1/groups"))
        .header("cookie", &cookie)
        .json(&body)
        .send()
        .await
        .unwrap();
    expect_error(missing, StatusCode::FORBIDDEN, ErrorCode::OriginMismatch).await;
    // Cross-site sign-in is refused too.
    let login_csrf = raw
        .post(app.url("/api/v1/auth/sign-in"))
        .header("origin", "https://evil.example")
        .json(&json!({ "email": "ada@contoso.com", "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    expect_error(login_csrf, StatusCode::FORBIDDEN, ErrorCode::OriginMismatch).await;
    // Reads are not state changes, and nothing was created.
    let groups = expect_json(
        admin.get(app.url("/api/v1/groups")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(groups["items"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn requests_without_credentials_are_unauthenticated() {
    let app = TestApp::spawn().await;
    let anonymous = app.browser();
    for path in [
        "/api/v1/me",
        "/api/v1/users",
        "/api/v1/groups",
        "/api/v1/tokens",
        "/api/v1/audit",
        "/api/v1/tenant",
    ] {
        expect_error(
            anonymous.get(app.url(path)).send().await.unwrap(),
            StatusCode::UNAUTHORIZED,
            ErrorCode::Unauthenticated,
        )
        .await;
    }
    let garbage = anonymous
        .get(app.url("/api/v1/me"))
        .header("authorization", "Basic abc")
        .send()
        .await
        .unwrap();
    expect_error(
        garbage,
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
}

#[tokio::test]
async fn housekeeping_removes_what_ended_long_ago_and_keeps_the_rest() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let token = expect_json(
        admin
            .post(app.url("/api/v1/tokens"))
            .json(&json!({ "name": "old", "expires_in_days": 1 }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let kept = expect_json(
        admin
            .post(app.url("/api/v1/tokens"))
            .json(&json!({ "name": "forever" }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let deps = app.deps().await;
    let nothing = assist_server::domain::maintenance::prune(&deps)
        .await
        .unwrap();
    assert_eq!(
        nothing.sessions + nothing.api_tokens,
        0,
        "nothing has ended yet"
    );

    app.clock.advance(Duration::from_hours(24 * 32));
    let pruned = assist_server::domain::maintenance::prune(&deps)
        .await
        .unwrap();
    assert_eq!(
        pruned.sessions, 1,
        "the setup session ended 12 hours after it began"
    );
    assert_eq!(pruned.api_tokens, 1);
    assert!(pruned.links >= 1, "the first-run link expired");
    let browser = app.sign_in("ada@contoso.com").await;
    let tokens = expect_json(
        browser.get(app.url("/api/v1/tokens")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(tokens["items"].as_array().unwrap().len(), 1);
    assert_eq!(tokens["items"][0]["id"], kept["token"]["id"]);
    let _ = token;
}

#[tokio::test]
async fn api_tokens_expire_by_default_and_die_with_an_administrators_password_reset() {
    let app = TestApp::spawn().await;
    let (owner, _) = app.tenant("Contoso", "ada@contoso.com").await;
    // Bob administers everyone (the Administrator role holds api.create_tokens).
    let bob = app.user(&owner, "bob@contoso.com", false).await;
    let admins = crate::rbac::group(&app, &owner, "Admins", &[&bob.id.to_string()]).await;
    crate::rbac::assign(
        &app,
        &owner,
        "Admins",
        crate::rbac::ADMINISTRATOR,
        &admins,
        json!({ "all_users": true, "all_devices": true }),
    )
    .await;
    let bob_browser = app.sign_in("bob@contoso.com").await;
    let created = expect_json(
        bob_browser
            .post(app.url("/api/v1/tokens"))
            .json(&json!({ "name": "script" }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await;
    let created_at = time::OffsetDateTime::parse(
        created["token"]["created_at"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    let expires_at = time::OffsetDateTime::parse(
        created["token"]["expires_at"]
            .as_str()
            .expect("an expiry by default"),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    assert_eq!(expires_at - created_at, time::Duration::days(90));
    let too_long = bob_browser
        .post(app.url("/api/v1/tokens"))
        .json(&json!({ "name": "forever", "expires_in_days": 366 }))
        .send()
        .await
        .unwrap();
    expect_error(too_long, StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest).await;

    let secret = created["secret"].as_str().unwrap();
    let with_token = || {
        reqwest::Client::new()
            .get(app.url("/api/v1/me"))
            .bearer_auth(secret)
            .send()
    };
    assert_eq!(with_token().await.unwrap().status(), StatusCode::OK);
    // The owner resets Bob's password: his sign-ins and his tokens end.
    expect_json(
        owner
            .patch(app.url(&format!("/api/v1/users/{}", bob.id)))
            .json(&json!({ "password": "a brand new passphrase" }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        with_token().await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
}
