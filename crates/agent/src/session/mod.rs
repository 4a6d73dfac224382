//! The sharer's side of a remote help session.

pub mod control;
