//! Failed sign-in throttling, per account and per client address. A few failures are free;
//! after that each failure locks the key for a delay that doubles, up to a cap. A success
//! clears the account (not the address). Pure: time is an argument.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::time::Duration;

use time::OffsetDateTime;

/// How one kind of key is throttled.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// Failures allowed before any delay.
    pub free_failures: u32,
    /// The first delay; each further failure doubles it.
    pub first_delay: Duration,
    /// The longest delay.
    pub max_delay: Duration,
    /// A key with no failure for this long starts afresh.
    pub forget_after: Duration,
}

/// Accounts: 5 free failures, then 2 s, 4 s, 8 s, ... up to 15 minutes.
pub const ACCOUNT_RULE: Rule = Rule {
    free_failures: 5,
    first_delay: Duration::from_secs(2),
    max_delay: Duration::from_mins(15),
    forget_after: Duration::from_hours(1),
};

/// Client addresses: 20 free failures (an office behind one NAT), then the same growth.
pub const ADDRESS_RULE: Rule = Rule {
    free_failures: 20,
    first_delay: Duration::from_secs(2),
    max_delay: Duration::from_mins(15),
    forget_after: Duration::from_hours(1),
};

#[derive(Clone, Copy, Debug)]
struct Failures {
    count: u32,
    last: OffsetDateTime,
    locked_until: OffsetDateTime,
}

/// Failure counts for one kind of key.
#[derive(Debug)]
struct Ledger<K> {
    rule: Rule,
    entries: HashMap<K, Failures>,
}

impl<K: Eq + Hash + Clone> Ledger<K> {
    fn new(rule: Rule) -> Self {
        Self {
            rule,
            entries: HashMap::new(),
        }
    }

    fn retry_after(&self, key: &K, now: OffsetDateTime) -> Option<Duration> {
        let entry = self.entries.get(key)?;
        let wait = entry.locked_until - now;
        (wait.is_positive()).then(|| wait.unsigned_abs())
    }

    fn fail(&mut self, key: &K, now: OffsetDateTime) {
        let rule = self.rule;
        let entry = self.entries.entry(key.clone()).or_insert(Failures {
            count: 0,
            last: now,
            locked_until: now,
        });
        if now - entry.last > rule.forget_after {
            entry.count = 0;
        }
        entry.count = entry.count.saturating_add(1);
        entry.last = now;
        if entry.count > rule.free_failures {
            let doublings = (entry.count - rule.free_failures - 1).min(20);
            let delay = rule
                .first_delay
                .saturating_mul(1 << doublings)
                .min(rule.max_delay);
            entry.locked_until = now + delay;
        }
        if self.entries.len() > 100_000 {
            self.forget_old(now);
        }
    }

    fn clear(&mut self, key: &K) {
        self.entries.remove(key);
    }

    /// Drops keys idle past `forget_after`, bounding memory under a spray of addresses.
    fn forget_old(&mut self, now: OffsetDateTime) {
        let forget_after = self.rule.forget_after;
        self.entries
            .retain(|_, entry| now - entry.last <= forget_after);
    }
}

/// The sign-in throttle of one server process.
#[derive(Debug)]
pub struct Throttle {
    accounts: Ledger<String>,
    addresses: Ledger<IpAddr>,
}

impl Default for Throttle {
    fn default() -> Self {
        Self::new(ACCOUNT_RULE, ADDRESS_RULE)
    }
}

impl Throttle {
    /// A throttle with these rules.
    #[must_use]
    pub fn new(account: Rule, address: Rule) -> Self {
        Self {
            accounts: Ledger::new(account),
            addresses: Ledger::new(address),
        }
    }

    /// How long until `account` from `address` may try again; `None` when it may now.
    #[must_use]
    pub fn retry_after(
        &self,
        account: &str,
        address: IpAddr,
        now: OffsetDateTime,
    ) -> Option<Duration> {
        let by_account = self.accounts.retry_after(&account.to_owned(), now);
        let by_address = self.addresses.retry_after(&address, now);
        by_account.max(by_address)
    }

    /// Records a failed attempt.
    pub fn record_failure(&mut self, account: &str, address: IpAddr, now: OffsetDateTime) {
        self.accounts.fail(&account.to_owned(), now);
        self.addresses.fail(&address, now);
    }

    /// Records a success: the account starts afresh.
    pub fn record_success(&mut self, account: &str) {
        self.accounts.clear(&account.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOME: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(192, 0, 2, 1));

    #[test]
    fn free_failures_then_doubling_delays_capped() {
        let mut throttle = Throttle::default();
        let t0 = OffsetDateTime::UNIX_EPOCH;
        for _ in 0..5 {
            throttle.record_failure("ada@example.com", HOME, t0);
            assert_eq!(throttle.retry_after("ada@example.com", HOME, t0), None);
        }
        throttle.record_failure("ada@example.com", HOME, t0);
        assert_eq!(
            throttle.retry_after("ada@example.com", HOME, t0),
            Some(Duration::from_secs(2))
        );
        throttle.record_failure("ada@example.com", HOME, t0);
        assert_eq!(
            throttle.retry_after("ada@example.com", HOME, t0),
            Some(Duration::from_secs(4))
        );
        for _ in 0..30 {
            throttle.record_failure("ada@example.com", HOME, t0);
        }
        assert_eq!(
            throttle.retry_after("ada@example.com", HOME, t0),
            Some(Duration::from_mins(15))
        );
        // Another account from elsewhere is unaffected.
        let other = IpAddr::V4(std::net::Ipv4Addr::new(198, 51, 100, 7));
        assert_eq!(throttle.retry_after("bob@example.com", other, t0), None);
    }

    #[test]
    fn lock_expires_and_success_clears_the_account() {
        let mut throttle = Throttle::default();
        let t0 = OffsetDateTime::UNIX_EPOCH;
        for _ in 0..6 {
            throttle.record_failure("ada@example.com", HOME, t0);
        }
        assert!(throttle.retry_after("ada@example.com", HOME, t0).is_some());
        let later = t0 + Duration::from_secs(3);
        assert_eq!(throttle.retry_after("ada@example.com", HOME, later), None);
        throttle.record_success("ada@example.com");
        throttle.record_failure("ada@example.com", HOME, later);
        assert_eq!(throttle.retry_after("ada@example.com", HOME, later), None);
    }

    #[test]
    fn one_address_spraying_many_accounts_is_locked() {
        let mut throttle = Throttle::default();
        let t0 = OffsetDateTime::UNIX_EPOCH;
        for i in 0..21 {
            throttle.record_failure(&format!("user{i}@example.com"), HOME, t0);
        }
        assert!(
            throttle
                .retry_after("fresh@example.com", HOME, t0)
                .is_some()
        );
    }
}
