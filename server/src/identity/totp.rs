//! The officers' second factor: time-based codes (RFC 6238) from an authenticator app.

use app::api::TotpEnrolment;
use qrcode::QrCode;
use qrcode::render::svg;
use rand::RngCore;
use totp_rs::{Algorithm, Builder, Secret, Totp};

const ISSUER: &str = "Qapi";

/// A fresh key of 160 bits (RFC 4226's recommendation), base32 as apps take it.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::rng().fill_bytes(&mut bytes);
    base32_of(&bytes)
}

fn base32_of(bytes: &[u8]) -> String {
    Secret::from(bytes.to_vec()).to_base32()
}

fn totp(secret: &str, account: &str) -> Option<Totp> {
    let bytes = Secret::try_from_base32(secret).ok()?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(bytes)
        .with_issuer(Some(ISSUER))
        .with_account_name(account.replace(':', ""))
        .build()
        .ok()
}

/// The time step a code is good for now (one step either side, for clocks that drift), if it
/// is newer than the last step accepted: a code works once.
pub fn accepted_step(secret: &str, code: &str, last_step: i64, unix_seconds: u64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let step = totp(secret, "-")?.check(&code, unix_seconds)?;
    let step = i64::try_from(step).ok()?;
    (step > last_step).then_some(step)
}

/// The code for a moment, as the authenticator app shows it; the tests and the demo use it.
pub fn code_at(secret: &str, unix_seconds: u64) -> Option<String> {
    Some(totp(secret, "-")?.generate(unix_seconds).to_string())
}

/// What the officer needs to add the key to their app: the key, its address and a QR code.
pub fn enrolment(secret: &str, account: &str) -> Option<TotpEnrolment> {
    let uri = totp(secret, account)?.to_url().ok()?;
    let qr = QrCode::new(uri.as_bytes()).ok()?;
    let svg = qr
        .render::<svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    let escaped = svg
        .replace('%', "%25")
        .replace('#', "%23")
        .replace('<', "%3C")
        .replace('>', "%3E")
        .replace('"', "'");
    Some(TotpEnrolment {
        secret: secret.to_owned(),
        uri,
        qr: format!("data:image/svg+xml,{escaped}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 6238 appendix B: the SHA-1 key "12345678901234567890".
    const RFC_KEY: &[u8] = b"12345678901234567890";

    #[test]
    fn codes_match_the_rfc_test_vectors() {
        let secret = base32_of(RFC_KEY);
        assert_eq!(code_at(&secret, 59).unwrap(), "287082");
        assert_eq!(code_at(&secret, 1_111_111_109).unwrap(), "081804");
    }

    #[test]
    fn a_code_is_accepted_once_and_only_near_its_time() {
        let secret = new_secret();
        let now = 1_800_000_000;
        let code = code_at(&secret, now).unwrap();
        let step = accepted_step(&secret, &code, 0, now).expect("the current code");
        assert_eq!(accepted_step(&secret, &code, step, now), None, "replayed");
        assert!(
            accepted_step(&secret, &code, 0, now + 30).is_some(),
            "a step late"
        );
        assert_eq!(accepted_step(&secret, &code, 0, now + 120), None, "too old");
        assert_eq!(accepted_step(&secret, "000000x", 0, now), None);
    }

    #[test]
    fn the_enrolment_names_the_portal_and_the_officer() {
        let enrolment = enrolment(&new_secret(), "officer@qapi.az").unwrap();
        assert!(
            enrolment
                .uri
                .starts_with("otpauth://totp/Qapi:officer%40qapi.az?")
        );
        assert!(enrolment.qr.starts_with("data:image/svg+xml,"));
    }
}
