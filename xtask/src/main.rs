//! Project tasks, run as `cargo xtask <task>`; `cargo xtask --help` lists them and
//! `cargo xtask <task> --help` explains one:
//! - `openapi`: writes `docs/openapi.json` from the server's generated document (the test
//!   suite fails while the checked-in copy differs from what the code generates).
//! - `check-locales [DIR]`: checks every `locales/<lang>/` against English (see [`locales`]);
//!   the test suite runs the same check.
//! - `deps`: the dependency policy (licences, bans, sources; see [`deps`]), run in CI.
//! - `bench-sessions`, `bench-redeem`, `bench-leave`: session benchmarks against the release
//!   server (see [`bench`]); `bench-hold` is their worker.
//! - `macos-profile --bundle-id ID --team-id TEAM [--out FILE]`: the configuration profile that
//!   lets the Assist app capture the screen and inject input on managed Macs (see
//!   [`macos_profile`]).

mod bench;
mod deps;
mod locales;
mod macos_profile;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Project tasks for Assist's developers and CI.
#[derive(Debug, Parser)]
#[command(name = "cargo xtask", disable_version_flag = true)]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Debug, Subcommand)]
enum Task {
    /// Write docs/openapi.json from the server's generated OpenAPI document.
    Openapi,
    /// Check every locales/<lang>/ against English (the test suite runs the same check).
    CheckLocales {
        /// The locales folder (default: the repository's locales/).
        dir: Option<PathBuf>,
    },
    /// Check every dependency of every target: licences, banned crates, sources.
    Deps,
    /// Hold N sessions (both sides connected and heartbeating) against the release server and
    /// report its memory and CPU.
    BenchSessions {
        /// How many sessions.
        #[arg(long, default_value_t = 10_000)]
        sessions: usize,
        /// How long to hold them.
        #[arg(long, default_value_t = 30)]
        seconds: u64,
    },
    /// The worker that holds one side of every session for bench-sessions.
    #[command(hide = true)]
    BenchHold {
        origin: String,
        token: String,
        ids_file: PathBuf,
        seconds: u64,
    },
    /// Redeem security codes at a fixed rate against the release server and report latency.
    BenchRedeem {
        /// Redemptions per second (open loop).
        #[arg(long, default_value_t = 1000)]
        rate: u64,
        /// How long to keep the rate.
        #[arg(long, default_value_t = 10)]
        seconds: u64,
    },
    /// Measure how long the helper waits to hear that the sharer left, gracefully and abruptly.
    BenchLeave {
        /// How many rounds of each.
        #[arg(long, default_value_t = 200)]
        rounds: usize,
    },
    /// Write the macOS configuration profile that lets the Assist app capture and control.
    MacosProfile {
        /// The app's bundle identifier.
        #[arg(long)]
        bundle_id: String,
        /// The Apple developer team that signs the app.
        #[arg(long)]
        team_id: String,
        /// Where to write it (default: <bundle-id>.mobileconfig).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn openapi() -> anyhow::Result<()> {
    let doc = assist_server::http::openapi().to_pretty_json()?;
    let path = workspace_root().join("docs/openapi.json");
    std::fs::create_dir_all(path.parent().unwrap_or(&workspace_root()))?;
    std::fs::write(&path, format!("{doc}\n"))?;
    eprintln!("wrote {}", path.display());
    Ok(())
}

fn main() -> ExitCode {
    // clap prints the usage, the help, or the error naming the accepted flags, and exits.
    let cli = Cli::parse();
    let root = workspace_root();
    let result = match cli.task {
        Task::Openapi => openapi(),
        Task::CheckLocales { dir } => locales::run(dir.unwrap_or_else(|| root.join("locales"))),
        Task::Deps => deps::run(&root),
        Task::BenchSessions { sessions, seconds } => bench::sessions(sessions, seconds),
        Task::BenchHold {
            origin,
            token,
            ids_file,
            seconds,
        } => bench::hold(&origin, &token, &ids_file, seconds),
        Task::BenchRedeem { rate, seconds } => bench::redeem(rate, seconds),
        Task::BenchLeave { rounds } => bench::leave(rounds),
        Task::MacosProfile {
            bundle_id,
            team_id,
            out,
        } => macos_profile::run(&bundle_id, &team_id, out),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;
    use clap::error::ErrorKind;

    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn help_prints_usage_and_runs_nothing() {
        for task in ["bench-sessions", "bench-redeem", "bench-leave", "deps"] {
            let err = Cli::try_parse_from(["xtask", task, "--help"]).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::DisplayHelp, "{task}");
            assert!(
                err.to_string().contains("Usage: cargo xtask"),
                "{task}: {err}"
            );
        }
    }

    #[test]
    fn unknown_flags_and_bad_values_are_refused_with_the_accepted_flags() {
        let err = Cli::try_parse_from(["xtask", "bench-redeem", "--rounds", "3"]).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::UnknownArgument);
        let help = Cli::try_parse_from(["xtask", "bench-redeem", "--help"])
            .unwrap_err()
            .to_string();
        assert!(
            help.contains("--rate") && help.contains("--seconds"),
            "{help}"
        );
        let err = Cli::try_parse_from(["xtask", "bench-redeem", "--rate", "fast"]).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::ValueValidation);
        let parsed = Cli::try_parse_from(["xtask", "bench-leave", "--rounds", "3"]).unwrap();
        assert!(matches!(parsed.task, Task::BenchLeave { rounds: 3 }));
    }
}
