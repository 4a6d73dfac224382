//! Persistence: SQL over sqlx's `Any` driver, so one set of runtime queries serves SQLite
//! (the embedded default) and PostgreSQL. Each backend has its own migrations folder.
//!
//! Query functions take `&mut impl Conn`: either a pooled connection ([`Db`]) or a
//! transaction ([`Tx`]), so a read is written once and used inside or outside a transaction.
//! Every write that spans rows runs in one [`Tx`]; dropping a `Tx` without `commit` rolls
//! back, so a failure leaves nothing half-written. Callers never see sqlx types.

pub mod access_policies;
pub mod audit;
pub mod devices;
pub mod domains;
pub mod groups;
pub mod help_sessions;
pub mod links;
pub mod maintenance;
mod migrations;
pub mod roles;
pub mod sessions;
pub mod settings;
pub mod sso;
pub mod tenants;
pub mod tokens;
pub mod totp;
pub mod users;

use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool, Connection, Executor, Transaction};
use time::OffsetDateTime;

use crate::config::DatabaseUrl;

/// Which database a [`Store`] talks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// The embedded default.
    Sqlite,
    /// For production and several nodes.
    Postgres,
}

/// A store failure. Only `Conflict` and `Unavailable` mean something to a client; the rest
/// are logged and reported as internal errors.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A uniqueness rule was broken (duplicate e-mail, group name, ...).
    #[error("conflicts with an existing row")]
    Conflict,
    /// The database cannot be reached.
    #[error("database unavailable: {0}")]
    Unavailable(#[source] sqlx::Error),
    /// Migrations failed.
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// Stored data did not decode (a bug or tampering).
    #[error("corrupt row: {0}")]
    Corrupt(String),
    /// Any other database error.
    #[error("database error: {0}")]
    Other(#[source] sqlx::Error),
}

impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        match &err {
            sqlx::Error::Database(db) if db.is_unique_violation() => Self::Conflict,
            sqlx::Error::Io(_)
            | sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::Tls(_) => Self::Unavailable(err),
            _ => Self::Other(err),
        }
    }
}

/// Result of a store call.
pub type StoreResult<T> = Result<T, StoreError>;

/// Something queries can run on: a pooled connection or a transaction.
pub trait Conn: Send {
    /// The underlying connection.
    fn conn(&mut self) -> &mut AnyConnection;
}

/// A pooled connection for reads and single-statement writes.
#[derive(Debug)]
pub struct Db(PoolConnection<Any>);

impl Conn for Db {
    fn conn(&mut self) -> &mut AnyConnection {
        &mut self.0
    }
}

/// A transaction: commit it, or drop it to roll back.
#[derive(Debug)]
pub struct Tx {
    tx: Transaction<'static, Any>,
    /// SQLite's writer gate, held until commit or rollback.
    _writer: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl Tx {
    /// Makes every write of this transaction durable at once.
    pub async fn commit(self) -> StoreResult<()> {
        self.tx.commit().await.map_err(StoreError::from)
    }
}

impl Conn for Tx {
    fn conn(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }
}

/// The database, shared by every request.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// SQLite has one writer at a time. Writers queue here, without holding a pooled
    /// connection, instead of inside SQLite's busy handler, which sleeps in steps and keeps
    /// its connection: under many concurrent writes that starved the pool.
    writer: std::sync::Arc<tokio::sync::Mutex<()>>,
}

impl Store {
    /// Connects (creating the SQLite file and its directory if needed). Does not migrate.
    pub async fn connect(url: &DatabaseUrl) -> StoreResult<Self> {
        sqlx::any::install_default_drivers();
        let backend = if url.expose().starts_with("sqlite:") {
            Backend::Sqlite
        } else {
            Backend::Postgres
        };
        if backend == Backend::Sqlite {
            create_sqlite_dir(url.expose())?;
        }
        let options = AnyConnectOptions::from_str(url.expose()).map_err(StoreError::Other)?;
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 8 } else { 16 })
            .acquire_timeout(Duration::from_secs(5))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers run beside the writer; foreign keys are off by
                        // default in SQLite; writers wait for each other instead of failing.
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; \
                             PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        Ok(Self {
            pool,
            backend,
            writer: std::sync::Arc::default(),
        })
    }

    /// Which database this is.
    #[must_use]
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Applies the embedded migrations that have not run yet.
    pub async fn migrate(&self) -> StoreResult<()> {
        migrations::migrator(self.backend)
            .await?
            .run(&self.pool)
            .await?;
        Ok(())
    }

    /// Checks the database answers.
    pub async fn ping(&self) -> StoreResult<()> {
        let mut conn = self.pool.acquire().await?;
        conn.ping().await?;
        Ok(())
    }

    /// A pooled connection.
    pub async fn db(&self) -> StoreResult<Db> {
        Ok(Db(self.pool.acquire().await?))
    }

    /// Starts a transaction. On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`):
    /// a deferred transaction that reads and then writes fails with "database is locked" when
    /// another connection wrote in between, instead of waiting its turn.
    pub async fn begin(&self) -> StoreResult<Tx> {
        Ok(match self.backend {
            Backend::Sqlite => {
                let writer = self.writer.clone().lock_owned().await;
                Tx {
                    tx: self.pool.begin_with("BEGIN IMMEDIATE").await?,
                    _writer: Some(writer),
                }
            }
            Backend::Postgres => Tx {
                tx: self.pool.begin().await?,
                _writer: None,
            },
        })
    }

    /// Closes every connection (at shutdown).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Creates the directory of a `sqlite://path` URL so the first start works on a bare machine.
fn create_sqlite_dir(url: &str) -> StoreResult<()> {
    let path = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return Ok(());
    }
    if let Some(dir) = std::path::Path::new(path)
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir)
            .map_err(|err| StoreError::Unavailable(sqlx::Error::Io(err)))?;
    }
    Ok(())
}

/// Unix milliseconds, the stored form of every time.
#[must_use]
pub fn to_millis(time: OffsetDateTime) -> i64 {
    i64::try_from(time.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX)
}

/// The time a stored Unix-milliseconds value stands for.
pub fn from_millis(millis: i64) -> StoreResult<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(millis) * 1_000_000)
        .map_err(|_| StoreError::Corrupt(format!("time out of range: {millis}")))
}

/// Decodes a stored JSON column; `what` names it in the error.
pub fn decode_json<T: serde::de::DeserializeOwned>(text: &str, what: &str) -> StoreResult<T> {
    serde_json::from_str(text).map_err(|err| StoreError::Corrupt(format!("{what}: {err}")))
}

/// Parses a stored ID.
pub fn parse_id<T: FromStr>(text: &str) -> StoreResult<T> {
    text.parse()
        .map_err(|_| StoreError::Corrupt(format!("bad ID: {text:?}")))
}

/// The largest page a list returns.
pub const MAX_PAGE: u32 = 200;

/// Clamps a requested page size to 1..=200 (default 50), as SQL wants it.
#[must_use]
pub fn page_size(limit: Option<u32>) -> i64 {
    i64::from(limit.unwrap_or(50).clamp(1, MAX_PAGE))
}
