//! The Assist app: the sharer's native side.
//!
//! # Layout
//! - `credential`: the device's key and credential file (enroll once, readable only by its user).
//! - `api`: the REST calls the agent makes (enroll, check-in, sign-in, join, ICE servers,
//!   version), each signed or authenticated as the server expects.
//! - `facts`: what the device reports at check-in (OS, versions, disk encryption).
//! - `session`: the sharer's flow. `session::control` is the consent gate: input reaches the
//!   desktop only while this agent has granted control. `session::signaling` speaks the
//!   session WebSocket; `session::flow` drives sign-in → code → trust → consent → sharing.
//! - `capture`, `encode`, `rtc`, `input`: screen → H.264 → WebRTC, and data channels → input.
//! - `ui`: the window (eframe) and the terminal mode; both are views over `session::flow`.

pub mod api;
pub mod capture;
pub mod credential;
pub mod encode;
pub mod facts;
pub mod i18n;
pub mod input;
pub mod rtc;
pub mod session;
pub mod ui;
pub mod update;
