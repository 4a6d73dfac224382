//! Whether this agent is out of date: the server says which version is current and which is
//! the oldest it still wants; the sharer is told, and below the minimum sharing is refused
//! with the download address.

use assist_protocol::text::Version;

use crate::facts::AGENT_VERSION;

pub use assist_protocol::api::agent::AgentVersion;

/// This agent against the server's versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UpdateStatus {
    /// Current (or newer than the server knows).
    UpToDate,
    /// A newer version exists; this one still works.
    Available {
        /// The newer version.
        latest: String,
        /// Where to get it.
        download_url: Option<String>,
    },
    /// Older than the organisation's minimum: update before sharing.
    Required {
        /// The newer version.
        latest: String,
        /// The minimum.
        minimum: String,
        /// Where to get it.
        download_url: Option<String>,
    },
}

/// Compares `mine` with what the server said. Versions the agent cannot parse are ignored
/// (up to date), so a typo on the server never locks sharers out.
#[must_use]
pub fn status(mine: &str, server: &AgentVersion) -> UpdateStatus {
    let Ok(mine) = Version::parse(mine) else {
        return UpdateStatus::UpToDate;
    };
    let newer = |other: &str| Version::parse(other).is_ok_and(|other| other > mine);
    if let Some(minimum) = server.minimum.as_deref().filter(|m| newer(m)) {
        return UpdateStatus::Required {
            latest: server.current.clone(),
            minimum: minimum.to_owned(),
            download_url: server.download_url.clone(),
        };
    }
    if newer(&server.current) {
        return UpdateStatus::Available {
            latest: server.current.clone(),
            download_url: server.download_url.clone(),
        };
    }
    UpdateStatus::UpToDate
}

/// This agent's status as the server sees it.
#[must_use]
pub fn this_agent(server: &AgentVersion) -> UpdateStatus {
    status(AGENT_VERSION, server)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(current: &str, minimum: Option<&str>) -> AgentVersion {
        AgentVersion {
            current: current.to_owned(),
            minimum: minimum.map(str::to_owned),
            download_url: Some("https://assist.example/download".to_owned()),
        }
    }

    #[test]
    fn compares_numerically_not_as_text() {
        assert_eq!(
            status("1.10.0", &server("1.9.3", None)),
            UpdateStatus::UpToDate
        );
        assert!(
            matches!(status("1.9.3", &server("1.10.0", None)), UpdateStatus::Available { latest, .. } if latest == "1.10.0")
        );
        assert_eq!(
            status("2.0", &server("2.0.0", None)),
            UpdateStatus::UpToDate
        );
    }

    #[test]
    fn below_the_minimum_is_required() {
        assert!(matches!(
            status("1.2.0", &server("1.5.0", Some("1.3"))),
            UpdateStatus::Required { minimum, .. } if minimum == "1.3"
        ));
        assert!(matches!(
            status("1.3.0", &server("1.5.0", Some("1.3"))),
            UpdateStatus::Available { .. }
        ));
    }

    #[test]
    fn unparsable_versions_never_lock_anyone_out() {
        assert_eq!(
            status("1.0.0", &server("banana", Some("9.x"))),
            UpdateStatus::UpToDate
        );
    }
}
