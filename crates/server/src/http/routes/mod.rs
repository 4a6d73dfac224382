//! Route handlers, one module per resource. Each handler extracts, calls one domain
//! operation and returns its answer; no rule lives here.

pub mod access_policies;
pub mod agent;
pub mod auth;
pub mod devices;
pub mod domains;
pub mod groups;
pub mod health;
pub mod help_desk;
pub mod mfa;
pub mod roles;
pub mod sessions;
pub mod setup;
pub mod sso;
pub mod tenant;
pub mod tokens;
pub mod users;
