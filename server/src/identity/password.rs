//! Passwords: argon2id, hashed and checked off the async threads (it is meant to be slow), and
//! no more of them at once than the machine holds.

use std::sync::Arc;

use argon2::Argon2;
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Why a password could not be hashed or checked.
#[derive(Debug, thiserror::Error)]
pub enum HashingError {
    /// Every hashing place and every place in the queue is taken: come back in a moment.
    #[error("password hashing is at capacity")]
    Busy,
    #[error(transparent)]
    Failed(#[from] anyhow::Error),
}

/// The password work of the API, bounded. Each argon2 hash holds 19 MiB and a core for about
/// a tenth of a second, so unbounded it turns a burst of logins (or of registrations) into
/// gigabytes: at most one hash runs per core, a short queue waits for them, and whatever comes
/// beyond is told to retry rather than held in memory.
#[derive(Clone)]
pub struct Passwords {
    running: Arc<Semaphore>,
    admitted: Arc<Semaphore>,
}

impl Passwords {
    /// `parallel` hashes at once, and `queued` more waiting their turn.
    pub fn new(parallel: usize, queued: usize) -> Self {
        Self {
            running: Arc::new(Semaphore::new(parallel.max(1))),
            admitted: Arc::new(Semaphore::new(parallel.max(1) + queued)),
        }
    }

    /// As many hashes at once as the machine has cores, and sixteen times as many waiting: a
    /// waiting one holds no hashing memory, only its turn, and the last of them waits about a
    /// second and a half.
    pub fn for_this_machine() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        Self::new(cores, cores * 16)
    }

    async fn turn(&self) -> Result<(OwnedSemaphorePermit, OwnedSemaphorePermit), HashingError> {
        let admitted = Arc::clone(&self.admitted)
            .try_acquire_owned()
            .map_err(|_| HashingError::Busy)?;
        let running = Arc::clone(&self.running)
            .acquire_owned()
            .await
            .map_err(|e| HashingError::Failed(e.into()))?;
        Ok((admitted, running))
    }

    pub async fn hash(&self, password: String) -> Result<String, HashingError> {
        let turn = self.turn().await?;
        let hashed = hash(password).await;
        drop(turn);
        Ok(hashed?)
    }

    /// `verify_login`, in turn.
    pub async fn verify_login(
        &self,
        password: String,
        stored: Option<String>,
    ) -> Result<bool, HashingError> {
        let turn = self.turn().await?;
        let verified = verify_login(password, stored).await;
        drop(turn);
        Ok(verified?)
    }
}

pub async fn hash(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("{e}"))
    })
    .await?
}

async fn verify(password: String, stored: String) -> anyhow::Result<bool> {
    tokio::task::spawn_blocking(move || {
        let parsed = PasswordHash::new(&stored).map_err(|e| anyhow::anyhow!("{e}"))?;
        Ok(Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok())
    })
    .await?
}

/// Checks a login's password against the account's hash, if there is an account: with none, the
/// same hashing work is done anyway, so the answer's timing does not tell who has an account.
async fn verify_login(password: String, stored: Option<String>) -> anyhow::Result<bool> {
    match stored {
        Some(stored) => verify(password, stored).await,
        None => hash(password).await.map(|_| false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_accepts_its_password_only() {
        let stored = hash("düzgün şifrə 2026".into()).await.unwrap();
        assert!(stored.starts_with("$argon2id$"));
        assert!(
            verify("düzgün şifrə 2026".into(), stored.clone())
                .await
                .unwrap()
        );
        assert!(!verify("səhv şifrə 2026".into(), stored).await.unwrap());
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
