//! The bus: how the nodes that hold a session's two WebSocket connections hear about each
//! other's events. One topic per session. In-process by default ([`local::LocalBus`]); NATS
//! when several nodes serve one database ([`nats::NatsBus`], `nats_url`). The domain publishes
//! after each committed change; each connection subscribes to its session's topic.

pub mod local;
pub mod nats;

use std::fmt;
use std::pin::Pin;

use assist_protocol::api::sessions::{ChatMessage, Role};
use assist_protocol::error::ErrorCode;
use assist_protocol::ids::SessionId;
use assist_protocol::ws::{PresenceStatus, ServerMessage};
use futures_util::Stream;
use futures_util::future::BoxFuture;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Something that happened to a session, for the connections of its participants.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum BusEvent {
    /// The session's state changed in the store: reload it and send the new view.
    Changed,
    /// A signaling message for one side.
    Relay {
        /// The side it is for.
        to: Role,
        /// What to send (boxed: an SDP is large, most events are not).
        message: Box<ServerMessage>,
    },
    /// A stored chat message, for both sides.
    Chat {
        /// The message.
        message: ChatMessage,
        /// The sender's reference, for the sending connection.
        client_id: Option<String>,
        /// The sending connection.
        connection: Uuid,
    },
    /// A participant connected or was lost.
    Presence {
        /// Which side.
        role: Role,
        /// Its status.
        status: PresenceStatus,
        /// When `offline`: milliseconds left in its reconnection grace.
        #[serde(default)]
        grace_ms: Option<u64>,
    },
    /// Someone redeemed the session's code and was refused for `reason`: for the helper.
    JoinRefused {
        /// The code of the sharer's refusal.
        reason: ErrorCode,
    },
    /// A newer connection of `role` took over; older ones close.
    Replaced {
        /// Which side.
        role: Role,
        /// The new connection.
        connection: Uuid,
    },
}

/// A session's events, in the order they were published.
pub type Events = Pin<Box<dyn Stream<Item = BusEvent> + Send>>;

/// The bus failed (NATS unreachable).
#[derive(Debug, thiserror::Error)]
#[error("bus: {0}")]
pub struct BusError(pub String);

/// Publish and subscribe by session.
pub trait Bus: Send + Sync + fmt::Debug {
    /// Sends `event` to every subscriber of `session`, on every node.
    fn publish<'a>(
        &'a self,
        session: SessionId,
        event: &'a BusEvent,
    ) -> BoxFuture<'a, Result<(), BusError>>;

    /// Events of `session` from now on.
    fn subscribe(&self, session: SessionId) -> BoxFuture<'_, Result<Events, BusError>>;

    /// Whether the bus is reachable (for `/readyz`).
    fn ping(&self) -> BoxFuture<'_, Result<(), BusError>>;
}
