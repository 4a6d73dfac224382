//! Two `assist-server` processes on one PostgreSQL database and one NATS server: the helper on
//! one node, the sharer on the other, and the whole flow between them (join, consent,
//! signaling, chat, a lost and resumed connection, the end). Runs when both
//! `ASSIST_TEST_DATABASE_URL` and `ASSIST_TEST_NATS_URL` are set (CI sets them); skipped, with
//! a note, otherwise.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::json;

use crate::peers::{Peer, desk, start};
use crate::support::{TestApp, expect_json, fresh_database};

/// A server process, killed when dropped.
struct Node {
    child: Child,
    origin: String,
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn node(database_url: &str, nats_url: &str, dir: &std::path::Path) -> Node {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(env!("CARGO_BIN_EXE_assist-server"))
        .env("ASSIST_DATABASE_URL", database_url)
        .env("ASSIST_NATS_URL", nats_url)
        .env("ASSIST_LISTEN", format!("127.0.0.1:{port}"))
        .env("ASSIST_DATA_DIR", dir)
        .env("ASSIST_RECONNECT_GRACE_SECS", "30")
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let origin = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    loop {
        if let Ok(response) = reqwest::get(format!("{origin}/readyz")).await
            && response.status() == StatusCode::OK
        {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "node at {origin} did not become ready"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Node { child, origin }
}

/// A client that authenticates with a bearer token (any node accepts it).
fn bearer(token: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("authorization", format!("Bearer {token}").parse().unwrap());
    reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap()
}

#[tokio::test]
async fn helper_and_sharer_on_different_nodes_run_the_whole_flow() {
    let (Ok(database), Ok(nats)) = (
        std::env::var("ASSIST_TEST_DATABASE_URL"),
        std::env::var("ASSIST_TEST_NATS_URL"),
    ) else {
        eprintln!(
            "skipped: set ASSIST_TEST_DATABASE_URL and ASSIST_TEST_NATS_URL to run two nodes"
        );
        return;
    };
    if database.is_empty() || nats.is_empty() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database(dir.path()).await;
    let a = node(url.expose(), &nats, dir.path()).await;
    let b = node(url.expose(), &nats, dir.path()).await;
    let config = assist_server::config::Config {
        database_url: Some(url.clone()),
        data_dir: dir.path().to_owned(),
        ..assist_server::config::Config::default()
    };
    let on_a = TestApp::external(
        a.origin.clone(),
        config.clone(),
        tempfile::tempdir().unwrap(),
    );
    let on_b = TestApp::external(b.origin.clone(), config, tempfile::tempdir().unwrap());

    // Everything is set up through node A; the sharer works through node B.
    let desk = desk(&on_a, true).await;
    let created = start(&on_a, &desk, None).await;
    let id = created["session"]["id"].as_str().unwrap().to_owned();
    let sharer_b = bearer(&desk.sharer_token);
    let joined = expect_json(
        sharer_b
            .post(on_b.url("/api/v1/sessions/join"))
            .json(&json!({ "code": created["code"], "client": "web" }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(joined["helper"]["display_name"], "Hal Helper");

    let mut helper = Peer::connect(&on_a, &desk.helper_token, &id, true).await;
    assert_eq!(
        helper.expect("welcome").await["session"]["sharer"]["id"],
        desk.sharer_id.as_str()
    );
    let mut sharer = Peer::connect(&on_b, &desk.sharer_token, &id, true).await;
    assert_eq!(sharer.expect("welcome").await["peer_online"], true);
    assert_eq!(helper.until("presence").await["status"], "online");

    // Consent and signaling across the nodes.
    helper.send(&json!({ "type": "request_mode", "mode": "view" }));
    assert_eq!(sharer.state().await["state"], "mode_requested");
    sharer.send(&json!({ "type": "consent", "allow": true }));
    assert_eq!(
        helper.until("session").await["session"]["state"]["state"],
        "mode_requested"
    );
    assert_eq!(helper.state().await["state"], "active");
    sharer.send(&json!({ "type": "offer", "sdp": "v=0\r\no=- 7 1 IN IP4 0.0.0.0\r\n" }));
    assert_eq!(
        helper.until("offer").await["sdp"],
        "v=0\r\no=- 7 1 IN IP4 0.0.0.0\r\n"
    );
    helper.send(&json!({ "type": "answer", "sdp": "v=0\r\no=- 8 1 IN IP4 0.0.0.0\r\n" }));
    assert_eq!(
        sharer.until("answer").await["sdp"],
        "v=0\r\no=- 8 1 IN IP4 0.0.0.0\r\n"
    );

    // Chat both ways.
    helper.send(&json!({ "type": "chat", "text": "我来帮你" }));
    assert_eq!(sharer.until("chat").await["message"]["text"], "我来帮你");
    assert_eq!(
        helper.until("chat").await["message"]["seq"],
        1,
        "the helper's own copy"
    );
    sharer.send(&json!({ "type": "chat", "text": "شكرا 🙏" }));
    assert_eq!(helper.until("chat").await["message"]["text"], "شكرا 🙏");

    // The sharer's connection to node B dies; node A's helper hears within 5 s.
    let killed = Instant::now();
    sharer.kill();
    assert_eq!(helper.until("presence").await["status"], "offline");
    assert!(
        killed.elapsed() < Duration::from_secs(5),
        "{:?}",
        killed.elapsed()
    );

    // The sharer comes back through node A this time, with the thread.
    let mut sharer = Peer::connect(&on_a, &desk.sharer_token, &id, true).await;
    let welcome = sharer.expect("welcome").await;
    assert_eq!(welcome["chat"].as_array().unwrap().len(), 2);
    assert_eq!(welcome["session"]["state"]["state"], "active");
    assert_eq!(helper.until("presence").await["status"], "online");

    // The helper moves to node B; the sharer ends; the helper is told at once.
    drop(helper);
    let mut helper = Peer::connect(&on_b, &desk.helper_token, &id, true).await;
    helper.expect("welcome").await;
    sharer.until("presence").await;
    let sent = Instant::now();
    sharer.send(&json!({ "type": "end" }));
    assert_eq!(
        helper.state().await,
        json!({ "state": "ended", "reason": "sharer_left" })
    );
    assert!(
        sent.elapsed() < Duration::from_millis(500),
        "{:?}",
        sent.elapsed()
    );
}
