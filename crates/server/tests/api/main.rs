//! The server's integration tests: one binary (one link), each test starting the real server
//! on port 0 with a fresh database. SQLite always; PostgreSQL too when
//! `ASSIST_TEST_DATABASE_URL` is set (each test then gets its own schema).

#![allow(
    clippy::unwrap_used,
    reason = "a panic is how a test reports an unexpected failure"
)]

mod access;
mod apps;
mod audit;
mod auth;
mod bodies;
mod burst;
mod cli;
mod delegation;
mod devices;
mod domains;
mod edge;
mod help_desk;
mod limits;
mod matrix;
mod metrics;
mod mfa;
mod multinode;
mod openapi;
mod peers;
mod pictures;
mod profile;
mod rbac;
mod sealing;
mod sessions;
mod settings;
mod setup;
mod setup_link_cli;
mod sso;
mod support;
mod tenancy;
mod tls;
mod trust_text;
mod users_groups;
