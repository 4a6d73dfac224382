//! TURN relays (RFC 8656): when the agent and the helper's browser cannot reach each other
//! directly (symmetric NATs on both sides, UDP blocked, only port 443 open), the media goes
//! through the TURN server the help desk runs (`turn_urls` in the server's configuration).
//!
//! The protocol is turn-client-proto's sans-IO client, over UDP, TCP, or TLS (through
//! turn-client-rustls); this module ties it to the agent's sockets and to str0m:
//! - the allocation's relayed address becomes a `relay` ICE candidate, trickled to the helper;
//! - what str0m sends from that address is wrapped (a Send indication, or ChannelData once a
//!   channel is bound to the peer) and written to the server; what the server relays back is
//!   unwrapped and handed to str0m as arriving at the relayed address;
//! - a permission is installed for each remote candidate's address, and on demand when str0m
//!   writes to an address that has none (a peer-reflexive candidate): the first datagram to it
//!   is dropped, and ICE retransmits.
//!
//! The allocation is always UDP (browsers relay over UDP); only the agent's leg to the server
//! may be TCP or TLS.

use std::collections::HashSet;
use std::net::{IpAddr, SocketAddr, UdpSocket};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use rustls::pki_types::ServerName;
use rustls::{ClientConfig, RootCertStore};
use turn_client_proto::api::{
    SendError, TurnClientApi, TurnConfig, TurnEvent, TurnPollRet, TurnRecvRet,
};
use turn_client_proto::prelude::DelayedTransmitBuild;
use turn_client_proto::stun::Instant as TurnInstant;
use turn_client_proto::stun::agent::Transmit;
use turn_client_proto::tcp::TurnClientTcp;
use turn_client_proto::types::{TransportType, TurnCredentials};
use turn_client_proto::udp::TurnClientUdp;
use turn_client_rustls::TurnClientRustls;

use super::Shared;
use super::ice_url::{IceUrl, Transport};

turn_client_proto::impl_client!(
    Client,
    (Udp, TurnClientUdp),
    (Tcp, TurnClientTcp),
    (Tls, TurnClientRustls)
);

/// TLS records are fed to the client in pieces this small: turn-client-rustls takes at most
/// 2 KiB of plaintext out per received piece and keeps the rest until the next one arrives.
/// A TURN server writes one record per message (at most a datagram, ~1.3 KiB), so no piece
/// can complete more plaintext than that.
const TLS_PIECE: usize = 512;
/// How long an allocation may take. turn-client-proto ignores a 401 whose integrity does not
/// check (a wrong credential) and retransmits for some 40 s; a relay-only peer should say
/// what is wrong long before that.
const ALLOCATE_TIMEOUT: Duration = Duration::from_secs(5);

/// A TURN server from the ICE server list, with its credentials, before DNS.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct TurnServer {
    pub url: IceUrl,
    /// The `turn:`/`turns:` URL as the server listed it, for logs.
    pub name: String,
    pub username: String,
    pub password: String,
}

impl std::fmt::Debug for TurnServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The credential stays out of logs.
        f.debug_struct("TurnServer")
            .field("name", &self.name)
            .field("username", &self.username)
            .finish_non_exhaustive()
    }
}

/// The TURN servers of an ICE server list: `turn:`/`turns:` URLs with a user name and a
/// credential (a TURN server refuses allocations without them).
pub(crate) fn servers_of(
    ice_servers: &[assist_protocol::api::sessions::IceServer],
) -> Vec<TurnServer> {
    let mut out = Vec::new();
    for server in ice_servers {
        let (Some(username), Some(password)) = (&server.username, &server.credential) else {
            continue;
        };
        for name in &server.urls {
            match IceUrl::parse(name) {
                Some(url) if url.relay => out.push(TurnServer {
                    url,
                    name: name.clone(),
                    username: username.clone(),
                    password: password.clone(),
                }),
                Some(_) => {}
                None => tracing::info!(%name, "an ICE server URL is not understood; skipped"),
            }
        }
    }
    out
}

/// The agent's leg to a TURN server.
#[derive(Debug)]
pub(super) enum Link {
    /// One of the agent's UDP sockets (the one its host candidate uses too).
    Udp(UdpSocket),
    /// A TCP connection (with TLS inside the client for `turns:`): the local address and the
    /// queue of the thread that writes to it.
    Stream {
        local: SocketAddr,
        writer: mpsc::Sender<Vec<u8>>,
    },
}

/// What a relay reports to the driver.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum RelayEvent {
    /// The server allocated this address: offer it as a relayed candidate with this base.
    Allocated {
        relayed: SocketAddr,
        local: SocketAddr,
    },
    /// The relay is unusable (refused, timed out, connection lost).
    Failed(String),
}

/// One allocation on one TURN server.
#[derive(Debug)]
pub(super) struct Relay {
    client: Client,
    link: Link,
    name: String,
    shared: Arc<Shared>,
    /// The driver's clock origin: `sans_io_time::Instant`s count from it.
    epoch: Instant,
    relayed: Option<SocketAddr>,
    /// Peers a channel was asked for.
    channels: HashSet<SocketAddr>,
    /// Peer addresses a permission was asked for.
    permitted: HashSet<IpAddr>,
    /// When the allocation is given up if the server has not granted it.
    allocate_by: Instant,
    failed: bool,
}

impl Relay {
    /// Starts an allocation on `server` (at `remote`) over `link`; the Allocate request goes
    /// out on the next [`Relay::poll`].
    pub(super) fn allocate(
        server: &TurnServer,
        remote: SocketAddr,
        link: Link,
        tls_roots: &Arc<RootCertStore>,
        shared: Arc<Shared>,
        epoch: Instant,
    ) -> Result<Self, String> {
        let config = TurnConfig::new(TurnCredentials::new(&server.username, &server.password));
        let client = match (&link, server.url.transport) {
            (Link::Udp(socket), Transport::Udp) => {
                let local = socket.local_addr().map_err(|err| err.to_string())?;
                Client::Udp(TurnClientUdp::allocate(local, remote, config))
            }
            (Link::Stream { local, .. }, Transport::Tcp) => {
                Client::Tcp(TurnClientTcp::allocate(*local, remote, config))
            }
            (Link::Stream { local, .. }, Transport::Tls) => {
                let name = ServerName::try_from(server.url.host.clone())
                    .map_err(|err| format!("not a TLS server name: {err}"))?;
                let tls = ClientConfig::builder_with_provider(Arc::new(
                    rustls::crypto::ring::default_provider(),
                ))
                .with_safe_default_protocol_versions()
                .map_err(|err| err.to_string())?
                .with_root_certificates(Arc::clone(tls_roots))
                .with_no_client_auth();
                Client::Tls(TurnClientRustls::allocate(
                    *local,
                    remote,
                    config,
                    name,
                    Arc::new(tls),
                ))
            }
            _ => return Err("the link does not fit the URL's transport".into()),
        };
        tracing::debug!(server = %server.name, %remote, "allocating a TURN relay");
        Ok(Self {
            client,
            link,
            name: server.name.clone(),
            shared,
            epoch,
            relayed: None,
            channels: HashSet::new(),
            permitted: HashSet::new(),
            allocate_by: Instant::now() + ALLOCATE_TIMEOUT,
            failed: false,
        })
    }

    /// The relayed address, once allocated.
    pub(super) fn relayed(&self) -> Option<SocketAddr> {
        self.relayed.filter(|_| !self.failed)
    }

    /// Whether the allocation is still being asked for.
    pub(super) fn pending(&self) -> bool {
        self.relayed.is_none() && !self.failed
    }

    /// Whether a UDP datagram from `source` to `destination` is this relay's server talking.
    pub(super) fn is_udp_from_server(&self, source: SocketAddr, destination: SocketAddr) -> bool {
        matches!(self.link, Link::Udp(_))
            && source == self.client.remote_addr()
            && destination == self.client.local_addr()
    }

    /// Whether this relay's stream has the local address `local`.
    pub(super) fn has_stream(&self, local: SocketAddr) -> bool {
        matches!(self.link, Link::Stream { local: l, .. } if l == local)
    }

    /// Feeds what the server sent; returns the datagrams peers sent through the relay, as
    /// (peer, data).
    pub(super) fn receive(&mut self, data: &[u8], at: Instant) -> Vec<(SocketAddr, Vec<u8>)> {
        let now = self.clock(at);
        let transport = self.client.transport();
        let (from, to) = (self.client.remote_addr(), self.client.local_addr());
        let mut out = Vec::new();
        let piece_len = match self.client {
            Client::Tls(_) => TLS_PIECE,
            _ => data.len().max(1),
        };
        for piece in data.chunks(piece_len) {
            match self
                .client
                .recv(Transmit::new(piece, transport, from, to), now)
            {
                TurnRecvRet::PeerData(peer) => out.push((peer.peer, peer.data().to_vec())),
                TurnRecvRet::Handled | TurnRecvRet::PeerIcmp { .. } => {}
                TurnRecvRet::Ignored(_) => {
                    tracing::trace!(server = %self.name, "the TURN client ignored a message");
                }
            }
            while let Some(peer) = self.client.poll_recv(now) {
                out.push((peer.peer, peer.data().to_vec()));
            }
        }
        out
    }

    /// Sends `data` to `peer` through the relay. Without a permission for the peer's address
    /// one is asked for and the datagram is dropped (ICE retransmits); with one, over UDP, a
    /// channel is bound so later datagrams carry 4 bytes of header instead of 36.
    ///
    /// Returns whether the client has requests to send: the caller polls it soon.
    #[must_use]
    pub(super) fn send_to(&mut self, peer: SocketAddr, data: &[u8], at: Instant) -> bool {
        let now = self.clock(at);
        match self.client.send_to(TransportType::Udp, peer, data, now) {
            Ok(Some(transmit)) => {
                let bytes = transmit.data.build();
                self.write(&bytes);
                // Over TCP and TLS, no channel: turn-client-proto 0.7 writes and reads
                // ChannelData there without the padding to 4 bytes that RFC 8656 (section
                // 12.5) asks for, and coturn then loses the stream's framing. Send and Data
                // indications are STUN messages, always aligned; they cost 32 more bytes.
                if !matches!(self.link, Link::Udp(_)) || !self.channels.insert(peer) {
                    return false;
                }
                if let Err(err) = self.client.bind_channel(TransportType::Udp, peer, now) {
                    tracing::debug!(%err, %peer, "no TURN channel for this peer");
                    return false;
                }
                true
            }
            Ok(None) => false,
            Err(SendError::NoPermission) => self.permit(peer.ip(), at),
            Err(err) => {
                tracing::debug!(%err, %peer, "a datagram could not be relayed");
                false
            }
        }
    }

    /// Asks the server to let `peer` reach the relayed address (once per address; the client
    /// refreshes it). Returns whether a request is waiting to be sent (see [`Relay::poll`]).
    pub(super) fn permit(&mut self, peer: IpAddr, at: Instant) -> bool {
        if self.relayed.is_none() || !self.permitted.insert(peer) {
            return false;
        }
        let now = self.clock(at);
        match self.client.create_permission(TransportType::Udp, peer, now) {
            Ok(()) => true,
            Err(err) => {
                tracing::debug!(%err, %peer, "no TURN permission for this peer");
                false
            }
        }
    }

    /// Lets the client make progress: writes what it has to send, reports what happened and
    /// returns when it next wants to be polled (`None`: never again).
    pub(super) fn poll(&mut self, at: Instant, events: &mut Vec<RelayEvent>) -> Option<Instant> {
        if self.failed {
            return None;
        }
        let now = self.clock(at);
        let wake = self.client.poll(now);
        while let Some(transmit) = self.client.poll_transmit(now) {
            self.write(&transmit.data);
        }
        while let Some(event) = self.client.poll_event() {
            match event {
                TurnEvent::AllocationCreated(TransportType::Udp, relayed) => {
                    tracing::info!(server = %self.name, %relayed, "TURN relay allocated");
                    self.relayed = Some(relayed);
                    events.push(RelayEvent::Allocated {
                        relayed,
                        local: self.client.local_addr(),
                    });
                }
                TurnEvent::AllocationCreateFailed(family) => {
                    self.fail(
                        &format!("the TURN server refused an {family} allocation"),
                        events,
                    );
                }
                TurnEvent::PermissionCreateFailed(_, peer) => {
                    tracing::debug!(%peer, "the TURN server refused a permission");
                    self.permitted.remove(&peer);
                }
                other => tracing::trace!(?other, "TURN"),
            }
        }
        if self.relayed.is_none() && !self.failed && at >= self.allocate_by {
            self.fail(
                "no allocation within 5 s (a refused credential, or no answer)",
                events,
            );
        }
        let pending = self.relayed.is_none().then_some(self.allocate_by);
        match wake {
            _ if self.failed => None,
            TurnPollRet::WaitUntil(when) => {
                let when = self.epoch + when.saturating_duration_since(TurnInstant::ZERO);
                Some(pending.map_or(when, |by| by.min(when)))
            }
            TurnPollRet::Closed => {
                self.fail("the TURN allocation is closed", events);
                None
            }
            // TCP allocations (RFC 6062) are never asked for.
            TurnPollRet::AllocateTcpSocket { .. } | TurnPollRet::TcpClose { .. } => {
                Some(at + Duration::from_millis(50))
            }
        }
    }

    /// The connection to the server is gone (a stream closed).
    pub(super) fn lost(&mut self, events: &mut Vec<RelayEvent>) {
        self.client.protocol_error();
        self.fail("the connection to the TURN server closed", events);
    }

    /// Releases the allocation on the server (best effort: one Refresh with lifetime 0).
    pub(super) fn release(&mut self, at: Instant) {
        if self.failed || self.relayed.is_none() {
            return;
        }
        let now = self.clock(at);
        if self.client.delete(now).is_ok() {
            while let Some(transmit) = self.client.poll_transmit(now) {
                self.write(&transmit.data);
            }
        }
    }

    fn fail(&mut self, why: &str, events: &mut Vec<RelayEvent>) {
        if !self.failed {
            self.failed = true;
            tracing::warn!(server = %self.name, why, "TURN relay unusable");
            events.push(RelayEvent::Failed(why.to_owned()));
        }
    }

    fn write(&self, bytes: &[u8]) {
        match &self.link {
            Link::Udp(socket) => match socket.send_to(bytes, self.client.remote_addr()) {
                Ok(n) => Shared::add(&self.shared.bytes_sent, n as u64),
                Err(err) => tracing::debug!(%err, "a UDP send to the TURN server failed"),
            },
            Link::Stream { writer, .. } => {
                if writer.send(bytes.to_vec()).is_ok() {
                    Shared::add(&self.shared.bytes_sent, bytes.len() as u64);
                }
            }
        }
    }

    fn clock(&self, at: Instant) -> TurnInstant {
        let nanos = at.saturating_duration_since(self.epoch).as_nanos();
        TurnInstant::from_nanos(i64::try_from(nanos).unwrap_or(i64::MAX))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use assist_protocol::api::sessions::IceServer;

    #[test]
    fn only_turn_urls_with_credentials_are_relays() {
        let servers = vec![
            IceServer {
                urls: vec![
                    "stun:stun.example.org".into(),
                    "turn:turn.example.org?transport=udp".into(),
                    "turns:turn.example.org:443".into(),
                    "turn:bad url".into(),
                ],
                username: Some("1700000000:ada".into()),
                credential: Some("secret".into()),
            },
            IceServer {
                urls: vec!["turn:other.example.org".into()],
                username: None,
                credential: None,
            },
        ];
        let relays = servers_of(&servers);
        let names: Vec<&str> = relays.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "turn:turn.example.org?transport=udp",
                "turns:turn.example.org:443"
            ]
        );
        assert_eq!(relays[1].url.transport, Transport::Tls);
        assert_eq!(relays[0].username, "1700000000:ada");
        assert!(!format!("{:?}", relays[0]).contains("secret"));
    }
}
