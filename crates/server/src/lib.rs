//! The Assist server: REST API, web app and session signaling, on one port, over SQLite or
//! PostgreSQL.
//!
//! # Layout
//! - [`config`]: the typed configuration (file, then `ASSIST_*` environment).
//! - [`domain`]: the rules, and the operations that apply them to the store; no HTTP, no SQL.
//! - [`store`]: SQL over sqlx, one migrations folder per backend.
//! - [`bus`]: session events between nodes: in-process, or NATS.
//! - [`ws`]: the session WebSocket: signaling, consent, chat and presence.
//! - [`http`]: the axum router: thin handlers, extractors, errors, middleware, web assets.
//! - [`cli`]: the `assist-server` command line (`serve`, `migrate`, `admin ...`).
//! - [`Server`]: start on a bound listener (and the metrics address, if configured), stop
//!   gracefully; what `main` and the tests use.

pub mod bus;
pub mod cli;
pub mod config;
pub mod dns;
pub mod domain;
pub mod http;
pub mod keyfile;
pub mod store;
pub mod ws;

use std::net::{SocketAddr, TcpListener};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum_server::Handle;
use axum_server::tls_rustls::RustlsConfig;
use hyper_util::rt::{TokioExecutor, TokioTimer};
use hyper_util::server::conn::auto::Builder as HttpBuilder;
use tokio::task::JoinHandle;

use config::Config;
use domain::clock::Clock;
use domain::throttle::Throttle;
use domain::{Deps, Policy};
use http::AppState;
use http::metrics::Metrics;
use store::Store;

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The database could not be opened or migrated.
    #[error("database {url}: {source}")]
    Store {
        /// The URL, password hidden.
        url: String,
        /// What failed.
        source: store::StoreError,
    },
    /// The server key file could not be read or created.
    #[error(transparent)]
    Keys(#[from] keyfile::KeyFileError),
    /// The first-run link could not be issued.
    #[error("could not prepare the first-run link: {0}")]
    Setup(#[from] domain::Error),
    /// The TLS certificate or key could not be loaded.
    #[error("TLS certificate or key: {0}")]
    Tls(std::io::Error),
    /// The listener could not be used.
    #[error("listener: {0}")]
    Listener(std::io::Error),
    /// The metrics address (`metrics_listen`) could not be listened on.
    #[error("cannot listen on {address} (metrics_listen): {source}")]
    MetricsListener {
        /// The configured address.
        address: SocketAddr,
        /// What failed.
        source: std::io::Error,
    },
    /// The bus (NATS) could not be reached.
    #[error("{0}")]
    Bus(bus::BusError),
}

/// Opens the store named by the configuration and applies pending migrations.
pub async fn open_store(config: &Config) -> Result<Store, StartError> {
    let url = config.database_url();
    let wrap = |source| StartError::Store {
        url: url.to_string(),
        source,
    };
    let store = Store::connect(&url).await.map_err(wrap)?;
    store.migrate().await.map_err(wrap)?;
    Ok(store)
}

/// The bus the configuration names: NATS when `nats_url` is set, else in-process.
pub async fn open_bus(config: &Config) -> Result<Arc<dyn bus::Bus>, StartError> {
    Ok(match config.nats_url.as_deref() {
        Some(url) => Arc::new(
            bus::nats::NatsBus::connect(url)
                .await
                .map_err(StartError::Bus)?,
        ),
        None => Arc::new(bus::local::LocalBus::default()),
    })
}

/// The domain's dependencies for this configuration, with the server key file's keys
/// (the file is created on the first start).
///
/// # Errors
/// The key file cannot be read or created.
pub fn deps(
    config: &Config,
    store: Store,
    clock: Arc<dyn Clock>,
    bus: Arc<dyn bus::Bus>,
) -> Result<Deps, StartError> {
    let keys = keyfile::load_or_create(&config.secret_key_path())?;
    Ok(Deps {
        keys: Arc::new(keys),
        store,
        clock,
        policy: Policy {
            session_lifetime: Duration::from_secs(u64::from(config.session_hours) * 3600),
            setup_link_lifetime: Duration::from_secs(u64::from(config.setup_link_minutes) * 60),
        },
        throttle: Arc::new(Mutex::new(Throttle::default())),
        hashing: Arc::new(domain::hashing::PasswordWork::default()),
        sso: Arc::new(domain::sso::Providers::new(config.sso_local_issuers)),
        dns: dns::Dns::new(config.dns_server),
        sessions: Arc::new(domain::sessions::Runtime::new(
            bus,
            domain::sessions::machine::Timing {
                consent_timeout: Duration::from_secs(config.consent_timeout_secs),
                reconnect_grace: Duration::from_secs(config.reconnect_grace_secs),
            },
        )),
    })
}

/// Applies the connection limits to a listener's HTTP settings: HTTP/1 request headers must
/// arrive within `header_read_timeout_secs` (hyper needs a timer for that), so a client cannot
/// hold a connection open by trickling a request. The TLS handshake has its own limit (10 s).
fn limit_connections(builder: &mut HttpBuilder<TokioExecutor>, config: &Config) {
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(Duration::from_secs(config.header_read_timeout_secs));
}

/// The second listener: metrics only.
#[derive(Debug)]
struct MetricsListener {
    addr: SocketAddr,
    handle: Handle,
    task: JoinHandle<std::io::Result<()>>,
}

/// A running server.
#[derive(Debug)]
pub struct Server {
    addr: SocketAddr,
    origin: String,
    setup_link: Option<String>,
    handle: Handle,
    task: JoinHandle<std::io::Result<()>>,
    metrics: Option<MetricsListener>,
    housekeeping: JoinHandle<()>,
    timers: JoinHandle<()>,
    store: Store,
}

impl Server {
    /// Opens the store, migrates it, issues a first-run link if no tenant exists yet, and
    /// serves on `listener` (bind port 0 in tests), and `/metrics` on `metrics_listen` when it
    /// is set (which this binds itself).
    pub async fn start(
        config: Config,
        listener: TcpListener,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, StartError> {
        let store = open_store(&config).await?;
        let bus = open_bus(&config).await?;
        let deps = deps(&config, store.clone(), clock, bus)?;
        domain::sealing_upkeep::seal_stored(&deps).await?;
        let addr = listener.local_addr().map_err(StartError::Listener)?;
        let mut config = config;
        config.listen = addr;
        let origin = config.public_origin();
        let setup_link = domain::setup::first_run_link(&deps)
            .await?
            .map(|link| link.url(&origin));
        let tls = match (&config.tls_cert, &config.tls_key) {
            (Some(cert), Some(key)) => {
                // ring is the process's one provider; installing twice is harmless.
                let _ = rustls::crypto::ring::default_provider().install_default();
                Some(
                    RustlsConfig::from_pem_file(cert, key)
                        .await
                        .map_err(StartError::Tls)?,
                )
            }
            _ => None,
        };
        let metrics_listener = config
            .metrics_listen
            .map(|address| {
                TcpListener::bind(address)
                    .and_then(|listener| Ok((listener.local_addr()?, listener)))
                    .map_err(|source| StartError::MetricsListener { address, source })
            })
            .transpose()?;
        let housekeeping = tokio::spawn(domain::maintenance::run(deps.clone()));
        let timers = tokio::spawn(domain::sessions::run_timers(deps.clone()));
        let state = AppState {
            deps,
            config: Arc::new(config),
            metrics: Arc::new(Metrics::default()),
        };
        let metrics = metrics_listener.map(|(addr, listener)| {
            let app = http::metrics_router(state.clone()).into_make_service();
            let handle = Handle::new();
            let mut server = axum_server::from_tcp(listener).handle(handle.clone());
            limit_connections(server.http_builder(), &state.config);
            let task = tokio::spawn(async move { server.serve(app).await });
            MetricsListener { addr, handle, task }
        });
        let limits = state.config.clone();
        let app = http::router(state).into_make_service_with_connect_info::<SocketAddr>();
        let handle = Handle::new();
        let task = if let Some(tls) = tls {
            let mut server = axum_server::from_tcp_rustls(listener, tls).handle(handle.clone());
            limit_connections(server.http_builder(), &limits);
            tokio::spawn(async move { server.serve(app).await })
        } else {
            let mut server = axum_server::from_tcp(listener).handle(handle.clone());
            limit_connections(server.http_builder(), &limits);
            tokio::spawn(async move { server.serve(app).await })
        };
        Ok(Self {
            addr,
            origin,
            setup_link,
            handle,
            task,
            metrics,
            housekeeping,
            timers,
            store,
        })
    }

    /// The bound address.
    #[must_use]
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The bound address of the metrics listener, when `metrics_listen` is set.
    #[must_use]
    pub fn metrics_addr(&self) -> Option<SocketAddr> {
        self.metrics.as_ref().map(|metrics| metrics.addr)
    }

    /// The origin people use (`public_url`, or derived from the address).
    #[must_use]
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The first-run link, when this start found an empty store.
    #[must_use]
    pub fn setup_link(&self) -> Option<&str> {
        self.setup_link.as_deref()
    }

    /// Stops accepting connections, lets requests in flight finish (up to `grace`), then
    /// closes the store.
    pub async fn shutdown(self, grace: Duration) -> std::io::Result<()> {
        self.handle.graceful_shutdown(Some(grace));
        let metrics_served = match self.metrics {
            Some(metrics) => {
                metrics.handle.graceful_shutdown(Some(grace));
                metrics.task.await.map_err(std::io::Error::other)
            }
            None => Ok(Ok(())),
        };
        let served = self.task.await.map_err(std::io::Error::other);
        self.housekeeping.abort();
        self.timers.abort();
        self.store.close().await;
        served??;
        metrics_served?
    }
}
