//! Project tasks, run as `cargo xtask <task>`:
//! - `openapi`: writes `docs/openapi.json` from the server's generated document (the test
//!   suite fails while the checked-in copy differs from what the code generates).

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
    let task = std::env::args().nth(1).unwrap_or_default();
    if task != "openapi" {
        eprintln!("usage: cargo xtask <task>\n\ntasks:\n  openapi   write docs/openapi.json");
        return ExitCode::FAILURE;
    }
    match openapi() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
