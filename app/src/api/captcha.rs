//! The captcha's two ways through (WCAG 2.2 SC 3.3.8): read the word in the picture, or let the
//! browser do a small proof of work bound to the same challenge, for people who cannot read it.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Leading zero bits the proof's hash must have: about a million hashes, under a second in
/// the browser, and a cost on anyone who would register accounts by the thousand.
pub const WORK_BITS: u32 = 20;

/// A picture to read, and the id its answer is kept under on the server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaptchaChallenge {
    pub id: String,
    /// A `data:image/png;base64,…` address.
    pub image: String,
}

/// How the person got past the captcha.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaptchaSolution {
    /// The word typed from the picture.
    Word(String),
    /// The nonce the browser found for the challenge.
    Work(u64),
}

/// Whether `nonce` proves the work for challenge `id`.
pub fn work_holds(id: &str, nonce: u64) -> bool {
    let digest = Sha256::new()
        .chain_update(id.as_bytes())
        .chain_update(b":")
        .chain_update(nonce.to_string().as_bytes())
        .finalize();
    let mut zeros = 0;
    for byte in digest {
        zeros += byte.leading_zeros();
        if byte != 0 {
            break;
        }
    }
    zeros >= WORK_BITS
}

/// Looks for the proof from `start`, trying `count` nonces: the browser calls it in slices so
/// that the page stays responsive.
pub fn find_work(id: &str, start: u64, count: u64) -> Option<u64> {
    (start..start.saturating_add(count)).find(|nonce| work_holds(id, *nonce))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn found_work_holds_and_another_challenge_refuses_it() {
        let nonce = find_work("challenge-a", 0, u64::MAX).unwrap();
        assert!(work_holds("challenge-a", nonce));
        assert!(!work_holds("challenge-b", nonce));
        assert_eq!(
            find_work("challenge-a", 0, nonce),
            None,
            "the first proof found"
        );
    }
}
