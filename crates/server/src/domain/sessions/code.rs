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

use crate::domain::throttle::{ACCOUNT_GLOBAL_RULE, ACCOUNT_RULE, ADDRESS_RULE, Outcome, Throttle};

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
    in_flight: u32,
}

/// Failed-redemption bookkeeping of one server process. Like the sign-in throttle, an attempt
/// is admitted before the code is looked up ([`Guard::begin`]) and settled after
/// ([`Guard::settle`]); attempts in flight count against the tenant's budget, so a burst cannot
/// pass it.
#[derive(Debug)]
pub struct Guard {
    people: Throttle,
    tenants: HashMap<TenantId, Window>,
}

impl Default for Guard {
    fn default() -> Self {
        Self {
            people: Throttle::new(ACCOUNT_RULE, ADDRESS_RULE, ACCOUNT_GLOBAL_RULE),
            tenants: HashMap::new(),
        }
    }
}

impl Guard {
    /// The tenant's window as of `now`, started afresh when a minute has passed.
    fn window(&mut self, tenant: TenantId, now: OffsetDateTime) -> &mut Window {
        if self.tenants.len() > 10_000 {
            self.tenants
                .retain(|_, w| w.in_flight > 0 || now - w.started < Duration::from_mins(1));
        }
        let window = self.tenants.entry(tenant).or_insert(Window {
            started: now,
            failures: 0,
            in_flight: 0,
        });
        if now - window.started >= Duration::from_mins(1) {
            window.started = now;
            window.failures = 0;
        }
        window
    }

    /// Admits a redemption by `user` from `address`, or says how long to wait.
    ///
    /// # Errors
    /// The wait, when the person, the address or the tenant has no attempt left.
    pub fn begin(
        &mut self,
        tenant: TenantId,
        user: UserId,
        address: IpAddr,
        now: OffsetDateTime,
    ) -> Result<(), Duration> {
        let window = *self.window(tenant, now);
        if window.failures.saturating_add(window.in_flight) >= TENANT_FAILURES_PER_MINUTE {
            let ends = window.started + Duration::from_mins(1);
            return Err((ends - now).unsigned_abs().max(Duration::from_secs(1)));
        }
        self.people.begin(&user.to_string(), address, now)?;
        self.window(tenant, now).in_flight += 1;
        Ok(())
    }

    /// Records how an admitted redemption ended: a wrong, expired or used code fails; a
    /// redeemed code starts the person afresh.
    pub fn settle(
        &mut self,
        tenant: TenantId,
        user: UserId,
        address: IpAddr,
        outcome: Outcome,
        now: OffsetDateTime,
    ) {
        self.people.settle(&user.to_string(), address, outcome, now);
        let window = self.window(tenant, now);
        window.in_flight = window.in_flight.saturating_sub(1);
        if outcome == Outcome::Failed {
            window.failures += 1;
        }
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

    fn fail(
        guard: &mut Guard,
        tenant: TenantId,
        user: UserId,
        address: IpAddr,
        now: OffsetDateTime,
    ) {
        guard.begin(tenant, user, address, now).expect("admitted");
        guard.settle(tenant, user, address, Outcome::Failed, now);
    }

    #[test]
    fn the_tenant_budget_stops_a_spray_from_many_accounts() {
        let mut guard = Guard::default();
        let tenant = TenantId::generate();
        let t0 = OffsetDateTime::UNIX_EPOCH;
        for i in 0..TENANT_FAILURES_PER_MINUTE {
            let [.., high, low] = i.to_be_bytes();
            let address = IpAddr::from([10, 0, high, low]);
            fail(&mut guard, tenant, UserId::generate(), address, t0);
        }
        let fresh = (UserId::generate(), IpAddr::from([192, 0, 2, 1]));
        assert!(guard.begin(tenant, fresh.0, fresh.1, t0).is_err());
        assert!(
            guard
                .begin(TenantId::generate(), fresh.0, fresh.1, t0)
                .is_ok(),
            "other tenants are unaffected"
        );
        let later = t0 + Duration::from_mins(1);
        assert!(guard.begin(tenant, fresh.0, fresh.1, later).is_ok());
    }

    #[test]
    fn attempts_in_flight_count_against_the_tenant_budget() {
        let mut guard = Guard::default();
        let tenant = TenantId::generate();
        let t0 = OffsetDateTime::UNIX_EPOCH;
        let admitted = (0..200_u32)
            .filter(|i| {
                let [.., high, low] = i.to_be_bytes();
                let address = IpAddr::from([10, 0, high, low]);
                guard.begin(tenant, UserId::generate(), address, t0).is_ok()
            })
            .count();
        assert_eq!(admitted, TENANT_FAILURES_PER_MINUTE as usize);
    }

    #[test]
    fn one_person_is_locked_after_five_failures() {
        let mut guard = Guard::default();
        let (tenant, user) = (TenantId::generate(), UserId::generate());
        let address = IpAddr::from([192, 0, 2, 1]);
        let t0 = OffsetDateTime::UNIX_EPOCH;
        for _ in 0..6 {
            fail(&mut guard, tenant, user, address, t0);
        }
        assert_eq!(
            guard.begin(tenant, user, address, t0),
            Err(Duration::from_secs(2))
        );
    }
}
