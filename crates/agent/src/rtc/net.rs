//! UDP sockets: one per local address (so every received packet's destination is known, which
//! ICE needs), each with a reader thread that forwards datagrams to the driver; and the TCP
//! connections to TURN servers, each with a reader and a writer thread.

use std::io::{Read, Write};
use std::net::{IpAddr, Shutdown, SocketAddr, TcpStream, UdpSocket};
use std::sync::atomic::Ordering;
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use super::driver::Input;
use super::{RtcError, Shared};

/// How often a reader looks up from a quiet socket to see whether it should stop.
const READ_TIMEOUT: Duration = Duration::from_millis(200);
/// Larger than any datagram a WebRTC peer sends (they stay under the path MTU).
const MAX_DATAGRAM: usize = 2048;

/// The addresses worth offering: every interface address except loopback, link-local (they
/// need a scope and never cross a router) and unspecified ones.
fn interface_addresses() -> Vec<IpAddr> {
    let Ok(interfaces) = if_addrs::get_if_addrs() else {
        return Vec::new();
    };
    let mut out: Vec<IpAddr> = interfaces
        .into_iter()
        .map(|interface| interface.ip())
        .filter(|ip| usable(*ip))
        .collect();
    out.sort_by_key(IpAddr::is_ipv6);
    out.dedup();
    out
}

fn usable(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => !v4.is_loopback() && !v4.is_link_local() && !v4.is_unspecified(),
        IpAddr::V6(v6) => !v6.is_loopback() && !v6.is_unicast_link_local() && !v6.is_unspecified(),
    }
}

/// Whether a read only ran into its timeout (`READ_TIMEOUT`): the reader looks up and reads
/// again.
fn timed_out(err: &std::io::Error) -> bool {
    matches!(
        err.kind(),
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
    )
}

/// Binds one socket on an ephemeral port of each address (`None`: the interfaces').
pub(super) fn bind(addresses: Option<&[IpAddr]>) -> Result<Vec<UdpSocket>, RtcError> {
    let addresses = addresses.map_or_else(interface_addresses, <[IpAddr]>::to_vec);
    let sockets: Vec<UdpSocket> = addresses
        .iter()
        .filter_map(|ip| match UdpSocket::bind(SocketAddr::new(*ip, 0)) {
            Ok(socket) => Some(socket),
            Err(err) => {
                tracing::info!(%err, "cannot listen on a local address; skipping it");
                None
            }
        })
        .collect();
    if sockets.is_empty() {
        return Err(RtcError::NoAddress);
    }
    Ok(sockets)
}

/// Starts the thread that forwards what `socket` receives to the driver. It stops when the
/// peer stops or the driver is gone.
pub(super) fn spawn_reader(
    socket: &UdpSocket,
    to_driver: mpsc::Sender<Input>,
    shared: Arc<Shared>,
) -> Result<(), RtcError> {
    let socket = socket.try_clone()?;
    socket.set_read_timeout(Some(READ_TIMEOUT))?;
    let destination = socket.local_addr()?;
    std::thread::Builder::new()
        .name("assist-udp".into())
        .spawn(move || {
            let mut buf = vec![0; MAX_DATAGRAM];
            while !shared.stop.load(Ordering::Relaxed) {
                match socket.recv_from(&mut buf) {
                    Ok((n, source)) => {
                        Shared::add(&shared.bytes_received, n as u64);
                        let packet = Input::Packet {
                            data: buf[..n].to_vec(),
                            source,
                            destination,
                            at: Instant::now(),
                        };
                        if to_driver.send(packet).is_err() {
                            break;
                        }
                    }
                    Err(err) if timed_out(&err) => {}
                    // ICMP port unreachable from an earlier send surfaces here on Linux.
                    Err(err) if err.kind() == std::io::ErrorKind::ConnectionRefused => {}
                    Err(err) => {
                        tracing::warn!(%err, %destination, "reading a UDP socket failed");
                        std::thread::sleep(READ_TIMEOUT);
                    }
                }
            }
        })?;
    Ok(())
}

/// How long connecting to a TURN server over TCP may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Connects to a TURN server over TCP and starts the threads that carry its bytes: what
/// arrives goes to the driver as [`Input::StreamData`] (then [`Input::StreamClosed`]), what
/// is sent on the returned queue is written in order. Returns the connection's local address.
pub(super) fn connect_stream(
    server: SocketAddr,
    to_driver: mpsc::Sender<Input>,
    shared: Arc<Shared>,
) -> std::io::Result<(SocketAddr, mpsc::Sender<Vec<u8>>)> {
    let stream = TcpStream::connect_timeout(&server, CONNECT_TIMEOUT)?;
    // Media and ICE checks are small and latency-bound; never wait to coalesce them.
    stream.set_nodelay(true)?;
    stream.set_read_timeout(Some(READ_TIMEOUT))?;
    let local = stream.local_addr()?;
    let (writer, queue) = mpsc::channel::<Vec<u8>>();

    let mut write_half = stream.try_clone()?;
    std::thread::Builder::new()
        .name("assist-turn-write".into())
        .spawn(move || {
            for bytes in queue {
                if let Err(err) = write_half.write_all(&bytes) {
                    tracing::debug!(%err, "writing to the TURN server failed");
                    break;
                }
            }
            // The driver dropped the queue, or the connection broke: both halves end.
            let _ = write_half.shutdown(Shutdown::Both);
        })?;

    let mut read_half = stream;
    std::thread::Builder::new()
        .name("assist-turn-read".into())
        .spawn(move || {
            let mut buf = vec![0; 16 * 1024];
            while !shared.stop.load(Ordering::Relaxed) {
                match read_half.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => {
                        Shared::add(&shared.bytes_received, n as u64);
                        let data = Input::StreamData {
                            local,
                            data: buf[..n].to_vec(),
                            at: Instant::now(),
                        };
                        if to_driver.send(data).is_err() {
                            return;
                        }
                    }
                    Err(err) if timed_out(&err) => {}
                    Err(err) => {
                        tracing::debug!(%err, "reading from the TURN server failed");
                        break;
                    }
                }
            }
            let _ = to_driver.send(Input::StreamClosed { local });
        })?;
    Ok((local, writer))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_and_link_local_addresses_are_not_offered() {
        assert!(!usable("127.0.0.1".parse().unwrap()));
        assert!(!usable("169.254.1.2".parse().unwrap()));
        assert!(!usable("::1".parse().unwrap()));
        assert!(!usable("fe80::1".parse().unwrap()));
        assert!(!usable("0.0.0.0".parse().unwrap()));
        assert!(usable("192.168.1.20".parse().unwrap()));
        assert!(usable("2001:db8::5".parse().unwrap()));
        assert!(interface_addresses().into_iter().all(usable));
    }

    #[test]
    fn explicit_addresses_are_bound_and_none_is_an_error() {
        let sockets = bind(Some(&["127.0.0.1".parse().unwrap()])).unwrap();
        assert_eq!(sockets.len(), 1);
        assert!(sockets[0].local_addr().unwrap().ip().is_loopback());
        assert!(matches!(bind(Some(&[])), Err(RtcError::NoAddress)));
    }
}
