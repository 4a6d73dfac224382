//! Security codes: drawn uniformly from a CSPRNG, stored only as a keyed hash bound to the
//! tenant, and guarded against guessing by per-person, per-address and per-tenant limits.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::Duration;

use assist_protocol::ids::{TenantId, UserId};
use assist_protocol::text::SecurityCode;
use hmac::{Hmac, Mac};
use rand::Rng;
use rand::rngs::OsRng;
use sha2::Sha256;
use time::OffsetDateTime;

use crate::domain::throttle::{ACCOUNT_RULE, ADDRESS_RULE, Throttle};

/// Failed redemptions one tenant may make per minute on one server node, whoever makes them.
/// This is what bounds guessing: see `docs/SECURITY.md`.
pub const TENANT_FAILURES_PER_MINUTE: u32 = 60;

/// A new code: eight digits, each of the 10^8 values equally likely (rejection sampling in
/// `gen_range`, from the operating system's CSPRNG).
#[must_use]
pub fn generate() -> SecurityCode {
    let n: u32 = OsRng.gen_range(0..100_000_000);
    SecurityCode::parse(&format!("{n:08}"))
        .unwrap_or_else(|_| unreachable!("eight digits always parse"))
}

/// The stored form: HMAC-SHA-256 under the server's code key, over the tenant and the digits,
/// so a code only matches in its own tenant and a stolen database does not reveal live codes
/// without the key (10^8 values are too few for a plain hash).
#[must_use]
pub fn hash(key: &[u8], tenant: TenantId, code: &SecurityCode) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    mac.update(tenant.to_string().as_bytes());
    mac.update(b":");
    mac.update(code.digits().as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

#[derive(Clone, Copy, Debug)]
struct Window {
    started: OffsetDateTime,
    failures: u32,
}

/// Failed-redemption bookkeeping of one server process.
#[derive(Debug)]
pub struct Guard {
    people: Throttle,
    tenants: HashMap<TenantId, Window>,
}

impl Default for Guard {
    fn default() -> Self {
        Self {
            people: Throttle::new(ACCOUNT_RULE, ADDRESS_RULE),
            tenants: HashMap::new(),
        }
    }
}

impl Guard {
    /// How long until `user` from `address` may try a code again; `None` when they may now.
    #[must_use]
    pub fn retry_after(
        &self,
        tenant: TenantId,
        user: UserId,
        address: IpAddr,
        now: OffsetDateTime,
    ) -> Option<Duration> {
        let personal = self.people.retry_after(&user.to_string(), address, now);
        let tenant_wide = self.tenants.get(&tenant).and_then(|window| {
            let ends = window.started + Duration::from_mins(1);
            (window.failures >= TENANT_FAILURES_PER_MINUTE && ends > now)
                .then(|| (ends - now).unsigned_abs())
        });
        personal.max(tenant_wide)
    }

    /// Records a wrong, expired or used code.
    pub fn record_failure(
        &mut self,
        tenant: TenantId,
        user: UserId,
        address: IpAddr,
        now: OffsetDateTime,
    ) {
        self.people.record_failure(&user.to_string(), address, now);
        let window = self.tenants.entry(tenant).or_insert(Window {
            started: now,
            failures: 0,
        });
        if now - window.started >= Duration::from_mins(1) {
            *window = Window {
                started: now,
                failures: 0,
            };
        }
        window.failures += 1;
        if self.tenants.len() > 10_000 {
            self.tenants
                .retain(|_, w| now - w.started < Duration::from_mins(1));
        }
    }

    /// Records a redeemed code: the person starts afresh.
    pub fn record_success(&mut self, user: UserId) {
        self.people.record_success(&user.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_eight_digits_and_vary() {
        let codes: std::collections::HashSet<String> =
            (0..1000).map(|_| generate().digits().to_owned()).collect();
        assert!(codes.iter().all(|c| c.len() == 8));
        assert!(codes.len() > 990, "1000 draws from 10^8 rarely collide");
    }

    #[test]
    fn hashes_depend_on_key_tenant_and_code() {
        let code = SecurityCode::parse("12345678").expect("valid");
        let other = SecurityCode::parse("12345679").expect("valid");
        let (a, b) = (TenantId::generate(), TenantId::generate());
        let h = hash(b"key", a, &code);
        assert_eq!(h, hash(b"key", a, &code));
        assert_ne!(h, hash(b"key", b, &code));
        assert_ne!(h, hash(b"other key", a, &code));
        assert_ne!(h, hash(b"key", a, &other));
    }

    #[test]
    fn the_tenant_budget_stops_a_spray_from_many_accounts() {
        let mut guard = Guard::default();
        let tenant = TenantId::generate();
        let t0 = OffsetDateTime::UNIX_EPOCH;
        for i in 0..TENANT_FAILURES_PER_MINUTE {
            let [.., high, low] = i.to_be_bytes();
            let address = IpAddr::from([10, 0, high, low]);
            guard.record_failure(tenant, UserId::generate(), address, t0);
        }
        let fresh = (UserId::generate(), IpAddr::from([192, 0, 2, 1]));
        assert!(guard.retry_after(tenant, fresh.0, fresh.1, t0).is_some());
        assert!(
            guard
                .retry_after(TenantId::generate(), fresh.0, fresh.1, t0)
                .is_none(),
            "other tenants are unaffected"
        );
        let later = t0 + Duration::from_mins(1);
        assert!(guard.retry_after(tenant, fresh.0, fresh.1, later).is_none());
    }

    #[test]
    fn one_person_is_locked_after_five_failures() {
        let mut guard = Guard::default();
        let (tenant, user) = (TenantId::generate(), UserId::generate());
        let address = IpAddr::from([192, 0, 2, 1]);
        let t0 = OffsetDateTime::UNIX_EPOCH;
        for _ in 0..5 {
            guard.record_failure(tenant, user, address, t0);
        }
        assert!(guard.retry_after(tenant, user, address, t0).is_none());
        guard.record_failure(tenant, user, address, t0);
        assert_eq!(
            guard.retry_after(tenant, user, address, t0),
            Some(Duration::from_secs(2))
        );
    }
}
