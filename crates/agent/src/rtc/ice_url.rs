//! The URLs of `GET /api/v1/ice-servers`, as RFC 7064 (`stun:`, `stuns:`) and RFC 7065
//! (`turn:`, `turns:`) write them: `turn:host[:port][?transport=udp|tcp]`.

use std::net::{Ipv6Addr, SocketAddr, ToSocketAddrs};

/// How the agent talks to an ICE server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Transport {
    Udp,
    Tcp,
    /// TCP with TLS (`stuns:`, `turns:`).
    Tls,
}

/// One parsed ICE server URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct IceUrl {
    /// `turn:`/`turns:` (a relay), or `stun:`/`stuns:` (addresses only).
    pub relay: bool,
    pub host: String,
    pub port: u16,
    pub transport: Transport,
}

impl IceUrl {
    /// Parses `url`; `None` when it is not a STUN or TURN URL this agent understands.
    pub(crate) fn parse(url: &str) -> Option<Self> {
        let (scheme, rest) = url.split_once(':')?;
        let (relay, secure) = match scheme.to_ascii_lowercase().as_str() {
            "stun" => (false, false),
            "stuns" => (false, true),
            "turn" => (true, false),
            "turns" => (true, true),
            _ => return None,
        };
        let default_port = if secure { 5349 } else { 3478 };
        let (hostport, query) = rest.split_once('?').unwrap_or((rest, ""));
        let mut transport = if secure {
            Transport::Tls
        } else {
            Transport::Udp
        };
        for pair in query.split('&').filter(|pair| !pair.is_empty()) {
            match pair.to_ascii_lowercase().as_str() {
                // `turns:` is TLS over TCP whatever the query says (RFC 7065, section 3).
                "transport=udp" if !secure => transport = Transport::Udp,
                "transport=tcp" if !secure => transport = Transport::Tcp,
                "transport=udp" | "transport=tcp" => {}
                _ => return None,
            }
        }
        let (host, port) = if let Some(bracketed) = hostport.strip_prefix('[') {
            let (host, after) = bracketed.split_once(']')?;
            let port = match after.strip_prefix(':') {
                Some(port) => port.parse().ok()?,
                None if after.is_empty() => default_port,
                None => return None,
            };
            host.parse::<Ipv6Addr>().ok()?;
            (host, port)
        } else {
            let (host, port) = match hostport.rsplit_once(':') {
                Some((host, port)) => (host, port.parse().ok()?),
                None => (hostport, default_port),
            };
            // A DNS name or an IPv4 address: letters, digits, hyphens, dots (underscores
            // appear in some internal names).
            let name_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_');
            if host.is_empty() || !host.chars().all(name_char) {
                return None;
            }
            (host, port)
        };
        Some(Self {
            relay,
            host: host.to_owned(),
            port,
            transport,
        })
    }

    /// The server's addresses (a blocking DNS lookup: call it off the driver's loop).
    pub(crate) fn resolve(&self) -> Vec<SocketAddr> {
        match (self.host.as_str(), self.port).to_socket_addrs() {
            Ok(addrs) => {
                let mut out: Vec<SocketAddr> = Vec::new();
                for addr in addrs {
                    if !out.contains(&addr) {
                        out.push(addr);
                    }
                }
                out
            }
            Err(err) => {
                tracing::info!(host = %self.host, %err, "an ICE server does not resolve");
                Vec::new()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(url: &str) -> Option<(bool, String, u16, Transport)> {
        IceUrl::parse(url).map(|u| (u.relay, u.host, u.port, u.transport))
    }

    #[test]
    fn stun_and_turn_urls_parse_with_their_defaults() {
        use Transport::{Tcp, Tls, Udp};
        assert_eq!(
            parsed("stun:stun.example.org"),
            Some((false, "stun.example.org".into(), 3478, Udp))
        );
        assert_eq!(
            parsed("stun:1.2.3.4:19302"),
            Some((false, "1.2.3.4".into(), 19302, Udp))
        );
        assert_eq!(
            parsed("stun:[2001:db8::1]:3479"),
            Some((false, "2001:db8::1".into(), 3479, Udp))
        );
        assert_eq!(
            parsed("turn:turn.example.org:443?transport=udp"),
            Some((true, "turn.example.org".into(), 443, Udp))
        );
        assert_eq!(
            parsed("turn:turn.example.org?transport=tcp"),
            Some((true, "turn.example.org".into(), 3478, Tcp))
        );
        assert_eq!(
            parsed("TURNS:turn.example.org"),
            Some((true, "turn.example.org".into(), 5349, Tls))
        );
        assert_eq!(
            parsed("turns:[2001:db8::2]:443?transport=tcp"),
            Some((true, "2001:db8::2".into(), 443, Tls))
        );
    }

    #[test]
    fn other_urls_are_refused() {
        for url in [
            "https://example.org",
            "stun:",
            "turn:host:port",
            "turn:host:99999",
            "turn:[2001:db8::1",
            "turn:[2001:db8::1]x",
            "turn:user@host",
            "turn:host?transport=sctp",
            "turn:2001:db8::1",
            "turn:[not-an-address]",
            "turn:bad host",
            "turn:host/path",
            "",
        ] {
            assert_eq!(IceUrl::parse(url), None, "{url}");
        }
    }

    #[test]
    fn loopback_resolves_without_dns() {
        let url = IceUrl::parse("turn:127.0.0.1:3478").unwrap();
        assert_eq!(url.resolve(), vec!["127.0.0.1:3478".parse().unwrap()]);
    }
}
