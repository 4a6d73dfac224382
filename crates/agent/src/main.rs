//! `assist-agent`: enroll this device, check in, and share the screen with a helper.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context as _, bail};
use assist_agent::api::Api;
use assist_agent::credential::{self, Credential, CredentialError};
use assist_agent::session::control::Control;
use assist_agent::session::flow::Flow;
use assist_agent::{capture, facts, input, ui};
use clap::{Parser, Subcommand};
use tokio::sync::mpsc::unbounded_channel;

/// The Assist app: get remote help on this computer.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Cli {
    /// Where the device credential lives (default: $ASSIST_AGENT_DIR, else ~/.config/assist).
    #[arg(long, global = true, env = "ASSIST_AGENT_DIR")]
    dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Enroll this device in the organisation with an enrollment token from an administrator.
    Enroll {
        /// The Assist server, such as https://assist.example.com.
        #[arg(long)]
        server: String,
        /// The enrollment token.
        #[arg(long, env = "ASSIST_ENROLLMENT_TOKEN", hide_env_values = true)]
        token: String,
        /// Replace an existing (or damaged) enrollment.
        #[arg(long)]
        force: bool,
    },
    /// Report this device's facts once and print whether it is compliant.
    CheckIn,
    /// Keep checking in, as a background service does.
    Service {
        /// Minutes between check-ins.
        #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=1440))]
        interval_minutes: u64,
    },
    /// Get help: sign in, enter the helper's code, and share this screen.
    Share {
        /// Prompts on the terminal instead of a window.
        #[arg(long)]
        terminal: bool,
        /// The server, when this device is not enrolled (an enrolled device uses its own).
        #[arg(long)]
        server: Option<String>,
        /// The X display to share (default: $DISPLAY).
        #[arg(long)]
        display: Option<String>,
        /// Send everything through the organisation's TURN server: the helper never learns
        /// this device's network addresses (fails when the server lists no TURN server).
        #[arg(long)]
        relay_only: bool,
    },
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("ASSIST_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .init();
    // One TLS provider for the process (reqwest and the WebSocket both use rustls).
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dir = cli.dir.clone().unwrap_or_else(credential::default_dir);
    match run(cli.command, &dir) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("assist-agent: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?)
}

fn run(command: Command, dir: &std::path::Path) -> anyhow::Result<()> {
    match command {
        Command::Enroll {
            server,
            token,
            force,
        } => runtime()?.block_on(enroll(dir, &server, &token, force)),
        Command::CheckIn => runtime()?.block_on(async {
            let credential = Credential::load(dir)?;
            check_in(&credential).await
        }),
        Command::Service { interval_minutes } => runtime()?.block_on(async {
            let credential = Credential::load(dir)?;
            let mut every = tokio::time::interval(Duration::from_secs(interval_minutes * 60));
            loop {
                every.tick().await;
                if let Err(err) = check_in(&credential).await {
                    // A server that is down now is tried again at the next interval.
                    eprintln!("assist-agent: check-in failed: {err:#}");
                }
            }
        }),
        Command::Share {
            terminal,
            server,
            display,
            relay_only,
        } => share(
            dir,
            &ShareOptions {
                terminal,
                server,
                display,
                relay_only,
            },
        ),
    }
}

async fn enroll(
    dir: &std::path::Path,
    server: &str,
    token: &str,
    force: bool,
) -> anyhow::Result<()> {
    Credential::check_replaceable(dir, force)?;
    let api = Api::new(server)?;
    let key = Credential::generate_key();
    let enrolled = api
        .enroll(token, &key, facts::gather())
        .await
        .context("enrollment refused")?;
    let credential = Credential::new(api.origin(), enrolled.device_id, enrolled.credential, key);
    credential.save(dir)?;
    eprintln!(
        "Enrolled with {} as device {} ({}).",
        api.origin(),
        credential.device_id,
        dir.join(credential::FILE_NAME).display()
    );
    Ok(())
}

async fn check_in(credential: &Credential) -> anyhow::Result<()> {
    let api = Api::new(&credential.server)?;
    let compliance = api.check_in(credential, facts::gather()).await?;
    if compliance.compliant {
        eprintln!("Checked in: compliant.");
    } else {
        eprintln!("Checked in: not compliant:");
        for rule in &compliance.failing {
            eprintln!("  - {rule}");
        }
    }
    Ok(())
}

/// How `share` was asked to run.
struct ShareOptions {
    terminal: bool,
    server: Option<String>,
    display: Option<String>,
    relay_only: bool,
}

fn share(dir: &std::path::Path, options: &ShareOptions) -> anyhow::Result<()> {
    let display = options.display.as_deref();
    let credential = match Credential::load(dir) {
        Ok(credential) => Some(credential),
        // Not enrolled: sharing still works where the organisation allows unenrolled devices.
        Err(CredentialError::Missing { .. }) => None,
        Err(err) => return Err(err.into()),
    };
    let server = match (&credential, options.server.clone()) {
        (Some(credential), Some(server)) if Api::new(&server)?.origin() != credential.server => {
            bail!(
                "this device is enrolled with {}, not {server}; enroll again with --force to change servers",
                credential.server
            )
        }
        (Some(credential), _) => credential.server.clone(),
        (None, Some(server)) => server,
        (None, None) => {
            bail!("this device is not enrolled: give the server with --server, or enroll it first")
        }
    };
    let api = Api::new(&server)?;
    let injector = input::x11::X11Injector::open(display).context("cannot control this screen")?;
    let control = Arc::new(Control::new(Box::new(injector)));
    let (views_tx, views_rx) = unbounded_channel();
    let (actions_tx, actions_rx) = unbounded_channel();
    let display_for_capture = display.map(str::to_owned);
    let flow = Flow {
        api: api.clone(),
        credential: credential.clone(),
        control: Arc::clone(&control),
        open_capturer: Box::new(move || {
            Ok(Box::new(capture::x11::X11Capturer::open(
                display_for_capture.as_deref(),
            )?) as Box<dyn capture::Capturer>)
        }),
        views: views_tx,
        actions: actions_rx,
        relay_only: options.relay_only,
    };
    let runtime = runtime()?;
    if let Some(credential) = &credential {
        // Fresh facts for the helper's compliance check; sharing goes on if this fails.
        if let Err(err) = runtime.block_on(check_in(credential)) {
            tracing::warn!("check-in before sharing failed: {err:#}");
        }
    }
    let flow = runtime.spawn(flow.run());
    if options.terminal {
        runtime.block_on(ui::terminal::run(views_rx, actions_tx))?;
    } else {
        ui::window::run(views_rx, actions_tx).map_err(|err| anyhow::anyhow!("{err}"))?;
    }
    // The interface is gone: the flow ends (and control with it) within its own timeouts.
    control.revoke();
    let _ = runtime.block_on(async { tokio::time::timeout(Duration::from_secs(3), flow).await });
    Ok(())
}
