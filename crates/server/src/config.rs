//! Server configuration: one typed struct, read from `assist.toml` (or `--config FILE`) and
//! then overridden by `ASSIST_*` environment variables. Unknown keys and bad values stop the
//! start with a message naming the key and where it came from. Secrets never reach `Debug`.

use std::cmp::Ordering;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use assist_protocol::api::agent::{AgentVersion, compare_versions, is_version};
use figment::Figment;
use figment::providers::{Env, Format, Toml};
use serde::Deserialize;
use url::Url;

/// The file read from the working directory when no `--config` is given (if it exists).
pub const DEFAULT_FILE: &str = "assist.toml";

/// Keys that may be set through `ASSIST_<KEY>` environment variables. Other `ASSIST_*`
/// variables (such as the test suite's `ASSIST_TEST_DATABASE_URL`) are not configuration.
const ENV_KEYS: &[&str] = &[
    "listen",
    "data_dir",
    "database_url",
    "public_url",
    "tls_cert",
    "tls_key",
    "log_format",
    "request_timeout_secs",
    "max_body_bytes",
    "setup_link_minutes",
    "session_hours",
    "dns_server",
    "nats_url",
    "stun_urls",
    "turn_urls",
    "turn_secret",
    "turn_credential_minutes",
    "consent_timeout_secs",
    "reconnect_grace_secs",
    "agent_current_version",
    "agent_minimum_version",
    "agent_download_url",
    "trusted_proxies",
    "header_read_timeout_secs",
    "metrics_listen",
    "metrics_token",
    "sso_local_issuers",
    "secret_key_file",
];

/// Everything the server can be told. Every field has a default, so no file is needed.
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Address and port for the API, WebSocket and web app. Default `127.0.0.1:8080`, where
    /// browsers treat plain HTTP as a secure context.
    pub listen: SocketAddr,
    /// Directory for the embedded SQLite database. Created if missing. Default `./assist-data`.
    pub data_dir: PathBuf,
    /// `postgres://...` to use PostgreSQL, or `sqlite://...`; unset means SQLite in `data_dir`.
    pub database_url: Option<DatabaseUrl>,
    /// The URL people use to reach this server (scheme, host, port; no path). Used for links
    /// and the `Origin` check. Unset: derived from `listen` (and `https` when TLS is on).
    pub public_url: Option<Url>,
    /// PEM certificate chain; with `tls_key`, the server speaks HTTPS.
    pub tls_cert: Option<PathBuf>,
    /// PEM private key for `tls_cert`.
    pub tls_key: Option<PathBuf>,
    /// `text` (default) for people, `json` for log collectors.
    pub log_format: LogFormat,
    /// How long a request may take before it is answered with a timeout, 1 to 600 seconds.
    pub request_timeout_secs: u64,
    /// Largest JSON body accepted, 1 KiB to 16 MiB. Default 1 MiB.
    pub max_body_bytes: usize,
    /// How long a setup or recovery link works, 5 to 10,080 minutes. Default 60.
    pub setup_link_minutes: u32,
    /// How long a sign-in (a browser's or an app's) lasts, 1 to 720 hours. Default 12.
    pub session_hours: u32,
    /// The DNS server (`ip:port`) asked when verifying domains; unset means the system's.
    pub dns_server: Option<SocketAddr>,
    /// `nats://host:4222` to share session events between several nodes; unset means the
    /// in-process bus (one node).
    pub nats_url: Option<String>,
    /// STUN servers handed to WebRTC peers (`stun:host:port`). Default none: peers on one
    /// network find each other without.
    pub stun_urls: Vec<String>,
    /// TURN servers (`turn:host:443?transport=tcp`, `turns:...`) for peers that cannot reach
    /// each other directly.
    pub turn_urls: Vec<String>,
    /// The secret shared with the TURN server (coturn's `static-auth-secret`): peers get
    /// short-lived credentials derived from it. Required when `turn_urls` is set.
    pub turn_secret: Option<Secret>,
    /// How long TURN credentials work, 5 to 1,440 minutes. Default 60.
    pub turn_credential_minutes: u32,
    /// How long a mode request waits for the sharer, 10 to 600 seconds. Default 120.
    pub consent_timeout_secs: u64,
    /// How long a participant whose connection was lost may take to come back before the
    /// session ends, 5 to 600 seconds. Default 60.
    pub reconnect_grace_secs: u64,
    /// The newest version of the Assist app for this server, offered to apps that check for
    /// updates. Default: this server's own version (they are released together).
    pub agent_current_version: String,
    /// Apps older than this must update before they are used; unset, any version may be used.
    /// At most `agent_current_version`.
    pub agent_minimum_version: Option<String>,
    /// Where people download the current app (`https://`); unset when the organisation
    /// distributes the app itself.
    pub agent_download_url: Option<Url>,
    /// Reverse proxies in front of the server (addresses or ranges such as `10.0.0.0/8`).
    /// Only for a request from one of them is the client address taken from `Forwarded` or
    /// `X-Forwarded-For`; every other request is the TCP peer's. Sign-in limits, sign-in
    /// records and conditional access use that address. Default none.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// How long a client may take to send a request's headers, 1 to 300 seconds, before the
    /// connection is closed; also how long an idle keep-alive connection stays open. Bounds
    /// what a client trickling a request byte by byte (slowloris) can hold. Default 10.
    pub header_read_timeout_secs: u64,
    /// A second address that serves `GET /metrics` (plain HTTP, nothing else), such as
    /// `127.0.0.1:9090`, for a Prometheus on the same host or a private network. Unset: no
    /// second listener.
    pub metrics_listen: Option<SocketAddr>,
    /// When set, `GET /metrics` is also served on `listen`, to requests carrying
    /// `Authorization: Bearer <token>`, and the `metrics_listen` listener asks for it too. At
    /// least 16 characters. With neither this nor `metrics_listen`, `/metrics` answers 404.
    pub metrics_token: Option<Secret>,
    /// Allow single sign-on providers on this machine (loopback or link-local addresses, host
    /// names that resolve to them): for development and tests. Off by default, so that whoever
    /// may set a tenant's identity provider cannot point the server at itself.
    pub sso_local_issuers: bool,
    /// The server key file: the key that seals stored secrets (authenticator secrets,
    /// identity providers' client secrets) and derives the security codes' key, apart from the
    /// database. Created on the first start. Default `<data_dir>/server.key`; every node of one
    /// deployment needs the same file.
    pub secret_key_file: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from("./assist-data"),
            database_url: None,
            public_url: None,
            tls_cert: None,
            tls_key: None,
            log_format: LogFormat::Text,
            request_timeout_secs: 30,
            max_body_bytes: 1024 * 1024,
            setup_link_minutes: 60,
            session_hours: 12,
            dns_server: None,
            nats_url: None,
            stun_urls: Vec::new(),
            turn_urls: Vec::new(),
            turn_secret: None,
            turn_credential_minutes: 60,
            consent_timeout_secs: 120,
            reconnect_grace_secs: 60,
            agent_current_version: env!("CARGO_PKG_VERSION").to_owned(),
            agent_minimum_version: None,
            agent_download_url: None,
            trusted_proxies: Vec::new(),
            header_read_timeout_secs: 10,
            metrics_listen: None,
            metrics_token: None,
            sso_local_issuers: false,
            secret_key_file: None,
        }
    }
}

/// A secret setting: `Debug` never shows it.
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    #[must_use]
    pub fn new(secret: impl Into<String>) -> Self {
        Self(secret.into())
    }

    /// The secret itself: only for deriving credentials.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(redacted)")
    }
}

/// Log output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// A database URL. It may hold a password, so `Debug` and `Display` hide it.
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct DatabaseUrl(String);

impl DatabaseUrl {
    /// Wraps a URL.
    #[must_use]
    pub fn new(url: impl Into<String>) -> Self {
        Self(url.into())
    }

    /// The full URL, password included: only for connecting.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match Url::parse(&self.0) {
            Ok(mut url) => {
                if url.password().is_some() {
                    let _ = url.set_password(Some("redacted"));
                }
                url.set_query(None);
                f.write_str(url.as_str())
            }
            Err(_) => f.write_str("<unparsable database URL>"),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({self})")
    }
}

/// Why the configuration could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// `--config` named a file that does not exist.
    #[error("configuration file {0} does not exist")]
    MissingFile(PathBuf),
    /// A key is unknown, or a value has the wrong type.
    #[error("{0}")]
    Parse(String),
    /// A value has the right type but is not acceptable.
    #[error("invalid value for `{key}` ({origin}): {reason}")]
    Invalid {
        /// The key.
        key: &'static str,
        /// Where the value came from (file or environment variable).
        origin: String,
        /// What is wrong.
        reason: String,
    },
}

impl Config {
    /// Loads the configuration: defaults, then the file (`path`, or `assist.toml` if present),
    /// then `ASSIST_*` environment variables.
    pub fn load(path: Option<&Path>) -> Result<Self, ConfigError> {
        let file = match path {
            Some(path) if !path.exists() => return Err(ConfigError::MissingFile(path.to_owned())),
            Some(path) => Some(path.to_owned()),
            None => Some(PathBuf::from(DEFAULT_FILE)).filter(|p| p.exists()),
        };
        let mut figment = Figment::new();
        if let Some(file) = &file {
            figment = figment.merge(Toml::file_exact(file));
        }
        figment = figment.merge(Env::prefixed("ASSIST_").only(ENV_KEYS));
        let config: Self = figment
            .extract()
            .map_err(|err| ConfigError::Parse(describe(&err)))?;
        config.validate(|key| source_of(&figment, key))?;
        Ok(config)
    }

    /// Checks the values that their types alone do not constrain. `source` names where a key's
    /// value came from, for the message.
    fn validate(&self, source: impl Fn(&'static str) -> String) -> Result<(), ConfigError> {
        let invalid = |key: &'static str, reason: &str| ConfigError::Invalid {
            key,
            origin: source(key),
            reason: reason.to_owned(),
        };
        if !(1..=600).contains(&self.request_timeout_secs) {
            return Err(invalid("request_timeout_secs", "must be 1 to 600"));
        }
        if !(1..=300).contains(&self.header_read_timeout_secs) {
            return Err(invalid("header_read_timeout_secs", "must be 1 to 300"));
        }
        if let Some(token) = &self.metrics_token {
            let token = token.expose();
            if token.chars().count() < 16 {
                return Err(invalid("metrics_token", "must be at least 16 characters"));
            }
            if token.chars().any(|c| !c.is_ascii_graphic()) {
                return Err(invalid(
                    "metrics_token",
                    "must be printable ASCII without spaces (it is sent in a header)",
                ));
            }
        }
        if let Some(address) = self.metrics_listen
            && address == self.listen
            && address.port() != 0
        {
            return Err(invalid(
                "metrics_listen",
                "must differ from listen (it is a second listener)",
            ));
        }
        if !(1024..=16 * 1024 * 1024).contains(&self.max_body_bytes) {
            return Err(invalid("max_body_bytes", "must be 1024 to 16777216"));
        }
        if !(5..=10_080).contains(&self.setup_link_minutes) {
            return Err(invalid("setup_link_minutes", "must be 5 to 10080"));
        }
        if !(1..=720).contains(&self.session_hours) {
            return Err(invalid("session_hours", "must be 1 to 720"));
        }
        if !(5..=1440).contains(&self.turn_credential_minutes) {
            return Err(invalid("turn_credential_minutes", "must be 5 to 1440"));
        }
        if !(10..=600).contains(&self.consent_timeout_secs) {
            return Err(invalid("consent_timeout_secs", "must be 10 to 600"));
        }
        if !(5..=600).contains(&self.reconnect_grace_secs) {
            return Err(invalid("reconnect_grace_secs", "must be 5 to 600"));
        }
        if let Some(url) = self.nats_url.as_deref()
            && !(url.starts_with("nats://") || url.starts_with("tls://"))
        {
            return Err(invalid("nats_url", "must be a nats:// or tls:// URL"));
        }
        if self
            .stun_urls
            .iter()
            .any(|u| !u.starts_with("stun:") && !u.starts_with("stuns:"))
        {
            return Err(invalid("stun_urls", "each must start with stun: or stuns:"));
        }
        if self
            .turn_urls
            .iter()
            .any(|u| !u.starts_with("turn:") && !u.starts_with("turns:"))
        {
            return Err(invalid("turn_urls", "each must start with turn: or turns:"));
        }
        if !self.turn_urls.is_empty() && self.turn_secret.is_none() {
            return Err(invalid(
                "turn_urls",
                "needs turn_secret, the secret shared with the TURN server",
            ));
        }
        if let Some(url) = &self.public_url {
            if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
                return Err(invalid("public_url", "must be an http:// or https:// URL"));
            }
            if url.path() != "/" || url.query().is_some() || url.fragment().is_some() {
                return Err(invalid(
                    "public_url",
                    "must have no path, query or fragment",
                ));
            }
        }
        if let Some(url) = &self.database_url {
            let scheme = url.expose().split(':').next().unwrap_or_default();
            if !matches!(scheme, "sqlite" | "postgres" | "postgresql") {
                return Err(invalid(
                    "database_url",
                    "must start with sqlite: or postgres://",
                ));
            }
        }
        if !is_version(&self.agent_current_version) {
            return Err(invalid(
                "agent_current_version",
                "must be a version such as 1.2.3 (dotted numbers, optionally -prerelease)",
            ));
        }
        if let Some(minimum) = &self.agent_minimum_version {
            match compare_versions(minimum, &self.agent_current_version) {
                None => {
                    return Err(invalid(
                        "agent_minimum_version",
                        "must be a version such as 1.2.3 (dotted numbers, optionally -prerelease)",
                    ));
                }
                Some(Ordering::Greater) => {
                    return Err(invalid(
                        "agent_minimum_version",
                        "must not be newer than agent_current_version",
                    ));
                }
                Some(_) => {}
            }
        }
        if let Some(url) = &self.agent_download_url
            && (url.scheme() != "https" || url.host().is_none())
        {
            return Err(invalid(
                "agent_download_url",
                "must be an https:// URL (apps download code from it)",
            ));
        }
        match (&self.tls_cert, &self.tls_key) {
            (Some(_), None) => return Err(invalid("tls_key", "is required when tls_cert is set")),
            (None, Some(_)) => return Err(invalid("tls_cert", "is required when tls_key is set")),
            _ => {}
        }
        Ok(())
    }

    /// Whether the server speaks HTTPS itself.
    #[must_use]
    pub fn tls_enabled(&self) -> bool {
        self.tls_cert.is_some()
    }

    /// Where the server key file is.
    #[must_use]
    pub fn secret_key_path(&self) -> PathBuf {
        self.secret_key_file
            .clone()
            .unwrap_or_else(|| self.data_dir.join("server.key"))
    }

    /// The origin people use to reach the server, without a trailing slash.
    #[must_use]
    pub fn public_origin(&self) -> String {
        if let Some(url) = &self.public_url {
            url.as_str().trim_end_matches('/').to_owned()
        } else {
            let scheme = if self.tls_enabled() { "https" } else { "http" };
            format!("{scheme}://{}", self.listen)
        }
    }

    /// Whether cookies must carry `Secure`: the server or its public URL uses HTTPS.
    #[must_use]
    pub fn secure_cookies(&self) -> bool {
        self.tls_enabled() || self.public_origin().starts_with("https:")
    }

    /// The app version this server offers, for `GET /api/v1/agent/version`.
    #[must_use]
    pub fn agent_version(&self) -> AgentVersion {
        AgentVersion {
            current: self.agent_current_version.trim().to_owned(),
            minimum: self
                .agent_minimum_version
                .as_ref()
                .map(|v| v.trim().to_owned()),
            download_url: self.agent_download_url.as_ref().map(Url::to_string),
        }
    }

    /// The database to use: `database_url`, or a SQLite file in `data_dir`.
    #[must_use]
    pub fn database_url(&self) -> DatabaseUrl {
        self.database_url.clone().unwrap_or_else(|| {
            let path = self.data_dir.join("assist.db");
            DatabaseUrl::new(format!("sqlite://{}?mode=rwc", path.display()))
        })
    }
}

/// Names where `key` was set: the file, an environment variable, or the default.
fn source_of(figment: &Figment, key: &str) -> String {
    figment
        .find_metadata(key)
        .map_or_else(|| "default".to_owned(), |meta| describe_source(meta, key))
}

/// Says where a value with this metadata came from: "in FILE" or "from environment variable".
fn describe_source(meta: &figment::Metadata, key: &str) -> String {
    match &meta.source {
        Some(figment::Source::File(path)) => format!("in {}", path.display()),
        _ if meta.name.contains("environment") => {
            format!("from environment variable ASSIST_{}", key.to_uppercase())
        }
        _ => format!("from {}", meta.name),
    }
}

/// Renders a figment error with every problem, its key and its source.
fn describe(err: &figment::Error) -> String {
    err.clone()
        .into_iter()
        .map(|e| {
            let key = e.path.join(".");
            let source = e
                .metadata
                .as_ref()
                .map(|meta| format!(" {}", describe_source(meta, &key)));
            let key = if key.is_empty() {
                String::new()
            } else {
                format!(" for key `{key}`")
            };
            format!("{}{key}{}", e.kind, source.unwrap_or_default())
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_url_hides_its_password() {
        let url =
            DatabaseUrl::new("postgres://assist:hunter2@db.example:5432/assist?sslmode=require");
        let shown = format!("{url} {url:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains("db.example"), "{shown}");
    }

    #[test]
    fn defaults_are_the_documented_ones() {
        let config = Config::default();
        assert_eq!(config.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(config.public_origin(), "http://127.0.0.1:8080");
        assert!(
            config
                .database_url()
                .expose()
                .starts_with("sqlite://./assist-data/assist.db")
        );
        assert!(!config.secure_cookies());
    }

    #[test]
    fn metrics_and_header_timeout_settings_are_checked() {
        let check = |adjust: fn(&mut Config)| {
            let mut config = Config::default();
            adjust(&mut config);
            config.validate(|_| "test".to_owned())
        };
        let defaults = Config::default();
        assert_eq!(defaults.header_read_timeout_secs, 10);
        assert!(defaults.metrics_listen.is_none() && defaults.metrics_token.is_none());
        assert!(check(|c| c.header_read_timeout_secs = 0).is_err());
        assert!(check(|c| c.header_read_timeout_secs = 301).is_err());
        assert!(check(|c| c.metrics_token = Some(Secret::new("short"))).is_err());
        assert!(check(|c| c.metrics_token = Some(Secret::new("sixteen chars ok"))).is_err());
        assert!(check(|c| c.metrics_token = Some(Secret::new("0123456789abcdef"))).is_ok());
        assert!(check(|c| c.metrics_listen = Some(c.listen)).is_err());
        assert!(
            check(|c| c.metrics_listen = Some(SocketAddr::from(([127, 0, 0, 1], 9090)))).is_ok()
        );
        let shown = format!(
            "{:?}",
            Config {
                metrics_token: Some(Secret::new("0123456789abcdef")),
                ..Config::default()
            }
        );
        assert!(!shown.contains("0123456789abcdef"), "{shown}");
    }

    #[test]
    fn agent_versions_are_checked() {
        let check = |adjust: fn(&mut Config)| {
            let mut config = Config::default();
            adjust(&mut config);
            config.validate(|_| "test".to_owned())
        };
        assert!(check(|_| {}).is_ok());
        assert_eq!(
            Config::default().agent_version().current,
            env!("CARGO_PKG_VERSION")
        );
        assert!(check(|c| c.agent_current_version = "latest".to_owned()).is_err());
        assert!(check(|c| c.agent_minimum_version = Some("0.0.1".to_owned())).is_ok());
        assert!(check(|c| c.agent_minimum_version = Some("99.0".to_owned())).is_err());
        assert!(check(|c| c.agent_minimum_version = Some("one".to_owned())).is_err());
        assert!(
            check(|c| c.agent_download_url = Some(Url::parse("http://x.example/a").expect("url")))
                .is_err()
        );
        assert!(
            check(|c| c.agent_download_url = Some(Url::parse("https://x.example/a").expect("url")))
                .is_ok()
        );
    }
}
