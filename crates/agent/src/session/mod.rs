//! The sharer's side of a remote help session.

pub mod control;
pub mod flow;
pub mod signaling;
pub mod sso;
pub mod view;
