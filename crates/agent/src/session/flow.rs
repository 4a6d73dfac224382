//! The sharer's flow, from sign-in to the end of the session, independent of the interface:
//! it sends [`View`]s and acts on [`Action`]s.
//!
//! Consent lives here and in [`Control`]: the gate opens only when this sharer allowed control
//! here *and* the server says control is active and not paused. Any stop (the sharer's own,
//! the helper's connection lost, the server unreachable, the session over) closes the gate
//! before anything is sent anywhere, so it holds even when the network does not.

use std::sync::Arc;
use std::time::{Duration, Instant};

use assist_protocol::api::sessions::{Mode, Person, Role, SessionState, SessionView};
use assist_protocol::error::ErrorCode;
use assist_protocol::ids::SessionId;
use assist_protocol::text::{ChatText, SecurityCode};
use assist_protocol::ws::{
    ClientMessage, HEARTBEAT_INTERVAL_MS, MISSED_HEARTBEATS, PresenceStatus, ServerMessage,
};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};

use crate::api::{Api, ApiError, AppToken};
use crate::capture::{CaptureError, Capturer};
use crate::credential::Credential;
use crate::rtc::{Peer, PeerEvent, PeerOptions};
use crate::session::control::Control;
use crate::session::signaling::Signaling;
use crate::session::sso;
use crate::session::view::{Action, Notice, View};
use crate::update::{self, UpdateStatus};

/// Opens the screen to capture when sharing starts (the display must exist only then).
pub type OpenCapturer = Box<dyn Fn() -> Result<Box<dyn Capturer>, CaptureError> + Send + Sync>;

/// How long the agent keeps trying to reach the server again before giving up; the server
/// ends the session after its own grace (60 s by default) anyway.
const RECONNECT_FOR: Duration = Duration::from_mins(1);

/// Everything the flow needs.
pub struct Flow {
    /// The server.
    pub api: Api,
    /// The device's identity, when enrolled (proves the device at join).
    pub credential: Option<Credential>,
    /// The consent gate in front of the injector.
    pub control: Arc<Control>,
    /// Opens the screen.
    pub open_capturer: OpenCapturer,
    /// Where views go.
    pub views: UnboundedSender<View>,
    /// Where actions come from.
    pub actions: UnboundedReceiver<Action>,
    /// Media only through the TURN server (see [`PeerOptions::relay_only`]).
    pub relay_only: bool,
}

impl std::fmt::Debug for Flow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Flow")
            .field("api", &self.api)
            .finish_non_exhaustive()
    }
}

/// The sharer closed the interface or ended: stop quietly.
#[derive(Debug)]
struct Quit;

impl Flow {
    fn show(&self, view: View) {
        // The interface may be gone (window closed); the flow ends on its own then.
        let _ = self.views.send(view);
    }

    async fn next_action(&mut self) -> Result<Action, Quit> {
        self.actions.recv().await.ok_or(Quit)
    }

    /// Runs the whole flow; returns when the session is over or the sharer quit.
    pub async fn run(mut self) {
        let result = self.run_inner().await;
        self.control.revoke();
        if let Err(Some(error)) = result {
            self.show(View::Ended {
                reason: None,
                error: Some(format!("{error:#}")),
            });
        }
    }

    async fn run_inner(&mut self) -> Result<(), Option<anyhow::Error>> {
        if self.check_version().await {
            return Err(Some(anyhow::anyhow!(crate::i18n::t(
                crate::i18n::ids::UPDATE_REQUIRED_BEFORE_SHARING
            ))));
        }
        let token = self.sign_in().await.map_err(|Quit| None)?;
        let session = self.join(&token).await.map_err(|Quit| None)?;
        let helper = session.helper.clone();
        self.show(View::Joined {
            helper: helper.clone(),
            enrolled: self.credential.is_some(),
        });
        let ice_servers = self.api.ice_servers(&token, session.id).await.map_or_else(
            |err| {
                tracing::warn!(%err, "no ICE servers; host candidates only");
                Vec::new()
            },
            |s| s.ice_servers,
        );
        let mut sharing = Sharing {
            session: session.id,
            helper,
            ice_servers,
            token,
            consented_control: false,
            state: session.state,
            peer: None,
            peer_events: unbounded_channel(),
            presence: HelperPresence::default(),
        };
        let outcome = self.share(&mut sharing).await;
        let _ = self.api.sign_out(&sharing.token).await;
        outcome
    }

    /// Tells the sharer about a newer agent; true when this one is too old to share.
    async fn check_version(&self) -> bool {
        // Through the API client, with its timeouts: an unanswering server must not hold up
        // the sharer, who is told nothing then.
        let answer = self.api.agent_version().await;
        let Ok(server) = answer else {
            return false;
        };
        match update::this_agent(&server) {
            UpdateStatus::UpToDate => false,
            UpdateStatus::Available {
                latest,
                download_url,
            } => {
                self.show(View::UpdateAvailable {
                    latest,
                    required: false,
                    download_url,
                });
                false
            }
            UpdateStatus::Required {
                latest,
                download_url,
                ..
            } => {
                self.show(View::UpdateAvailable {
                    latest,
                    required: true,
                    download_url,
                });
                true
            }
        }
    }

    async fn sign_in(&mut self) -> Result<AppToken, Quit> {
        let mut error = None;
        loop {
            self.show(View::SignIn {
                error: error.take(),
            });
            match self.next_action().await? {
                Action::SignIn { email, password } => {
                    match self.api.sign_in(&email, &password, None).await {
                        Ok(token) => return Ok(token),
                        Err(err) if err.code() == Some(ErrorCode::SecondFactorRequired) => {
                            if let Some(token) = self.second_factor(&email, &password).await? {
                                return Ok(token);
                            }
                        }
                        Err(err) => error = Some(refusal(&err)),
                    }
                }
                Action::SingleSignOn { email } => match self.single_sign_on(&email).await {
                    Ok(token) => return Ok(token),
                    Err(err) => error = Some(err.to_string()),
                },
                Action::End => return Err(Quit),
                other => tracing::debug!(?other, "ignored while signing in"),
            }
        }
    }

    async fn second_factor(
        &mut self,
        email: &str,
        password: &str,
    ) -> Result<Option<AppToken>, Quit> {
        let mut error = None;
        loop {
            self.show(View::SecondFactor {
                error: error.take(),
            });
            match self.next_action().await? {
                Action::SecondFactor(code) => {
                    match self.api.sign_in(email, password, Some(&code)).await {
                        Ok(token) => return Ok(Some(token)),
                        Err(err) if err.code() == Some(ErrorCode::InvalidCredentials) => {
                            error = Some(refusal(&err));
                        }
                        Err(err) => {
                            // Throttled or refused for good: back to the start, with the reason.
                            self.show(View::SignIn {
                                error: Some(refusal(&err)),
                            });
                            return Ok(None);
                        }
                    }
                }
                Action::End => return Err(Quit),
                _ => {}
            }
        }
    }

    async fn single_sign_on(&mut self, email: &str) -> Result<AppToken, sso::SsoError> {
        let pending = sso::start(&self.api, email).await?;
        self.show(View::SingleSignOn {
            url: pending.url.to_string(),
        });
        sso::open_browser(&pending.url);
        pending.finish(&self.api).await
    }

    async fn join(&mut self, token: &AppToken) -> Result<SessionView, Quit> {
        let mut error = None;
        loop {
            self.show(View::Code {
                error: error.take(),
            });
            match self.next_action().await? {
                Action::Code(text) => {
                    let code = match SecurityCode::parse(&text) {
                        Ok(code) => code,
                        Err(err) => {
                            tracing::debug!(%err, "not a security code");
                            error = Some(crate::i18n::t(crate::i18n::shared_ids::CODE_FORMAT));
                            continue;
                        }
                    };
                    match self.api.join(token, &code, self.credential.as_ref()).await {
                        Ok(session) => return Ok(session),
                        Err(err) => error = Some(refusal(&err)),
                    }
                }
                Action::End => return Err(Quit),
                _ => {}
            }
        }
    }

    /// From the join to the end.
    async fn share(&mut self, s: &mut Sharing) -> Result<(), Option<anyhow::Error>> {
        let mut socket = self.connect(s).await.map_err(Some)?;
        let beat = Duration::from_millis(u64::from(HEARTBEAT_INTERVAL_MS));
        let silence = beat * MISSED_HEARTBEATS;
        let mut heartbeat = tokio::time::interval(beat);
        let mut last_heard = Instant::now();
        loop {
            tokio::select! {
                message = socket.recv() => {
                    match message {
                        Ok(message) => {
                            last_heard = Instant::now();
                            if self.on_server(s, message) {
                                socket.close().await;
                                return Ok(());
                            }
                        }
                        Err(err) => {
                            tracing::warn!(%err, "session connection lost");
                            socket = self.reconnect(s).await?;
                            last_heard = Instant::now();
                        }
                    }
                }
                action = self.actions.recv() => {
                    let Some(action) = action else {
                        self.end(s, &mut socket).await;
                        return Err(None);
                    };
                    if self.on_action(s, &mut socket, action).await {
                        return Err(None);
                    }
                }
                Some(event) = s.peer_events.1.recv() => {
                    self.on_peer(s, &mut socket, event).await;
                }
                _ = heartbeat.tick() => {
                    if last_heard.elapsed() > silence {
                        tracing::warn!("the server went silent");
                        socket = self.reconnect(s).await?;
                        last_heard = Instant::now();
                    } else {
                        let _ = socket.send(&ClientMessage::Heartbeat).await;
                    }
                }
            }
        }
    }

    async fn connect(&self, s: &Sharing) -> anyhow::Result<Signaling> {
        Ok(Signaling::connect(&self.api, &s.token, s.session).await?)
    }

    /// The server is unreachable: control stops now, then the agent tries again. Once back,
    /// control stays stopped (the server is told it is paused) until the sharer resumes it.
    async fn reconnect(&mut self, s: &mut Sharing) -> Result<Signaling, Option<anyhow::Error>> {
        self.control.revoke();
        s.consented_control = false;
        self.show(View::Notice(Notice::ServerLost));
        let give_up = Instant::now() + RECONNECT_FOR;
        let mut wait = Duration::from_millis(250);
        loop {
            match self.connect(s).await {
                Ok(mut socket) => {
                    self.show(View::Notice(Notice::ServerBack));
                    // The helper's page may have given up on the old peer connection while
                    // this side was away: the welcome starts a fresh one, so the picture comes
                    // back without anyone clicking. What the old one said meanwhile is stale.
                    s.peer = None;
                    s.peer_events = unbounded_channel();
                    if matches!(
                        s.state,
                        SessionState::Active {
                            mode: Mode::Control,
                            paused: false
                        }
                    ) {
                        let _ = socket.send(&ClientMessage::PauseControl).await;
                    }
                    return Ok(socket);
                }
                Err(err) if Instant::now() < give_up => {
                    tracing::info!(%err, "reconnecting");
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(Duration::from_secs(4));
                }
                Err(err) => return Err(Some(err)),
            }
        }
    }

    /// Handles a frame; true when the session is over.
    fn on_server(&mut self, s: &mut Sharing, message: ServerMessage) -> bool {
        match message {
            ServerMessage::Welcome {
                session,
                chat,
                peer_online,
                peer_grace_ms,
                ..
            } => {
                let change = s
                    .presence
                    .on_welcome(peer_online, peer_grace_ms.map(Duration::from_millis));
                for message in chat {
                    self.show_chat(s, message.sender, message.text);
                }
                let ended = self.on_session(s, &session);
                if !ended {
                    self.tell_presence(s, change);
                }
                return ended;
            }
            ServerMessage::Session { session } => {
                return self.on_session(s, &session);
            }
            ServerMessage::Presence {
                role: Role::Helper,
                status,
                grace_ms,
            } => {
                let online = status == PresenceStatus::Online;
                if !online {
                    // Control stops before the sharer is told anything.
                    self.control.revoke();
                    s.peer = None;
                }
                let change = s
                    .presence
                    .on_presence(online, grace_ms.map(Duration::from_millis));
                self.tell_presence(s, change);
                // The helper's page came (back): it waits for a new offer, also when it
                // reloaded so fast that nobody saw it go.
                if online && matches!(s.state, SessionState::Active { .. }) {
                    self.start_peer(s);
                    self.apply_control(s);
                }
            }
            ServerMessage::Answer { sdp } => {
                if let Some(Err(err)) = s.peer.as_ref().map(|peer| peer.accept_answer(&sdp)) {
                    tracing::warn!(%err, "the helper's answer was refused");
                }
            }
            ServerMessage::Ice { candidate } => {
                if let Some(peer) = &s.peer {
                    peer.add_remote_candidate(&candidate);
                }
            }
            ServerMessage::Chat { message, .. } => self.show_chat(s, message.sender, message.text),
            ServerMessage::Error { code, message } => {
                tracing::warn!(?code, %message, "the server refused a frame");
                // Said in the sharer's language; a code without words of its own says the
                // generic refusal rather than the server's English.
                let text = crate::i18n::refusal(code, None)
                    .unwrap_or_else(|| crate::i18n::t("error-unexpected"));
                self.show(View::Refused(text));
            }
            // `join_refused` is for the helper only.
            ServerMessage::Heartbeat
            | ServerMessage::Offer { .. }
            | ServerMessage::JoinRefused { .. }
            | ServerMessage::Presence { .. } => {}
        }
        false
    }

    /// Tells the sharer that the helper dropped or is back.
    fn tell_presence(&self, s: &Sharing, change: PresenceChange) {
        match change {
            PresenceChange::Away(grace) => self.show(View::HelperAway {
                helper: s.helper.clone(),
                back_by: grace.map(|grace| Instant::now() + grace),
            }),
            PresenceChange::Back => self.show(View::HelperBack {
                helper: s.helper.clone(),
            }),
            PresenceChange::Unchanged => {}
        }
    }

    fn show_chat(&self, s: &Sharing, sender: Role, text: String) {
        let mine = sender == Role::Sharer;
        self.show(View::Chat {
            mine,
            sender: if mine {
                String::new()
            } else {
                s.helper.display_name.clone()
            },
            text,
        });
    }

    /// A new session state; true when it ended.
    fn on_session(&mut self, s: &mut Sharing, session: &SessionView) -> bool {
        s.consented_control = consent_kept(s.consented_control, &session.state);
        let before = std::mem::replace(&mut s.state, session.state.clone());
        match session.state {
            SessionState::Waiting { .. } | SessionState::Joined => {
                self.control.revoke();
                if matches!(
                    before,
                    SessionState::Active { .. }
                        | SessionState::ModeRequested {
                            granted: Some(_),
                            ..
                        }
                ) {
                    s.peer = None;
                }
            }
            SessionState::ModeRequested { mode, granted, .. } => {
                // An escalation keeps what was granted meanwhile; control waits for the answer.
                if granted != Some(Mode::Control) {
                    self.control.revoke();
                }
                if before != s.state {
                    self.show(View::Request {
                        helper: s.helper.clone(),
                        mode,
                    });
                }
            }
            SessionState::Active { mode, paused } => {
                if s.peer.is_none() && s.presence.online {
                    self.start_peer(s);
                }
                self.apply_control(s);
                self.show(View::Sharing {
                    helper: s.helper.clone(),
                    mode,
                    paused,
                });
            }
            SessionState::Ended { reason } => {
                self.control.revoke();
                s.peer = None;
                self.show(View::Ended {
                    reason: Some(reason),
                    error: None,
                });
                return true;
            }
        }
        false
    }

    /// Opens or closes the gate from the sharer's consent and the server's state.
    fn apply_control(&self, s: &Sharing) {
        let active = matches!(
            s.state,
            SessionState::Active {
                mode: Mode::Control,
                paused: false
            }
        );
        if active && s.consented_control && s.presence.online && s.peer.is_some() {
            self.control.grant();
        } else {
            self.control.revoke();
        }
    }

    fn start_peer(&self, s: &mut Sharing) {
        s.peer = None;
        let capturer = match (self.open_capturer)() {
            Ok(capturer) => capturer,
            Err(err) => {
                tracing::error!(%err, "cannot capture the screen");
                self.show(View::Ended {
                    reason: None,
                    error: Some(err.to_string()),
                });
                return;
            }
        };
        let (tx, rx) = unbounded_channel();
        s.peer_events = (tx.clone(), rx);
        let options = PeerOptions {
            ice_servers: s.ice_servers.clone(),
            relay_only: self.relay_only,
            ..PeerOptions::default()
        };
        match Peer::start(options, capturer, Arc::clone(&self.control), tx) {
            Ok(peer) => s.peer = Some(peer),
            Err(err) => {
                tracing::error!(%err, "cannot start the peer connection");
                self.show(View::Ended {
                    reason: None,
                    error: Some(err.to_string()),
                });
            }
        }
    }

    async fn on_peer(&self, s: &mut Sharing, socket: &mut Signaling, event: PeerEvent) {
        match event {
            PeerEvent::Offer(sdp) => {
                let _ = socket.send(&ClientMessage::Offer { sdp }).await;
            }
            PeerEvent::LocalCandidate(candidate) => {
                let _ = socket.send(&ClientMessage::Ice { candidate }).await;
            }
            PeerEvent::Connected => {
                self.show(View::Notice(Notice::Connected));
                self.apply_control(s);
            }
            PeerEvent::FirstFrameSent => tracing::info!("first frame sent"),
            PeerEvent::Closed { why, by_helper } => {
                tracing::warn!(%why, by_helper, "peer connection closed");
                self.control.revoke();
                s.peer = None;
                // The helper's page closing it (it left, or reloads) is no lost connection:
                // presence says whether they dropped. Nor is a peer of a helper already away.
                if !by_helper && s.presence.online {
                    self.show(View::Notice(Notice::ConnectionLost));
                }
            }
        }
    }

    /// Acts for the sharer; true when the flow is over.
    async fn on_action(&self, s: &mut Sharing, socket: &mut Signaling, action: Action) -> bool {
        match action {
            Action::Allow | Action::AllowViewOnly | Action::Decline => {
                let SessionState::ModeRequested { mode, .. } = s.state else {
                    return false;
                };
                let (allow, grant) = match action {
                    Action::Allow => (true, None),
                    Action::AllowViewOnly => (true, Some(Mode::View)),
                    _ => (false, None),
                };
                s.consented_control = allow && grant.is_none() && mode == Mode::Control;
                let _ = socket.send(&ClientMessage::Consent { allow, grant }).await;
            }
            Action::StopControl => {
                // Local first: input stops before the server hears of it.
                s.consented_control = false;
                self.control.revoke();
                self.show(View::Notice(Notice::ControlStopped));
                let _ = socket.send(&ClientMessage::PauseControl).await;
            }
            Action::ResumeControl => {
                if matches!(
                    s.state,
                    SessionState::Active {
                        mode: Mode::Control,
                        ..
                    }
                ) {
                    s.consented_control = true;
                    let _ = socket.send(&ClientMessage::ResumeControl).await;
                }
            }
            Action::Chat(text) => match ChatText::parse(&text) {
                Ok(text) => {
                    let _ = socket
                        .send(&ClientMessage::Chat {
                            text,
                            client_id: None,
                        })
                        .await;
                }
                Err(err) => {
                    tracing::info!(%err, "chat message not sent");
                    if let Some(problem) = ChatText::problem(&text) {
                        let words = crate::i18n::refusal(problem.code(), None);
                        self.show(View::Refused(words.unwrap_or_default()));
                    }
                }
            },
            Action::End => {
                self.end(s, socket).await;
                return true;
            }
            Action::SignIn { .. }
            | Action::SingleSignOn { .. }
            | Action::SecondFactor(_)
            | Action::Code(_) => {}
        }
        false
    }

    /// Ends the session: control first, then the server, then the peer.
    async fn end(&self, s: &mut Sharing, socket: &mut Signaling) {
        self.control.revoke();
        s.consented_control = false;
        let _ =
            tokio::time::timeout(Duration::from_secs(2), socket.send(&ClientMessage::End)).await;
        s.peer = None;
        self.show(View::Ended {
            reason: Some(assist_protocol::api::sessions::EndReason::SharerLeft),
            error: None,
        });
    }
}

/// The state of one joined session.
struct Sharing {
    session: SessionId,
    helper: Person,
    ice_servers: Vec<assist_protocol::api::sessions::IceServer>,
    token: AppToken,
    /// The sharer allowed control here, and has not taken it back.
    consented_control: bool,
    state: SessionState,
    peer: Option<Peer>,
    peer_events: (UnboundedSender<PeerEvent>, UnboundedReceiver<PeerEvent>),
    presence: HelperPresence,
}

/// The helper's connection as the sharer was told of it, so that "is back" follows only a drop
/// that was shown: never a first connection, nor a page that reconnected before the server
/// noticed it gone.
#[derive(Debug, Default)]
struct HelperPresence {
    /// Whether the helper is connected, as the server last said.
    online: bool,
    /// Whether the sharer was told the helper dropped, and not yet that they are back.
    away_shown: bool,
}

/// What the sharer is to be told about the helper's connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PresenceChange {
    /// The helper dropped; the session ends after this much time unless they come back (when
    /// the server said).
    Away(Option<Duration>),
    /// The helper is back after a drop that was shown.
    Back,
    /// Nothing to tell.
    Unchanged,
}

impl HelperPresence {
    /// A `presence` frame: the helper's connection came or went (`grace`: the time left before
    /// the session ends without them).
    fn on_presence(&mut self, online: bool, grace: Option<Duration>) -> PresenceChange {
        self.seen(online, grace, true)
    }

    /// A `welcome` frame (the first, or after this side reconnected): a helper who is not
    /// connected dropped only when the server counts down a grace for them; otherwise they
    /// never came.
    fn on_welcome(&mut self, online: bool, grace: Option<Duration>) -> PresenceChange {
        self.seen(online, grace, grace.is_some())
    }

    fn seen(&mut self, online: bool, grace: Option<Duration>, dropped: bool) -> PresenceChange {
        self.online = online;
        if online {
            if std::mem::take(&mut self.away_shown) {
                PresenceChange::Back
            } else {
                PresenceChange::Unchanged
            }
        } else if dropped {
            self.away_shown = true;
            PresenceChange::Away(grace)
        } else {
            PresenceChange::Unchanged
        }
    }
}

/// Whether the sharer's consent to control still stands once the session is in `state`: only
/// while the state still grants control. Once control is left (for view, for a new request
/// that grants less, or for no sharing at all), the consent is spent, so control opens again
/// only after the sharer allows it again on this device, whatever the server says later.
fn consent_kept(consented: bool, state: &SessionState) -> bool {
    let grants_control = matches!(
        state,
        SessionState::Active {
            mode: Mode::Control,
            ..
        } | SessionState::ModeRequested {
            granted: Some(Mode::Control),
            ..
        }
    );
    consented && grants_control
}

/// A refusal in words for the sharer, in their language by its code (`i18n::refusal`);
/// otherwise the server's message, with the wait when throttled.
fn refusal(err: &ApiError) -> String {
    match err {
        ApiError::Refused {
            code,
            retry_after,
            message,
            ..
        } => crate::i18n::refusal(*code, *retry_after).unwrap_or_else(|| match retry_after {
            Some(secs) => format!("{message} ({secs} s)"),
            None => message.clone(),
        }),
        ApiError::Unreachable { server, reason } => {
            tracing::warn!(%server, %reason, "the server cannot be reached");
            crate::i18n::t(crate::i18n::shared_ids::ERROR_NETWORK)
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTROL: SessionState = SessionState::Active {
        mode: Mode::Control,
        paused: false,
    };
    const VIEW: SessionState = SessionState::Active {
        mode: Mode::View,
        paused: false,
    };

    #[test]
    fn a_first_join_is_no_return() {
        let mut presence = HelperPresence::default();
        assert_eq!(
            presence.on_welcome(true, None),
            PresenceChange::Unchanged,
            "the helper was there when the sharer joined"
        );
        assert!(presence.online);
        // The helper's page reloads before the server noticed it gone: a new connection
        // replaced the old, and nobody was told anything.
        assert_eq!(presence.on_presence(true, None), PresenceChange::Unchanged);
    }

    #[test]
    fn a_drop_is_told_with_its_grace_and_the_return_once() {
        let mut presence = HelperPresence::default();
        presence.on_welcome(true, None);
        let grace = Duration::from_mins(1);
        assert_eq!(
            presence.on_presence(false, Some(grace)),
            PresenceChange::Away(Some(grace))
        );
        assert!(!presence.online);
        assert_eq!(presence.on_presence(true, None), PresenceChange::Back);
        assert_eq!(
            presence.on_presence(true, None),
            PresenceChange::Unchanged,
            "back once"
        );
        // An older server says no grace: still a drop.
        assert_eq!(
            presence.on_presence(false, None),
            PresenceChange::Away(None)
        );
    }

    #[test]
    fn a_welcome_after_this_side_reconnected_tells_where_the_helper_is() {
        // The helper dropped while this side was away too: the welcome says so, with the time
        // left.
        let mut presence = HelperPresence::default();
        presence.on_welcome(true, None);
        let left = Duration::from_secs(42);
        assert_eq!(
            presence.on_welcome(false, Some(left)),
            PresenceChange::Away(Some(left))
        );
        assert_eq!(presence.on_welcome(true, None), PresenceChange::Back);
        // A helper who is not connected and has no grace never came: no drop to tell.
        let mut fresh = HelperPresence::default();
        assert_eq!(fresh.on_welcome(false, None), PresenceChange::Unchanged);
        assert_eq!(fresh.on_presence(true, None), PresenceChange::Unchanged);
    }

    #[test]
    fn a_drop_to_view_spends_the_consent_even_if_the_server_says_control_again() {
        let mut consented = true;
        consented = consent_kept(consented, &CONTROL);
        assert!(consented, "control as consented");
        consented = consent_kept(consented, &VIEW);
        assert!(!consented, "dropped to view");
        consented = consent_kept(consented, &CONTROL);
        assert!(
            !consented,
            "a server saying control again does not re-open it"
        );
    }

    #[test]
    fn pausing_keeps_the_consent_and_a_lesser_request_spends_it() {
        let paused = SessionState::Active {
            mode: Mode::Control,
            paused: true,
        };
        assert!(consent_kept(true, &paused));
        let at = time::OffsetDateTime::UNIX_EPOCH;
        let escalation_kept = SessionState::ModeRequested {
            mode: Mode::Control,
            granted: Some(Mode::Control),
            expires_at: at,
        };
        assert!(consent_kept(true, &escalation_kept));
        let request_from_view = SessionState::ModeRequested {
            mode: Mode::Control,
            granted: Some(Mode::View),
            expires_at: at,
        };
        assert!(!consent_kept(true, &request_from_view));
        assert!(!consent_kept(true, &SessionState::Joined));
    }
}
