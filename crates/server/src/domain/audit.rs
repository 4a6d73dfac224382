//! The audit chain's rules: what an event holds, how its hash links it to the one before, and
//! how a chain is verified. Any altered field, removed row or truncated tail breaks a link.

use std::fmt;

use assist_protocol::ids::{TenantId, UserId};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

/// The `prev_hash` of the first event.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who did something.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    /// A signed-in user (by cookie or API token).
    User(UserId),
    /// An operator at the server's command line.
    Cli,
    /// Someone holding a one-time setup or recovery link.
    SetupLink,
    /// Nobody identified (a failed sign-in).
    Anonymous,
    /// An enrolled device, by its signed request.
    Device(assist_protocol::ids::DeviceId),
    /// Single sign-on, acting on what a tenant's identity provider asserted (creating a user
    /// on their first sign-in).
    Sso,
    /// The server itself, on a timer (an expired code, an unanswered request, a lost
    /// connection that did not come back).
    Server,
}

impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::User(id) => write!(f, "user:{id}"),
            Self::Cli => f.write_str("cli"),
            Self::SetupLink => f.write_str("setup-link"),
            Self::Anonymous => f.write_str("anonymous"),
            Self::Device(id) => write!(f, "device:{id}"),
            Self::Sso => f.write_str("sso"),
            Self::Server => f.write_str("server"),
        }
    }
}

/// An event to append.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The tenant it concerns, if any.
    pub tenant: Option<TenantId>,
    /// When.
    pub at: OffsetDateTime,
    /// Who.
    pub actor: Actor,
    /// What, as `noun.verb` (`user.created`).
    pub action: &'static str,
    /// To what, as `kind:id`.
    pub target: String,
    /// Details; never a secret.
    pub detail: serde_json::Value,
}

impl Entry {
    /// An event about `target` in `tenant`, with no details.
    #[must_use]
    pub fn new(
        tenant: TenantId,
        actor: Actor,
        at: OffsetDateTime,
        action: &'static str,
        target: String,
    ) -> Self {
        Self {
            tenant: Some(tenant),
            at,
            actor,
            action,
            target,
            detail: serde_json::json!({}),
        }
    }
}

/// An event as stored, every field in its stored text form (which is what is hashed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredEvent {
    /// Position in the chain, from 1, gap-free.
    pub seq: i64,
    /// Tenant ID text, if any.
    pub tenant_id: Option<String>,
    /// Unix milliseconds.
    pub at_millis: i64,
    /// Actor text.
    pub actor: String,
    /// Action.
    pub action: String,
    /// Target.
    pub target: String,
    /// Detail JSON text.
    pub detail: String,
    /// The previous event's hash.
    pub prev_hash: String,
    /// This event's hash.
    pub hash: String,
}

/// The last link, kept apart so that removing the newest events is detected too.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChainHead {
    /// The last sequence number.
    pub seq: i64,
    /// The last hash.
    pub hash: String,
}

/// The hash of an event: SHA-256 over its previous hash and every field, each length-prefixed
/// so that no two different events encode alike.
#[must_use]
pub fn link_hash(event: &StoredEvent) -> String {
    let mut hasher = Sha256::new();
    let seq = event.seq.to_string();
    let at = event.at_millis.to_string();
    let tenant = event.tenant_id.as_deref().unwrap_or("-");
    for field in [
        event.prev_hash.as_str(),
        &seq,
        tenant,
        &at,
        &event.actor,
        &event.action,
        &event.target,
        &event.detail,
    ] {
        hasher.update((field.len() as u64).to_be_bytes());
        hasher.update(field.as_bytes());
    }
    hex::encode(hasher.finalize())
}

/// The first broken link found.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Break {
    /// A sequence number is missing (a row was removed).
    #[error("event {expected} is missing (found {found} next): a row was removed")]
    Missing {
        /// The number that should have come.
        expected: i64,
        /// The number that came.
        found: i64,
    },
    /// An event does not point at the hash of the one before it.
    #[error("event {seq} does not link to event {}: a row was altered or replaced", seq - 1)]
    Unlinked {
        /// The event.
        seq: i64,
    },
    /// An event's content does not match its hash.
    #[error("event {seq} was altered after it was written")]
    Altered {
        /// The event.
        seq: i64,
    },
    /// The chain ends before (or differs from) the recorded head.
    #[error("the log ends at event {last} but {head} were written: newest rows were removed")]
    Truncated {
        /// The last event present.
        last: i64,
        /// The head's sequence number.
        head: i64,
    },
}

/// Verifies a chain fed in order, page by page.
#[derive(Debug)]
pub struct Verifier {
    next_seq: i64,
    prev_hash: String,
}

impl Default for Verifier {
    fn default() -> Self {
        Self {
            next_seq: 1,
            prev_hash: GENESIS_HASH.to_owned(),
        }
    }
}

impl Verifier {
    /// Checks the next event.
    pub fn feed(&mut self, event: &StoredEvent) -> Result<(), Break> {
        if event.seq != self.next_seq {
            return Err(Break::Missing {
                expected: self.next_seq,
                found: event.seq,
            });
        }
        if event.prev_hash != self.prev_hash {
            return Err(Break::Unlinked { seq: event.seq });
        }
        if link_hash(event) != event.hash {
            return Err(Break::Altered { seq: event.seq });
        }
        self.next_seq += 1;
        self.prev_hash.clone_from(&event.hash);
        Ok(())
    }

    /// The last sequence number checked so far (0 before any).
    #[must_use]
    pub fn last_seq(&self) -> i64 {
        self.next_seq - 1
    }

    /// Checks the chain ends where the head says; returns how many events were verified.
    pub fn finish(self, head: &ChainHead) -> Result<i64, Break> {
        let last = self.last_seq();
        if last != head.seq || self.prev_hash != head.hash {
            return Err(Break::Truncated {
                last,
                head: head.seq,
            });
        }
        Ok(last)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<StoredEvent> {
        let mut prev = GENESIS_HASH.to_owned();
        (1..=n)
            .map(|seq| {
                let mut event = StoredEvent {
                    seq,
                    tenant_id: Some("t".into()),
                    at_millis: seq * 1000,
                    actor: "cli".into(),
                    action: "user.created".into(),
                    target: format!("user:{seq}"),
                    detail: "{}".into(),
                    prev_hash: prev.clone(),
                    hash: String::new(),
                };
                event.hash = link_hash(&event);
                prev.clone_from(&event.hash);
                event
            })
            .collect()
    }

    fn verify(events: &[StoredEvent]) -> Result<i64, Break> {
        let head = ChainHead {
            seq: 3,
            hash: chain(3)[2].hash.clone(),
        };
        let mut verifier = Verifier::default();
        for event in events {
            verifier.feed(event)?;
        }
        verifier.finish(&head)
    }

    #[test]
    fn an_intact_chain_verifies() {
        assert_eq!(verify(&chain(3)), Ok(3));
    }

    #[test]
    fn each_kind_of_tampering_is_named() {
        let mut altered = chain(3);
        altered[1].target = "user:999".into();
        assert_eq!(verify(&altered), Err(Break::Altered { seq: 2 }));

        let mut removed = chain(3);
        removed.remove(1);
        assert_eq!(
            verify(&removed),
            Err(Break::Missing {
                expected: 2,
                found: 3
            })
        );

        let mut rehashed = chain(3);
        rehashed[1].detail = "{\"x\":1}".into();
        rehashed[1].hash = link_hash(&rehashed[1]);
        assert_eq!(verify(&rehashed), Err(Break::Unlinked { seq: 3 }));

        let truncated = chain(2);
        assert_eq!(
            verify(&truncated),
            Err(Break::Truncated { last: 2, head: 3 })
        );
    }

    #[test]
    fn field_boundaries_cannot_be_shifted() {
        let mut a = chain(1).remove(0);
        let mut b = a.clone();
        a.action = "ab".into();
        a.target = "c".into();
        b.action = "a".into();
        b.target = "bc".into();
        assert_ne!(link_hash(&a), link_hash(&b));
    }
}
