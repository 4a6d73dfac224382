//! Session benchmarks against a real release server process on this machine (SQLite, the
//! in-process bus, loopback). Each prints a JSON summary; `docs/PERFORMANCE.md` records runs.
//!
//! - `bench-sessions --sessions N --seconds S`: N sessions, both participants connected and
//!   heartbeating every second, held S seconds; the server's resident memory and CPU.
//!   The connections are held by two worker processes (helpers, sharers), because one
//!   process may open at most `ulimit -n` sockets.
//! - `bench-redeem --rate R --seconds S`: R code redemptions per second, open loop, each on a
//!   fresh code; latency percentiles.
//! - `bench-leave --rounds K`: how long the helper waits to hear that the sharer left
//!   gracefully (an `end` message) and abruptly (the socket dropped).

#![allow(
    clippy::print_stdout,
    reason = "a benchmark's report is its standard output"
)]
#![allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "statistics over counts and tick numbers far below 2^52"
)]

use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

const PASSWORD: &str = "correct horse battery staple";

/// A release server on a fresh data directory, killed when dropped.
struct Server {
    child: Child,
    origin: String,
    setup_token: String,
    dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn release_binary() -> PathBuf {
    crate::workspace_root().join("target/release/assist-server")
}

fn start_server() -> Result<Server> {
    let binary = release_binary();
    if !binary.exists() {
        bail!("build it first: cargo build --release -p assist-server");
    }
    let dir = tempfile::tempdir()?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let mut child = Command::new(&binary)
        .env("ASSIST_DATA_DIR", dir.path())
        .env("ASSIST_LISTEN", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()?;
    // Ready once it says where it runs. Its output is not a terminal, so it shows no setup
    // link there; `admin setup-link` issues one on the same data.
    let mut stdout = std::io::BufReader::new(child.stdout.take().context("stdout")?);
    loop {
        let mut line = String::new();
        if std::io::BufRead::read_line(&mut stdout, &mut line)? == 0 {
            bail!("the server exited before saying where it runs");
        }
        if line.contains("running at") {
            break;
        }
    }
    // Keep draining stdout so the server never blocks on a full pipe.
    std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
    // From here on, dropping `server` stops the process.
    let mut server = Server {
        child,
        origin: format!("http://127.0.0.1:{port}"),
        setup_token: String::new(),
        dir,
    };
    let link = Command::new(&binary)
        .env("ASSIST_DATA_DIR", server.dir.path())
        .args(["admin", "setup-link"])
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()?;
    let link = String::from_utf8_lossy(&link.stdout);
    let Some((_, setup_token)) = link.split_once("/setup#") else {
        bail!("`assist-server admin setup-link` printed no link: {link}");
    };
    setup_token.trim().clone_into(&mut server.setup_token);
    Ok(server)
}

/// The tenant, its helper (the owner) and a sharer, with bearer tokens.
struct Desk {
    origin: String,
    helper: reqwest::Client,
    sharer: reqwest::Client,
    helper_token: String,
    sharer_token: String,
}

async fn json_ok(response: reqwest::Response) -> Result<Value> {
    let status = response.status();
    let text = response.text().await?;
    if !status.is_success() {
        bail!("{status}: {text}");
    }
    Ok(if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text)?
    })
}

fn browser(origin: &str) -> Result<reqwest::Client> {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("origin", origin.parse()?);
    Ok(reqwest::Client::builder()
        .cookie_store(true)
        .default_headers(headers)
        .build()?)
}

fn bearer(token: &str) -> Result<reqwest::Client> {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("authorization", format!("Bearer {token}").parse()?);
    Ok(reqwest::Client::builder()
        .default_headers(headers)
        .pool_max_idle_per_host(256)
        .build()?)
}

/// A bearer token for `email`: an app's sign-in, which anyone may hold (API tokens need a
/// permission the sharer does not have).
async fn token(origin: &str, email: &str) -> Result<String> {
    let signed_in = json_ok(
        reqwest::Client::new()
            .post(format!("{origin}/api/v1/auth/app/sign-in"))
            .json(&json!({ "email": email, "password": PASSWORD, "app": "bench" }))
            .send()
            .await?,
    )
    .await?;
    Ok(signed_in["token"].as_str().unwrap_or_default().to_owned())
}

async fn desk(server: &Server) -> Result<Desk> {
    let origin = server.origin.clone();
    let admin = browser(&origin)?;
    json_ok(
        admin
            .post(format!("{origin}/api/v1/setup/first-admin"))
            .json(&json!({ "token": server.setup_token, "tenant_name": "Bench", "email": "helper@bench.example",
                "display_name": "Bench Helper", "password": PASSWORD }))
            .send()
            .await?,
    )
    .await?;
    json_ok(
        admin
            .patch(format!("{origin}/api/v1/tenant/settings"))
            .json(&json!({ "remote_help_enabled": true, "unenrolled_help_enabled": true, "code_lifetime_minutes": 60 }))
            .send()
            .await?,
    )
    .await?;
    json_ok(
        admin
            .post(format!("{origin}/api/v1/users"))
            .json(&json!({ "email": "sharer@bench.example", "display_name": "Bench Sharer", "password": PASSWORD }))
            .send()
            .await?,
    )
    .await?;
    let helper_token = token(&origin, "helper@bench.example").await?;
    let sharer_token = token(&origin, "sharer@bench.example").await?;
    Ok(Desk {
        helper: bearer(&helper_token)?,
        sharer: bearer(&sharer_token)?,
        origin,
        helper_token,
        sharer_token,
    })
}

/// Starts a session; answers its ID and code.
async fn start(desk: &Desk) -> Result<(String, String)> {
    let created = json_ok(
        desk.helper
            .post(format!("{}/api/v1/sessions", desk.origin))
            .json(&json!({}))
            .send()
            .await?,
    )
    .await?;
    Ok((
        created["session"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        created["code"].as_str().unwrap_or_default().to_owned(),
    ))
}

async fn join(desk: &Desk, code: &str) -> Result<()> {
    json_ok(
        desk.sharer
            .post(format!("{}/api/v1/sessions/join", desk.origin))
            .json(&json!({ "code": code, "client": "web" }))
            .send()
            .await?,
    )
    .await
    .map(drop)
}

/// Runs `count` jobs, `width` at a time.
async fn in_parallel<F, Fut, T>(count: usize, width: usize, job: F) -> Result<Vec<T>>
where
    F: Fn(usize) -> Fut,
    Fut: Future<Output = Result<T>>,
{
    futures_util::stream::iter((0..count).map(job))
        .buffered(width)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect()
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn connect(origin: &str, token: &str, id: &str) -> Result<Socket> {
    let url = format!(
        "{}/api/v1/sessions/{id}/ws",
        origin.replacen("http", "ws", 1)
    );
    let mut request = url.into_client_request()?;
    request
        .headers_mut()
        .insert("authorization", format!("Bearer {token}").parse()?);
    let (socket, _) = tokio_tungstenite::connect_async(request).await?;
    Ok(socket)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = (p / 100.0 * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn distribution(mut millis: Vec<f64>) -> Value {
    millis.sort_by(f64::total_cmp);
    json!({
        "count": millis.len(),
        "p50_ms": percentile(&millis, 50.0),
        "p90_ms": percentile(&millis, 90.0),
        "p99_ms": percentile(&millis, 99.0),
        "max_ms": millis.last().copied().unwrap_or(f64::NAN),
    })
}

/// CPU seconds (user + system) and resident memory of a process, from /proc.
fn usage(pid: u32) -> Result<(f64, u64, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .context("stat")?
        .1
        .split_whitespace()
        .collect();
    let ticks: u64 = fields[11].parse::<u64>()? + fields[12].parse::<u64>()?;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let kib = |key: &str| -> u64 {
        status
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    // USER_HZ is 100 on Linux.
    Ok((ticks as f64 / 100.0, kib("VmRSS:"), kib("VmHWM:")))
}

/// `bench-sessions`: the coordinator.
pub fn sessions(count: usize, seconds: u64) -> Result<()> {
    let server = start_server()?;
    let runtime = tokio::runtime::Runtime::new()?;
    let (desk, ids) = runtime.block_on(async {
        let desk = desk(&server).await?;
        let made = Instant::now();
        let ids = in_parallel(count, 8, |_| async {
            let (id, code) = start(&desk).await?;
            join(&desk, &code).await?;
            Ok(id)
        })
        .await?;
        eprintln!(
            "{count} sessions started and joined in {:.1} s",
            made.elapsed().as_secs_f64()
        );
        anyhow::Ok((desk, ids))
    })?;
    let list = tempfile::NamedTempFile::new()?;
    std::fs::write(list.path(), ids.join("\n"))?;
    let (_, idle_rss, _) = usage(server.child.id())?;
    let worker = |token: &str| -> Result<Child> {
        Ok(Command::new(std::env::current_exe()?)
            .args(["bench-hold", &desk.origin, token])
            .arg(list.path())
            .arg(seconds.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?)
    };
    let connecting = Instant::now();
    let mut helpers = worker(&desk.helper_token)?;
    let mut sharers = worker(&desk.sharer_token)?;
    // The workers connect, then hold for `seconds`; measure the server once both hold all.
    for child in [&mut helpers, &mut sharers] {
        let stderr = child.stderr.take().context("worker stderr")?;
        let mut lines = std::io::BufRead::lines(std::io::BufReader::new(stderr));
        loop {
            match lines.next().transpose()? {
                Some(line) if line.starts_with("connected") => break,
                Some(line) => eprintln!("worker: {line}"),
                None => bail!("a worker stopped before connecting everything"),
            }
        }
    }
    let connect_seconds = connecting.elapsed().as_secs_f64();
    let pid = server.child.id();
    let mut peak_connected_rss = 0;
    std::thread::sleep(Duration::from_secs(3));
    let (cpu_before, rss_before, _) = usage(pid)?;
    let window = Instant::now();
    while window.elapsed() < Duration::from_secs(seconds.saturating_sub(6).max(5)) {
        std::thread::sleep(Duration::from_secs(1));
        peak_connected_rss = peak_connected_rss.max(usage(pid)?.1);
    }
    let (cpu_after, rss_after, hwm) = usage(pid)?;
    let cpu = (cpu_after - cpu_before) / window.elapsed().as_secs_f64();
    let outputs = [helpers.wait_with_output()?, sharers.wait_with_output()?];
    let reports: Vec<Value> = outputs
        .iter()
        .map(|o| serde_json::from_slice(&o.stdout).unwrap_or(Value::Null))
        .collect();
    let summary = json!({
        "sessions": count,
        "connections": reports.iter().map(|r| r["connected"].as_u64().unwrap_or(0)).sum::<u64>(),
        "lost_or_closed": reports.iter().map(|r| r["closed"].as_u64().unwrap_or(0)).sum::<u64>(),
        "offline_notices": reports.iter().map(|r| r["offline"].as_u64().unwrap_or(0)).sum::<u64>(),
        "heartbeats_received": reports.iter().map(|r| r["heartbeats"].as_u64().unwrap_or(0)).sum::<u64>(),
        "connect_seconds": connect_seconds,
        "server_rss_mib_before_connections": idle_rss / 1024,
        "server_rss_mib_connected": rss_before.max(rss_after).max(peak_connected_rss) / 1024,
        "server_peak_rss_mib": hwm / 1024,
        "server_cpu_cores": cpu,
        "measured_seconds": window.elapsed().as_secs_f64(),
        "total_seconds": connecting.elapsed().as_secs_f64(),
    });
    println!("{}", serde_json::to_string_pretty(&summary)?);
    Ok(())
}

/// `bench-hold ORIGIN TOKEN IDS_FILE SECONDS`: one worker holding one side of every session.
pub fn hold(origin: &str, token: &str, file: &Path, seconds: u64) -> Result<()> {
    let ids: Vec<String> = std::fs::read_to_string(file)?
        .lines()
        .map(str::to_owned)
        .collect();
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        let connected = Arc::new(AtomicU64::new(0));
        let closed = Arc::new(AtomicU64::new(0));
        let offline = Arc::new(AtomicU64::new(0));
        let heartbeats = Arc::new(AtomicU64::new(0));
        let started = Instant::now();
        // Each connection heartbeats from the moment it is up (the server drops a silent one
        // after three seconds) until `stop` says the hold is over.
        let (stop_tx, stop) = tokio::sync::watch::channel(false);
        let tasks = in_parallel(ids.len(), 16, |i| {
            let (origin, token, id) = (origin.to_owned(), token.to_owned(), ids[i].clone());
            let (closed, offline, heartbeats) = (closed.clone(), offline.clone(), heartbeats.clone());
            let mut stop = stop.clone();
            async move {
                let socket = connect(&origin, &token, &id).await?;
                Ok(tokio::spawn(async move {
                    let (mut sink, mut stream) = socket.split();
                    // Spread the heartbeats over the second.
                    let phase = Duration::from_millis((i as u64 * 7919) % 1000);
                    let mut beat = tokio::time::interval_at(
                        tokio::time::Instant::now() + phase,
                        Duration::from_secs(1),
                    );
                    let heartbeat = json!({ "type": "heartbeat" }).to_string();
                    loop {
                        tokio::select! {
                            _ = stop.changed() => break,
                            _ = beat.tick() => {
                                if sink.send(Message::Text(heartbeat.clone().into())).await.is_err() {
                                    closed.fetch_add(1, Ordering::Relaxed);
                                    break;
                                }
                            }
                            frame = stream.next() => match frame {
                                Some(Ok(Message::Text(text))) => {
                                    if text.contains("\"heartbeat\"") {
                                        heartbeats.fetch_add(1, Ordering::Relaxed);
                                    } else if text.contains("\"offline\"") {
                                        offline.fetch_add(1, Ordering::Relaxed);
                                    }
                                }
                                Some(Ok(_)) => {}
                                _ => { closed.fetch_add(1, Ordering::Relaxed); break; }
                            }
                        }
                    }
                }))
            }
        })
        .await?;
        connected.store(tasks.len() as u64, Ordering::Relaxed);
        let connect_seconds = started.elapsed().as_secs_f64();
        eprintln!("connected {}", tasks.len());
        tokio::time::sleep(Duration::from_secs(seconds)).await;
        let _ = stop_tx.send(true);
        for task in tasks {
            let _ = task.await;
        }
        println!(
            "{}",
            json!({
                "connected": connected.load(Ordering::Relaxed),
                "closed": closed.load(Ordering::Relaxed),
                "offline": offline.load(Ordering::Relaxed),
                "heartbeats": heartbeats.load(Ordering::Relaxed),
                "connect_seconds": connect_seconds,
                "held_seconds": seconds,
            })
        );
        anyhow::Ok(())
    })
}

/// `bench-redeem`: open-loop code redemptions at a fixed rate.
pub fn redeem(rate: u64, seconds: u64) -> Result<()> {
    let server = start_server()?;
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        let desk = Arc::new(desk(&server).await?);
        let total = usize::try_from(rate * seconds)?;
        let codes = in_parallel(total, 8, |_| {
            let desk = desk.clone();
            async move { Ok(start(&desk).await?.1) }
        })
        .await?;
        // Warm the connection pool.
        let warm = in_parallel(64, 64, |_| {
            let desk = desk.clone();
            async move {
                desk.sharer
                    .get(format!("{}/api/v1/me", desk.origin))
                    .send()
                    .await?;
                anyhow::Ok(())
            }
        });
        warm.await?;
        let interval = Duration::from_nanos(1_000_000_000 / rate);
        let begin = tokio::time::Instant::now();
        let mut tasks = Vec::with_capacity(total);
        for (i, code) in codes.into_iter().enumerate() {
            tokio::time::sleep_until(begin + interval * u32::try_from(i)?).await;
            let desk = desk.clone();
            tasks.push(tokio::spawn(async move {
                let sent = Instant::now();
                let outcome = join(&desk, &code).await;
                if let Err(err) = &outcome {
                    eprintln!("redemption failed: {err:#}");
                }
                (sent.elapsed().as_secs_f64() * 1000.0, outcome.is_ok())
            }));
        }
        let mut millis = Vec::with_capacity(total);
        let mut failed = 0;
        for task in tasks {
            let (ms, ok) = task.await?;
            millis.push(ms);
            failed += usize::from(!ok);
        }
        let elapsed = begin.elapsed().as_secs_f64();
        let mut summary = distribution(millis);
        summary["target_rate"] = json!(rate);
        summary["achieved_rate"] = json!(total as f64 / elapsed);
        summary["failed"] = json!(failed);
        println!("{}", serde_json::to_string_pretty(&summary)?);
        anyhow::Ok(())
    })
}

/// `bench-leave`: graceful and abrupt leave notification times.
pub fn leave(rounds: usize) -> Result<()> {
    let server = start_server()?;
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        let desk = desk(&server).await?;
        let mut graceful = Vec::new();
        let mut abrupt = Vec::new();
        for round in 0..rounds * 2 {
            let (id, code) = start(&desk).await?;
            join(&desk, &code).await?;
            let mut helper = connect(&desk.origin, &desk.helper_token, &id).await?;
            let mut sharer = connect(&desk.origin, &desk.sharer_token, &id).await?;
            // Wait until the helper has heard the sharer is online.
            wait_for(&mut helper, "\"online\"").await?;
            let sent = Instant::now();
            if round % 2 == 0 {
                sharer
                    .send(Message::Text(json!({ "type": "end" }).to_string().into()))
                    .await?;
                wait_for(&mut helper, "\"sharer_left\"").await?;
                graceful.push(sent.elapsed().as_secs_f64() * 1000.0);
            } else {
                drop(sharer);
                wait_for(&mut helper, "\"offline\"").await?;
                abrupt.push(sent.elapsed().as_secs_f64() * 1000.0);
            }
        }
        println!(
            "{}",
            serde_json::to_string_pretty(&json!({
                "graceful_end": distribution(graceful),
                "abrupt_drop": distribution(abrupt),
            }))?
        );
        anyhow::Ok(())
    })
}

async fn wait_for(socket: &mut Socket, needle: &str) -> Result<()> {
    loop {
        match tokio::time::timeout(Duration::from_secs(10), socket.next()).await? {
            Some(Ok(Message::Text(text))) if text.contains(needle) => return Ok(()),
            Some(Ok(_)) => {}
            other => bail!("connection ended while waiting for {needle}: {other:?}"),
        }
    }
}
