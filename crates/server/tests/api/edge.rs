//! The connection and the outer layers: a client that never finishes its request headers is
//! cut off, and the answers of the timeout and panic layers carry the same security headers as
//! every other answer.

use std::sync::Arc;
use std::time::{Duration, Instant};

use assist_server::http::{AppState, with_layers};
use axum::Router;
use axum::routing::get;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::support::TestApp;

/// The headers every answer carries, with their values.
const SECURITY_HEADERS: [&str; 4] = [
    "content-security-policy",
    "x-content-type-options",
    "referrer-policy",
    "x-frame-options",
];

/// Sends `head` (and nothing more) on a new connection and reads until the server closes it
/// or `within` passes; the bytes read, and whether it closed.
async fn send_and_read(addr: &str, head: &[u8], within: Duration) -> (String, bool) {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(head).await.unwrap();
    let mut read = Vec::new();
    let closed = tokio::time::timeout(within, async {
        let mut buf = [0_u8; 4096];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => read.extend_from_slice(&buf[..n]),
            }
        }
    })
    .await
    .is_ok();
    (String::from_utf8_lossy(&read).into_owned(), closed)
}

/// The status and the lower-cased headers of a raw HTTP/1.1 answer.
fn parse_head(answer: &str) -> (u16, Vec<(String, String)>) {
    let head = answer.split("\r\n\r\n").next().unwrap_or_default();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {answer:?}"));
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    (status, headers)
}

/// The security headers of an ordinary answer of this server, to compare with.
async fn ordinary_security_headers(app: &TestApp) -> Vec<(String, String)> {
    let response = reqwest::get(app.url("/healthz")).await.unwrap();
    SECURITY_HEADERS
        .iter()
        .map(|name| {
            let value = response
                .headers()
                .get(*name)
                .unwrap_or_else(|| panic!("an ordinary answer lacks {name}"));
            ((*name).to_owned(), value.to_str().unwrap().to_owned())
        })
        .collect()
}

fn assert_security_headers(
    what: &str,
    headers: &[(String, String)],
    expected: &[(String, String)],
) {
    for (name, value) in expected {
        assert!(
            headers.iter().any(|(n, v)| n == name && v == value),
            "the {what} answer lacks {name}: {value}; it has {headers:#?}"
        );
    }
    assert!(
        headers.iter().any(|(n, _)| n == "x-request-id"),
        "the {what} answer lacks its request ID: {headers:#?}"
    );
}

#[tokio::test]
async fn a_connection_that_never_finishes_its_headers_is_closed() {
    let app = TestApp::spawn_with(|c| c.header_read_timeout_secs = 1).await;
    let addr = app.server.as_ref().unwrap().addr().to_string();
    let started = Instant::now();
    // A request line and a header, but never the blank line that ends the headers.
    let (_, closed) = send_and_read(
        &addr,
        b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a",
        Duration::from_secs(5),
    )
    .await;
    let elapsed = started.elapsed();
    assert!(closed, "the half-sent request held its connection for 5 s");
    assert!(
        elapsed >= Duration::from_millis(900),
        "closed after {elapsed:?}, before the timeout"
    );

    // A complete request on a fresh connection is still answered.
    let (answer, _) = send_and_read(
        &addr,
        b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        Duration::from_secs(5),
    )
    .await;
    assert_eq!(parse_head(&answer).0, 200, "{answer}");
}

#[tokio::test]
async fn the_default_header_read_timeout_is_ten_seconds() {
    let app = TestApp::spawn().await;
    assert_eq!(app.config.header_read_timeout_secs, 10);
    let addr = app.server.as_ref().unwrap().addr().to_string();
    let started = Instant::now();
    let (_, closed) = send_and_read(
        &addr,
        b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n",
        Duration::from_secs(14),
    )
    .await;
    let elapsed = started.elapsed();
    assert!(closed, "still open after {elapsed:?}");
    assert!(
        elapsed >= Duration::from_secs(9),
        "closed after {elapsed:?}"
    );
}

#[tokio::test]
async fn a_timed_out_request_gets_the_security_headers() {
    let app = TestApp::spawn_with(|c| c.request_timeout_secs = 1).await;
    let expected = ordinary_security_headers(&app).await;
    let addr = app.server.as_ref().unwrap().addr().to_string();
    // The headers promise a body that never comes: the handler waits for it until the
    // request timeout answers.
    let (answer, _) = send_and_read(
        &addr,
        b"POST /api/v1/auth/sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\n\
          Content-Type: application/json\r\nContent-Length: 64\r\n\r\n{\"email\":",
        Duration::from_secs(5),
    )
    .await;
    let (status, headers) = parse_head(&answer);
    assert_eq!(status, 408, "{answer}");
    assert!(answer.contains("\"code\":\"timeout\""), "{answer}");
    assert_security_headers("timeout", &headers, &expected);
}

async fn panics() -> &'static str {
    panic!("a handler bug")
}

#[tokio::test]
async fn panics_and_timeouts_of_the_application_layers_get_the_security_headers() {
    let app = TestApp::spawn_with(|c| c.request_timeout_secs = 1).await;
    let expected = ordinary_security_headers(&app).await;
    // The application's layers around two routes of this test's own.
    let state = AppState {
        deps: app.deps().await,
        config: Arc::new(app.config.clone()),
        metrics: Arc::default(),
    };
    let routes = Router::new().route("/panics", get(panics)).route(
        "/never-answers",
        get(|| async {
            tokio::time::sleep(Duration::from_secs(30)).await;
            "late"
        }),
    );
    let app_under_test = with_layers(routes, state.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, app_under_test).await });

    let client = reqwest::Client::new();
    for (path, status) in [("/panics", 500), ("/never-answers", 408), ("/nowhere", 404)] {
        let response = client
            .get(format!("http://{addr}{path}"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), status, "{path}");
        let headers: Vec<(String, String)> = response
            .headers()
            .iter()
            .map(|(n, v)| (n.as_str().to_owned(), v.to_str().unwrap().to_owned()))
            .collect();
        assert_security_headers(path, &headers, &expected);
        let body = response.text().await.unwrap();
        assert!(!body.contains("a handler bug"), "{body}");
    }
    // Both were counted, under their routes.
    let text = state.metrics.render();
    for series in [
        "route=\"/panics\",status=\"500\"",
        "route=\"/never-answers\",status=\"408\"",
    ] {
        assert!(text.contains(series), "{series} missing: {text}");
    }
    server.abort();
}
