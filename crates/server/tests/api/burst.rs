//! Memory stays bounded under a burst of unauthenticated sign-ins: 600 at once, for made-up
//! accounts from as many client addresses (behind a trusted proxy, so no address limit stops
//! them), against the real binary in a process of its own, whose peak resident memory is read
//! from the kernel. Each password check holds 19 MiB; without a bound a burst like this took
//! the server to gigabytes. The figure is in docs/PERFORMANCE.md.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use futures_util::future::join_all;
use reqwest::StatusCode;
use serde_json::json;

/// Sign-ins fired at once.
const BURST: u32 = 600;
/// The most the burst may add to the server's peak memory: the hashing workers (at most four,
/// 19 MiB each) and room for the requests in flight.
const BOUND_MIB: u64 = 160;

/// A `kB` line of `/proc/<pid>/status`, in MiB.
fn status_mib(pid: u32, key: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status
        .lines()
        .find(|line| line.starts_with(key))
        .unwrap_or_else(|| panic!("{key} in /proc/{pid}/status"));
    let kib: u64 = line
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap();
    kib / 1024
}

#[tokio::test]
async fn a_burst_of_sign_ins_keeps_memory_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_assist-server"))
        .env("ASSIST_LISTEN", format!("127.0.0.1:{port}"))
        .env("ASSIST_DATA_DIR", dir.path())
        .env("ASSIST_TRUSTED_PROXIES", "[\"127.0.0.1/32\"]")
        .env("RUST_LOG", "error")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let origin = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    while !reqwest::get(format!("{origin}/readyz"))
        .await
        .is_ok_and(|r| r.status() == StatusCode::OK)
    {
        assert!(started.elapsed() < Duration::from_secs(30), "server ready");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let pid = child.id();
    let before = status_mib(pid, "VmRSS:");

    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();
    let burst = (0..BURST).map(|i| {
        let [_, a, b, c] = i.to_be_bytes();
        client
            .post(format!("{origin}/api/v1/auth/sign-in"))
            .header("x-forwarded-for", format!("10.{a}.{b}.{c}"))
            .json(&json!({ "email": format!("nobody{i}@example.com"), "password": "guess" }))
            .send()
    });
    let statuses: Vec<u16> = join_all(burst)
        .await
        .into_iter()
        .map(|r| r.unwrap().status().as_u16())
        .collect();
    let peak = status_mib(pid, "VmHWM:");
    let after = status_mib(pid, "VmRSS:");
    let _ = child.kill();
    let _ = child.wait();

    let checked = statuses.iter().filter(|s| **s == 401).count();
    let busy = statuses.iter().filter(|s| **s == 503).count();
    eprintln!(
        "burst of {BURST}: {checked} checked (401), {busy} refused busy (503); resident memory {before} MiB before, peak {peak} MiB, {after} MiB after"
    );
    assert_eq!(
        checked + busy,
        statuses.len(),
        "only 401 and 503: {statuses:?}"
    );
    assert!(checked > 0, "some passwords were checked");
    assert!(
        peak <= before + BOUND_MIB,
        "peak {peak} MiB, {before} MiB before the burst: more than {BOUND_MIB} MiB added"
    );
}
