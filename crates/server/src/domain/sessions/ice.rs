//! ICE servers for WebRTC peers: the configured STUN list, and TURN with short-lived
//! credentials derived from a secret shared with the TURN server (the "TURN REST API" scheme
//! coturn implements: user name `expiry:user`, password base64 HMAC-SHA1 of the user name).

use std::time::Duration;

use assist_protocol::api::sessions::{IceServer, IceServers};
use assist_protocol::ids::{SessionId, UserId};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use sha1::Sha1;
use time::OffsetDateTime;

/// What configuration says about ICE.
#[derive(Clone, Debug, Default)]
pub struct IceSettings<'a> {
    /// `stun:` URLs.
    pub stun_urls: &'a [String],
    /// `turn:`/`turns:` URLs.
    pub turn_urls: &'a [String],
    /// The shared secret, when TURN is configured.
    pub turn_secret: Option<&'a str>,
    /// How long credentials work.
    pub credential_lifetime: Duration,
}

/// The servers to hand `user` at `now`: STUN always; TURN, with credentials bound to the
/// session in their user name (`expiry:session:user`), only for a participant of a live
/// `session` (the caller checks that).
#[must_use]
pub fn servers(
    settings: &IceSettings<'_>,
    session: Option<SessionId>,
    user: UserId,
    now: OffsetDateTime,
) -> IceServers {
    let mut ice_servers = Vec::new();
    if !settings.stun_urls.is_empty() {
        ice_servers.push(IceServer {
            urls: settings.stun_urls.to_vec(),
            username: None,
            credential: None,
        });
    }
    let mut expires_at = None;
    if let (false, Some(secret), Some(session)) =
        (settings.turn_urls.is_empty(), settings.turn_secret, session)
    {
        let expiry = now + settings.credential_lifetime;
        let username = format!("{}:{session}:{user}", expiry.unix_timestamp());
        let mut mac = Hmac::<Sha1>::new_from_slice(secret.as_bytes())
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
        mac.update(username.as_bytes());
        ice_servers.push(IceServer {
            urls: settings.turn_urls.to_vec(),
            username: Some(username),
            credential: Some(STANDARD.encode(mac.finalize().into_bytes())),
        });
        expires_at = Some(expiry);
    }
    IceServers {
        ice_servers,
        expires_at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turn_credentials_follow_the_shared_secret_scheme() {
        let stun = vec!["stun:stun.example.com:3478".to_owned()];
        let turn = vec!["turns:turn.example.com:443?transport=tcp".to_owned()];
        let settings = IceSettings {
            stun_urls: &stun,
            turn_urls: &turn,
            turn_secret: Some("north"),
            credential_lifetime: Duration::from_hours(1),
        };
        let user = UserId::generate();
        let session = SessionId::generate();
        let now = OffsetDateTime::from_unix_timestamp(1_700_000_000).expect("valid");
        let no_session = servers(&settings, None, user, now);
        assert_eq!(
            no_session.ice_servers.len(),
            1,
            "STUN only without a session"
        );
        assert_eq!(no_session.expires_at, None);
        let answer = servers(&settings, Some(session), user, now);
        assert_eq!(answer.ice_servers.len(), 2);
        let turn = &answer.ice_servers[1];
        let username = turn.username.as_deref().expect("user name");
        assert_eq!(username, format!("1700003600:{session}:{user}"));
        let mut mac = Hmac::<Sha1>::new_from_slice(b"north").expect("key");
        mac.update(username.as_bytes());
        assert_eq!(
            turn.credential.as_deref(),
            Some(STANDARD.encode(mac.finalize().into_bytes()).as_str())
        );
        assert_eq!(answer.expires_at, Some(now + Duration::from_hours(1)));
        let none = servers(
            &IceSettings::default(),
            Some(SessionId::generate()),
            user,
            now,
        );
        assert!(none.ice_servers.is_empty() && none.expires_at.is_none());
    }
}
