//! The Assist app (`assist-agent`): which version the server offers, and how versions compare.
//!
//! Versions are dotted numbers (`1.10.0`), optionally followed by a `-pre.release` suffix and a
//! `+build` suffix, as in Semantic Versioning. Missing numbers count as zero (`1.2` equals
//! `1.2.0`), a pre-release comes before its release (`1.0.0-rc.1` < `1.0.0`), and build
//! metadata is ignored.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// `GET /api/v1/agent/version`: the app version this server offers, for update checks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AgentVersion {
    /// The newest version of the app for this server (by default the server's own version,
    /// since they are released together).
    #[schema(example = "0.1.0")]
    pub current: String,
    /// Older apps must update before they are used with this server; `null` when any version
    /// may be used.
    pub minimum: Option<String>,
    /// Where people download the current version; `null` when the organisation distributes the
    /// app itself.
    pub download_url: Option<String>,
}

/// One parsed version: its numbers (trailing zeros dropped) and its pre-release identifiers.
#[derive(Debug, PartialEq, Eq)]
struct Version<'a> {
    numbers: Vec<u64>,
    pre: Option<Vec<&'a str>>,
}

/// Parses `1.2.3`, `1.2`, `1.2.3-rc.1`, `1.2.3+build.5`; `None` for anything else.
fn parse(text: &str) -> Option<Version<'_>> {
    let text = text.trim();
    let text = match text.split_once('+') {
        Some((version, build)) if is_identifiers(build) => version,
        Some(_) => return None,
        None => text,
    };
    let (core, pre) = match text.split_once('-') {
        Some((core, pre)) if is_identifiers(pre) => (core, Some(pre.split('.').collect())),
        Some(_) => return None,
        None => (text, None),
    };
    let mut numbers = core
        .split('.')
        .map(|part| {
            let digits =
                !part.is_empty() && part.len() <= 19 && part.bytes().all(|b| b.is_ascii_digit());
            digits.then(|| part.parse::<u64>().ok()).flatten()
        })
        .collect::<Option<Vec<u64>>>()?;
    while numbers.last() == Some(&0) {
        numbers.pop();
    }
    Some(Version { numbers, pre })
}

/// Dot-separated, non-empty identifiers of ASCII letters, digits and hyphens.
fn is_identifiers(text: &str) -> bool {
    text.split('.')
        .all(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
}

/// Semantic Versioning's order of pre-release identifiers: numbers numerically and below
/// words, words in ASCII order, a shorter list first when one is a prefix of the other.
fn compare_pre(a: &[&str], b: &[&str]) -> Ordering {
    for (x, y) in a.iter().zip(b) {
        let order = match (x.parse::<u64>(), y.parse::<u64>()) {
            (Ok(x), Ok(y)) => x.cmp(&y),
            (Ok(_), Err(_)) => Ordering::Less,
            (Err(_), Ok(_)) => Ordering::Greater,
            (Err(_), Err(_)) => x.cmp(y),
        };
        if order != Ordering::Equal {
            return order;
        }
    }
    a.len().cmp(&b.len())
}

/// Whether `text` is a version this module understands.
#[must_use]
pub fn is_version(text: &str) -> bool {
    parse(text).is_some()
}

/// Compares two versions: `Some(Less)` when `a` is older than `b`. `None` when either is not a
/// version (so a caller cannot mistake garbage for "up to date").
///
/// ```
/// use std::cmp::Ordering;
/// use assist_protocol::api::agent::compare_versions;
///
/// assert_eq!(compare_versions("1.10.0", "1.9.3"), Some(Ordering::Greater));
/// assert_eq!(compare_versions("0.1.0-rc.1", "0.1.0"), Some(Ordering::Less));
/// assert_eq!(compare_versions("1.2", "1.2.0"), Some(Ordering::Equal));
/// assert_eq!(compare_versions("latest", "1.0"), None);
/// ```
#[must_use]
pub fn compare_versions(a: &str, b: &str) -> Option<Ordering> {
    let (a, b) = (parse(a)?, parse(b)?);
    let numbers = a.numbers.cmp(&b.numbers);
    Some(numbers.then_with(|| match (&a.pre, &b.pre) {
        (None, None) => Ordering::Equal,
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (Some(a), Some(b)) => compare_pre(a, b),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cmp(a: &str, b: &str) -> Option<Ordering> {
        compare_versions(a, b)
    }

    #[test]
    fn numbers_compare_numerically_not_as_text() {
        assert_eq!(cmp("1.10.0", "1.9.3"), Some(Ordering::Greater));
        assert_eq!(cmp("1.9.3", "1.10.0"), Some(Ordering::Less));
        assert_eq!(cmp("0.1.0", "0.1.0"), Some(Ordering::Equal));
        assert_eq!(cmp("2", "1.99.99"), Some(Ordering::Greater));
        assert_eq!(cmp("0.0.9", "0.1"), Some(Ordering::Less));
    }

    #[test]
    fn missing_numbers_are_zero() {
        assert_eq!(cmp("1.2", "1.2.0"), Some(Ordering::Equal));
        assert_eq!(cmp("1", "1.0.0.0"), Some(Ordering::Equal));
        assert_eq!(cmp("1.2.0.1", "1.2"), Some(Ordering::Greater));
    }

    #[test]
    fn a_pre_release_comes_before_its_release_and_build_metadata_is_ignored() {
        assert_eq!(cmp("1.0.0-rc.1", "1.0.0"), Some(Ordering::Less));
        assert_eq!(cmp("1.0.0", "1.0.0-rc.1"), Some(Ordering::Greater));
        assert_eq!(cmp("1.0.0-rc.1", "0.9.9"), Some(Ordering::Greater));
        assert_eq!(cmp("1.0.0-alpha", "1.0.0-alpha.1"), Some(Ordering::Less));
        assert_eq!(
            cmp("1.0.0-alpha.1", "1.0.0-alpha.beta"),
            Some(Ordering::Less)
        );
        assert_eq!(cmp("1.0.0-beta.2", "1.0.0-beta.11"), Some(Ordering::Less));
        assert_eq!(cmp("1.0.0-beta.11", "1.0.0-rc.1"), Some(Ordering::Less));
        assert_eq!(cmp("1.0.0+linux.5", "1.0.0+mac.7"), Some(Ordering::Equal));
        assert_eq!(cmp(" 1.0.0 ", "1.0.0"), Some(Ordering::Equal));
    }

    #[test]
    fn anything_else_is_not_a_version() {
        for bad in [
            "",
            "v1.0",
            "1..0",
            "1.0.",
            ".1",
            "1.x",
            "latest",
            "1.0-",
            "1.0+",
            "1.0-rc..1",
            "1.0 beta",
            "-1.0",
            "1.0.0-rc_1",
            "99999999999999999999",
        ] {
            assert!(!is_version(bad), "{bad:?}");
            assert_eq!(cmp(bad, "1.0"), None, "{bad:?}");
            assert_eq!(cmp("1.0", bad), None, "{bad:?}");
        }
        assert!(is_version(env!("CARGO_PKG_VERSION")));
    }

    #[test]
    fn the_answer_has_the_documented_shape() {
        let version = AgentVersion {
            current: "0.2.0".to_owned(),
            minimum: None,
            download_url: None,
        };
        assert_eq!(
            serde_json::to_value(&version).expect("json"),
            serde_json::json!({ "current": "0.2.0", "minimum": null, "download_url": null })
        );
    }
}
