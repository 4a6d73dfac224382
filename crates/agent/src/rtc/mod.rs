//! The WebRTC peer (str0m, sans-IO) that sends the screen to the helper's browser and carries
//! the data channels.
//!
//! The agent offers: one send-only H.264 video m-line (constrained baseline,
//! `profile-level-id=42e01f;packetization-mode=1`) and the three data channels of
//! [`assist_protocol::input`]. The helper's browser answers (web/assets/session/rtc.js).
//!
//! # Threads
//! - **driver** (`driver`): owns the `str0m::Rtc` and the UDP sockets' send halves; everything
//!   that mutates the `Rtc` arrives on one queue (packets, the answer, remote candidates,
//!   encoded frames, screen messages, stop), so str0m's rule "one mutation, then drain" holds
//!   by construction. It answers STUN gathering itself (responses arrive on the same sockets).
//! - **readers** (`net`): one per UDP socket, blocking reads forwarded to the driver's queue.
//! - **media** (`media`): owns the [`Capturer`] and the [`H264Encoder`]; at most 30 times a
//!   second it asks for a frame and encodes it only if the screen changed, follows the cursor
//!   and the monitor list, and obeys the helper's monitor choice, keyframe requests and the
//!   bandwidth estimate.
//!
//! Input from the helper goes straight from the driver to [`Control::handle`], which parses,
//! gates and injects; this module never interprets input itself. Losing the helper (DTLS or
//! SCTP closed, ICE disconnected, 5 s without a datagram, a str0m error) revokes control
//! before anything else, and so does dropping the [`Peer`].
//!
//! # Network
//! Host candidates on every interface address but loopback and link-local, in the offer;
//! server-reflexive ones from STUN (and TURN-over-UDP) servers, and relayed ones from every
//! TURN server of the list (`turn`: over UDP, TCP or TLS), trickled as
//! [`PeerEvent::LocalCandidate`]. With [`PeerOptions::relay_only`] only relayed candidates are
//! offered, so the helper never learns this device's addresses. A browser's mDNS host
//! candidates (`….local`) cannot be resolved here and are skipped: the browser's checks reach
//! this agent's candidates and it is learnt as peer-reflexive (checked against Debian's
//! Chromium).
//!
//! # Congestion
//! str0m's send-side estimate (transport-wide congestion control) sets the encoder's target
//! (85 % of it, 150 kbit/s to 8 Mbit/s), and frames are skipped while the send queue is
//! backing up. str0m pads the link whenever video is negotiated, so after a second without a
//! frame the estimator is parked (see `driver`), and the 2-second keepalive frames of a static
//! screen (`media`) do not wake it: an idle screen costs about 5 kbit/s against Chromium.
//!
//! [`H264Encoder`]: crate::encode::H264Encoder

use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use assist_protocol::api::sessions::IceServer;
use assist_protocol::ws::{IceCandidate, Sdp};
use tokio::sync::mpsc::UnboundedSender;

use crate::capture::Capturer;
use crate::session::control::Control;

pub mod cursor;
mod driver;
mod ice_url;
mod media;
mod net;
mod stun;
mod turn;

/// How long the peer waits for ICE and DTLS after the offer before giving up.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(30);

/// How the peer is set up.
#[derive(Clone, Debug)]
pub struct PeerOptions {
    /// STUN and TURN servers from `GET /api/v1/ice-servers`.
    pub ice_servers: Vec<IceServer>,
    /// The local addresses to offer host candidates on. `None`: every address of every
    /// interface except loopback and link-local ones (production). Tests pass loopback.
    pub host_addresses: Option<Vec<IpAddr>>,
    /// The bitrate the encoder and the bandwidth estimate start at.
    pub start_bitrate_bps: u32,
    /// The most frames a second sent.
    pub max_fps: u32,
    /// Offer relayed candidates only (as a browser's `iceTransportPolicy: "relay"`): all
    /// media goes through a TURN server and the helper never learns this device's
    /// addresses. Starting fails when the list has no TURN server.
    pub relay_only: bool,
    /// The certificate authorities a `turns:` server's certificate must chain to (the
    /// Mozilla roots reqwest uses; tests add their own).
    pub tls_roots: Arc<rustls::RootCertStore>,
}

impl Default for PeerOptions {
    fn default() -> Self {
        Self {
            ice_servers: Vec::new(),
            host_addresses: None,
            start_bitrate_bps: crate::encode::START_BITRATE_BPS,
            max_fps: 30,
            relay_only: false,
            tls_roots: Arc::new(rustls::RootCertStore {
                roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
            }),
        }
    }
}

/// What the peer tells its owner (`session::flow`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PeerEvent {
    /// The offer to relay to the helper (sent once, right after [`Peer::start`]).
    Offer(Sdp),
    /// A candidate found after the offer (server-reflexive), to trickle to the helper.
    LocalCandidate(IceCandidate),
    /// ICE and DTLS are up: media and data channels flow.
    Connected,
    /// The first encoded frame has been handed to the transport.
    FirstFrameSent,
    /// The connection is over (and control was revoked).
    Closed {
        /// Why, for the log.
        why: String,
        /// The helper's browser closed it (its page left or reloads), rather than the network
        /// failing.
        by_helper: bool,
    },
}

/// Why the peer could not start or take an answer.
#[derive(Debug, thiserror::Error)]
pub enum RtcError {
    /// No local address to listen on.
    #[error("no local network address to offer")]
    NoAddress,
    /// Relayed candidates only were asked for, and the list has no TURN server.
    #[error("only relayed connections are allowed, and no TURN server is configured")]
    NoRelay,
    /// A socket or thread could not be set up.
    #[error("network setup failed: {0}")]
    Io(#[from] std::io::Error),
    /// str0m refused something (the offer or the answer).
    #[error("WebRTC negotiation failed: {0}")]
    Negotiation(String),
    /// The answer does not parse or does not fit the offer.
    #[error("the answer is not acceptable: {0}")]
    BadAnswer(String),
    /// The peer has stopped.
    #[error("the connection is closed")]
    Closed,
}

/// Counters, for the session report, logs and benchmarks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PeerStats {
    /// ICE and DTLS are up.
    pub connected: bool,
    /// Time from start to connected.
    pub connect_time: Option<Duration>,
    /// Frames the capturer handed over.
    pub frames_captured: u64,
    /// Frames encoded and written to the transport.
    pub frames_sent: u64,
    /// Keyframes among them.
    pub keyframes_sent: u64,
    /// Frames not encoded because the send queue was backing up, or skipped by the encoder's
    /// rate control.
    pub frames_dropped: u64,
    /// Encoded video bytes written.
    pub media_bytes: u64,
    /// Every UDP byte sent (media, RTCP, STUN, DTLS, data channels, padding).
    pub bytes_sent: u64,
    /// Every UDP byte received.
    pub bytes_received: u64,
    /// Keyframe requests (PLI/FIR) from the browser.
    pub keyframe_requests: u64,
    /// The encoder's target bitrate now.
    pub target_bitrate_bps: u64,
    /// The last bandwidth estimate.
    pub estimate_bps: u64,
    /// Messages from the helper on the `screen` channel dropped (malformed, unknown monitor).
    pub screen_dropped: u64,
    /// Time spent encoding, in total (capture and conversion included).
    pub encode_time: Duration,
}

/// State the threads share: counters and flags, no locks on the media path.
#[derive(Debug, Default)]
struct Shared {
    stop: AtomicBool,
    connected: AtomicBool,
    connect_micros: AtomicU64,
    frames_captured: AtomicU64,
    frames_sent: AtomicU64,
    keyframes_sent: AtomicU64,
    frames_dropped: AtomicU64,
    media_bytes: AtomicU64,
    bytes_sent: AtomicU64,
    bytes_received: AtomicU64,
    keyframe_requests: AtomicU64,
    target_bitrate: AtomicU64,
    estimate: AtomicU64,
    screen_dropped: AtomicU64,
    encode_micros: AtomicU64,
    /// Frames handed to the driver and not yet written.
    in_flight: AtomicU64,
}

impl Shared {
    fn add(counter: &AtomicU64, n: u64) {
        counter.fetch_add(n, Ordering::Relaxed);
    }

    fn get(counter: &AtomicU64) -> u64 {
        counter.load(Ordering::Relaxed)
    }

    fn stats(&self) -> PeerStats {
        let connected = self.connected.load(Ordering::Relaxed);
        PeerStats {
            connected,
            connect_time: connected.then(|| Duration::from_micros(Self::get(&self.connect_micros))),
            frames_captured: Self::get(&self.frames_captured),
            frames_sent: Self::get(&self.frames_sent),
            keyframes_sent: Self::get(&self.keyframes_sent),
            frames_dropped: Self::get(&self.frames_dropped),
            media_bytes: Self::get(&self.media_bytes),
            bytes_sent: Self::get(&self.bytes_sent),
            bytes_received: Self::get(&self.bytes_received),
            keyframe_requests: Self::get(&self.keyframe_requests),
            target_bitrate_bps: Self::get(&self.target_bitrate),
            estimate_bps: Self::get(&self.estimate),
            screen_dropped: Self::get(&self.screen_dropped),
            encode_time: Duration::from_micros(Self::get(&self.encode_micros)),
        }
    }
}

/// The agent's side of one WebRTC connection to the helper's browser. Dropping it closes the
/// connection, revokes control and stops its threads.
pub struct Peer {
    to_driver: mpsc::Sender<driver::Input>,
    shared: Arc<Shared>,
    control: Arc<Control>,
    driver: Mutex<Option<JoinHandle<()>>>,
}

impl std::fmt::Debug for Peer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Peer")
            .field("stats", &self.shared.stats())
            .finish_non_exhaustive()
    }
}

impl Peer {
    /// Binds the sockets, builds the offer, sends [`PeerEvent::Offer`] on `events` and starts
    /// the threads. Nothing is captured until the connection is up.
    #[allow(clippy::needless_pass_by_value)] // The options are handed over for good.
    pub fn start(
        options: PeerOptions,
        capturer: Box<dyn Capturer>,
        control: Arc<Control>,
        events: UnboundedSender<PeerEvent>,
    ) -> Result<Self, RtcError> {
        let started = Instant::now();
        let turn_servers = turn::servers_of(&options.ice_servers);
        if options.relay_only && turn_servers.is_empty() {
            return Err(RtcError::NoRelay);
        }
        let sockets = net::bind(options.host_addresses.as_deref())?;
        let shared = Arc::new(Shared::default());
        shared
            .target_bitrate
            .store(u64::from(options.start_bitrate_bps), Ordering::Relaxed);
        control.set_area(capturer.selected_area());

        let (to_driver, from_all) = mpsc::channel();
        let (mut driver, offer) = driver::Driver::new(driver::Setup {
            options: &options,
            sockets: &sockets,
            control: Arc::clone(&control),
            events,
            shared: Arc::clone(&shared),
            started,
        })?;
        driver.announce(offer);

        for socket in &sockets {
            net::spawn_reader(socket, to_driver.clone(), Arc::clone(&shared))?;
        }
        gather(&options, turn_servers, &to_driver, &shared)?;

        let media = media::Media::new(
            capturer,
            Arc::clone(&control),
            Arc::clone(&shared),
            to_driver.clone(),
            &options,
            started,
        );
        let (to_media, media_commands) = mpsc::channel();
        let media_thread = std::thread::Builder::new()
            .name("assist-media".into())
            .spawn(move || media.run(&media_commands))?;
        driver.attach_media(to_media, media_thread);

        let driver = std::thread::Builder::new()
            .name("assist-rtc".into())
            .spawn(move || driver.run(&from_all))?;
        Ok(Self {
            to_driver,
            shared,
            control,
            driver: Mutex::new(Some(driver)),
        })
    }

    /// Applies the helper's answer.
    pub fn accept_answer(&self, sdp: &Sdp) -> Result<(), RtcError> {
        let answer = str0m::change::SdpAnswer::from_sdp_string(sdp.as_str())
            .map_err(|err| RtcError::BadAnswer(err.to_string()))?;
        let (reply, result) = mpsc::sync_channel(1);
        self.to_driver
            .send(driver::Input::Answer(Box::new(answer), reply))
            .map_err(|_| RtcError::Closed)?;
        result
            .recv_timeout(Duration::from_secs(5))
            .map_err(|_| RtcError::Closed)?
    }

    /// Adds a candidate the helper's browser trickled. Ones that cannot be used are logged
    /// and ignored: the end-of-candidates marker, mDNS host names (the browser then reaches
    /// this agent's candidates and is learnt as peer-reflexive), TCP.
    pub fn add_remote_candidate(&self, candidate: &IceCandidate) {
        match parse_remote_candidate(candidate) {
            Ok(Some(candidate)) => {
                let _ = self
                    .to_driver
                    .send(driver::Input::RemoteCandidate(Box::new(candidate)));
            }
            Ok(None) => {}
            Err(why) => tracing::debug!(why, "a remote ICE candidate was ignored"),
        }
    }

    /// Counters so far.
    #[must_use]
    pub fn stats(&self) -> PeerStats {
        self.shared.stats()
    }
}

impl Drop for Peer {
    fn drop(&mut self) {
        // Control ends before anything else, whatever the threads are doing.
        self.control.revoke();
        self.shared.stop.store(true, Ordering::SeqCst);
        let _ = self.to_driver.send(driver::Input::Stop);
        let handle = self
            .driver
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(handle) = handle
            && handle.join().is_err()
        {
            tracing::warn!("the WebRTC thread panicked");
        }
    }
}

/// Starts the thread that looks up the ICE servers (DNS blocks) and hands them to the driver:
/// the STUN-capable ones over UDP for server-reflexive candidates, then each TURN server to
/// allocate on (`turn_servers`, from the same list), TCP and TLS ones connected first.
fn gather(
    options: &PeerOptions,
    turn_servers: Vec<turn::TurnServer>,
    to_driver: &mpsc::Sender<driver::Input>,
    shared: &Arc<Shared>,
) -> Result<(), RtcError> {
    let stun_urls: Vec<ice_url::IceUrl> = if options.relay_only {
        Vec::new()
    } else {
        options
            .ice_servers
            .iter()
            .flat_map(|server| server.urls.iter())
            .filter_map(|url| ice_url::IceUrl::parse(url))
            .filter(|url| url.transport == ice_url::Transport::Udp)
            .collect()
    };
    if stun_urls.is_empty() && turn_servers.is_empty() {
        return Ok(());
    }
    let to_driver = to_driver.clone();
    let shared = Arc::clone(shared);
    std::thread::Builder::new()
        .name("assist-ice-servers".into())
        .spawn(move || {
            let mut stun_servers: Vec<std::net::SocketAddr> = Vec::new();
            for addr in stun_urls.iter().flat_map(ice_url::IceUrl::resolve) {
                if !stun_servers.contains(&addr) {
                    stun_servers.push(addr);
                }
            }
            let _ = to_driver.send(driver::Input::StunServers(stun_servers));
            for server in turn_servers {
                let Some(link) = connect_turn(&server, &to_driver, &shared) else {
                    continue;
                };
                if to_driver.send(link).is_err() {
                    return;
                }
            }
        })?;
    Ok(())
}

/// The first address of `server` that can be used: any, over UDP (the driver picks the
/// socket); the first that accepts a connection, over TCP and TLS.
fn connect_turn(
    server: &turn::TurnServer,
    to_driver: &mpsc::Sender<driver::Input>,
    shared: &Arc<Shared>,
) -> Option<driver::Input> {
    for remote in server.url.resolve() {
        if server.url.transport == ice_url::Transport::Udp {
            return Some(driver::Input::TurnServer {
                server: server.clone(),
                remote,
                stream: None,
            });
        }
        match net::connect_stream(remote, to_driver.clone(), Arc::clone(shared)) {
            Ok(stream) => {
                return Some(driver::Input::TurnServer {
                    server: server.clone(),
                    remote,
                    stream: Some(stream),
                });
            }
            Err(err) => {
                tracing::info!(server = %server.name, %remote, %err, "cannot reach a TURN server");
            }
        }
    }
    None
}

/// A browser's `RTCIceCandidateInit.candidate`, as str0m takes it; `Ok(None)` for the
/// end-of-candidates marker.
fn parse_remote_candidate(candidate: &IceCandidate) -> Result<Option<str0m::Candidate>, String> {
    if !candidate.is_well_formed() {
        return Err("malformed".into());
    }
    let line = candidate.candidate.trim();
    let line = line.strip_prefix("a=").unwrap_or(line);
    if line.is_empty() {
        return Ok(None);
    }
    let parsed = str0m::Candidate::from_sdp_string(line).map_err(|err| err.to_string())?;
    if parsed.proto() != str0m::net::Protocol::Udp {
        return Err("not UDP".into());
    }
    Ok(Some(parsed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn init(candidate: &str) -> IceCandidate {
        IceCandidate {
            candidate: candidate.to_owned(),
            sdp_mid: Some("0".into()),
            sdp_m_line_index: Some(0),
            username_fragment: None,
        }
    }

    #[test]
    fn browser_candidates_parse_or_are_set_aside() {
        let host = init(
            "candidate:842163049 1 udp 1677729535 192.0.2.7 50505 typ srflx raddr 0.0.0.0 rport 0 generation 0 ufrag abcd network-cost 999",
        );
        let parsed = parse_remote_candidate(&host).unwrap().unwrap();
        assert_eq!(parsed.addr(), "192.0.2.7:50505".parse().unwrap());
        assert!(
            parse_remote_candidate(&init(
                "a=candidate:1 1 udp 2113937151 10.0.0.2 4000 typ host"
            ))
            .unwrap()
            .is_some()
        );
        assert_eq!(parse_remote_candidate(&init("")).unwrap(), None);
        let mdns = init(
            "candidate:1 1 udp 2113937151 2b9c1b9e-8f9b-4e4b-9f3f-0c8d2a8e1a2b.local 54321 typ host generation 0",
        );
        assert!(parse_remote_candidate(&mdns).is_err());
        let tcp = init("candidate:2 1 tcp 1518280447 192.0.2.7 9 typ host tcptype active");
        assert!(parse_remote_candidate(&tcp).is_err());
        assert!(parse_remote_candidate(&init("candidate:\u{7}")).is_err());
    }
}
