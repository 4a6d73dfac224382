//! Password hashing with bounded concurrency and bounded memory. Each argon2id run holds
//! 19 MiB for tens of milliseconds; a burst of unauthenticated sign-ins must not turn into
//! hundreds of those at once. [`PasswordWork`] runs the hashes on a fixed set of `workers`
//! threads of its own, lets at most `queue` more wait, and refuses beyond that with
//! [`Error::Busy`]. Fixed threads matter as much as the count: the allocator keeps a freed
//! 19 MiB block for the thread that used it, so hashes spread over a growing pool of blocking
//! threads would leave memory behind on each; here it is at most `workers × 19 MiB`.

use std::sync::mpsc::{SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::oneshot;

use super::secrets::{hash_password, verify_password};
use super::{Error, Result};

/// Hashes waiting beyond the running ones before new ones are refused.
pub const QUEUE: usize = 64;

type Job = Box<dyn FnOnce() + Send>;

/// The server's password-hashing workers and their queue.
#[derive(Debug)]
pub struct PasswordWork {
    jobs: SyncSender<Job>,
}

impl Default for PasswordWork {
    /// One worker per core, at most four (more only adds memory: each hash is one thread's
    /// work), and [`QUEUE`] waiting.
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        Self::new(cores.clamp(1, 4), QUEUE)
    }
}

impl PasswordWork {
    /// `workers` threads (named `assist-hash-<n>`) with `queue` more jobs waiting. The threads
    /// end when the last handle is dropped.
    #[must_use]
    pub fn new(workers: usize, queue: usize) -> Self {
        let (jobs, incoming) = sync_channel::<Job>(queue);
        let incoming = Arc::new(Mutex::new(incoming));
        for n in 0..workers.max(1) {
            let incoming = incoming.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("assist-hash-{n}"))
                .spawn(move || {
                    loop {
                        let job = match incoming.lock() {
                            Ok(receiver) => receiver.recv(),
                            Err(_) => return,
                        };
                        match job {
                            Ok(job) => job(),
                            Err(_) => return,
                        }
                    }
                });
            if let Err(err) = spawned {
                tracing::error!(%err, "cannot start a password-hashing thread");
            }
        }
        Self { jobs }
    }

    /// Queues `work` for a worker, or refuses at once when the queue is full; the answer comes
    /// back on the receiver (and nowhere, harmlessly, if the caller has gone).
    fn submit<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<oneshot::Receiver<T>> {
        let (answer, answered) = oneshot::channel();
        let job: Job = Box::new(move || {
            let _ = answer.send(work());
        });
        match self.jobs.try_send(job) {
            Ok(()) => Ok(answered),
            Err(TrySendError::Full(_)) => Err(Error::Busy {
                retry_after: Duration::from_secs(1),
            }),
            Err(TrySendError::Disconnected(_)) => Err(Error::Unexpected(
                "the password-hashing workers have stopped".to_owned(),
            )),
        }
    }

    /// Runs `work` on a worker once one is free.
    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
        self.submit(work)?
            .await
            .map_err(|_| Error::Unexpected("a password-hashing worker failed".to_owned()))
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
    async fn refuses_beyond_workers_and_queue_and_takes_work_again_after() {
        let work = PasswordWork::new(1, 2);
        let (release, gate) = std::sync::mpsc::channel::<()>();
        let gate = Arc::new(Mutex::new(gate));
        let (started, first_started) = std::sync::mpsc::channel::<()>();
        let blocked = |signal: Option<std::sync::mpsc::Sender<()>>| {
            let gate = gate.clone();
            move || {
                if let Some(signal) = signal {
                    let _ = signal.send(());
                }
                let _ = gate.lock().map(|g| g.recv());
            }
        };
        // One job on the worker, two in the queue: full.
        let first = work
            .submit(blocked(Some(started)))
            .expect("a worker is free");
        first_started.recv().expect("the worker took the first job");
        let queued = [
            work.submit(blocked(None)).expect("room in the queue"),
            work.submit(blocked(None)).expect("room in the queue"),
        ];
        assert!(matches!(work.submit(|| ()), Err(Error::Busy { .. })));
        for _ in 0..3 {
            release.send(()).expect("a job waits");
        }
        first.await.expect("ran");
        for answer in queued {
            answer.await.expect("ran");
        }
        work.run(|| ()).await.expect("room again");
    }
}
