//! Native apps (the Assist app): sign-in with a bearer token that is a sign-in session (same
//! checks as the browser's, works on REST and the session WebSocket, listed, revocable, ended
//! by sign-out), and the app version offered for updates.

use std::time::Duration;

use assist_protocol::error::ErrorCode;
use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, COOKIE, SET_COOKIE};
use serde_json::{Value, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::mfa;
use crate::peers::{Peer, desk, start};
use crate::support::{PASSWORD, TestApp, expect_error, expect_json};

/// A client as the app is: no cookie jar, no `Origin`.
fn app_client() -> reqwest::Client {
    reqwest::Client::new()
}

async fn app_sign_in(app: &TestApp, body: Value) -> reqwest::Response {
    app_client()
        .post(app.url("/api/v1/auth/app/sign-in"))
        .json(&body)
        .send()
        .await
        .unwrap()
}

/// Signs `email` in as the app; answers the bearer token.
pub(crate) async fn app_token(app: &TestApp, email: &str, label: &str) -> String {
    let answer = expect_json(
        app_sign_in(
            app,
            json!({ "email": email, "password": PASSWORD, "app": label }),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    answer["token"].as_str().unwrap().to_owned()
}

async fn get_with(app: &TestApp, token: &str, path: &str) -> reqwest::Response {
    app_client()
        .get(app.url(path))
        .header(AUTHORIZATION, format!("Bearer {token}"))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn an_app_signs_in_for_a_bearer_token_that_works_for_rest_and_the_session_websocket() {
    let app = TestApp::spawn().await;
    let desk = desk(&app, true).await;
    let response = app_sign_in(
        &app,
        json!({ "email": "SUE@contoso.com", "password": PASSWORD, "app": " Assist app 0.1.0 on host-x " }),
    )
    .await;
    assert!(
        response.headers().get(SET_COOKIE).is_none(),
        "an app gets no cookie"
    );
    let answer = expect_json(response, StatusCode::OK).await;
    let mut keys: Vec<&String> = answer.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(keys, ["expires_at", "token"]);
    let token = answer["token"].as_str().unwrap().to_owned();
    assert!(
        token.starts_with("asa_") && token.len() == 47,
        "a 256-bit secret with the app prefix: {token}"
    );
    let expires_at =
        OffsetDateTime::parse(answer["expires_at"].as_str().unwrap(), &Rfc3339).unwrap();
    let now = assist_server::domain::clock::Clock::now(app.clock.as_ref());
    assert_eq!(
        (expires_at - now).whole_seconds(),
        12 * 3600,
        "a browser sign-in's lifetime"
    );

    // Who it is, and how.
    let me = expect_json(get_with(&app, &token, "/api/v1/me").await, StatusCode::OK).await;
    assert_eq!(me["user"]["email"], "sue@contoso.com");
    assert_eq!(me["via"], "app");
    assert_eq!(me["second_factor"], false);

    // It is one of the user's sign-in sessions, with its label.
    let sessions = expect_json(
        get_with(&app, &token, "/api/v1/me/sessions").await,
        StatusCode::OK,
    )
    .await;
    let current: Vec<&Value> = sessions
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["current"] == true)
        .collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0]["kind"], "app");
    assert_eq!(current[0]["app"], "Assist app 0.1.0 on host-x");
    let browsers = sessions
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["kind"] == "browser")
        .count();
    assert_eq!(browsers, 1, "the sign-in of the desk's browser");

    // It joins a session (a state change without any Origin) and opens its WebSocket.
    let created = start(&app, &desk, None).await;
    let id = created["session"]["id"].as_str().unwrap().to_owned();
    let joined = expect_json(
        app_client()
            .post(app.url("/api/v1/sessions/join"))
            .header(AUTHORIZATION, format!("Bearer {token}"))
            .json(&json!({ "code": created["code"], "client": "web" }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(joined["id"], id.as_str());
    let mut sharer = Peer::connect(&app, &token, &id, true).await;
    let welcome = sharer.expect("welcome").await;
    assert_eq!(welcome["session"]["your_role"], "sharer", "{welcome}");
    let mut helper = Peer::connect(&app, &desk.helper_token, &id, true).await;
    assert_eq!(helper.expect("welcome").await["peer_online"], true);
    assert_eq!(sharer.until("presence").await["status"], "online");

    // The token is not a cookie, and a cookie is not a bearer token.
    expect_error(
        app_client()
            .get(app.url("/api/v1/me"))
            .header(COOKIE, format!("assist_session={token}"))
            .send()
            .await
            .unwrap(),
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
    let cookie = app
        .browser()
        .post(app.url("/api/v1/auth/sign-in"))
        .json(&json!({ "email": "sue@contoso.com", "password": PASSWORD }))
        .send()
        .await
        .unwrap()
        .headers()
        .get(SET_COOKIE)
        .unwrap()
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .trim_start_matches("assist_session=")
        .to_owned();
    assert!(cookie.starts_with("ass_"), "{cookie}");
    expect_error(
        get_with(&app, &cookie, "/api/v1/me").await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
    // A forged token with the app prefix is nobody.
    expect_error(
        get_with(&app, &format!("asa_{}", "A".repeat(43)), "/api/v1/me").await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;

    // The sign-in is audited like a browser's, saying it was the app.
    let events = expect_json(
        desk.admin
            .get(app.url("/api/v1/audit"))
            .query(&[("action", "auth.signed_in"), ("limit", "200")])
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let by_app: Vec<&Value> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["detail"]["app"] == "Assist app 0.1.0 on host-x")
        .collect();
    assert_eq!(by_app.len(), 1, "{events}");
    assert_eq!(by_app[0]["detail"]["method"], "password");
    assert_eq!(by_app[0]["detail"]["app"], "Assist app 0.1.0 on host-x");

    // Signing out with the token (no Origin: bearer requests cannot be forged cross-site)
    // ends it, on REST and for new WebSocket connections.
    let response = app_client()
        .post(app.url("/api/v1/auth/sign-out"))
        .header(AUTHORIZATION, format!("Bearer {token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    expect_error(
        get_with(&app, &token, "/api/v1/me").await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
    assert_eq!(
        Peer::try_connect(&app, &token, &id, false).await.err(),
        Some(401)
    );
}

#[tokio::test]
async fn revoking_the_app_session_or_disabling_the_account_ends_the_token() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    let bob = app.user(&admin, "bob@contoso.com", false).await;
    let bob_browser = app.sign_in("bob@contoso.com").await;
    let token = app_token(&app, "bob@contoso.com", "Assist app").await;
    expect_json(get_with(&app, &token, "/api/v1/me").await, StatusCode::OK).await;

    // Bob ends it from his browser's "where you are signed in".
    let sessions = expect_json(
        bob_browser
            .get(app.url("/api/v1/me/sessions"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let apps: Vec<&Value> = sessions
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["kind"] == "app")
        .collect();
    assert_eq!(apps.len(), 1);
    assert_eq!(apps[0]["current"], false);
    let response = bob_browser
        .delete(app.url(&format!(
            "/api/v1/me/sessions/{}",
            apps[0]["id"].as_str().unwrap()
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    expect_error(
        get_with(&app, &token, "/api/v1/me").await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;

    // A disabled account's token stops, and it cannot sign in again.
    let token = app_token(&app, "bob@contoso.com", "Assist app").await;
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
        get_with(&app, &token, "/api/v1/me").await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
    expect_error(
        app_sign_in(
            &app,
            json!({ "email": "bob@contoso.com", "password": PASSWORD }),
        )
        .await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidCredentials,
    )
    .await;

    // The token expires with the sign-in lifetime.
    let token = app_token(&app, "ada@contoso.com", "Assist app").await;
    app.clock.advance(Duration::from_secs(12 * 3600 + 1));
    expect_error(
        get_with(&app, &token, "/api/v1/me").await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
}

#[tokio::test]
async fn app_sign_in_asks_for_the_second_factor_like_the_browser() {
    let app = TestApp::spawn().await;
    let (_, secret, recovery) = mfa::enrolled(&app).await;
    let attempt = |code: Option<String>| {
        app_sign_in(
            &app,
            json!({ "email": "ada@contoso.com", "password": PASSWORD, "second_factor_code": code }),
        )
    };
    expect_error(
        attempt(None).await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::SecondFactorRequired,
    )
    .await;
    expect_error(
        attempt(Some("000000".to_owned())).await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidSecondFactor,
    )
    .await;
    // The confirming code's step is spent; the next step's code works.
    app.clock.advance(Duration::from_secs(30));
    let answer = expect_json(
        attempt(Some(mfa::code(&app, &secret))).await,
        StatusCode::OK,
    )
    .await;
    let token = answer["token"].as_str().unwrap();
    let me = expect_json(get_with(&app, token, "/api/v1/me").await, StatusCode::OK).await;
    assert_eq!(me["second_factor"], true);
    assert_eq!(me["via"], "app");
    // A recovery code works too, once.
    expect_json(attempt(Some(recovery[0].clone())).await, StatusCode::OK).await;
    expect_error(
        attempt(Some(recovery[0].clone())).await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidSecondFactor,
    )
    .await;
}

#[tokio::test]
async fn app_sign_in_is_throttled_together_with_the_browser_and_checks_its_label() {
    let app = TestApp::spawn().await;
    app.tenant("Contoso", "ada@contoso.com").await;
    for _ in 0..6 {
        expect_error(
            app_sign_in(
                &app,
                json!({ "email": "ada@contoso.com", "password": "guess" }),
            )
            .await,
            StatusCode::UNAUTHORIZED,
            ErrorCode::InvalidCredentials,
        )
        .await;
    }
    // Locked for the app and the browser alike, even with the right password.
    expect_error(
        app_sign_in(
            &app,
            json!({ "email": "ada@contoso.com", "password": PASSWORD }),
        )
        .await,
        StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::TooManyAttempts,
    )
    .await;
    expect_error(
        app.browser()
            .post(app.url("/api/v1/auth/sign-in"))
            .json(&json!({ "email": "ada@contoso.com", "password": PASSWORD }))
            .send()
            .await
            .unwrap(),
        StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::TooManyAttempts,
    )
    .await;
    app.clock.advance(Duration::from_secs(3));
    expect_json(
        app_sign_in(
            &app,
            json!({ "email": "ada@contoso.com", "password": PASSWORD }),
        )
        .await,
        StatusCode::OK,
    )
    .await;

    // Labels: at most 100 characters, no control characters; unknown fields are refused.
    for body in [
        json!({ "email": "ada@contoso.com", "password": PASSWORD, "app": "x".repeat(101) }),
        json!({ "email": "ada@contoso.com", "password": PASSWORD, "app": "line\nbreak" }),
        json!({ "email": "ada@contoso.com", "password": PASSWORD, "client": "app" }),
    ] {
        expect_error(
            app_sign_in(&app, body).await,
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidRequest,
        )
        .await;
    }
    // A cross-site page cannot use it to sign a browser in either.
    expect_error(
        app_client()
            .post(app.url("/api/v1/auth/app/sign-in"))
            .header("origin", "https://evil.example")
            .json(&json!({ "email": "ada@contoso.com", "password": PASSWORD }))
            .send()
            .await
            .unwrap(),
        StatusCode::FORBIDDEN,
        ErrorCode::OriginMismatch,
    )
    .await;
}

#[tokio::test]
async fn the_app_version_defaults_to_the_servers_own() {
    let app = TestApp::spawn().await;
    let version = expect_json(
        app_client()
            .get(app.url("/api/v1/agent/version"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        version,
        json!({ "current": env!("CARGO_PKG_VERSION"), "minimum": null, "download_url": null })
    );
}

#[tokio::test]
async fn the_app_version_comes_from_configuration() {
    let app = TestApp::spawn_with(|config| {
        config.agent_current_version = "1.10.0".to_owned();
        config.agent_minimum_version = Some("1.9.3".to_owned());
        config.agent_download_url =
            Some(url::Url::parse("https://downloads.contoso.com/assist/").unwrap());
    })
    .await;
    let version = expect_json(
        app_client()
            .get(app.url("/api/v1/agent/version"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        version,
        json!({
            "current": "1.10.0",
            "minimum": "1.9.3",
            "download_url": "https://downloads.contoso.com/assist/",
        })
    );
}

#[test]
fn bad_app_versions_stop_the_start_naming_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("assist.toml");
    for (toml, key) in [
        (
            "agent_current_version = \"latest\"\n",
            "agent_current_version",
        ),
        (
            "agent_current_version = \"1.9.3\"\nagent_minimum_version = \"1.10.0\"\n",
            "agent_minimum_version",
        ),
        (
            "agent_download_url = \"http://downloads.contoso.com/\"\n",
            "agent_download_url",
        ),
        ("agent_download_url = \"not a url\"\n", "agent_download_url"),
    ] {
        std::fs::write(&file, toml).unwrap();
        let err = assist_server::config::Config::load(Some(&file))
            .expect_err(toml)
            .to_string();
        assert!(err.contains(key), "{toml}: {err}");
    }
    std::fs::write(
        &file,
        "agent_current_version = \"1.10.0\"\nagent_minimum_version = \"1.9.3\"\n",
    )
    .unwrap();
    let config = assist_server::config::Config::load(Some(&file)).unwrap();
    assert_eq!(config.agent_version().minimum.as_deref(), Some("1.9.3"));
}

#[tokio::test]
async fn wrong_app_codes_meet_the_sign_in_limits_and_the_audit_stays_small() {
    let app = TestApp::spawn().await;
    app.tenant("Contoso", "ada@contoso.com").await;
    let deps = app.deps().await;
    let audited = || async {
        assist_server::store::audit::head(&mut deps.store.db().await.unwrap())
            .await
            .unwrap()
            .seq
    };
    let before = audited().await;
    let burst = (0..40).map(|i| {
        reqwest::Client::new()
            .post(app.url("/api/v1/auth/app/token"))
            .json(&json!({ "code": format!("asc_guess{i}"), "code_verifier": "v".repeat(43) }))
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
    assert_eq!((wrong, limited), (6, 34), "{statuses:?}");
    // One audit row per admitted refusal: the lock keeps a flood from filling the log.
    assert_eq!(audited().await - before, 6);
}
