//! The in-process bus: a broadcast channel per session with live subscribers.

use std::collections::HashMap;
use std::sync::Mutex;

use assist_protocol::ids::SessionId;
use futures_util::StreamExt;
use futures_util::future::{BoxFuture, ready};
use tokio::sync::broadcast;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::wrappers::errors::BroadcastStreamRecvError;

use super::{Bus, BusError, BusEvent, Events};

/// Events a slow subscriber may fall behind by before it is told to reload.
const CAPACITY: usize = 256;

/// One process's bus.
#[derive(Debug, Default)]
pub struct LocalBus {
    topics: Mutex<HashMap<SessionId, broadcast::Sender<BusEvent>>>,
}

impl Bus for LocalBus {
    fn publish<'a>(
        &'a self,
        session: SessionId,
        event: &'a BusEvent,
    ) -> BoxFuture<'a, Result<(), BusError>> {
        let mut topics = self
            .topics
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(sender) = topics.get(&session)
            && sender.send(event.clone()).is_err()
        {
            // Nobody listens any more.
            topics.remove(&session);
        }
        Box::pin(ready(Ok(())))
    }

    fn subscribe(&self, session: SessionId) -> BoxFuture<'_, Result<Events, BusError>> {
        let mut topics = self
            .topics
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if topics.len() % 1024 == 1023 {
            topics.retain(|_, sender| sender.receiver_count() > 0);
        }
        let receiver = topics
            .entry(session)
            .or_insert_with(|| broadcast::channel(CAPACITY).0)
            .subscribe();
        let events = BroadcastStream::new(receiver).map(|item| match item {
            Ok(event) => event,
            // Fell behind: what was missed is in the store; reload it.
            Err(BroadcastStreamRecvError::Lagged(_)) => BusEvent::Changed,
        });
        Box::pin(ready(Ok(Box::pin(events) as Events)))
    }

    fn ping(&self) -> BoxFuture<'_, Result<(), BusError>> {
        Box::pin(ready(Ok(())))
    }
}
