//! Where the first-run link appears: on a terminal only, never in the server's output when
//! that goes to a log; `assist-server admin setup-link` issues one on demand, and only while no
//! tenant exists unless told `--another-tenant`.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use assist_protocol::error::ErrorCode;
use reqwest::StatusCode;
use serde_json::json;

use crate::cli::{binary, run};
use crate::support::{TestApp, expect_error, expect_json};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// What the first-admin link with this secret is for, asked of the server at `origin`.
async fn inspect(origin: &str, secret: &str) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{origin}/api/v1/setup/inspect"))
        .json(&json!({ "token": secret }))
        .send()
        .await
        .unwrap()
}

/// `assist-server admin setup-link [args]` on the database of `app`.
fn setup_link_command(app: &TestApp, args: &[&str]) -> (bool, String, String) {
    run(binary()
        .env("ASSIST_DATABASE_URL", app.config.database_url().expose())
        .args(["admin", "setup-link"])
        .args(args))
}

#[tokio::test]
async fn serve_keeps_the_setup_link_out_of_output_that_is_not_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut child = binary()
        .env("ASSIST_DATA_DIR", dir.path())
        .env("ASSIST_LISTEN", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "debug")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let logs = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut printed = String::new();
    while !printed.contains("admin setup-link") {
        let mut line = String::new();
        assert!(
            stdout.read_line(&mut line).unwrap() > 0,
            "server exited early: {printed}"
        );
        printed.push_str(&line);
    }
    let origin = format!("http://127.0.0.1:{port}");
    assert!(
        printed.contains(&format!("running at {origin}/")),
        "{printed}"
    );

    // The operator gets the link on demand, from the same data, while the server runs.
    let (ok, link, stderr) = run(binary()
        .env("ASSIST_DATA_DIR", dir.path())
        .env("ASSIST_LISTEN", format!("127.0.0.1:{port}"))
        .args(["admin", "setup-link"]));
    assert!(ok, "{stderr}");
    let secret = link
        .trim()
        .strip_prefix(&format!("{origin}/setup#"))
        .unwrap_or_else(|| panic!("not a link to this server: {link}"));
    let info = expect_json(inspect(&origin, secret).await, StatusCode::OK).await;
    assert_eq!(info["purpose"], "first_admin");

    assert!(
        Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .unwrap()
            .success()
    );
    stdout.read_to_string(&mut printed).unwrap();
    assert!(child.wait().unwrap().success());
    let logs = logs.join().unwrap();
    for (what, text) in [("standard output", &printed), ("log", &logs)] {
        assert!(
            !text.contains("/setup#") && !text.contains("asl_"),
            "a setup link in the server's {what}: {text}"
        );
    }
}

#[tokio::test]
async fn serve_shows_the_setup_link_on_a_terminal() {
    // `script` (util-linux) runs the server with a pseudo-terminal as its output.
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: `script` is not installed, so no terminal can be given");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let server = env!("CARGO_BIN_EXE_assist-server");
    let started = Instant::now();
    let output = Command::new("script")
        .args(["--quiet", "--return", "--command"])
        .arg(format!("timeout --signal=TERM 5 {server}"))
        .arg("/dev/null")
        .env("ASSIST_DATA_DIR", dir.path())
        .env("ASSIST_LISTEN", format!("127.0.0.1:{port}"))
        .env_remove("ASSIST_DATABASE_URL")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(started.elapsed() < Duration::from_secs(30));
    let shown = String::from_utf8_lossy(&output.stdout);
    assert!(
        shown.contains(&format!("http://127.0.0.1:{port}/setup#asl_")),
        "{shown}"
    );
    assert!(
        shown.contains("First start: open this one-time link"),
        "{shown}"
    );
}

#[tokio::test]
async fn admin_setup_link_issues_a_first_run_link_until_a_tenant_exists() {
    let app = TestApp::spawn().await;
    let first_start = app.first_run_link.clone().unwrap();
    let (_, first_start) = first_start.split_once('#').unwrap();

    // No tenant yet: a new first-run link, which retires the one the start issued.
    let (ok, link, stderr) = setup_link_command(&app, &[]);
    assert!(ok, "{stderr}");
    let (_, secret) = link.trim().split_once("/setup#").unwrap();
    let info = expect_json(inspect(&app.origin, secret).await, StatusCode::OK).await;
    assert_eq!(info["purpose"], "first_admin");
    // The command ran on the system clock, which this server's manual clock (started before
    // it) must pass to see the retirement.
    app.clock.advance(Duration::from_secs(5));
    expect_error(
        inspect(&app.origin, first_start).await,
        StatusCode::GONE,
        ErrorCode::SetupLinkInvalid,
    )
    .await;

    // Once a tenant exists, a first-run link is refused, saying what to do instead.
    app.tenant("Contoso", "ada@contoso.com").await;
    let (ok, link, stderr) = setup_link_command(&app, &[]);
    assert!(!ok, "{link}");
    assert!(!link.contains("/setup#"), "{link}");
    assert!(
        stderr.contains("already has an organisation") && stderr.contains("--another-tenant"),
        "{stderr}"
    );

    // Asked for explicitly, it creates one more tenant.
    let (ok, link, stderr) = setup_link_command(&app, &["--another-tenant"]);
    assert!(ok, "{stderr}");
    let (_, secret) = link.trim().split_once("/setup#").unwrap();
    let info = expect_json(inspect(&app.origin, secret).await, StatusCode::OK).await;
    assert_eq!(info["purpose"], "first_admin");
}
