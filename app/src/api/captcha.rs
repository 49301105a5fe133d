//! The captcha's two ways through (WCAG 2.2 SC 3.3.8): read the word in the picture, or let the
//! browser do a small proof of work bound to the same challenge, for people who cannot read it.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Leading zero bits the proof's hash must have at first: about a million hashes, under a
/// second in the browser. The server asks for more from an address that keeps asking for
/// challenges, each bit doubling the work, up to `MAX_WORK_BITS`.
pub const WORK_BITS: u32 = 20;
/// The most work asked: about a minute in a browser, which no person asking for a few
/// challenges meets, while a script registering by the thousand pays it for each.
pub const MAX_WORK_BITS: u32 = 26;

/// A picture to read, and the id its answer is kept under on the server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct CaptchaChallenge {
    pub id: String,
    /// A `data:image/png;base64,…` address.
    pub image: String,
    /// Leading zero bits the proof of work for this challenge must have.
    pub work_bits: u32,
}

/// How the person got past the captcha.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaptchaSolution {
    /// The word typed from the picture.
    Word(String),
    /// The nonce the browser found for the challenge.
    Work(u64),
}

/// Whether `nonce` proves `bits` of work for challenge `id`.
pub fn work_holds(id: &str, bits: u32, nonce: u64) -> bool {
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
    zeros >= bits
}

/// Looks for the proof from `start`, trying `count` nonces: the browser calls it in slices so
/// that the page stays responsive.
pub fn find_work(id: &str, bits: u32, start: u64, count: u64) -> Option<u64> {
    (start..start.saturating_add(count)).find(|nonce| work_holds(id, bits, *nonce))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn found_work_holds_and_another_challenge_refuses_it() {
        let nonce = find_work("challenge-a", WORK_BITS, 0, u64::MAX).unwrap();
        assert!(work_holds("challenge-a", WORK_BITS, nonce));
        assert!(!work_holds("challenge-b", WORK_BITS, nonce));
        assert_eq!(
            find_work("challenge-a", WORK_BITS, 0, nonce),
            None,
            "the first proof found"
        );
    }

    #[test]
    fn less_work_than_asked_does_not_hold() {
        let easy = find_work("challenge-c", 8, 0, u64::MAX).unwrap();
        assert!(work_holds("challenge-c", 8, easy));
        assert!(!work_holds("challenge-c", 16, easy));
    }
}
