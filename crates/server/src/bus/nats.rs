//! The NATS bus, for several nodes: subject `assist.session.<id>`, JSON payloads. NATS keeps
//! each publisher's order per subject, which is the order a session's events need.

use assist_protocol::ids::SessionId;
use futures_util::StreamExt;
use futures_util::future::BoxFuture;

use super::{Bus, BusError, BusEvent, Events};

/// A connection to NATS.
#[derive(Debug, Clone)]
pub struct NatsBus {
    client: async_nats::Client,
}

fn subject(session: SessionId) -> String {
    format!("assist.session.{session}")
}

impl NatsBus {
    /// Connects to `url` (`nats://host:4222`), retrying in the background if it drops later.
    pub async fn connect(url: &str) -> Result<Self, BusError> {
        let client = async_nats::ConnectOptions::new()
            .name("assist-server")
            .connect(url)
            .await
            .map_err(|err| BusError(format!("cannot connect to NATS at {url}: {err}")))?;
        Ok(Self { client })
    }
}

impl Bus for NatsBus {
    fn publish<'a>(
        &'a self,
        session: SessionId,
        event: &'a BusEvent,
    ) -> BoxFuture<'a, Result<(), BusError>> {
        Box::pin(async move {
            let payload =
                serde_json::to_vec(event).map_err(|err| BusError(format!("encode: {err}")))?;
            self.client
                .publish(subject(session), payload.into())
                .await
                .map_err(|err| BusError(err.to_string()))
        })
    }

    fn subscribe(&self, session: SessionId) -> BoxFuture<'_, Result<Events, BusError>> {
        Box::pin(async move {
            let subscriber = self
                .client
                .subscribe(subject(session))
                .await
                .map_err(|err| BusError(err.to_string()))?;
            let events = subscriber.filter_map(|message| async move {
                match serde_json::from_slice::<BusEvent>(&message.payload) {
                    Ok(event) => Some(event),
                    Err(err) => {
                        tracing::warn!(error = %err, "ignoring an unreadable bus message");
                        None
                    }
                }
            });
            Ok(Box::pin(events) as Events)
        })
    }

    fn ping(&self) -> BoxFuture<'_, Result<(), BusError>> {
        Box::pin(async move {
            self.client
                .flush()
                .await
                .map_err(|err| BusError(err.to_string()))
        })
    }
}
