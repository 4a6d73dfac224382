//! Limits under real parallel requests: a burst gets no further than the same requests one
//! after another would. Also the client address behind trusted proxies, which the limits key on.

use std::collections::BTreeMap;

use futures_util::future::join_all;
use reqwest::StatusCode;
use serde_json::json;

use crate::peers::{code_of, desk, join_web, start};
use crate::support::{PASSWORD, TestApp, expect_json};

/// A server that believes `X-Forwarded-For` from loopback, so a test can speak from many
/// client addresses.
async fn behind_proxy() -> TestApp {
    TestApp::spawn_with(|config| {
        config.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
    })
    .await
}

async fn sign_in_from(app: &TestApp, email: &str, password: &str, from: &str) -> StatusCode {
    app.browser()
        .post(app.url("/api/v1/auth/sign-in"))
        .header("x-forwarded-for", from)
        .json(&json!({ "email": email, "password": password }))
        .send()
        .await
        .unwrap()
        .status()
}

/// How many responses had each status.
fn tally(statuses: impl IntoIterator<Item = StatusCode>) -> BTreeMap<u16, usize> {
    let mut counts = BTreeMap::new();
    for status in statuses {
        *counts.entry(status.as_u16()).or_default() += 1;
    }
    counts
}

#[tokio::test]
async fn sixty_simultaneous_wrong_passwords_get_as_far_as_six_in_a_row_would() {
    let app = TestApp::spawn().await;
    app.tenant("Contoso", "ada@contoso.com").await;
    let burst = (0..60).map(|i| {
        let app = &app;
        async move { sign_in_from(app, "ada@contoso.com", &format!("guess {i}"), "").await }
    });
    let counts = tally(join_all(burst).await);
    // Five free failures and the sixth that locks; the password is not even checked after.
    assert_eq!(counts, BTreeMap::from([(401, 6), (429, 54)]), "{counts:?}");
}

#[tokio::test]
async fn a_lockout_from_one_address_does_not_stop_the_right_password_from_another() {
    let app = behind_proxy().await;
    app.tenant("Contoso", "ada@contoso.com").await;
    let burst = (0..30).map(|_| sign_in_from(&app, "ada@contoso.com", "guess", "203.0.113.9"));
    let counts = tally(join_all(burst).await);
    assert_eq!(counts.get(&429), Some(&24), "{counts:?}");
    assert_eq!(
        sign_in_from(&app, "ada@contoso.com", PASSWORD, "203.0.113.9").await,
        StatusCode::TOO_MANY_REQUESTS,
        "the guessing address stays locked"
    );
    assert_eq!(
        sign_in_from(&app, "ada@contoso.com", PASSWORD, "198.51.100.7").await,
        StatusCode::OK,
        "the owner at another address signs in"
    );
}

#[tokio::test]
async fn forwarded_addresses_count_only_from_a_trusted_proxy() {
    // Not trusted: every request counts under the TCP peer, whatever the header says, so
    // made-up accounts from "many addresses" lock the one real address.
    let app = TestApp::spawn().await;
    app.tenant("Contoso", "ada@contoso.com").await;
    let spray = (0..21).map(|i| {
        let app = &app;
        async move {
            let from = format!("192.0.2.{i}");
            sign_in_from(app, &format!("nobody{i}@contoso.com"), "x", &from).await
        }
    });
    assert_eq!(tally(join_all(spray).await), BTreeMap::from([(401, 21)]));
    assert_eq!(
        sign_in_from(&app, "ada@contoso.com", PASSWORD, "198.51.100.7").await,
        StatusCode::TOO_MANY_REQUESTS
    );

    // Trusted: each forwarded client is counted on its own; the spray does not lock others.
    let app = behind_proxy().await;
    app.tenant("Contoso", "ada@contoso.com").await;
    let spray = (0..21).map(|i| {
        let app = &app;
        async move {
            let from = format!("192.0.2.66, 192.0.2.{i}");
            sign_in_from(app, &format!("nobody{i}@contoso.com"), "x", &from).await
        }
    });
    assert_eq!(tally(join_all(spray).await), BTreeMap::from([(401, 21)]));
    assert_eq!(
        sign_in_from(&app, "ada@contoso.com", PASSWORD, "198.51.100.7").await,
        StatusCode::OK
    );
    // The sign-in is recorded under the forwarded address.
    let owner = app.sign_in("ada@contoso.com").await;
    let sessions = expect_json(
        owner
            .get(app.url("/api/v1/me/sessions"))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let addresses: Vec<&str> = sessions
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["client_address"].as_str())
        .collect();
    assert!(addresses.contains(&"198.51.100.7"), "{addresses:?}");
}

#[tokio::test]
async fn simultaneous_wrong_codes_stay_within_the_tenant_budget() {
    let app = behind_proxy().await;
    let desk = desk(&app, true).await;
    let code = code_of(&start(&app, &desk, None).await);
    let wrong = if code.starts_with('9') {
        "1111 1111"
    } else {
        "9999 9999"
    };
    // Twelve people, each from an address of their own, six guesses each at once: 72
    // attempts, each person within their own limit, so only the tenant's 60 a minute holds.
    let mut sharers = Vec::new();
    for i in 0..12 {
        let email = format!("guesser{i}@contoso.com");
        app.user(&desk.admin, &email, false).await;
        sharers.push((app.sign_in(&email).await, format!("198.51.100.{i}")));
    }
    let app = &app;
    let burst = sharers.iter().flat_map(|(sharer, from)| {
        (0..6).map(move |_| {
            sharer
                .post(app.url("/api/v1/sessions/join"))
                .header("x-forwarded-for", from)
                .json(&json!({ "code": wrong, "client": "web" }))
                .send()
        })
    });
    let statuses = join_all(burst)
        .await
        .into_iter()
        .map(|response| response.unwrap().status());
    let counts = tally(statuses);
    assert_eq!(counts, BTreeMap::from([(404, 60), (429, 12)]), "{counts:?}");
    // The budget holds for the right code too until the minute is over.
    assert_eq!(
        join_web(app, &desk.sharer, &code).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    app.clock.advance(std::time::Duration::from_secs(61));
    expect_json(join_web(app, &desk.sharer, &code).await, StatusCode::OK).await;
}

#[tokio::test]
async fn simultaneous_refused_joins_with_the_right_code_are_limited_like_wrong_codes() {
    let app = TestApp::spawn().await;
    // Browser sharing is not allowed: every join from a browser is refused, and each refusal
    // tells the helper; twenty at once from one person must not make twenty notices.
    let desk = desk(&app, false).await;
    let code = code_of(&start(&app, &desk, None).await);
    let app = &app;
    let burst = (0..20).map(|_| join_web(app, &desk.sharer, &code));
    let counts = tally(join_all(burst).await.into_iter().map(|r| r.status()));
    // Exactly as many as wrong codes get: five free failures, and the sixth starts the wait.
    assert_eq!(counts, BTreeMap::from([(403, 6), (429, 14)]), "{counts:?}");
}
