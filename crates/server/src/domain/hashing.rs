//! Password hashing with bounded concurrency. Each argon2id run holds 19 MiB for tens of
//! milliseconds; a burst of unauthenticated sign-ins must not turn into hundreds of those at
//! once. [`PasswordWork`] runs at most `workers` hashes at a time on blocking threads, lets at
//! most `queue` more wait, and refuses beyond that with [`Error::Busy`], so the memory the
//! hashes hold is bounded by `workers × 19 MiB` whatever the burst.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::Semaphore;

use super::secrets::{hash_password, verify_password};
use super::{Error, Result};

/// Hashes waiting beyond the running ones before new ones are refused.
pub const QUEUE: usize = 64;

/// The server's password-hashing queue.
#[derive(Debug)]
pub struct PasswordWork {
    running: Arc<Semaphore>,
    /// Hashes admitted (running or waiting), for the queue bound.
    admitted: Arc<AtomicUsize>,
    capacity: usize,
}

impl Default for PasswordWork {
    /// One worker per core, at most four (more only adds memory: each hash is one thread's
    /// work), and [`QUEUE`] waiting.
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        Self::new(cores.clamp(1, 4), QUEUE)
    }
}

/// Gives back an admitted place when the hash ends, or when its request is abandoned first.
struct Place(Arc<AtomicUsize>);

impl Drop for Place {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

impl PasswordWork {
    /// A queue running `workers` hashes at a time with `queue` more waiting.
    #[must_use]
    pub fn new(workers: usize, queue: usize) -> Self {
        Self {
            running: Arc::new(Semaphore::new(workers.max(1))),
            admitted: Arc::new(AtomicUsize::new(0)),
            capacity: workers.max(1) + queue,
        }
    }

    /// Runs `work` on a blocking thread once a worker is free.
    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
        if self.admitted.fetch_add(1, Ordering::AcqRel) >= self.capacity {
            self.admitted.fetch_sub(1, Ordering::AcqRel);
            return Err(Error::Busy {
                retry_after: Duration::from_secs(1),
            });
        }
        let place = Place(self.admitted.clone());
        let permit = self
            .running
            .clone()
            .acquire_owned()
            .await
            .map_err(|err| Error::Unexpected(format!("password queue closed: {err}")))?;
        // The permit and the place move into the thread: a request abandoned mid-hash still
        // holds its worker until the hash ends, so the bound is on hashes, not on requests.
        tokio::task::spawn_blocking(move || {
            let _held = (permit, place);
            work()
        })
        .await
        .map_err(|err| Error::Unexpected(format!("password hashing failed: {err}")))
    }

    /// Hashes a new password.
    ///
    /// # Errors
    /// [`Error::Busy`] when the queue is full.
    pub async fn hash(&self, password: String) -> Result<String> {
        self.run(move || hash_password(&password)).await?
    }

    /// Whether `password` matches `hash` (with no hash, the same work and false).
    ///
    /// # Errors
    /// [`Error::Busy`] when the queue is full.
    pub async fn verify(&self, hash: Option<String>, password: String) -> Result<bool> {
        self.run(move || verify_password(hash.as_deref(), &password))
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn refuses_beyond_workers_and_queue_and_frees_places_after() {
        let work = Arc::new(PasswordWork::new(1, 2));
        let (release, gate) = std::sync::mpsc::channel::<()>();
        let gate = Arc::new(std::sync::Mutex::new(gate));
        let mut running = Vec::new();
        for _ in 0..3 {
            let work = work.clone();
            let gate = gate.clone();
            running.push(tokio::spawn(async move {
                work.run(move || {
                    let _ = gate.lock().map(|g| g.recv());
                })
                .await
            }));
        }
        while work.admitted.load(Ordering::Acquire) < 3 {
            tokio::task::yield_now().await;
        }
        let refused = work.run(|| ()).await;
        assert!(matches!(refused, Err(Error::Busy { .. })), "{refused:?}");
        for _ in 0..3 {
            release.send(()).expect("a worker waits");
        }
        for task in running {
            task.await.expect("joins").expect("ran");
        }
        assert_eq!(work.admitted.load(Ordering::Acquire), 0);
        work.run(|| ()).await.expect("room again");
    }
}
