//! The client's address behind trusted reverse proxies. A proxy appends the address it received
//! the request from to `X-Forwarded-For` (or adds a `for=` element to `Forwarded`, RFC 7239),
//! so the list's right end is the most trustworthy: walking it from the right, every address
//! that is itself a trusted proxy is skipped, and the first that is not is the client. Only a
//! request whose TCP peer is a trusted proxy is read this way, so nobody else can choose the
//! address they are counted under. Pure: headers and configuration in, an address out.

use std::net::{IpAddr, SocketAddr};

use axum::http::HeaderMap;
use ipnet::IpNet;

/// The address to count a request under: the TCP `peer`, or, when the peer is one of
/// `trusted`, the forwarded client.
#[must_use]
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let chain = forwarded_for(headers);
    // Right to left: the nearest hop first; the first untrusted one is the client. A chain of
    // trusted proxies only (or none) leaves the leftmost, or the peer.
    chain
        .iter()
        .rev()
        .find(|ip| !is_trusted(ip))
        .or_else(|| chain.first())
        .copied()
        .unwrap_or(peer)
}

/// The addresses a request passed through, client first: `Forwarded`'s `for=` elements when
/// that header is present, else `X-Forwarded-For`. An element that is not an address (an
/// obfuscated identifier, `unknown`) ends the list there, so nothing before it is believed.
fn forwarded_for(headers: &HeaderMap) -> Vec<IpAddr> {
    let forwarded: Vec<&str> = headers
        .get_all("forwarded")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    let items: Vec<String> = if forwarded.is_empty() {
        headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(|item| item.trim().to_owned())
            .collect()
    } else {
        forwarded
            .iter()
            .flat_map(|v| v.split(','))
            .filter_map(|element| {
                element.split(';').find_map(|pair| {
                    let (key, value) = pair.trim().split_once('=')?;
                    key.trim()
                        .eq_ignore_ascii_case("for")
                        .then(|| value.trim().trim_matches('"').to_owned())
                })
            })
            .collect()
    };
    let mut chain = Vec::new();
    // Read from the right so that an unreadable element cuts off what lies beyond it.
    for item in items.iter().rev() {
        match parse(item) {
            Some(ip) => chain.push(ip),
            None => break,
        }
    }
    chain.reverse();
    chain
}

/// `192.0.2.1`, `192.0.2.1:4711`, `[2001:db8::1]`, `[2001:db8::1]:4711` or `2001:db8::1`.
fn parse(item: &str) -> Option<IpAddr> {
    item.parse::<IpAddr>()
        .ok()
        .or_else(|| item.parse::<SocketAddr>().ok().map(|s| s.ip()))
        .or_else(|| {
            item.strip_prefix('[')
                .and_then(|rest| rest.strip_suffix(']'))
                .and_then(|inner| inner.parse().ok())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("ip")
    }

    fn proxies() -> Vec<IpNet> {
        vec![
            "10.0.0.0/8".parse().expect("net"),
            "::1/128".parse().expect("net"),
        ]
    }

    #[test]
    fn an_untrusted_peer_is_never_replaced() {
        let h = headers(&[("x-forwarded-for", "198.51.100.7")]);
        assert_eq!(
            client_address(ip("203.0.113.9"), &h, &proxies()),
            ip("203.0.113.9")
        );
        assert_eq!(client_address(ip("10.0.0.2"), &h, &[]), ip("10.0.0.2"));
    }

    #[test]
    fn a_trusted_proxy_names_the_client() {
        let h = headers(&[("x-forwarded-for", "198.51.100.7")]);
        assert_eq!(
            client_address(ip("10.0.0.2"), &h, &proxies()),
            ip("198.51.100.7")
        );
        let h = headers(&[("forwarded", "for=\"[2001:db8::7]:4711\";proto=https")]);
        assert_eq!(client_address(ip("::1"), &h, &proxies()), ip("2001:db8::7"));
    }

    #[test]
    fn a_spoofed_left_part_is_ignored() {
        // The client sent its own X-Forwarded-For; the proxy appended the real address.
        let h = headers(&[("x-forwarded-for", "192.0.2.66, 198.51.100.7, 10.1.2.3")]);
        assert_eq!(
            client_address(ip("10.0.0.2"), &h, &proxies()),
            ip("198.51.100.7")
        );
        let h = headers(&[("forwarded", "for=192.0.2.66, for=198.51.100.7")]);
        assert_eq!(
            client_address(ip("10.0.0.2"), &h, &proxies()),
            ip("198.51.100.7")
        );
    }

    #[test]
    fn garbage_stops_the_chain_and_no_header_leaves_the_peer() {
        let h = headers(&[("x-forwarded-for", "192.0.2.66, nonsense, 10.1.2.3")]);
        assert_eq!(
            client_address(ip("10.0.0.2"), &h, &proxies()),
            ip("10.1.2.3")
        );
        assert_eq!(
            client_address(ip("10.0.0.2"), &HeaderMap::new(), &proxies()),
            ip("10.0.0.2")
        );
        let h = headers(&[("forwarded", "for=unknown")]);
        assert_eq!(
            client_address(ip("10.0.0.2"), &h, &proxies()),
            ip("10.0.0.2")
        );
    }
}
