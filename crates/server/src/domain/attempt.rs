//! An admitted attempt at a guarded secret (a password, a second-factor code, a security code):
//! whoever admits it gives the settling step, and an attempt dropped without an outcome (its
//! request abandoned half-way) settles as a failure, so a limit can never leak a place.

use super::throttle::Outcome;

/// An attempt admitted by a throttle, to settle once.
pub(crate) struct Attempt<'a> {
    settle: Option<Box<dyn FnOnce(Outcome) + Send + 'a>>,
}

impl<'a> Attempt<'a> {
    /// An attempt that `settle` ends.
    pub(crate) fn new(settle: impl FnOnce(Outcome) + Send + 'a) -> Self {
        Self {
            settle: Some(Box::new(settle)),
        }
    }

    /// Records how the attempt ended.
    pub(crate) fn settle(mut self, outcome: Outcome) {
        if let Some(settle) = self.settle.take() {
            settle(outcome);
        }
    }
}

impl Drop for Attempt<'_> {
    fn drop(&mut self) {
        if let Some(settle) = self.settle.take() {
            settle(Outcome::Failed);
        }
    }
}
