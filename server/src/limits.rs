//! How often a person or an address may do what costs the portal or others something: guess a
//! password or a code, have e-mails or SMS sent, open accounts, upload without an account.
//! Each limit is counted before the work it allows (`Store::reserve`), so simultaneous
//! requests cannot slip past it together.

use std::net::IpAddr;

use app::api::{MAX_WORK_BITS, WORK_BITS};
use app::domain::Email;

use crate::config::LimitSettings;
use crate::store::Limit;

/// Failed logins of one account within the window before it must wait.
pub const FAILED_LOGINS: i64 = 5;
/// Failed logins from one address within the window: enough for a family or an office behind
/// one address, too few to guess at many accounts.
pub const FAILED_LOGINS_FROM_ADDRESS: i64 = 30;
pub const LOGIN_WINDOW_MINUTES: i64 = 15;
/// Wrong payment number and security code pairs from one address, against guessing.
pub const FAILED_FINE_LOOKUPS: i64 = 10;
/// Password-reset e-mails one address may receive in an hour: a person who lost the first has
/// two more, and nobody can flood a stranger's inbox.
pub const RESETS_TO_ADDRESS: i64 = 3;
/// Registrations naming one e-mail address in an hour: each sends a message there.
pub const REGISTRATIONS_OF_ADDRESS: i64 = 3;
/// SMS codes to one account in an hour: each is a text paid for.
pub const PHONE_CODES: i64 = 5;
/// Signatures an account asks for in an hour: each one makes the holder's phone ring, so a
/// script that knows someone's number and ID cannot keep it ringing.
pub const SIGNING_REQUESTS: i64 = 10;
const HOUR: i64 = 60;

/// The scope of the account's failed logins, which a successful login forgets.
pub const FAILED_LOGIN: &str = "failed_login";

fn limit(scope: &'static str, key: impl ToString, max: i64, window_minutes: i64) -> Limit {
    Limit {
        scope,
        key: key.to_string(),
        max,
        window_minutes,
    }
}

/// A login attempt with a password or an authenticator code: counted as failed until it
/// succeeds.
pub fn login(email: &Email, from: IpAddr) -> [Limit; 2] {
    [
        limit(
            FAILED_LOGIN,
            email.as_str(),
            FAILED_LOGINS,
            LOGIN_WINDOW_MINUTES,
        ),
        limit(
            "failed_login_from",
            from,
            FAILED_LOGINS_FROM_ADDRESS,
            LOGIN_WINDOW_MINUTES,
        ),
    ]
}

/// The current password given to change it: a stolen session must not become a way to guess
/// it without limit.
pub fn password_change(account_id: i64) -> [Limit; 1] {
    [limit(
        "failed_password_change",
        account_id,
        FAILED_LOGINS,
        LOGIN_WINDOW_MINUTES,
    )]
}

/// A fine looked up by its two numbers: counted as failed until it is found.
pub fn fine_lookup(from: IpAddr) -> [Limit; 1] {
    [limit(
        "failed_fine_lookup_from",
        from,
        FAILED_FINE_LOOKUPS,
        LOGIN_WINDOW_MINUTES,
    )]
}

/// A password-reset request: counted by the address it names whether or not that has an
/// account, so the answer tells nobody which addresses do.
pub fn password_reset(email: &Email, from: IpAddr, settings: &LimitSettings) -> [Limit; 2] {
    [
        limit("password_reset_to", email.as_str(), RESETS_TO_ADDRESS, HOUR),
        limit(
            "password_reset_from",
            from,
            settings.password_resets_per_hour_from_address,
            HOUR,
        ),
    ]
}

/// An account (or a host's account) registered: by the address named and by the client's.
pub fn registration(email: &Email, from: IpAddr, settings: &LimitSettings) -> [Limit; 2] {
    [
        limit(
            "registration_of",
            email.as_str(),
            REGISTRATIONS_OF_ADDRESS,
            HOUR,
        ),
        limit(
            "registration_from",
            from,
            settings.registrations_per_hour_from_address,
            HOUR,
        ),
    ]
}

/// A confirmation code sent by SMS to the account's new number.
pub fn phone_code(account_id: i64) -> [Limit; 1] {
    [limit("phone_code", account_id, PHONE_CODES, HOUR)]
}

/// A signature asked of the holder's phone (rule 12.2).
pub fn signing(account_id: i64) -> [Limit; 1] {
    [limit("signing", account_id, SIGNING_REQUESTS, HOUR)]
}

/// The scope that counts the captchas an address asked for, which makes the next one harder.
pub const CAPTCHAS_FROM: &str = "captcha_from";
/// The window the captchas asked for are counted in.
pub const CAPTCHA_WINDOW_MINUTES: i64 = HOUR;

/// The proof of work a new captcha asks for, from how many the address asked for within the
/// hour: the first `free` ask the least, and each doubling beyond them doubles the work, so a
/// person trying a few times never notices and a script pays more with each account.
pub fn captcha_work_bits(asked_before: i64, free: i64) -> u32 {
    let mut bits = WORK_BITS;
    let mut allowance = free.max(1);
    while asked_before >= allowance && bits < MAX_WORK_BITS {
        bits += 1;
        allowance *= 2;
    }
    bits
}

/// A file uploaded without an account, from the client's address.
pub fn anonymous_upload(from: IpAddr, per_hour: i64) -> [Limit; 1] {
    [limit("anonymous_upload_from", from, per_hour, HOUR)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captchas_cost_more_work_with_each_doubling_beyond_the_free_ones() {
        assert_eq!(captcha_work_bits(0, 10), WORK_BITS);
        assert_eq!(captcha_work_bits(9, 10), WORK_BITS);
        assert_eq!(captcha_work_bits(10, 10), WORK_BITS + 1);
        assert_eq!(captcha_work_bits(19, 10), WORK_BITS + 1);
        assert_eq!(captcha_work_bits(20, 10), WORK_BITS + 2);
        assert_eq!(captcha_work_bits(1_000_000, 10), MAX_WORK_BITS);
    }
}
