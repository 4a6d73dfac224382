//! The rules of Assist. Pure rule modules (`audit`, `throttle`, `picture`, `secrets`,
//! `access`) take time and input as arguments and touch no I/O; operation modules (`auth`,
//! `setup`, `users`, `groups`, `tokens`, `tenants`) apply those rules to the store, one
//! transaction per operation, each change with its audit event in the same transaction.
//! Nothing here imports axum or sqlx.

pub mod access;
mod attempt;
pub mod audit;
pub mod auth;
pub mod clock;
pub mod compliance;
pub mod conditional_access;
mod delegation;
pub mod devices;
pub mod domains;
pub mod error;
pub mod groups;
pub mod hashing;
pub mod help_desk;
pub mod maintenance;
pub mod mfa;
pub mod picture;
pub mod profile;
pub mod roles;
pub mod sealing;
pub mod sealing_upkeep;
pub mod secrets;
pub mod sessions;
pub mod settings;
pub mod setup;
pub mod sso;
pub mod tenants;
pub mod throttle;
pub mod tokens;
pub mod totp;
pub mod users;

use std::sync::{Arc, Mutex};
use std::time::Duration;

pub use error::{Error, Result};

use crate::store::Store;
use clock::Clock;
use throttle::Throttle;

/// What every operation needs: the store, the clock and the policy.
#[derive(Clone, Debug)]
pub struct Deps {
    /// The server key file's keys: sealing stored secrets, deriving the security-code key.
    pub keys: Arc<sealing::ServerKeys>,
    /// The database.
    pub store: Store,
    /// The source of "now".
    pub clock: Arc<dyn Clock>,
    /// Lifetimes that configuration sets.
    pub policy: Policy,
    /// Failed sign-in bookkeeping, shared by every request of this process.
    pub throttle: Arc<Mutex<Throttle>>,
    /// Password hashing, bounded: every argon2id run goes through it.
    pub hashing: Arc<hashing::PasswordWork>,
    /// Single sign-on providers' HTTP client and cached metadata, shared by every request.
    pub sso: Arc<sso::Providers>,
    /// DNS, for verifying domains.
    pub dns: crate::dns::Dns,
    /// Remote help sessions' bus, timings and code guard.
    pub sessions: Arc<sessions::Runtime>,
}

/// Lifetimes that configuration sets.
#[derive(Clone, Copy, Debug)]
pub struct Policy {
    /// How long a sign-in (a browser's or an app's) lasts.
    pub session_lifetime: Duration,
    /// How long a setup or recovery link works.
    pub setup_link_lifetime: Duration,
}

/// Who a client is, as far as the network says: for sign-in records and throttling.
#[derive(Clone, Debug)]
pub struct Client {
    /// The peer address.
    pub address: std::net::IpAddr,
    /// The `User-Agent` header, trimmed to 200 characters.
    pub user_agent: String,
}
