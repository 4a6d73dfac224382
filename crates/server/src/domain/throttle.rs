//! Failed sign-in throttling. A few failures are free; after that each failure locks the key
//! for a delay that doubles, up to a cap. Three keys are counted: the account from one address
//! (the tight lock), the client address (a spray over many accounts), and the account from
//! everywhere (a slow cap on a guessing network, high enough that one attacker cannot lock
//! the owner out of a new address). A success clears the account (not the address).
//!
//! An attempt is admitted before its work (the slow password hash) and settled after it, in
//! two steps under the caller's lock: [`Throttle::begin`] reserves a place, counting every
//! attempt still in flight as if it will fail, and [`Throttle::settle`] records the outcome.
//! So a burst of simultaneous attempts gets exactly as far as the same attempts one after
//! another would: never past the lock. Pure: time is an argument.

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

impl Rule {
    /// The lock that `failures` failures earn, if any.
    fn delay(&self, failures: u32) -> Option<Duration> {
        (failures > self.free_failures).then(|| {
            let doublings = (failures - self.free_failures - 1).min(20);
            self.first_delay
                .saturating_mul(1 << doublings)
                .min(self.max_delay)
        })
    }
}

/// One account from one address: 5 free failures, then 2 s, 4 s, 8 s, ... up to 15 minutes.
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

/// One account from every address together: 100 free failures, then a minute, doubling up to
/// 15 minutes. It bounds a guessing network spread over many addresses; the owner, at a new
/// address, only meets it when someone has already spent a hundred guesses within the hour.
pub const ACCOUNT_GLOBAL_RULE: Rule = Rule {
    free_failures: 100,
    first_delay: Duration::from_mins(1),
    max_delay: Duration::from_mins(15),
    forget_after: Duration::from_hours(1),
};

/// How an admitted attempt ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A wrong password or code (or an attempt abandoned half-way).
    Failed,
    /// The credential was right.
    Succeeded,
    /// The attempt never reached the check (the server was busy, or a step before it
    /// refused): its place is given back and nothing is counted.
    NotTried,
}

#[derive(Clone, Copy, Debug)]
struct Failures {
    count: u32,
    in_flight: u32,
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

    /// How long `key` must wait before another attempt, counting the attempts in flight as
    /// failures; `None` when one may start now.
    fn wait(&self, key: &K, now: OffsetDateTime) -> Option<Duration> {
        let entry = self.entries.get(key)?;
        let locked = entry.locked_until - now;
        if locked.is_positive() {
            return Some(locked.unsigned_abs());
        }
        if entry.in_flight == 0 {
            return None;
        }
        let settled = if now - entry.last > self.rule.forget_after {
            0
        } else {
            entry.count
        };
        self.rule.delay(settled.saturating_add(entry.in_flight))
    }

    fn reserve(&mut self, key: &K, now: OffsetDateTime) {
        let entry = self.entries.entry(key.clone()).or_insert(Failures {
            count: 0,
            in_flight: 0,
            last: now,
            locked_until: now,
        });
        entry.in_flight = entry.in_flight.saturating_add(1);
        if self.entries.len() > 100_000 {
            self.forget_old(now);
        }
    }

    fn settle(&mut self, key: &K, outcome: Outcome, clears: bool, now: OffsetDateTime) {
        let rule = self.rule;
        let Some(entry) = self.entries.get_mut(key) else {
            return;
        };
        entry.in_flight = entry.in_flight.saturating_sub(1);
        match outcome {
            Outcome::Failed => {
                if now - entry.last > rule.forget_after {
                    entry.count = 0;
                }
                entry.count = entry.count.saturating_add(1);
                entry.last = now;
                if let Some(delay) = rule.delay(entry.count) {
                    entry.locked_until = now + delay;
                }
            }
            Outcome::Succeeded if clears => {
                if entry.in_flight == 0 {
                    self.entries.remove(key);
                } else {
                    entry.count = 0;
                    entry.locked_until = now;
                }
            }
            Outcome::Succeeded | Outcome::NotTried => {}
        }
    }

    /// Drops keys idle past `forget_after` with nothing in flight, bounding memory under a
    /// spray of addresses.
    fn forget_old(&mut self, now: OffsetDateTime) {
        let forget_after = self.rule.forget_after;
        self.entries
            .retain(|_, entry| entry.in_flight > 0 || now - entry.last <= forget_after);
    }
}

/// The sign-in throttle of one server process. The caller holds it behind a lock and calls
/// [`begin`](Self::begin) and then [`settle`](Self::settle) exactly once per admitted attempt.
#[derive(Debug)]
pub struct Throttle {
    pairs: Ledger<(String, IpAddr)>,
    addresses: Ledger<IpAddr>,
    accounts: Ledger<String>,
}

impl Default for Throttle {
    fn default() -> Self {
        Self::new(ACCOUNT_RULE, ADDRESS_RULE, ACCOUNT_GLOBAL_RULE)
    }
}

impl Throttle {
    /// A throttle with these rules: one account from one address, one address, one account
    /// from everywhere.
    #[must_use]
    pub fn new(pair: Rule, address: Rule, account: Rule) -> Self {
        Self {
            pairs: Ledger::new(pair),
            addresses: Ledger::new(address),
            accounts: Ledger::new(account),
        }
    }

    /// Admits an attempt on `account` from `address`, or says how long to wait. An admitted
    /// attempt counts as in flight until [`settle`](Self::settle).
    ///
    /// # Errors
    /// The wait, when any of the three keys is locked or would be if the attempts in flight
    /// all failed.
    pub fn begin(
        &mut self,
        account: &str,
        address: IpAddr,
        now: OffsetDateTime,
    ) -> Result<(), Duration> {
        let pair = (account.to_owned(), address);
        let account = account.to_owned();
        let wait = [
            self.pairs.wait(&pair, now),
            self.addresses.wait(&address, now),
            self.accounts.wait(&account, now),
        ]
        .into_iter()
        .flatten()
        .max();
        if let Some(wait) = wait {
            return Err(wait);
        }
        self.pairs.reserve(&pair, now);
        self.addresses.reserve(&address, now);
        self.accounts.reserve(&account, now);
        Ok(())
    }

    /// Records how an attempt admitted by [`begin`](Self::begin) ended. A success clears the
    /// account, from this address and from everywhere.
    pub fn settle(
        &mut self,
        account: &str,
        address: IpAddr,
        outcome: Outcome,
        now: OffsetDateTime,
    ) {
        let pair = (account.to_owned(), address);
        self.pairs.settle(&pair, outcome, true, now);
        self.addresses.settle(&address, outcome, false, now);
        self.accounts
            .settle(&account.to_owned(), outcome, true, now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOME: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(192, 0, 2, 1));
    const ADA: &str = "ada@example.com";

    fn fail(throttle: &mut Throttle, account: &str, address: IpAddr, now: OffsetDateTime) {
        throttle.begin(account, address, now).expect("admitted");
        throttle.settle(account, address, Outcome::Failed, now);
    }

    fn address(i: u32) -> IpAddr {
        let [_, a, b, c] = i.to_be_bytes();
        IpAddr::from([10, a, b, c])
    }

    #[test]
    fn free_failures_then_doubling_delays_capped() {
        let mut throttle = Throttle::default();
        let t0 = OffsetDateTime::UNIX_EPOCH;
        for _ in 0..6 {
            fail(&mut throttle, ADA, HOME, t0);
        }
        assert_eq!(throttle.begin(ADA, HOME, t0), Err(Duration::from_secs(2)));
        let t1 = t0 + Duration::from_secs(2);
        fail(&mut throttle, ADA, HOME, t1);
        assert_eq!(throttle.begin(ADA, HOME, t1), Err(Duration::from_secs(4)));
        let mut now = t1;
        for _ in 0..30 {
            now += Duration::from_hours(1) - Duration::from_secs(1);
            fail(&mut throttle, ADA, HOME, now);
        }
        assert_eq!(throttle.begin(ADA, HOME, now), Err(Duration::from_mins(15)));
        // Another account from elsewhere is unaffected.
        let other = IpAddr::V4(std::net::Ipv4Addr::new(198, 51, 100, 7));
        assert_eq!(throttle.begin("bob@example.com", other, t0), Ok(()));
    }

    #[test]
    fn attempts_in_flight_count_as_failures_until_settled() {
        let mut throttle = Throttle::default();
        let t0 = OffsetDateTime::UNIX_EPOCH;
        // Sixty at once: as one after another, five free failures and the sixth that locks.
        let admitted = (0..60)
            .filter(|_| throttle.begin(ADA, HOME, t0).is_ok())
            .count();
        assert_eq!(admitted, 6);
        assert_eq!(throttle.begin(ADA, HOME, t0), Err(Duration::from_secs(2)));
        for _ in 0..admitted {
            throttle.settle(ADA, HOME, Outcome::Failed, t0);
        }
        assert_eq!(throttle.begin(ADA, HOME, t0), Err(Duration::from_secs(2)));
    }

    #[test]
    fn a_success_in_flight_frees_its_place() {
        let mut throttle = Throttle::default();
        let t0 = OffsetDateTime::UNIX_EPOCH;
        for _ in 0..6 {
            throttle.begin(ADA, HOME, t0).expect("admitted");
        }
        assert!(throttle.begin(ADA, HOME, t0).is_err());
        throttle.settle(ADA, HOME, Outcome::Succeeded, t0);
        for _ in 0..5 {
            throttle.settle(ADA, HOME, Outcome::Failed, t0);
        }
        // The success cleared the account; the five failures after it are free ones.
        assert_eq!(throttle.begin(ADA, HOME, t0), Ok(()));
    }

    #[test]
    fn lock_expires_and_success_clears_the_account() {
        let mut throttle = Throttle::default();
        let t0 = OffsetDateTime::UNIX_EPOCH;
        for _ in 0..6 {
            fail(&mut throttle, ADA, HOME, t0);
        }
        assert!(throttle.begin(ADA, HOME, t0).is_err());
        let later = t0 + Duration::from_secs(3);
        throttle.begin(ADA, HOME, later).expect("the lock expired");
        throttle.settle(ADA, HOME, Outcome::Succeeded, later);
        for _ in 0..5 {
            fail(&mut throttle, ADA, HOME, later);
        }
        assert_eq!(throttle.begin(ADA, HOME, later), Ok(()));
    }

    #[test]
    fn one_address_spraying_many_accounts_is_locked() {
        let mut throttle = Throttle::default();
        let t0 = OffsetDateTime::UNIX_EPOCH;
        for i in 0..21 {
            fail(&mut throttle, &format!("user{i}@example.com"), HOME, t0);
        }
        assert!(throttle.begin("fresh@example.com", HOME, t0).is_err());
    }

    #[test]
    fn a_lock_from_one_address_does_not_stop_the_owner_at_another() {
        let mut throttle = Throttle::default();
        let t0 = OffsetDateTime::UNIX_EPOCH;
        let attacker = IpAddr::from([203, 0, 113, 9]);
        while throttle.begin(ADA, attacker, t0).is_ok() {
            throttle.settle(ADA, attacker, Outcome::Failed, t0);
        }
        assert!(throttle.begin(ADA, attacker, t0).is_err());
        assert_eq!(throttle.begin(ADA, HOME, t0), Ok(()));
    }

    #[test]
    fn many_addresses_guessing_one_account_meet_the_global_cap() {
        let mut throttle = Throttle::default();
        let t0 = OffsetDateTime::UNIX_EPOCH;
        for i in 0..=ACCOUNT_GLOBAL_RULE.free_failures {
            fail(&mut throttle, ADA, address(i), t0);
        }
        assert_eq!(
            throttle.begin(ADA, HOME, t0),
            Err(ACCOUNT_GLOBAL_RULE.first_delay)
        );
        assert_eq!(
            throttle.begin(ADA, HOME, t0 + Duration::from_mins(1)),
            Ok(())
        );
    }
}
