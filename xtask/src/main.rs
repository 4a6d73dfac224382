//! Project tasks, run as `cargo xtask <task>`:
//! - `openapi`: writes `docs/openapi.json` from the server's generated document (the test
//!   suite fails while the checked-in copy differs from what the code generates).
//! - `check-locales [DIR]`: checks every `locales/<lang>/` against English (see [`locales`]);
//!   the test suite runs the same check.
//! - `bench-sessions`, `bench-redeem`, `bench-leave`: session benchmarks against the release
//!   server (see [`bench`]); `bench-hold` is their worker.
//! - `macos-profile --bundle-id ID --team-id TEAM [--out FILE]`: the configuration profile that
//!   lets the Assist app capture the screen and inject input on managed Macs (see
//!   [`macos_profile`]).

mod bench;
mod locales;
mod macos_profile;

use std::path::PathBuf;
use std::process::ExitCode;

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
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or_default();
    let result = match args.first().map(String::as_str) {
        Some("openapi") => openapi(),
        Some("check-locales") => locales::run(rest, &workspace_root()),
        Some("bench-sessions") => bench::sessions(rest),
        Some("bench-hold") => bench::hold(rest),
        Some("bench-redeem") => bench::redeem(rest),
        Some("bench-leave") => bench::leave(rest),
        Some("macos-profile") => macos_profile::run(rest),
        _ => {
            eprintln!(
                "usage: cargo xtask <task>\n\ntasks:\n  openapi          write docs/openapi.json\n  check-locales    [DIR] check locales/ against English\n  bench-sessions   [--sessions N] [--seconds S]\n  bench-redeem     [--rate R] [--seconds S]\n  bench-leave      [--rounds K]\n  macos-profile    --bundle-id ID --team-id TEAM [--out FILE]"
            );
            return ExitCode::FAILURE;
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
