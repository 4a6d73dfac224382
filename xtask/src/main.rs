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

use clap::{CommandFactory, Parser, Subcommand};

/// Project tasks for Assist's developers and CI.
#[derive(Debug, Parser)]
#[command(
    name = "cargo xtask",
    bin_name = "cargo xtask",
    disable_version_flag = true
)]
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

/// Parses the command line. `--help` prints the help and exits; anything refused (an unknown
/// task or flag, a bad value) prints clap's error followed by the full help of the task, so the
/// accepted flags are right there, and exits with status 2.
fn parse(args: &[String]) -> Cli {
    Cli::try_parse_from(args).unwrap_or_else(|err| {
        if err.use_stderr() {
            eprint!("{}", refusal(&err, args));
            std::process::exit(2);
        }
        err.exit()
    })
}

/// clap's error for `args`, then the help of the task they name (or of the whole tool).
fn refusal(err: &clap::Error, args: &[String]) -> String {
    let mut command = Cli::command();
    // Built, so that each task's usage line reads `cargo xtask <task>`.
    command.build();
    let help = match args
        .get(1)
        .and_then(|task| command.find_subcommand_mut(task))
    {
        Some(task) => task.render_help(),
        None => command.render_help(),
    };
    format!("{}\n{help}", err.render())
}

fn main() -> ExitCode {
    let cli = parse(&std::env::args().collect::<Vec<_>>());
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
        let args: Vec<String> = ["xtask", "bench-redeem", "--rounds", "3"]
            .map(String::from)
            .to_vec();
        let err = Cli::try_parse_from(&args).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::UnknownArgument);
        let said = refusal(&err, &args);
        assert!(said.contains("unexpected argument '--rounds'"), "{said}");
        assert!(
            said.contains("--rate <RATE>") && said.contains("--seconds <SECONDS>"),
            "{said}"
        );
        let args: Vec<String> = ["xtask", "bench-nothing"].map(String::from).to_vec();
        let said = refusal(&Cli::try_parse_from(&args).unwrap_err(), &args);
        assert!(
            said.contains("bench-redeem") && said.contains("deps"),
            "{said}"
        );
        let err = Cli::try_parse_from(["xtask", "bench-redeem", "--rate", "fast"]).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::ValueValidation);
        let parsed = Cli::try_parse_from(["xtask", "bench-leave", "--rounds", "3"]).unwrap();
        assert!(matches!(parsed.task, Task::BenchLeave { rounds: 3 }));
    }
}
