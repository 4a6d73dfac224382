//! Route handlers, one module per resource. Each handler extracts, calls one domain
//! operation and returns its answer; no rule lives here.

pub mod auth;
pub mod groups;
pub mod health;
pub mod mfa;
pub mod roles;
pub mod setup;
pub mod tenant;
pub mod tokens;
pub mod users;
