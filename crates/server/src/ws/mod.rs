//! The session WebSocket: one connection per participant. It translates frames into domain
//! calls and bus events into frames; the rules live in `domain::sessions`.
//!
//! Each connection sends a heartbeat every second and is declared lost after three silent
//! intervals (or at once when the socket closes without a goodbye); the other side hears of
//! it through the bus, and the session waits out the reconnection grace window.

use std::time::Duration;

use axum::extract::State;
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use futures_util::stream::SplitSink;
use futures_util::{SinkExt, StreamExt};
use tokio::time::Instant;
use uuid::Uuid;

use assist_protocol::api::sessions::{Mode, Role, SessionState};
use assist_protocol::error::ErrorCode;
use assist_protocol::ids::SessionId;
use assist_protocol::text::{ChatText, ChatTextProblem};
use assist_protocol::ws::{
    ClientMessage, HEARTBEAT_INTERVAL_MS, MAX_FRAME_BYTES, MISSED_HEARTBEATS, ServerMessage,
};

use crate::bus::BusEvent;
use crate::domain::access::Principal;
use crate::domain::sessions::machine::{Input, granted_in};
use crate::domain::sessions::{self, Participant};
use crate::domain::{Deps, Error};
use crate::http::AppState;
use crate::http::error::{ApiError, ApiResult};
use crate::http::extract::{ApiPath, Caller, ClientInfo};

/// How often a connection checks that its participant may still take part (their sign-in,
/// their account, for the helper their roles and conditional access): the longest a withdrawn
/// helper can go on seeing the screen.
const RECHECK_EVERY: Duration = Duration::from_secs(2);

/// How long a closing connection waits for the participant's own close frame.
const CLOSE_ANSWER_WAIT: Duration = Duration::from_secs(2);

/// Frames a participant may send in a burst, and per second after it.
const BURST: f64 = 60.0;
const PER_SECOND: f64 = 30.0;

/// Opens the session's WebSocket for one of its participants. Browsers authenticate with
/// their cookie and must send this server's `Origin`; apps send a bearer token.
#[utoipa::path(
    get, path = "/api/v1/sessions/{id}/ws", tag = "sessions", params(("id" = String, Path)),
    responses(
        (status = 101, description = "Switching to the WebSocket protocol: see `docs/API.md` for the messages"),
        (status = 400, body = assist_protocol::error::ErrorBody),
        (status = 404, body = assist_protocol::error::ErrorBody),
        (status = 409, description = "The session has ended", body = assist_protocol::error::ErrorBody)
    )
)]
pub async fn connect(
    State(state): State<AppState>,
    Caller(caller): Caller,
    ClientInfo(client): ClientInfo,
    ApiPath(id): ApiPath<SessionId>,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> ApiResult<Response> {
    if !headers.contains_key(header::AUTHORIZATION) && !crate::http::same_origin(&state, &headers) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            ErrorCode::OriginMismatch,
            "cross-site WebSocket refused: the Origin header must name this server",
        ));
    }
    let who = sessions::live_participant(&state.deps, &caller, id).await?;
    let upgrade = upgrade.map_err(|rejection| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidRequest,
            format!("this endpoint speaks WebSocket: {rejection}"),
        )
    })?;
    let deps = state.deps.clone();
    Ok(upgrade
        // Larger frames are refused with an error frame below; this is the hard cap.
        .max_message_size(1024 * 1024)
        .read_buffer_size(4 * 1024)
        .write_buffer_size(4 * 1024)
        .on_upgrade(move |socket| serve(deps, who, caller, client.address, socket)))
}

/// How a connection ended.
enum Exit {
    /// The session ended; both sides were told.
    Ended,
    /// A newer connection of the same participant took over.
    Replaced,
    /// The socket closed, failed or fell silent: the participant may come back.
    Lost,
}

type Sink = SplitSink<WebSocket, Message>;

async fn send(sink: &mut Sink, message: &ServerMessage) -> bool {
    match serde_json::to_string(message) {
        Ok(text) => sink.send(Message::Text(text.into())).await.is_ok(),
        Err(_) => false,
    }
}

async fn close(sink: &mut Sink, code: u16, reason: &'static str) {
    let _ = sink
        .send(Message::Close(Some(CloseFrame {
            code,
            reason: reason.into(),
        })))
        .await;
}

fn error_frame(err: Error) -> ServerMessage {
    let api = ApiError::from(err);
    ServerMessage::Error {
        code: api.code(),
        message: api.message().to_owned(),
    }
}

/// One participant's connection, from welcome to goodbye.
async fn serve(
    deps: Deps,
    who: Participant,
    caller: Principal,
    address: std::net::IpAddr,
    socket: WebSocket,
) {
    let connection = Uuid::new_v4();
    let (mut sink, mut stream) = socket.split();
    let mut events = match deps.sessions.bus.subscribe(who.session_id()).await {
        Ok(events) => events,
        Err(err) => {
            tracing::warn!(error = %err, "cannot subscribe to the session's events");
            close(&mut sink, 1011, "the server cannot follow this session now").await;
            return;
        }
    };
    let welcome = match sessions::connect(&deps, &who, connection).await {
        Ok(welcome) => welcome,
        Err(err) => {
            let _ = send(&mut sink, &error_frame(err)).await;
            close(&mut sink, 1008, "cannot join this session").await;
            return;
        }
    };
    let mut current = granted_in(&welcome.session.state);
    let first = ServerMessage::Welcome {
        session: welcome.session,
        chat: welcome.chat,
        peer_online: welcome.peer_online,
        peer_grace_ms: welcome.peer_grace_ms,
        heartbeat_interval_ms: HEARTBEAT_INTERVAL_MS,
    };
    let interval = Duration::from_millis(u64::from(HEARTBEAT_INTERVAL_MS));
    let mut ticker = tokio::time::interval_at(Instant::now() + interval, interval);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut recheck = tokio::time::interval_at(Instant::now() + RECHECK_EVERY, RECHECK_EVERY);
    recheck.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut last_heard = Instant::now();
    let mut budget = (BURST, Instant::now());
    let exit = if send(&mut sink, &first).await {
        loop {
            tokio::select! {
                frame = stream.next() => {
                    let text = match frame {
                        Some(Ok(Message::Text(text))) => text,
                        Some(Ok(Message::Binary(_))) => {
                            // Counted like any frame, so binary frames cannot flood either.
                            let refusal = if spend(&mut budget) {
                                Error::Invalid("frames are JSON text".to_owned())
                            } else {
                                Error::TooManyAttempts { retry_after: Duration::from_secs(1) }
                            };
                            if !send(&mut sink, &error_frame(refusal)).await { break Exit::Lost; }
                            continue;
                        }
                        Some(Ok(Message::Ping(_) | Message::Pong(_))) => {
                            last_heard = Instant::now();
                            continue;
                        }
                        Some(Err(err)) if too_long(&err) => {
                            // Past the hard cap the socket cannot go on, but the participant
                            // still hears why, as for any refused frame, and the close says so.
                            let refusal = Error::TooLarge(format!(
                                "frames are at most {MAX_FRAME_BYTES} bytes"
                            ));
                            let _ = send(&mut sink, &error_frame(refusal)).await;
                            close(&mut sink, 1009, "frame too large").await;
                            break Exit::Lost;
                        }
                        Some(Ok(Message::Close(_)) | Err(_)) | None => break Exit::Lost,
                    };
                    last_heard = Instant::now();
                    if !spend(&mut budget) {
                        let slow = Error::TooManyAttempts { retry_after: Duration::from_secs(1) };
                        if !send(&mut sink, &error_frame(slow)).await { break Exit::Lost; }
                        continue;
                    }
                    if let Err(err) = handle(&deps, &who, connection, &mut current, text.as_str()).await
                        && !send(&mut sink, &error_frame(err)).await
                    {
                        break Exit::Lost;
                    }
                }
                event = events.next() => {
                    let Some(event) = event else {
                        tracing::warn!("the bus stopped delivering this session's events");
                        break Exit::Lost;
                    };
                    match deliver(&deps, &who, connection, &mut current, event).await {
                        Delivery::Send(message) => {
                            if !send(&mut sink, &message).await { break Exit::Lost; }
                        }
                        Delivery::SendAndEnd(message) => {
                            let _ = send(&mut sink, &message).await;
                            break Exit::Ended;
                        }
                        Delivery::Skip => {}
                        Delivery::Replaced => break Exit::Replaced,
                    }
                }
                _ = recheck.tick() => {
                    // A withdrawn participant's session ends; the ended state then comes back
                    // through the bus to both sides, as any other end does.
                    match sessions::withdrawn(&deps, &who, &caller, address).await {
                        Ok(Some(why)) => {
                            if let Err(err) = sessions::withdraw(&deps, &who, why).await {
                                tracing::warn!(error = %err, "could not end a withdrawn participant's session");
                            }
                        }
                        Ok(None) => {}
                        Err(err) => tracing::warn!(error = %err, "could not recheck a participant"),
                    }
                }
                _ = ticker.tick() => {
                    if last_heard.elapsed() > interval * MISSED_HEARTBEATS {
                        break Exit::Lost;
                    }
                    if !send(&mut sink, &ServerMessage::Heartbeat).await { break Exit::Lost; }
                }
            }
        }
    } else {
        Exit::Lost
    };
    match exit {
        Exit::Ended => close(&mut sink, 1000, "the session has ended").await,
        Exit::Replaced => close(&mut sink, 4001, "replaced by a newer connection").await,
        Exit::Lost => {
            close(&mut sink, 4002, "connection lost").await;
            if let Err(err) = sessions::disconnect(&deps, &who, connection).await {
                tracing::warn!(error = %err, "could not record a lost connection");
            }
        }
    }
    finish_closing(&mut stream).await;
}

/// Waits (briefly) for the participant's answer to our close frame, reading what they still
/// send. Dropping the socket with their frames (heartbeats, say) unread makes the kernel reset
/// the connection, and a reset can discard what we sent last: the session's end and the close.
async fn finish_closing(stream: &mut futures_util::stream::SplitStream<WebSocket>) {
    let answered = async {
        while let Some(Ok(frame)) = stream.next().await {
            if matches!(frame, Message::Close(_)) {
                break;
            }
        }
    };
    let _ = tokio::time::timeout(CLOSE_ANSWER_WAIT, answered).await;
}

/// Whether a read failed because the frame was over the hard cap.
fn too_long(err: &axum::Error) -> bool {
    use std::error::Error as _;
    let mut source = err.source();
    while let Some(cause) = source {
        if let Some(tungstenite) = cause.downcast_ref::<tungstenite::Error>() {
            return matches!(tungstenite, tungstenite::Error::Capacity(_));
        }
        source = cause.source();
    }
    false
}

/// Token bucket: refills at [`PER_SECOND`] up to [`BURST`]; false when empty.
fn spend(budget: &mut (f64, Instant)) -> bool {
    let now = Instant::now();
    let refill = now.duration_since(budget.1).as_secs_f64() * PER_SECOND;
    *budget = ((budget.0 + refill).min(BURST), now);
    if budget.0 >= 1.0 {
        budget.0 -= 1.0;
        true
    } else {
        false
    }
}

/// Applies one frame from the participant.
async fn handle(
    deps: &Deps,
    who: &Participant,
    connection: Uuid,
    current: &mut Option<Mode>,
    text: &str,
) -> Result<(), Error> {
    if text.len() > MAX_FRAME_BYTES {
        return Err(Error::TooLarge(format!(
            "frames are at most {MAX_FRAME_BYTES} bytes"
        )));
    }
    let message = ClientMessage::parse(text).map_err(|err| match chat_problem(text) {
        Some(problem) => sessions::SessionError::ChatText(problem).into(),
        None => Error::Invalid(format!("unreadable message: {err}")),
    })?;
    let input = match message {
        ClientMessage::Heartbeat => return Ok(()),
        ClientMessage::RequestMode { mode } => Input::RequestMode(mode),
        ClientMessage::Consent { allow, grant } => Input::Consent { allow, grant },
        ClientMessage::DropToView => Input::DropToView,
        ClientMessage::PauseControl => Input::PauseControl,
        ClientMessage::ResumeControl => Input::ResumeControl,
        ClientMessage::End => Input::Leave,
        ClientMessage::Offer { sdp } => {
            return sessions::signal(deps, who, *current, ServerMessage::Offer { sdp }).await;
        }
        ClientMessage::Answer { sdp } => {
            return sessions::signal(deps, who, *current, ServerMessage::Answer { sdp }).await;
        }
        ClientMessage::Ice { candidate } => {
            if !candidate.is_well_formed() {
                return Err(Error::Invalid(
                    "the ICE candidate is too long or holds control characters".to_owned(),
                ));
            }
            return sessions::signal(deps, who, *current, ServerMessage::Ice { candidate }).await;
        }
        ClientMessage::Chat { text, client_id } => {
            sessions::chat(deps, who, &text, client_id, connection).await?;
            return Ok(());
        }
    };
    let row = sessions::act(deps, who, input).await?;
    *current = row.machine.granted();
    Ok(())
}

/// Why a frame that did not parse is a chat message refused for its text, if it is one: each
/// reason has its own error code, so the sender can say it in their language.
fn chat_problem(text: &str) -> Option<ChatTextProblem> {
    let frame: serde_json::Value = serde_json::from_str(text).ok()?;
    if frame.get("type")?.as_str()? != "chat" {
        return None;
    }
    ChatText::problem(frame.get("text")?.as_str()?)
}

/// What a bus event means for this connection.
enum Delivery {
    Send(ServerMessage),
    SendAndEnd(ServerMessage),
    Skip,
    Replaced,
}

async fn deliver(
    deps: &Deps,
    who: &Participant,
    connection: Uuid,
    current: &mut Option<Mode>,
    event: BusEvent,
) -> Delivery {
    let role = who.role();
    match event {
        BusEvent::Changed => match sessions::view(deps, who).await {
            Ok(session) => {
                *current = granted_in(&session.state);
                let ended = matches!(session.state, SessionState::Ended { .. });
                let message = ServerMessage::Session { session };
                if ended {
                    Delivery::SendAndEnd(message)
                } else {
                    Delivery::Send(message)
                }
            }
            Err(err) => Delivery::Send(error_frame(err)),
        },
        BusEvent::Relay { to, message } if to == role => Delivery::Send(*message),
        BusEvent::Chat {
            message,
            client_id,
            connection: sender,
        } => Delivery::Send(ServerMessage::Chat {
            message,
            client_id: client_id.filter(|_| sender == connection),
        }),
        BusEvent::Presence {
            role: side,
            status,
            grace_ms,
        } if side != role => Delivery::Send(ServerMessage::Presence {
            role: side,
            status,
            grace_ms,
        }),
        BusEvent::JoinRefused { reason } if role == Role::Helper => {
            Delivery::Send(ServerMessage::JoinRefused { reason })
        }
        BusEvent::Replaced {
            role: side,
            connection: newer,
        } if side == role && newer != connection => Delivery::Replaced,
        _ => Delivery::Skip,
    }
}
