//! `cargo xtask deps`: the dependency policy, checked in CI over `cargo metadata` for every
//! target platform (Windows and macOS dependencies included), in the spirit of cargo-deny's
//! `licenses`, `bans` and `sources` checks:
//! - **licences**: every package's SPDX expression must be satisfiable from [`ALLOWED`], a list
//!   of permissive licences (plus MPL-2.0, whose copyleft stays within its own files), or from
//!   the crate's entry in [`EXCEPTIONS`], so no GPL, LGPL or AGPL code can reach the shipped
//!   binaries;
//! - **bans**: no OpenSSL (TLS is rustls throughout), and none of [`SINGLE_VERSION`] twice;
//! - **sources**: only crates.io and the workspace itself, no git or other registries.
//!
//! The rules ([`check`]) are pure over the parsed metadata; [`run`] only asks cargo for it.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use anyhow::{Context, bail};
use serde::Deserialize;

/// Licences a dependency may be used under (SPDX identifiers, with their `WITH` exceptions).
pub const ALLOWED: &[&str] = &[
    "0BSD",
    "Apache-2.0",
    "Apache-2.0 WITH LLVM-exception",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "BSL-1.0",
    "CC0-1.0",
    "CDLA-Permissive-2.0",
    "ISC",
    "MIT",
    "MIT-0",
    "MPL-2.0",
    "Unicode-3.0",
    "Unicode-DFS-2016",
    "Unlicense",
    "Zlib",
];

/// Further licences allowed for one crate only, and why.
pub const EXCEPTIONS: &[(&str, &[&str], &str)] = &[(
    "epaint_default_fonts",
    &["OFL-1.1", "Ubuntu-font-1.0"],
    "the fonts egui embeds in the Assist app's window; font licences that allow bundling",
)];

/// Crates that must never be in the tree, and why.
pub const BANNED: &[(&str, &str)] = &[
    ("openssl", "TLS is rustls throughout"),
    ("openssl-sys", "TLS is rustls throughout"),
    ("native-tls", "TLS is rustls throughout"),
];

/// Heavy crates that must be built once: a second version doubles their build time in every CI
/// run. The check reads every package of the lock file, which cargo resolves with all features,
/// so it is stricter than the build; a second copy of one version (built for a procedural macro,
/// or with other features) is not seen here.
pub const SINGLE_VERSION: &[&str] = &[
    "libsqlite3-sys",
    "sqlx-core",
    "tokio",
    "rustls",
    "ring",
    "aws-lc-sys",
    "openh264-sys2",
    "x11rb",
    "egui",
    "axum",
    "hyper",
];

/// The one registry dependencies may come from (its git and sparse index addresses).
const CRATES_IO: &[&str] = &[
    "registry+https://github.com/rust-lang/crates.io-index",
    "sparse+https://index.crates.io/",
];

/// The part of `cargo metadata --format-version 1` the policy reads.
#[derive(Debug, Deserialize)]
pub struct Metadata {
    packages: Vec<Package>,
    workspace_members: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Package {
    id: String,
    name: String,
    version: String,
    license: Option<String>,
    license_file: Option<String>,
    source: Option<String>,
}

/// Every way the metadata breaks the policy, one line each, sorted.
#[must_use]
pub fn check(metadata: &Metadata) -> Vec<String> {
    let mut problems = BTreeSet::new();
    let mut versions: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for package in &metadata.packages {
        let who = format!("{} {}", package.name, package.version);
        let member = metadata.workspace_members.contains(&package.id);
        if !member && let Some(problem) = licence_problem(package) {
            problems.insert(format!("licence: {who}: {problem}"));
        }
        if let Some((_, why)) = BANNED.iter().find(|(name, _)| *name == package.name) {
            problems.insert(format!("banned: {who}: {why}"));
        }
        match &package.source {
            None if !member => {
                problems.insert(format!("source: {who}: a path outside the workspace"));
            }
            Some(source) if !CRATES_IO.contains(&source.as_str()) => {
                problems.insert(format!(
                    "source: {who}: {source} (only crates.io is allowed)"
                ));
            }
            _ => {}
        }
        versions
            .entry(&package.name)
            .or_default()
            .insert(&package.version);
    }
    for name in SINGLE_VERSION {
        if let Some(found) = versions.get(name).filter(|found| found.len() > 1) {
            let found: Vec<&str> = found.iter().copied().collect();
            problems.insert(format!(
                "duplicate: {name} in versions {}: align the dependents on one",
                found.join(", ")
            ));
        }
    }
    problems.into_iter().collect()
}

/// Why `package`'s licence is not acceptable, or `None` when it is.
fn licence_problem(package: &Package) -> Option<String> {
    let Some(expression) = &package.license else {
        return Some(match &package.license_file {
            Some(file) => format!("no SPDX expression, only the file {file}: review it"),
            None => "no licence declared".into(),
        });
    };
    match spdx::Expression::parse_mode(expression, spdx::ParseMode::LAX) {
        Err(err) => Some(format!("cannot read {expression:?}: {err}")),
        Ok(parsed) if parsed.evaluate(|req| allowed(&package.name, &req.to_string())) => None,
        Ok(_) => Some(format!("{expression} is not allowed")),
    }
}

/// Whether `licence` (one SPDX identifier, with its `WITH` exception) is allowed for `krate`.
fn allowed(krate: &str, licence: &str) -> bool {
    ALLOWED.contains(&licence)
        || EXCEPTIONS
            .iter()
            .any(|(name, licences, _)| *name == krate && licences.contains(&licence))
}

/// Reads the metadata of every platform's dependencies from cargo and checks it.
pub fn run(workspace_root: &std::path::Path) -> anyhow::Result<()> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(workspace_root)
        .args(["metadata", "--format-version", "1", "--locked"])
        .output()
        .context("run cargo metadata")?;
    if !output.status.success() {
        bail!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let metadata: Metadata =
        serde_json::from_slice(&output.stdout).context("read cargo metadata")?;
    let problems = check(&metadata);
    for problem in &problems {
        eprintln!("{problem}");
    }
    if problems.is_empty() {
        eprintln!(
            "deps: {} packages, every licence allowed, nothing banned or duplicated, all from crates.io",
            metadata.packages.len()
        );
        Ok(())
    } else {
        bail!("{} dependency policy problem(s)", problems.len())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    const CRATES_IO_SOURCE: &str = "registry+https://github.com/rust-lang/crates.io-index";

    fn package(
        name: &str,
        version: &str,
        license: Option<&str>,
        source: Option<&str>,
    ) -> serde_json::Value {
        json!({
            "id": format!("{name}@{version}"),
            "name": name,
            "version": version,
            "license": license,
            "license_file": null,
            "source": source,
        })
    }

    fn problems(packages: Vec<serde_json::Value>) -> Vec<String> {
        let mut all = vec![package("assist-server", "0.1.0", None, None)];
        all.extend(packages);
        let metadata: Metadata = serde_json::from_value(json!({
            "packages": all,
            "workspace_members": ["assist-server@0.1.0"],
        }))
        .unwrap();
        check(&metadata)
    }

    fn dep(name: &str, license: &str) -> serde_json::Value {
        package(name, "1.0.0", Some(license), Some(CRATES_IO_SOURCE))
    }

    #[test]
    fn permissive_licences_and_choices_among_them_pass() {
        assert_eq!(
            problems(vec![
                dep("a", "MIT OR Apache-2.0"),
                dep("b", "Apache-2.0 WITH LLVM-exception OR Apache-2.0 OR MIT"),
                dep("c", "(MIT OR Apache-2.0) AND Unicode-3.0"),
                dep("d", "MIT/Apache-2.0"),
                dep("e", "MIT OR GPL-3.0-or-later"),
                dep(
                    "epaint_default_fonts",
                    "(MIT OR Apache-2.0) AND OFL-1.1 AND Ubuntu-font-1.0"
                ),
            ]),
            Vec::<String>::new()
        );
    }

    #[test]
    fn copyleft_unknown_and_missing_licences_are_refused() {
        let found = problems(vec![
            dep("gpl", "GPL-3.0-only"),
            dep("agpl", "AGPL-3.0-or-later"),
            dep("both", "MIT AND LGPL-2.1-or-later"),
            dep("nonsense", "not a licence"),
            dep("fonts", "MIT AND OFL-1.1"),
            package("none", "1.0.0", None, Some(CRATES_IO_SOURCE)),
        ]);
        assert_eq!(found.len(), 6, "{found:#?}");
        assert!(found.iter().any(|p| p.starts_with("licence: fonts 1.0.0")));
        assert!(
            found
                .iter()
                .any(|p| p.starts_with("licence: gpl 1.0.0: GPL-3.0-only"))
        );
        assert!(found.iter().any(|p| p.starts_with("licence: agpl 1.0.0")));
        assert!(found.iter().any(|p| p.starts_with("licence: both 1.0.0")));
        assert!(
            found
                .iter()
                .any(|p| p.starts_with("licence: nonsense 1.0.0"))
        );
        assert!(
            found
                .iter()
                .any(|p| p == "licence: none 1.0.0: no licence declared")
        );
    }

    #[test]
    fn banned_crates_foreign_sources_and_duplicates_are_refused() {
        let found = problems(vec![
            dep("openssl-sys", "MIT"),
            package(
                "forked",
                "1.0.0",
                Some("MIT"),
                Some("git+https://example.invalid/forked"),
            ),
            package("outside", "1.0.0", Some("MIT"), None),
            dep("x11rb", "MIT OR Apache-2.0"),
            package(
                "x11rb",
                "0.13.2",
                Some("MIT OR Apache-2.0"),
                Some(CRATES_IO_SOURCE),
            ),
        ]);
        assert_eq!(
            found,
            vec![
                "banned: openssl-sys 1.0.0: TLS is rustls throughout",
                "duplicate: x11rb in versions 0.13.2, 1.0.0: align the dependents on one",
                "source: forked 1.0.0: git+https://example.invalid/forked (only crates.io is allowed)",
                "source: outside 1.0.0: a path outside the workspace",
            ]
        );
    }
}
