//! The thread that owns the `str0m::Rtc`: one queue in, one mutation per input, then a full
//! drain of `poll_output` (str0m's single-mutation rule), sockets out.

use std::collections::HashMap;
use std::net::{SocketAddr, UdpSocket};
use std::sync::atomic::Ordering;
use std::sync::{Arc, mpsc};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use assist_protocol::input::{INPUT_CHANNEL, POINTER_CHANNEL, SCREEN_CHANNEL, ScreenEvent};
use assist_protocol::ws::{IceCandidate, Sdp};
use str0m::bwe::{Bitrate, BweKind};
use str0m::change::{SdpAnswer, SdpPendingOffer};
use str0m::channel::{ChannelConfig, ChannelId, Reliability};
use str0m::format::Codec;
use str0m::media::{Direction, MediaKind, MediaTime, Mid, Pt};
use str0m::net::{Protocol, Receive};
use str0m::rtp::Extension;
use str0m::{Candidate, Event, IceConnectionState, IceCreds, Output, Rtc};
use tokio::sync::mpsc::UnboundedSender;

use super::media::{Command, Outgoing};
use super::stun::{self, TransactionId};
use super::turn::{Link, Relay, RelayEvent, TurnServer};
use super::{CONNECT_TIMEOUT, PeerEvent, PeerOptions, RtcError, Shared};
use crate::session::control::Control;

/// The payload types offered for H.264 constrained baseline, packetization mode 1, and its
/// retransmissions (Chromium's numbers for the same format, for readable SDP diffs).
const H264_PT: u8 = 108;
const H264_RTX_PT: u8 = 109;
/// Constrained baseline, level 3.1: what every browser decodes (levels are not enforced by
/// decoders, and `level-asymmetry-allowed=1` lets the encoder pick the level it needs).
const PROFILE_LEVEL_ID: u32 = 0x42_e0_1f;
/// RTP header extension id for playout delay (any free id works).
const PLAYOUT_DELAY_EXT_ID: u8 = 12;
/// The share of the bandwidth estimate given to video; the rest is headers, RTCP, data
/// channels and headroom.
const VIDEO_SHARE: f64 = 0.85;
/// STUN gathering: retransmit times after the first request, then give up.
const STUN_RETRIES: [Duration; 3] = [
    Duration::from_millis(250),
    Duration::from_millis(750),
    Duration::from_millis(1750),
];
/// How long a stopping peer keeps sending its goodbyes (RTCP BYE, DTLS close_notify).
const CLOSE_DRAIN: Duration = Duration::from_millis(50);
/// With no frame written for this long the screen counts as static, and the bandwidth
/// estimator is parked (see [`Driver::park_bwe`]).
const IDLE_AFTER: Duration = Duration::from_secs(1);
/// After a lone frame on a static screen (a keyframe the browser asked for, a clock ticking
/// once a second), the estimator is parked again this soon once the frame has left, instead
/// of padding for a whole [`IDLE_AFTER`].
const LONE_FRAME_HOLD: Duration = Duration::from_millis(150);
/// A delta frame this small, sent while the estimator is parked, is a keepalive of the
/// static screen (one RTP packet).
const KEEPALIVE_BYTES: usize = 1000;
/// The estimate a keepalive is sent with (see [`Driver::write_frame`]).
const KEEPALIVE_RATE: Bitrate = Bitrate::kbps(10);
/// How long a keepalive is given to leave the pacer (it goes at the next poll).
const KEEPALIVE_HOLD: Duration = Duration::from_millis(50);
/// Silence from the helper's side for this long means it is gone. Its browser answers this
/// agent's ICE keepalives (every 1.5 s) and sends RTCP every second, so a live helper is
/// never this quiet; str0m on its own notices only after about 15 s.
const SILENCE_LIMIT: Duration = Duration::from_secs(5);

/// What reaches the driver.
#[derive(Debug)]
pub(super) enum Input {
    /// A datagram from a reader.
    Packet {
        data: Vec<u8>,
        source: SocketAddr,
        destination: SocketAddr,
        at: Instant,
    },
    /// The helper's answer; the result goes back on the channel.
    Answer(Box<SdpAnswer>, mpsc::SyncSender<Result<(), RtcError>>),
    /// A candidate the helper's browser trickled.
    RemoteCandidate(Box<Candidate>),
    /// The STUN servers, resolved.
    StunServers(Vec<SocketAddr>),
    /// A TURN server to allocate on, resolved (and connected, over TCP or TLS: the
    /// connection's local address and its writer's queue).
    TurnServer {
        server: TurnServer,
        remote: SocketAddr,
        stream: Option<(SocketAddr, mpsc::Sender<Vec<u8>>)>,
    },
    /// Bytes from the TCP connection to a TURN server with this local address.
    StreamData {
        local: SocketAddr,
        data: Vec<u8>,
        at: Instant,
    },
    /// The TCP connection to a TURN server with this local address closed.
    StreamClosed { local: SocketAddr },
    /// An encoded frame from the media thread.
    Frame(Outgoing),
    /// A message for the `screen` channel (JSON text).
    Screen(String),
    /// The media pipeline cannot go on.
    Fatal(String),
    /// The peer was dropped.
    Stop,
}

/// What [`Driver::new`] needs.
pub(super) struct Setup<'a> {
    pub options: &'a PeerOptions,
    pub sockets: &'a [UdpSocket],
    pub control: Arc<Control>,
    pub events: UnboundedSender<PeerEvent>,
    pub shared: Arc<Shared>,
    pub started: Instant,
}

/// Which local candidates the agent offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CandidatePolicy {
    /// Host, server-reflexive and relayed.
    All,
    /// Relayed only ([`PeerOptions::relay_only`]).
    RelayOnly,
}

/// One outstanding STUN Binding request.
struct StunTransaction {
    id: TransactionId,
    local: SocketAddr,
    server: SocketAddr,
    next: Instant,
    tries: usize,
}

pub(super) struct Driver {
    rtc: Rtc,
    sockets: Vec<UdpSocket>,
    pending_offer: Option<SdpPendingOffer>,
    mid: Mid,
    pt: Option<Pt>,
    channels: HashMap<ChannelId, String>,
    screen: Option<ChannelId>,
    ufrag: String,
    control: Arc<Control>,
    events: UnboundedSender<PeerEvent>,
    shared: Arc<Shared>,
    to_media: Option<mpsc::Sender<Command>>,
    media_thread: Option<JoinHandle<()>>,
    stun: Vec<StunTransaction>,
    relays: Vec<Relay>,
    /// When the relays next want to be polled.
    relay_wake: Option<Instant>,
    /// Which candidates are offered.
    policy: CandidatePolicy,
    /// The authorities a `turns:` server's certificate must chain to.
    tls_roots: Arc<rustls::RootCertStore>,
    started: Instant,
    connected: bool,
    first_frame_sent: bool,
    closed: bool,
    /// When the estimator is parked if no frame comes before.
    park_at: Instant,
    /// While parked, a keepalive is being let out until then.
    keepalive_until: Option<Instant>,
    /// When the last datagram from the helper arrived.
    last_heard: Instant,
    /// The estimate to resume from while the estimator is parked.
    parked: Option<Bitrate>,
}

impl Driver {
    /// The `Rtc` with its host candidates, and the offer.
    pub(super) fn new(setup: Setup<'_>) -> Result<(Self, Sdp), RtcError> {
        let creds = IceCreds::new();
        let ufrag = creds.ufrag.clone();
        let start = Bitrate::bps(u64::from(setup.options.start_bitrate_bps));
        let mut config = Rtc::builder()
            .set_local_ice_credentials(creds)
            .clear_codecs()
            .enable_bwe(Some(start))
            .set_extension(PLAYOUT_DELAY_EXT_ID, Extension::PlayoutDelay)
            .set_stats_interval(Some(Duration::from_secs(1)));
        // Keepalives every 1.5 s, and a path declared dead after about 6 s without answers
        // (str0m's defaults take over 20 s): losing the helper must end control soon.
        config.set_max_stun_rto(Duration::from_millis(1500));
        config.set_max_stun_retransmits(5);
        config.codec_config().add_h264(
            H264_PT.into(),
            Some(H264_RTX_PT.into()),
            true,
            PROFILE_LEVEL_ID,
        );
        let mut rtc = config.build(setup.started);
        // Probe for as much as the encoder could use; without a desired rate above the start,
        // the estimate only grows while the screen changes enough to fill it.
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss
        )] // A bitrate, far within range.
        let desired = (f64::from(crate::encode::MAX_BITRATE_BPS) / VIDEO_SHARE) as u64;
        rtc.bwe().set_bitrate(Bitrate::ZERO, Bitrate::bps(desired));

        let mut sockets = Vec::new();
        for socket in setup.sockets {
            let local = socket.local_addr()?;
            // Relay only: the sockets still carry the TURN traffic, but are not offered.
            if !setup.options.relay_only {
                let candidate = Candidate::host(local, "udp")
                    .map_err(|err| RtcError::Negotiation(err.to_string()))?;
                rtc.add_local_candidate(candidate);
            }
            sockets.push(socket.try_clone()?);
        }

        let mut change = rtc.sdp_api();
        let mid = change.add_media(
            MediaKind::Video,
            Direction::SendOnly,
            Some("assist-screen".into()),
            Some("screen".into()),
            None,
        );
        change.add_channel_with_config(ChannelConfig {
            label: POINTER_CHANNEL.into(),
            ordered: false,
            reliability: Reliability::MaxRetransmits { retransmits: 0 },
            ..ChannelConfig::default()
        });
        for label in [INPUT_CHANNEL, SCREEN_CHANNEL] {
            change.add_channel_with_config(ChannelConfig {
                label: label.into(),
                ordered: true,
                reliability: Reliability::Reliable,
                ..ChannelConfig::default()
            });
        }
        let (offer, pending) = change
            .apply()
            .ok_or_else(|| RtcError::Negotiation("str0m made no offer".into()))?;
        // The agent takes the DTLS client role (`active`) instead of offering `actpass` as
        // RFC 8842 asks of an offerer. Chromium, answering `actpass`, makes itself the client
        // and starts the handshake only some 180 ms after ICE succeeds; as the client this
        // agent starts it at once, which cut answer-to-first-frame from ~330 ms to ~125 ms on
        // loopback. Browsers answer an `active` offer with `passive` (RFC 5763, JSEP).
        let offer = offer
            .to_sdp_string()
            .replace("a=setup:actpass", "a=setup:active");
        let offer = Sdp::try_from(offer).map_err(RtcError::Negotiation)?;

        Ok((
            Self {
                rtc,
                sockets,
                pending_offer: Some(pending),
                mid,
                pt: None,
                channels: HashMap::new(),
                screen: None,
                ufrag,
                control: setup.control,
                events: setup.events,
                shared: setup.shared,
                to_media: None,
                media_thread: None,
                stun: Vec::new(),
                relays: Vec::new(),
                relay_wake: None,
                policy: if setup.options.relay_only {
                    CandidatePolicy::RelayOnly
                } else {
                    CandidatePolicy::All
                },
                tls_roots: Arc::clone(&setup.options.tls_roots),
                started: setup.started,
                connected: false,
                first_frame_sent: false,
                closed: false,
                park_at: setup.started + IDLE_AFTER,
                keepalive_until: None,
                last_heard: setup.started,
                parked: None,
            },
            offer,
        ))
    }

    /// Hands the offer to the owner.
    pub(super) fn announce(&self, offer: Sdp) {
        let _ = self.events.send(PeerEvent::Offer(offer));
    }

    pub(super) fn attach_media(&mut self, to_media: mpsc::Sender<Command>, thread: JoinHandle<()>) {
        self.to_media = Some(to_media);
        self.media_thread = Some(thread);
    }

    /// Runs until the connection closes or the peer is dropped.
    pub(super) fn run(mut self, inputs: &mpsc::Receiver<Input>) {
        let deadline_to_connect = self.started + CONNECT_TIMEOUT;
        while let Some(timeout) = self.drain() {
            if self.closed {
                break;
            }
            let now = Instant::now();
            if !self.connected && now >= deadline_to_connect {
                self.close("no connection to the helper within 30 seconds");
                break;
            }
            if timeout <= now {
                if let Err(err) = self.rtc.handle_input(str0m::Input::Timeout(now)) {
                    self.close(&format!("WebRTC failed: {err}"));
                }
                continue;
            }
            if self.connected && now >= self.last_heard + SILENCE_LIMIT {
                self.close("the helper stopped answering");
                break;
            }
            let may_park = self.parked.is_none() && self.first_frame_sent;
            if may_park && now >= self.park_at {
                self.park_bwe();
                continue;
            }
            if self.keepalive_until.is_some_and(|until| now >= until) {
                self.keepalive_until = None;
                self.rtc.bwe().reset(Bitrate::ZERO);
                continue;
            }
            self.resend_stun(now);
            if self.relay_wake.is_some_and(|at| at <= now) {
                self.poll_relays(now);
                continue;
            }
            let mut wake = timeout;
            if let Some(next) = self.stun.iter().map(|t| t.next).min() {
                wake = wake.min(next);
            }
            if let Some(next) = self.relay_wake {
                wake = wake.min(next);
            }
            if may_park {
                wake = wake.min(self.park_at);
            }
            if let Some(until) = self.keepalive_until {
                wake = wake.min(until);
            }
            if self.connected {
                wake = wake.min(self.last_heard + SILENCE_LIMIT);
            } else {
                wake = wake.min(deadline_to_connect);
            }
            match inputs.recv_timeout(wake.saturating_duration_since(now)) {
                Ok(Input::Stop) => {
                    self.stop();
                    break;
                }
                Ok(input) => self.handle(input),
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
        }
        self.stop_media();
    }

    /// Polls str0m until it only has a timeout left; `None` once it is dead.
    fn drain(&mut self) -> Option<Instant> {
        loop {
            if !self.rtc.is_alive() {
                if !self.closed {
                    self.close("the connection to the helper closed");
                }
                return None;
            }
            match self.rtc.poll_output() {
                Ok(Output::Timeout(at)) => return Some(at),
                Ok(Output::Transmit(transmit)) => {
                    self.send(transmit.source, transmit.destination, &transmit.contents);
                }
                Ok(Output::Event(event)) => self.on_event(event),
                Err(err) => {
                    self.close(&format!("WebRTC failed: {err}"));
                    return None;
                }
            }
        }
    }

    fn send(&mut self, source: SocketAddr, destination: SocketAddr, data: &[u8]) {
        if let Some(relay) = self
            .relays
            .iter_mut()
            .find(|relay| relay.relayed() == Some(source))
        {
            let now = Instant::now();
            if relay.send_to(destination, data, now) {
                // A permission or channel request waits: the loop polls the relays next.
                self.relay_wake = Some(now);
            }
            return;
        }
        let socket = self
            .sockets
            .iter()
            .find(|s| s.local_addr().is_ok_and(|local| local == source))
            .or_else(|| {
                self.sockets.iter().find(|s| {
                    s.local_addr()
                        .is_ok_and(|local| local.is_ipv4() == destination.is_ipv4())
                })
            });
        let Some(socket) = socket else {
            return;
        };
        match socket.send_to(data, destination) {
            Ok(n) => Shared::add(&self.shared.bytes_sent, n as u64),
            Err(err) => tracing::debug!(%err, %destination, "a UDP send failed"),
        }
    }

    fn handle(&mut self, input: Input) {
        match input {
            Input::Packet {
                data,
                source,
                destination,
                at,
            } => self.on_packet(&data, source, destination, at),
            Input::Answer(answer, reply) => {
                let result = match self.pending_offer.take() {
                    Some(pending) => self
                        .rtc
                        .sdp_api()
                        .accept_answer(pending, *answer)
                        .map_err(|err| RtcError::BadAnswer(err.to_string())),
                    None => Err(RtcError::BadAnswer(
                        "no offer is waiting for an answer".into(),
                    )),
                };
                if result.is_ok() {
                    self.pt = self.negotiated_pt();
                    tracing::debug!(pt = ?self.pt, "answer accepted");
                }
                let _ = reply.send(result);
            }
            Input::RemoteCandidate(candidate) => {
                let now = Instant::now();
                for relay in &mut self.relays {
                    let _ = relay.permit(candidate.addr().ip(), now);
                }
                self.rtc.add_remote_candidate(*candidate);
                self.poll_relays(now);
            }
            Input::StunServers(servers) => self.start_stun(&servers),
            Input::TurnServer {
                server,
                remote,
                stream,
            } => self.start_relay(&server, remote, stream),
            Input::StreamData { local, data, at } => {
                if let Some(index) = self.relays.iter().position(|r| r.has_stream(local)) {
                    let datagrams = self.relays[index].receive(&data, at);
                    self.on_relayed(index, datagrams, at);
                }
            }
            Input::StreamClosed { local } => {
                let mut events = Vec::new();
                for relay in self.relays.iter_mut().filter(|r| r.has_stream(local)) {
                    relay.lost(&mut events);
                }
                self.on_relay_events(events);
            }
            Input::Frame(frame) => self.write_frame(frame),
            Input::Screen(text) => self.write_screen(&text),
            Input::Fatal(why) => self.close(&why),
            Input::Stop => {}
        }
    }

    fn on_packet(&mut self, data: &[u8], source: SocketAddr, destination: SocketAddr, at: Instant) {
        if stun::is_stun(data) && self.on_stun_response(data, destination) {
            return;
        }
        if let Some(index) = self
            .relays
            .iter()
            .position(|r| r.is_udp_from_server(source, destination))
        {
            let datagrams = self.relays[index].receive(data, at);
            self.on_relayed(index, datagrams, at);
            return;
        }
        self.receive(data, source, destination, at);
    }

    /// Hands a datagram to str0m, if it is for it.
    fn receive(&mut self, data: &[u8], source: SocketAddr, destination: SocketAddr, at: Instant) {
        let Ok(contents) = data.try_into() else {
            return;
        };
        let receive = Receive {
            proto: Protocol::Udp,
            source,
            destination,
            contents,
        };
        let input = str0m::Input::Receive(at, receive);
        if self.rtc.accepts(&input) {
            self.last_heard = at;
            if let Err(err) = self.rtc.handle_input(input) {
                tracing::debug!(%err, "str0m refused a datagram");
            }
        }
    }

    fn negotiated_pt(&mut self) -> Option<Pt> {
        let writer = self.rtc.writer(self.mid)?;
        let h264: Vec<_> = writer
            .payload_params()
            .filter(|p| p.spec().codec == Codec::H264)
            .collect();
        h264.iter()
            .find(|p| {
                p.spec().format.packetization_mode == Some(1)
                    && p.spec()
                        .format
                        .profile_level_id
                        .is_some_and(|id| id >> 16 == 0x42)
            })
            .or_else(|| h264.first())
            .map(|p| p.pt())
    }

    fn on_event(&mut self, event: Event) {
        match event {
            Event::Connected => {
                self.connected = true;
                let micros = u64::try_from(self.started.elapsed().as_micros()).unwrap_or(u64::MAX);
                self.shared.connect_micros.store(micros, Ordering::Relaxed);
                self.shared.connected.store(true, Ordering::SeqCst);
                tracing::info!(after_ms = micros / 1000, "connected to the helper");
                self.to_media(Command::Connected);
                let _ = self.events.send(PeerEvent::Connected);
            }
            Event::IceConnectionStateChange(state) => {
                tracing::debug!(?state, "ICE");
                // Before the first connection, "disconnected" only means no pair works yet;
                // more candidates may come, and the connect timeout decides.
                if state == IceConnectionState::Disconnected && self.connected {
                    self.close("the connection to the helper was lost");
                }
            }
            Event::ChannelOpen(id, label) => {
                tracing::debug!(%label, "data channel open");
                if label == SCREEN_CHANNEL {
                    self.screen = Some(id);
                    self.to_media(Command::ScreenOpen);
                }
                self.channels.insert(id, label);
            }
            Event::ChannelData(data) => {
                let Some(label) = self.channels.get(&data.id) else {
                    return;
                };
                match label.as_str() {
                    INPUT_CHANNEL | POINTER_CHANNEL => {
                        let verdict = self.control.handle(label, &data.data);
                        tracing::trace!(?verdict, "input");
                    }
                    SCREEN_CHANNEL => self.on_screen_message(&data.data),
                    _ => {}
                }
            }
            Event::ChannelClose(id) => {
                if let Some(label) = self.channels.remove(&id) {
                    tracing::debug!(%label, "data channel closed");
                }
                if self.screen == Some(id) {
                    self.screen = None;
                }
            }
            Event::KeyframeRequest(request) => {
                Shared::add(&self.shared.keyframe_requests, 1);
                tracing::debug!(kind = ?request.kind, "keyframe requested");
                self.to_media(Command::Keyframe);
            }
            Event::EgressBitrateEstimate(estimate) => {
                let (BweKind::Twcc { estimate, .. } | BweKind::Remb { estimate, .. }) = estimate
                else {
                    return;
                };
                if self.parked.is_none() {
                    self.on_estimate(estimate);
                } else if estimate > Bitrate::ZERO && self.keepalive_until.is_none() {
                    // Feedback on what was sent before parking revives the estimator, and
                    // with it the padding: back to zero.
                    self.rtc.bwe().reset(Bitrate::ZERO);
                }
            }
            Event::Closed => self.closed_by_helper(),
            _ => {}
        }
    }

    /// A new bandwidth estimate: its share for video becomes the encoder's target.
    fn on_estimate(&self, estimate: Bitrate) {
        let bps = estimate.as_u64();
        self.shared.estimate.store(bps, Ordering::Relaxed);
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss
        )] // A bitrate, far within range.
        let target = (bps as f64 * VIDEO_SHARE) as u64;
        self.to_media(Command::Bitrate(target));
    }

    /// Stops the estimator's padding while the screen is static. str0m pads the link up to
    /// 50 kbit/s whenever a video sender is negotiated, in 5 ms bursts of tiny packets (over
    /// 100 kbit/s and 200 packets a second on the wire), so that it can keep probing; for a
    /// screen that may sit unchanged for minutes that is pure waste, and well above the idle
    /// budget of 30 kbit/s. An estimate of zero is the one setting that turns the padding
    /// off, so the estimator is reset to zero now and back to the last estimate before the
    /// next frame is written (it then re-learns the link from there).
    fn park_bwe(&mut self) {
        let last = Bitrate::bps(Shared::get(&self.shared.estimate).max(1));
        tracing::debug!(%last, "static screen: parking the bandwidth estimator");
        self.parked = Some(last);
        self.rtc.bwe().reset(Bitrate::ZERO);
    }

    /// What the helper sends on `screen`: only a monitor choice is expected; anything else
    /// is dropped and counted.
    fn on_screen_message(&mut self, data: &[u8]) {
        let parsed = (data.len() <= assist_protocol::input::MAX_MESSAGE_BYTES)
            .then(|| serde_json::from_slice::<ScreenEvent>(data).ok())
            .flatten();
        match parsed {
            Some(ScreenEvent::SelectMonitor { id }) => self.to_media(Command::Select(id)),
            _ => Shared::add(&self.shared.screen_dropped, 1),
        }
    }

    fn write_frame(&mut self, frame: Outgoing) {
        self.shared.in_flight.fetch_sub(1, Ordering::Relaxed);
        let (Some(pt), true) = (self.pt, self.connected) else {
            return;
        };
        let now = Instant::now();
        let lone = self.parked.is_some();
        // A keepalive (the unchanged screen again: one packet of some tens of bytes) must not
        // wake the estimator, whose restart probes the link with hundreds of packets. A zero
        // estimate would hold it in the pacer, though: a small one lets it out, for a moment.
        let keepalive = !frame.encoded.keyframe && frame.encoded.data.len() <= KEEPALIVE_BYTES;
        if lone && keepalive {
            self.rtc.bwe().reset(KEEPALIVE_RATE);
            if self.drain().is_none() {
                return;
            }
            self.keepalive_until = Some(now + KEEPALIVE_HOLD);
        } else if let Some(estimate) = self.parked.take() {
            self.keepalive_until = None;
            // One mutation, drained, before the next (the write).
            self.rtc.bwe().reset(estimate);
            if self.drain().is_none() {
                return;
            }
            self.on_estimate(estimate);
        }
        self.park_at = if lone && !keepalive {
            // Parked again once the pacer (at 2.5 times the estimate) has had twice the time
            // it needs to send this frame, unless more frames follow.
            let estimate = Shared::get(&self.shared.estimate).max(100_000);
            let bits = frame.encoded.data.len() as u64 * 8;
            let sending = Duration::from_micros(bits * 1_000_000 / (estimate * 5 / 2));
            now + LONE_FRAME_HOLD.max(sending * 2)
        } else {
            now + IDLE_AFTER
        };
        let Some(writer) = self.rtc.writer(self.mid) else {
            return;
        };
        let micros = frame
            .captured
            .saturating_duration_since(self.started)
            .as_micros();
        // 90 kHz from the monotonic clock at capture time.
        let ticks = u64::try_from(micros * 9 / 100).unwrap_or(u64::MAX);
        let rtp_time = MediaTime::new(ticks, str0m::media::Frequency::NINETY_KHZ);
        let bytes = frame.encoded.data.len() as u64;
        let writer = writer.playout_delay(MediaTime::ZERO, MediaTime::from_micros(100_000));
        match writer.write(pt, frame.captured, rtp_time, frame.encoded.data) {
            Ok(()) => {
                Shared::add(&self.shared.frames_sent, 1);
                Shared::add(&self.shared.media_bytes, bytes);
                if frame.encoded.keyframe {
                    Shared::add(&self.shared.keyframes_sent, 1);
                }
                if !self.first_frame_sent {
                    self.first_frame_sent = true;
                    tracing::info!(
                        after_ms = self.started.elapsed().as_millis(),
                        bytes,
                        "first frame sent"
                    );
                    let _ = self.events.send(PeerEvent::FirstFrameSent);
                }
            }
            Err(err) => tracing::warn!(%err, "writing a video frame failed"),
        }
    }

    fn write_screen(&mut self, text: &str) {
        let Some(id) = self.screen else { return };
        let Some(mut channel) = self.rtc.channel(id) else {
            return;
        };
        match channel.write(false, text.as_bytes()) {
            Ok(true) => {}
            Ok(false) => tracing::debug!("the screen channel is full; a message was dropped"),
            Err(err) => tracing::debug!(%err, "writing to the screen channel failed"),
        }
    }

    fn to_media(&self, command: Command) {
        if let Some(to_media) = &self.to_media {
            let _ = to_media.send(command);
        }
    }

    /// Ends the connection for good: control first, then the owner is told, then the media
    /// thread stops.
    fn close(&mut self, why: &str) {
        self.end(why, false);
    }

    /// The helper's browser closed the connection itself.
    fn closed_by_helper(&mut self) {
        self.end("the helper closed the connection", true);
    }

    fn end(&mut self, why: &str, by_helper: bool) {
        if self.closed {
            return;
        }
        self.closed = true;
        self.control.revoke();
        tracing::info!(why, by_helper, "the WebRTC connection is over");
        let _ = self.events.send(PeerEvent::Closed {
            why: why.to_owned(),
            by_helper,
        });
        self.stop_media();
    }

    /// The peer was dropped: say goodbye to the browser (DTLS close_notify), briefly.
    fn stop(&mut self) {
        self.closed = true;
        self.stop_media();
        let now = Instant::now();
        for relay in &mut self.relays {
            relay.release(now);
        }
        if self.rtc.close().is_ok() {
            let until = Instant::now() + CLOSE_DRAIN;
            while Instant::now() < until && self.rtc.is_alive() {
                match self.rtc.poll_output() {
                    Ok(Output::Transmit(transmit)) => {
                        self.send(transmit.source, transmit.destination, &transmit.contents);
                    }
                    Ok(Output::Event(_)) => {}
                    Ok(Output::Timeout(_)) | Err(_) => break,
                }
            }
        }
    }

    fn stop_media(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        self.to_media(Command::Stop);
        self.to_media = None;
        if let Some(thread) = self.media_thread.take()
            && thread.join().is_err()
        {
            tracing::warn!("the media thread panicked");
        }
    }

    /// Starts an allocation on a TURN server: over UDP from the socket of the same address
    /// family (loopback for a loopback server), else over the connected stream.
    fn start_relay(
        &mut self,
        server: &TurnServer,
        remote: SocketAddr,
        stream: Option<(SocketAddr, mpsc::Sender<Vec<u8>>)>,
    ) {
        let link = if let Some((local, writer)) = stream {
            Link::Stream { local, writer }
        } else {
            let socket = self.sockets.iter().find(|socket| {
                socket.local_addr().is_ok_and(|local| {
                    local.is_ipv4() == remote.is_ipv4()
                        && local.ip().is_loopback() == remote.ip().is_loopback()
                })
            });
            let Some(Ok(socket)) = socket.map(UdpSocket::try_clone) else {
                tracing::info!(server = %server.name, "no local address can reach this TURN server");
                return;
            };
            Link::Udp(socket)
        };
        match Relay::allocate(
            server,
            remote,
            link,
            &self.tls_roots,
            Arc::clone(&self.shared),
            self.started,
        ) {
            Ok(relay) => {
                self.relays.push(relay);
                self.poll_relays(Instant::now());
            }
            Err(why) => tracing::warn!(server = %server.name, why, "cannot use a TURN server"),
        }
    }

    /// Lets every relay make progress and notes when they next need it.
    fn poll_relays(&mut self, now: Instant) {
        let mut events = Vec::new();
        self.relay_wake = self
            .relays
            .iter_mut()
            .filter_map(|relay| relay.poll(now, &mut events))
            .min();
        self.on_relay_events(events);
    }

    fn on_relay_events(&mut self, events: Vec<RelayEvent>) {
        for event in events {
            match event {
                RelayEvent::Allocated { relayed, local } => {
                    match Candidate::relayed(relayed, local, "udp") {
                        Ok(candidate) => self.add_local_candidate(candidate),
                        Err(err) => tracing::debug!(%err, %relayed, "unusable relayed address"),
                    }
                }
                RelayEvent::Failed(why) => {
                    let usable = self.relays.iter().any(|relay| relay.relayed().is_some());
                    if self.policy == CandidatePolicy::RelayOnly
                        && !self.connected
                        && !usable
                        && self.relays_settled()
                    {
                        self.close(&format!("no TURN server could relay: {why}"));
                    }
                }
            }
        }
    }

    /// Whether no relay is still being set up (each has an address or has failed).
    fn relays_settled(&self) -> bool {
        self.relays.iter().all(|relay| !relay.pending())
    }

    /// What peers sent through relay `index`, handed to str0m as arriving at the relayed
    /// address (draining after each, as str0m asks).
    fn on_relayed(&mut self, index: usize, datagrams: Vec<(SocketAddr, Vec<u8>)>, at: Instant) {
        if let Some(relayed) = self.relays[index].relayed() {
            for (peer, data) in datagrams {
                self.receive(&data, peer, relayed, at);
                if self.drain().is_none() {
                    return;
                }
            }
        }
        self.poll_relays(Instant::now());
    }

    /// Adds a local candidate found after the offer and trickles it to the helper.
    fn add_local_candidate(&mut self, candidate: Candidate) {
        if let Some(added) = self.rtc.add_local_candidate(candidate) {
            let candidate = IceCandidate {
                candidate: added.to_sdp_string(),
                sdp_mid: Some(self.mid.to_string()),
                sdp_m_line_index: Some(0),
                username_fragment: Some(self.ufrag.clone()),
            };
            tracing::debug!(candidate = %candidate.candidate, "local candidate");
            let _ = self.events.send(PeerEvent::LocalCandidate(candidate));
        }
    }

    fn start_stun(&mut self, servers: &[SocketAddr]) {
        let now = Instant::now();
        let locals: Vec<SocketAddr> = self
            .sockets
            .iter()
            .filter_map(|s| s.local_addr().ok())
            .collect();
        for local in locals {
            for &server in servers {
                // Loopback only asks loopback (tests); nothing else is reachable from it.
                if server.is_ipv4() != local.is_ipv4()
                    || server.ip().is_loopback() != local.ip().is_loopback()
                {
                    continue;
                }
                let transaction = StunTransaction {
                    id: rand::random(),
                    local,
                    server,
                    next: now,
                    tries: 0,
                };
                self.stun.push(transaction);
            }
        }
        self.resend_stun(now);
    }

    fn resend_stun(&mut self, now: Instant) {
        let mut due = Vec::new();
        self.stun.retain_mut(|t| {
            if t.next > now {
                return true;
            }
            if t.tries > STUN_RETRIES.len() {
                tracing::debug!(server = %t.server, "no STUN answer");
                return false;
            }
            due.push((t.local, t.server, stun::binding_request(t.id)));
            t.next = now + STUN_RETRIES.get(t.tries).copied().unwrap_or_default();
            t.tries += 1;
            true
        });
        for (local, server, request) in due {
            self.send(local, server, &request);
        }
    }

    /// Takes a STUN response meant for gathering; `false` if it is someone else's (ICE).
    fn on_stun_response(&mut self, data: &[u8], destination: SocketAddr) -> bool {
        let Some((id, mapped)) = stun::parse_binding_success(data) else {
            return false;
        };
        let Some(index) = self.stun.iter().position(|t| t.id == id) else {
            return false;
        };
        let transaction = self.stun.swap_remove(index);
        // Other servers seen from the same socket would only confirm the same address.
        self.stun.retain(|t| t.local != transaction.local);
        if mapped == destination {
            return true; // Not behind a NAT: the host candidate says it all.
        }
        if let Ok(candidate) = Candidate::server_reflexive(mapped, destination, "udp") {
            self.add_local_candidate(candidate);
        }
        true
    }
}
