//! `/metrics` is not public: the main listener serves it only with the operator's
//! `metrics_token`, and otherwise answers 404; `metrics_listen` serves it on a second address.
//! Whatever clients send, the label sets stay bounded.

use std::collections::BTreeSet;

use assist_protocol::error::ErrorCode;
use assist_server::config::Secret;
use reqwest::{Method, StatusCode};

use crate::support::{TestApp, expect_error, expect_json};

const TOKEN: &str = "metrics-token-0123456789abcdef";

async fn scrape(client: &reqwest::Client, url: &str, token: Option<&str>) -> reqwest::Response {
    let request = client.get(url);
    let request = match token {
        Some(token) => request.bearer_auth(token),
        None => request,
    };
    request.send().await.unwrap()
}

#[tokio::test]
async fn metrics_are_not_served_without_configuration_but_probes_are() {
    let app = TestApp::spawn().await;
    let client = reqwest::Client::new();
    expect_json(
        client.get(app.url("/healthz")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    expect_json(
        client.get(app.url("/readyz")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    let unconfigured = expect_error(
        scrape(&client, &app.url("/metrics"), None).await,
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
    )
    .await;
    // Any token is as good as none: the path does not exist, as for any unknown path.
    let guessed = expect_error(
        scrape(&client, &app.url("/metrics"), Some(TOKEN)).await,
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
    )
    .await;
    let unknown = expect_error(
        client.get(app.url("/no-such-page")).send().await.unwrap(),
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
    )
    .await;
    assert_eq!(unconfigured, unknown);
    assert_eq!(guessed, unknown);
    assert!(app.server.as_ref().unwrap().metrics_addr().is_none());
}

#[tokio::test]
async fn the_metrics_token_guards_metrics_on_the_main_listener() {
    let app = TestApp::spawn_with(|c| c.metrics_token = Some(Secret::new(TOKEN))).await;
    let client = reqwest::Client::new();
    let url = app.url("/metrics");
    for token in [None, Some("metrics-token-0123456789abcdeF"), Some("")] {
        let response = scrape(&client, &url, token).await;
        assert_eq!(
            response.headers().get("www-authenticate").unwrap(),
            "Bearer"
        );
        expect_error(
            response,
            StatusCode::UNAUTHORIZED,
            ErrorCode::Unauthenticated,
        )
        .await;
    }
    // An API token's scheme with the metrics token in another scheme does not pass either.
    let basic = client
        .get(&url)
        .header("authorization", format!("Basic {TOKEN}"))
        .send()
        .await
        .unwrap();
    assert_eq!(basic.status(), StatusCode::UNAUTHORIZED);

    client.get(app.url("/readyz")).send().await.unwrap();
    let response = scrape(&client, &url, Some(TOKEN)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/openmetrics-text")
    );
    let text = response.text().await.unwrap();
    assert!(
        text.contains(
            "assist_http_requests_total{method=\"GET\",route=\"/readyz\",status=\"200\"} 1"
        ),
        "{text}"
    );
    assert!(
        text.contains("assist_http_request_duration_seconds_bucket"),
        "{text}"
    );
    // The refused scrapes were counted like any request, without their credentials.
    assert!(text.contains("route=\"/metrics\",status=\"401\""), "{text}");
    assert!(!text.contains(TOKEN), "{text}");
}

#[tokio::test]
async fn metrics_listen_serves_metrics_on_a_second_address_only() {
    let app = TestApp::spawn_with(|c| {
        c.metrics_listen = Some("127.0.0.1:0".parse().unwrap());
    })
    .await;
    let client = reqwest::Client::new();
    let metrics = app.server.as_ref().unwrap().metrics_addr().unwrap();
    assert_ne!(metrics, app.server.as_ref().unwrap().addr());
    client.get(app.url("/healthz")).send().await.unwrap();

    // The main listener has no /metrics without a token.
    expect_error(
        scrape(&client, &app.url("/metrics"), None).await,
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
    )
    .await;
    // The second address serves the main listener's metrics, and nothing else.
    let response = scrape(&client, &format!("http://{metrics}/metrics"), None).await;
    assert_eq!(response.status(), StatusCode::OK);
    let text = response.text().await.unwrap();
    assert!(
        text.contains(
            "assist_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 1"
        ),
        "{text}"
    );
    for path in ["/healthz", "/api/v1/me", "/", "/setup"] {
        expect_error(
            client
                .get(format!("http://{metrics}{path}"))
                .send()
                .await
                .unwrap(),
            StatusCode::NOT_FOUND,
            ErrorCode::NotFound,
        )
        .await;
    }
}

#[tokio::test]
async fn metrics_listen_asks_for_the_token_too_when_there_is_one() {
    let app = TestApp::spawn_with(|c| {
        c.metrics_listen = Some("127.0.0.1:0".parse().unwrap());
        c.metrics_token = Some(Secret::new(TOKEN));
    })
    .await;
    let client = reqwest::Client::new();
    let url = format!(
        "http://{}/metrics",
        app.server.as_ref().unwrap().metrics_addr().unwrap()
    );
    expect_error(
        scrape(&client, &url, None).await,
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthenticated,
    )
    .await;
    assert_eq!(
        scrape(&client, &url, Some(TOKEN)).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        scrape(&client, &app.url("/metrics"), Some(TOKEN))
            .await
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn invented_methods_and_paths_do_not_grow_the_labels() {
    let app = TestApp::spawn_with(|c| c.metrics_token = Some(Secret::new(TOKEN))).await;
    let client = reqwest::Client::new();
    let mut sent = Vec::new();
    for i in 0..40 {
        let method = Method::from_bytes(format!("INVENTED{i}").as_bytes()).unwrap();
        let path = format!("/invented/{i}/path-{}", uuid::Uuid::new_v4());
        sent.push(format!("INVENTED{i}"));
        sent.push(path.clone());
        client
            .request(method.clone(), app.url("/healthz"))
            .send()
            .await
            .unwrap();
        client.request(method, app.url(&path)).send().await.unwrap();
        client.get(app.url(&path)).send().await.unwrap();
        client
            .get(app.url(&format!("/assets/invented-{i}.js")))
            .send()
            .await
            .unwrap();
    }
    let text = scrape(&client, &app.url("/metrics"), Some(TOKEN))
        .await
        .text()
        .await
        .unwrap();
    for value in &sent {
        assert!(
            !text.contains(value.as_str()),
            "{value} became a label: {text}"
        );
    }
    assert!(!text.contains("invented"), "{text}");
    let series: BTreeSet<&str> = text
        .lines()
        .filter(|line| line.starts_with("assist_http_requests_total{"))
        .collect();
    // 160 distinct requests, a handful of series: other and GET on /healthz, the unmatched
    // paths, and the asset route.
    assert!(series.len() <= 6, "{series:#?}");
    assert!(
        text.contains(
            "assist_http_requests_total{method=\"other\",route=\"/healthz\",status=\"405\"} 40"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "assist_http_requests_total{method=\"other\",route=\"unmatched\",status=\"404\"} 40"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "assist_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 40"
        ),
        "{text}"
    );
    assert!(text.contains("route=\"/assets/{*path}\""), "{text}");
}
