//! WebSocket participants for session tests: a real tokio-tungstenite client that sends
//! heartbeats like the web app does, and helpers to set up a help desk and a session.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use crate::rbac::{HELP_DESK_OPERATOR, assign, group};
use crate::support::{TestApp, expect_json};

/// One side's WebSocket.
pub struct Peer {
    outgoing: mpsc::UnboundedSender<Message>,
    incoming: mpsc::UnboundedReceiver<Value>,
    tasks: Vec<JoinHandle<()>>,
}

/// What a peer's reader saw when the socket closed.
pub const CLOSED: &str = "_closed";

impl Peer {
    /// Connects to session `id` with a bearer token, sending heartbeats every second when
    /// `heartbeats` is set.
    pub async fn connect(app: &TestApp, token: &str, id: &str, heartbeats: bool) -> Self {
        Self::try_connect(app, token, id, heartbeats)
            .await
            .unwrap_or_else(|status| panic!("WebSocket refused with {status}"))
    }

    /// Like [`Peer::connect`], answering the HTTP status when the upgrade is refused.
    pub async fn try_connect(
        app: &TestApp,
        token: &str,
        id: &str,
        heartbeats: bool,
    ) -> Result<Self, u16> {
        let url = app
            .url(&format!("/api/v1/sessions/{id}/ws"))
            .replacen("http", "ws", 1);
        let mut request = url.into_client_request().unwrap();
        request
            .headers_mut()
            .insert("authorization", format!("Bearer {token}").parse().unwrap());
        let socket = match tokio_tungstenite::connect_async(request).await {
            Ok((socket, _)) => socket,
            Err(tungstenite::Error::Http(response)) => {
                return Err(response.status().as_u16());
            }
            Err(err) => panic!("connect: {err}"),
        };
        let (mut sink, mut stream) = socket.split();
        let (outgoing, mut to_send) = mpsc::unbounded_channel::<Message>();
        let (received, incoming) = mpsc::unbounded_channel();
        let writer = tokio::spawn(async move {
            let mut beat = tokio::time::interval(Duration::from_secs(1));
            loop {
                tokio::select! {
                    message = to_send.recv() => match message {
                        Some(message) => if sink.send(message).await.is_err() { break },
                        None => break,
                    },
                    _ = beat.tick(), if heartbeats => {
                        let text = json!({ "type": "heartbeat" }).to_string();
                        if sink.send(Message::Text(text.into())).await.is_err() { break }
                    }
                }
            }
        });
        let reader = tokio::spawn(async move {
            while let Some(frame) = stream.next().await {
                match frame {
                    Ok(Message::Text(text)) => {
                        let value: Value = serde_json::from_str(text.as_str()).unwrap();
                        if received.send(value).is_err() {
                            return;
                        }
                    }
                    Ok(Message::Close(frame)) => {
                        let code = frame.map(|f| u16::from(f.code));
                        let _ = received.send(json!({ "type": CLOSED, "code": code }));
                        return;
                    }
                    Ok(_) => {}
                    Err(_) => break,
                }
            }
            let _ = received.send(json!({ "type": CLOSED, "code": null }));
        });
        Ok(Self {
            outgoing,
            incoming,
            tasks: vec![writer, reader],
        })
    }

    /// Sends a JSON message.
    pub fn send(&self, message: &Value) {
        self.outgoing
            .send(Message::Text(message.to_string().into()))
            .unwrap();
    }

    /// Sends a raw frame.
    pub fn send_raw(&self, message: Message) {
        self.outgoing.send(message).unwrap();
    }

    /// The next message other than a heartbeat, within 5 seconds.
    pub async fn next(&mut self) -> Value {
        loop {
            let message = tokio::time::timeout(Duration::from_secs(5), self.incoming.recv())
                .await
                .expect("a message within 5 s")
                .expect("the reader is running");
            if message["type"] != "heartbeat" {
                return message;
            }
        }
    }

    /// The next message, which must be of `kind`.
    pub async fn expect(&mut self, kind: &str) -> Value {
        let message = self.next().await;
        assert_eq!(message["type"], kind, "unexpected message: {message}");
        message
    }

    /// Skips messages until one of `kind` arrives (within 5 s each).
    pub async fn until(&mut self, kind: &str) -> Value {
        loop {
            let message = self.next().await;
            if message["type"] == kind {
                return message;
            }
        }
    }

    /// The next `session` message's state.
    pub async fn state(&mut self) -> Value {
        self.until("session").await["session"]["state"].clone()
    }

    /// Whether a message arrives within `wait` (heartbeats aside).
    pub async fn quiet_for(&mut self, wait: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            match tokio::time::timeout_at(deadline, self.incoming.recv()).await {
                Err(_) => return true,
                Ok(Some(message)) if message["type"] == "heartbeat" => {}
                Ok(_) => return false,
            }
        }
    }

    /// Drops the connection without a close frame, as a crash or a lost network would.
    pub fn kill(self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

impl Drop for Peer {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

/// A tenant with remote help on, a helper (Help Desk Operator over the staff group), a
/// sharer in the staff group, both signed in with API tokens.
pub struct Desk {
    pub admin: reqwest::Client,
    pub helper: reqwest::Client,
    pub sharer: reqwest::Client,
    pub sharer_id: String,
    pub helper_token: String,
    pub sharer_token: String,
    pub staff_group: String,
}

/// A bearer token for `email`: an app's sign-in (anyone may sign in as an app; API tokens
/// need a permission).
pub async fn token(app: &TestApp, email: &str) -> String {
    crate::apps::app_token(app, email, "session test").await
}

/// Changes tenant settings as `admin`.
pub async fn settings(app: &TestApp, admin: &reqwest::Client, change: Value) {
    expect_json(
        admin
            .patch(app.url("/api/v1/tenant/settings"))
            .json(&change)
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
}

/// The help desk of Contoso, with remote help and unenrolled help as given.
pub async fn desk(app: &TestApp, unenrolled_help: bool) -> Desk {
    let (admin, _) = app.tenant("Contoso", "ada@contoso.com").await;
    settings(
        app,
        &admin,
        json!({ "remote_help_enabled": true, "unenrolled_help_enabled": unenrolled_help }),
    )
    .await;
    let helper = app.user(&admin, "hal@contoso.com", false).await;
    let sharer = app.user(&admin, "sue@contoso.com", false).await;
    expect_json(
        admin
            .patch(app.url(&format!("/api/v1/users/{}", helper.id)))
            .json(&json!({ "display_name": "Hal Helper", "job_title": "Service Desk Analyst", "company": "Contoso" }))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    let desk_group = group(app, &admin, "Service desk", &[&helper.id.to_string()]).await;
    let staff_group = group(app, &admin, "Staff", &[&sharer.id.to_string()]).await;
    assign(
        app,
        &admin,
        "Desk over staff",
        HELP_DESK_OPERATOR,
        &desk_group,
        json!({ "groups": [staff_group], "all_devices": true }),
    )
    .await;
    let helper_browser = app.sign_in("hal@contoso.com").await;
    let sharer_browser = app.sign_in("sue@contoso.com").await;
    Desk {
        helper_token: token(app, "hal@contoso.com").await,
        sharer_token: token(app, "sue@contoso.com").await,
        admin,
        helper: helper_browser,
        sharer: sharer_browser,
        sharer_id: sharer.id.to_string(),
        staff_group,
    }
}

/// Starts a session as the helper (for `device` if given); answers the created session.
pub async fn start(app: &TestApp, desk: &Desk, device: Option<&str>) -> Value {
    expect_json(
        desk.helper
            .post(app.url("/api/v1/sessions"))
            .json(&json!({ "device_id": device }))
            .send()
            .await
            .unwrap(),
        StatusCode::CREATED,
    )
    .await
}

/// The security code of a session just started.
pub fn code_of(created: &Value) -> String {
    created["code"].as_str().unwrap().to_owned()
}

/// The sharer redeems `code` from the web app.
pub async fn join_web(app: &TestApp, sharer: &reqwest::Client, code: &str) -> reqwest::Response {
    sharer
        .post(app.url("/api/v1/sessions/join"))
        .json(&json!({ "code": code, "client": "web" }))
        .send()
        .await
        .unwrap()
}
