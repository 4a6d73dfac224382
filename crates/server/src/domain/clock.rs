//! The source of "now", injected so that expiry and lockouts are tested without sleeping.

use std::fmt::Debug;
use std::sync::Mutex;
use std::time::Duration;

use time::OffsetDateTime;

/// Tells the time.
pub trait Clock: Send + Sync + Debug {
    /// The current time.
    fn now(&self) -> OffsetDateTime;
}

/// `time` to the millisecond, the precision the store keeps, so a value an operation returns
/// equals the one read back later.
fn to_millisecond(time: OffsetDateTime) -> OffsetDateTime {
    time.replace_nanosecond(time.nanosecond() / 1_000_000 * 1_000_000)
        .unwrap_or(time)
}

/// The real clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> OffsetDateTime {
        to_millisecond(OffsetDateTime::now_utc())
    }
}

/// A clock that moves only when told to: for tests, including the integration tests that run
/// a whole server with it.
#[derive(Debug)]
pub struct ManualClock(Mutex<OffsetDateTime>);

impl ManualClock {
    /// A clock stopped at the current real time.
    #[must_use]
    pub fn starting_now() -> Self {
        Self(Mutex::new(to_millisecond(OffsetDateTime::now_utc())))
    }

    /// Moves the clock forward.
    pub fn advance(&self, by: Duration) {
        let mut now = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *now += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> OffsetDateTime {
        *self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
