//! Passwords: argon2id, hashed and checked on threads of their own (it is meant to be slow),
//! no more of them at once than the machine has cores.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};

use argon2::Argon2;
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};
use tokio::sync::{Semaphore, oneshot};

/// Why a password could not be hashed or checked.
#[derive(Debug, thiserror::Error)]
pub enum HashingError {
    /// Every hashing place and every place in the queue is taken: come back in a moment.
    #[error("password hashing is at capacity")]
    Busy,
    #[error(transparent)]
    Failed(#[from] anyhow::Error),
}

type Job = Box<dyn FnOnce() + Send>;

/// The password work of the API, bounded. Each argon2 hash holds 19 MiB and a core for about
/// a tenth of a second, so unbounded it turns a burst of logins (or of registrations) into
/// gigabytes. Hashes run on `parallel` threads of their own, a queue of `queued` waits for them
/// (a waiting one holds no hashing memory, only its turn), and whatever comes beyond is told to
/// retry. Threads of their own rather than the runtime's blocking pool: that pool starts a new
/// thread whenever its others are busy, and the allocator keeps each thread's 19 MiB once used,
/// so a burst left hundreds of megabytes behind although two hashes ran at a time.
#[derive(Clone)]
pub struct Passwords {
    admitted: Arc<Semaphore>,
    work: Sender<Job>,
}

impl Passwords {
    /// `parallel` hashes at once, and `queued` more waiting their turn.
    pub fn new(parallel: usize, queued: usize) -> Self {
        return_hash_memory();
        let (work, jobs) = mpsc::channel::<Job>();
        let jobs = Arc::new(Mutex::new(jobs));
        for _ in 0..parallel.max(1) {
            let jobs = Arc::clone(&jobs);
            std::thread::Builder::new()
                .name("password-hashing".into())
                .spawn(move || hash_jobs(&jobs))
                .expect("a thread for password hashing");
        }
        Self {
            admitted: Arc::new(Semaphore::new(parallel.max(1) + queued)),
            work,
        }
    }

    /// As many hashes at once as the machine has cores, and sixteen times as many waiting: the
    /// last of them waits about a second and a half.
    pub fn for_this_machine() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        Self::new(cores, cores * 16)
    }

    /// Runs `work` on a hashing thread when a place is free, or refuses at once.
    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, HashingError> {
        let place = Arc::clone(&self.admitted)
            .try_acquire_owned()
            .map_err(|_| HashingError::Busy)?;
        let (done, outcome) = oneshot::channel();
        self.work
            .send(Box::new(move || {
                let outcome = work();
                // The place frees before the caller hears, so its next request finds it free.
                drop(place);
                let _ = done.send(outcome);
            }))
            .map_err(|_| anyhow::anyhow!("the password-hashing threads have stopped"))?;
        outcome
            .await
            .map_err(|_| HashingError::Failed(anyhow::anyhow!("a password hash was dropped")))
    }

    pub async fn hash(&self, password: String) -> Result<String, HashingError> {
        Ok(self.run(move || hash_now(&password)).await??)
    }

    /// Checks a login's password against the account's hash, if there is an account: with none,
    /// the same hashing work is done anyway, so the answer's timing does not tell who has an
    /// account.
    pub async fn verify_login(
        &self,
        password: String,
        stored: Option<String>,
    ) -> Result<bool, HashingError> {
        Ok(self
            .run(move || match stored {
                Some(stored) => verify_now(&password, &stored),
                None => hash_now(&password).map(|_| false),
            })
            .await??)
    }
}

/// Keeps each hash's 19 MiB out of the allocator's heap, so that it goes back to the system when
/// the hash is done. glibc maps a block that large on its own at first, but after freeing one it
/// raises its threshold to that size, and from then on every hash's memory came from the heap
/// and stayed resident: measured, the server grew by 19 MiB with each login and never shrank
/// (17 MiB idle, 246 MiB after twelve logins one after another; flat at 17 MiB with the
/// threshold fixed). The threshold is the process's; setting it again changes nothing.
fn return_hash_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a tuning value of glibc's allocator; it is safe to call at
    // any time from any thread.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
}

/// A hashing thread: takes the next job until the portal is gone. A job that panics ends only
/// itself (its caller is told it failed), not the thread.
fn hash_jobs(jobs: &Mutex<Receiver<Job>>) {
    loop {
        let next = jobs.lock().map(|jobs| jobs.recv());
        match next {
            Ok(Ok(job)) => {
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
            }
            _ => return,
        }
    }
}

fn hash_now(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("{e}"))
}

fn verify_now(password: &str, stored: &str) -> anyhow::Result<bool> {
    let parsed = PasswordHash::new(stored).map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok())
}

/// A hash made once, off the async threads: the demo officers' password at start.
pub async fn hash(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || hash_now(&password)).await?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_accepts_its_password_only() {
        let passwords = Passwords::new(1, 0);
        let stored = passwords.hash("düzgün şifrə 2026".into()).await.unwrap();
        assert!(stored.starts_with("$argon2id$"));
        let check = |given: &str| passwords.verify_login(given.into(), Some(stored.clone()));
        assert!(check("düzgün şifrə 2026").await.unwrap());
        assert!(!check("səhv şifrə 2026").await.unwrap());
    }

    #[tokio::test]
    async fn hashing_beyond_its_places_and_queue_is_refused_not_held() {
        let passwords = Passwords::new(1, 2);
        let burst = (0..8).map(|_| passwords.verify_login("şifrə".into(), None));
        let outcomes = futures_util::future::join_all(burst).await;
        let busy = outcomes
            .iter()
            .filter(|o| matches!(o, Err(HashingError::Busy)))
            .count();
        assert_eq!(
            busy, 5,
            "one hashing and two waiting, the other five sent back"
        );
        assert!(matches!(
            passwords.verify_login("şifrə".into(), None).await,
            Ok(false)
        ));
    }
}
