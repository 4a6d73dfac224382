//! Just enough STUN (RFC 8489) to learn this host's public address: a Binding request without
//! attributes, and the mapped address out of the success response. str0m answers the ICE
//! connectivity checks itself; gathering server-reflexive candidates is left to the caller.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

const MAGIC_COOKIE: u32 = 0x2112_A442;
const BINDING_REQUEST: u16 = 0x0001;
const BINDING_SUCCESS: u16 = 0x0101;
const MAPPED_ADDRESS: u16 = 0x0001;
const XOR_MAPPED_ADDRESS: u16 = 0x0020;
const HEADER: usize = 20;

/// A transaction id: 96 random bits.
pub(crate) type TransactionId = [u8; 12];

/// A Binding request with this transaction id.
pub(crate) fn binding_request(id: TransactionId) -> [u8; HEADER] {
    let mut out = [0; HEADER];
    out[0..2].copy_from_slice(&BINDING_REQUEST.to_be_bytes());
    // Length 0: no attributes.
    out[4..8].copy_from_slice(&MAGIC_COOKIE.to_be_bytes());
    out[8..20].copy_from_slice(&id);
    out
}

/// Whether `packet` looks like STUN at all (RFC 7983 demultiplexing plus the magic cookie).
pub(crate) fn is_stun(packet: &[u8]) -> bool {
    packet.len() >= HEADER && packet[0] < 4 && packet[4..8] == MAGIC_COOKIE.to_be_bytes()
}

/// The transaction id and mapped address of a Binding success response, if `packet` is one.
pub(crate) fn parse_binding_success(packet: &[u8]) -> Option<(TransactionId, SocketAddr)> {
    if !is_stun(packet) || u16::from_be_bytes([packet[0], packet[1]]) != BINDING_SUCCESS {
        return None;
    }
    let length = usize::from(u16::from_be_bytes([packet[2], packet[3]]));
    let body = packet.get(HEADER..HEADER + length)?;
    let id: TransactionId = packet[8..20].try_into().ok()?;

    let mut plain = None;
    let mut rest = body;
    while rest.len() >= 4 {
        let kind = u16::from_be_bytes([rest[0], rest[1]]);
        let len = usize::from(u16::from_be_bytes([rest[2], rest[3]]));
        let value = rest.get(4..4 + len)?;
        match kind {
            XOR_MAPPED_ADDRESS => return address(value, Some(&id)).map(|addr| (id, addr)),
            MAPPED_ADDRESS => plain = address(value, None),
            _ => {}
        }
        // Attributes are padded to a multiple of four bytes.
        let padded = 4 + len.div_ceil(4) * 4;
        rest = rest.get(padded..).unwrap_or_default();
    }
    plain.map(|addr| (id, addr))
}

/// Decodes a (XOR-)MAPPED-ADDRESS value; `xor` carries the transaction id when XORed.
fn address(value: &[u8], xor: Option<&TransactionId>) -> Option<SocketAddr> {
    let family = *value.get(1)?;
    let mut port = u16::from_be_bytes([*value.get(2)?, *value.get(3)?]);
    let cookie = MAGIC_COOKIE.to_be_bytes();
    if xor.is_some() {
        port ^= u16::from_be_bytes([cookie[0], cookie[1]]);
    }
    let ip = match family {
        0x01 => {
            let mut octets: [u8; 4] = value.get(4..8)?.try_into().ok()?;
            if xor.is_some() {
                for (octet, key) in octets.iter_mut().zip(cookie) {
                    *octet ^= key;
                }
            }
            IpAddr::V4(Ipv4Addr::from(octets))
        }
        0x02 => {
            let mut octets: [u8; 16] = value.get(4..20)?.try_into().ok()?;
            if let Some(id) = xor {
                let key = cookie.iter().chain(id.iter());
                for (octet, key) in octets.iter_mut().zip(key) {
                    *octet ^= key;
                }
            }
            IpAddr::V6(Ipv6Addr::from(octets))
        }
        _ => return None,
    };
    Some(SocketAddr::new(ip, port))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(id: TransactionId, attrs: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(&BINDING_SUCCESS.to_be_bytes());
        out.extend_from_slice(&u16::try_from(attrs.len()).unwrap().to_be_bytes());
        out.extend_from_slice(&MAGIC_COOKIE.to_be_bytes());
        out.extend_from_slice(&id);
        out.extend_from_slice(attrs);
        out
    }

    #[test]
    fn a_request_is_a_bare_binding_request() {
        let id = [7; 12];
        let request = binding_request(id);
        assert_eq!(&request[..4], &[0, 1, 0, 0]);
        assert!(is_stun(&request));
        assert_eq!(&request[8..], &id);
    }

    #[test]
    fn xor_mapped_addresses_decode() {
        let id = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
        // 192.0.2.1:32853 XORed with the cookie (RFC 5769 style).
        let port = 0x8055_u16 ^ 0x2112;
        let ip = [0xC0 ^ 0x21, 0x12, 0x02 ^ 0xA4, 0x01 ^ 0x42];
        let mut attr = vec![0x00, 0x20, 0x00, 0x08, 0x00, 0x01];
        attr.extend_from_slice(&port.to_be_bytes());
        attr.extend_from_slice(&ip);
        // An unknown attribute first, with padding.
        let mut attrs = vec![0x80, 0x22, 0x00, 0x03, b'a', b'b', b'c', 0];
        attrs.extend_from_slice(&attr);
        let (got_id, addr) = parse_binding_success(&response(id, &attrs)).unwrap();
        assert_eq!(got_id, id);
        assert_eq!(addr, "192.0.2.1:32853".parse().unwrap());

        let v6: Ipv6Addr = "2001:db8::1".parse().unwrap();
        let key: Vec<u8> = MAGIC_COOKIE
            .to_be_bytes()
            .iter()
            .chain(&id)
            .copied()
            .collect();
        let xored: Vec<u8> = v6.octets().iter().zip(&key).map(|(a, b)| a ^ b).collect();
        let mut attr = vec![0x00, 0x20, 0x00, 0x14, 0x00, 0x02];
        attr.extend_from_slice(&(0x01BB_u16 ^ 0x2112).to_be_bytes());
        attr.extend_from_slice(&xored);
        let (_, addr) = parse_binding_success(&response(id, &attr)).unwrap();
        assert_eq!(addr, "[2001:db8::1]:443".parse().unwrap());
    }

    #[test]
    fn garbage_is_not_a_response() {
        assert!(parse_binding_success(b"hello").is_none());
        assert!(parse_binding_success(&binding_request([0; 12])).is_none());
        let mut truncated = response([0; 12], &[0x00, 0x20, 0x00, 0x08, 0x00]);
        assert!(parse_binding_success(&truncated).is_none());
        truncated[3] = 200;
        assert!(parse_binding_success(&truncated).is_none());
    }
}
