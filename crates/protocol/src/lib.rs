//! The wire truth of Assist: every type that crosses a network boundary.
//!
//! # Layout
//! - [`ids`]: typed identifiers (`TenantId`, `UserId`, ...), UUIDs on the wire.
//! - [`text`]: parsed text inputs (`Email`, `DisplayName`, `Password`, ...); a value of
//!   one of these types has passed validation, so deserialising a request validates it.
//! - [`error`]: the error body every API failure returns, with its stable codes.
//! - [`api`]: REST request and response bodies, one module per resource.
//! - [`ws`]: the session WebSocket's messages (signaling, consent, chat, presence).
//! - [`input`]: the WebRTC data channels' messages (helper input, the sharer's screen facts).
//!
//! This crate has no runtime: no tokio, axum or sqlx. The server and the agent depend on it;
//! the OpenAPI document (`docs/openapi.json`) is generated from it for client authors. The web
//! app's JavaScript repeats the few constants it needs by hand.

pub mod api;
pub mod error;
pub mod ids;
pub mod input;
pub mod text;
pub mod ws;

/// Version of the wire protocol; raised on any incompatible change.
pub const PROTOCOL_VERSION: u32 = 1;
