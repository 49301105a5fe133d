//! Secrets the portal must read back (the officers' authenticator keys) are kept sealed in the
//! database under a key from the configuration: a copy of the database alone does not give an
//! officer's second factor away. XChaCha20-Poly1305, a random nonce per secret.

use chacha20poly1305::aead::Aead;
use chacha20poly1305::{KeyInit, XChaCha20Poly1305, XNonce};
use rand::RngCore;

/// What a sealed value starts with; a value without it was written before sealing existed.
const SEALED: &str = "sealed1:";
const NONCE_BYTES: usize = 24;

pub struct Seal(XChaCha20Poly1305);

impl Seal {
    /// The key as 64 hexadecimal digits (32 bytes).
    pub fn from_hex(key: &str) -> anyhow::Result<Self> {
        let bytes = hex::decode(key.trim())
            .map_err(|_| anyhow::anyhow!("the sealing key is not hexadecimal"))?;
        anyhow::ensure!(
            bytes.len() == 32,
            "the sealing key must be 32 bytes (64 hex digits)"
        );
        Ok(Self(XChaCha20Poly1305::new_from_slice(&bytes)?))
    }

    pub fn seal(&self, plain: &str) -> String {
        let mut nonce = [0u8; NONCE_BYTES];
        rand::rng().fill_bytes(&mut nonce);
        let sealed = self
            .0
            .encrypt(XNonce::from_slice(&nonce), plain.as_bytes())
            .expect("sealing a short secret in memory cannot fail");
        format!("{SEALED}{}{}", hex::encode(nonce), hex::encode(sealed))
    }

    /// The secret, or `None` if it was sealed under another key or tampered with. A value
    /// written before sealing is read as it is (the start seals it).
    pub fn open(&self, stored: &str) -> Option<String> {
        let Some(sealed) = stored.strip_prefix(SEALED) else {
            return Some(stored.to_owned());
        };
        let bytes = hex::decode(sealed).ok()?;
        let (nonce, sealed) = bytes.split_at_checked(NONCE_BYTES)?;
        let plain = self.0.decrypt(XNonce::from_slice(nonce), sealed).ok()?;
        String::from_utf8(plain).ok()
    }

    pub fn is_sealed(stored: &str) -> bool {
        stored.starts_with(SEALED)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    #[test]
    fn a_sealed_secret_opens_only_under_its_key() {
        let seal = Seal::from_hex(KEY).unwrap();
        let sealed = seal.seal("QAPIDEMOOFFICERMIGRATION22222222");
        assert!(Seal::is_sealed(&sealed));
        assert!(!sealed.contains("QAPIDEMO"));
        assert_ne!(
            sealed,
            seal.seal("QAPIDEMOOFFICERMIGRATION22222222"),
            "a nonce each time"
        );
        assert_eq!(
            seal.open(&sealed).as_deref(),
            Some("QAPIDEMOOFFICERMIGRATION22222222")
        );
        let other = Seal::from_hex(&KEY.replace("00", "ff")).unwrap();
        assert_eq!(other.open(&sealed), None);
        let mut tampered = sealed.clone();
        tampered.pop();
        tampered.push(if sealed.ends_with('0') { '1' } else { '0' });
        assert_eq!(seal.open(&tampered), None);
        assert_eq!(seal.open("PLAINKEY").as_deref(), Some("PLAINKEY"));
        assert!(Seal::from_hex("abcd").is_err());
    }
}
