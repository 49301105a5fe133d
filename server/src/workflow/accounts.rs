//! What a person is sent while their account is opened or changed: each link and code in its
//! message, and the note an address's owner gets instead when someone else tries it.

use std::collections::BTreeMap;

use crate::notify::Template;
use crate::store::Greeting;

/// An account being opened (by its person, or for an officer): the link that confirms the
/// address, or to the owner of the address's or FIN's account a note of the attempt.
pub fn registration() -> Greeting {
    Greeting {
        new: Template::ConfirmAccount,
        existing: Template::AlreadyRegistered,
        values: BTreeMap::new(),
    }
}

/// A new address for an account: the link that confirms it, or to the owner of another
/// account with that address a note of the attempt.
pub fn email_change() -> Greeting {
    Greeting {
        new: Template::ConfirmEmail,
        existing: Template::AlreadyRegistered,
        values: BTreeMap::new(),
    }
}

/// The link to set the first password, sent once the address is confirmed.
pub const SET_PASSWORD: Template = Template::SetPassword;

/// The link to set a new password, asked for by someone who forgot theirs.
pub const RESET_PASSWORD: Template = Template::ResetPassword;

/// The code that confirms a mobile number, by SMS.
pub const PHONE_CODE: Template = Template::PhoneCode;
