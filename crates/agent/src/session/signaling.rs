//! The session WebSocket from the sharer's side: typed frames in and out, with the app's
//! bearer token. A frame the server sends that this agent does not understand is logged and
//! skipped, never fatal.

use assist_protocol::ids::SessionId;
use assist_protocol::ws::{ClientMessage, ServerMessage};
use futures_util::{SinkExt as _, StreamExt as _};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::api::{Api, AppToken};

/// Why the socket failed.
#[derive(Debug, thiserror::Error)]
pub enum SignalingError {
    /// Connecting or talking failed.
    #[error("session connection: {0}")]
    Socket(String),
    /// The server closed it, with its close code (4001: a newer connection replaced this one;
    /// 4002: the server declared this connection lost; 1000: the session ended).
    #[error("the server closed the session connection ({0})")]
    Closed(u16),
}

/// One open session WebSocket.
#[derive(Debug)]
pub struct Signaling {
    socket: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl Signaling {
    /// Opens the session's WebSocket.
    pub async fn connect(
        api: &Api,
        token: &AppToken,
        session: SessionId,
    ) -> Result<Self, SignalingError> {
        let mut request = api
            .session_ws_url(session)
            .as_str()
            .into_client_request()
            .map_err(|err| SignalingError::Socket(err.to_string()))?;
        let bearer = format!("Bearer {}", token.token)
            .parse()
            .map_err(|_| SignalingError::Socket("the token is not a valid header".to_owned()))?;
        request.headers_mut().insert("authorization", bearer);
        let (socket, _) = tokio::time::timeout(
            std::time::Duration::from_secs(10),
            tokio_tungstenite::connect_async(request),
        )
        .await
        .map_err(|_| SignalingError::Socket("timed out".to_owned()))?
        .map_err(|err| SignalingError::Socket(err.to_string()))?;
        Ok(Self { socket })
    }

    /// Sends one frame.
    pub async fn send(&mut self, message: &ClientMessage) -> Result<(), SignalingError> {
        let text = serde_json::to_string(message).expect("client messages serialise");
        self.socket
            .send(Message::text(text))
            .await
            .map_err(|err| SignalingError::Socket(err.to_string()))
    }

    /// The next frame from the server; `Err` when the connection is gone.
    pub async fn recv(&mut self) -> Result<ServerMessage, SignalingError> {
        loop {
            let frame = self
                .socket
                .next()
                .await
                .ok_or(SignalingError::Closed(1006))?
                .map_err(|err| SignalingError::Socket(err.to_string()))?;
            match frame {
                Message::Text(text) => match serde_json::from_str(&text) {
                    Ok(message) => return Ok(message),
                    Err(err) => {
                        tracing::warn!(%err, "skipped a frame this agent does not understand");
                    }
                },
                Message::Close(frame) => {
                    return Err(SignalingError::Closed(
                        frame.map_or(1005, |f| f.code.into()),
                    ));
                }
                _ => {}
            }
        }
    }

    /// Closes politely (best effort).
    pub async fn close(mut self) {
        let _ = self.socket.close(None).await;
    }
}
