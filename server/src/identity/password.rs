//! Passwords: argon2id, hashed and checked off the async threads (it is meant to be slow).

use argon2::Argon2;
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};

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

pub async fn verify(password: String, stored: String) -> anyhow::Result<bool> {
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
pub async fn verify_login(password: String, stored: Option<String>) -> anyhow::Result<bool> {
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
}
