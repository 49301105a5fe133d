//! The cabinet's settings: notifications, password, e-mail, the person's data as a file, and
//! the request to delete the account.

use serde::{Deserialize, Serialize};

use super::{ErrorCode, FieldProblem, LoginRecord, Me, NewPassword};
use crate::domain::{Email, Lang, Phone};

/// The account as its settings page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct AccountSettings {
    pub email: Option<String>,
    /// The mobile number the portal's notices go to, once a code sent to it was typed back.
    pub phone: Option<Phone>,
    /// Every number the account confirmed by a code, each once.
    #[serde(default)]
    pub phones: Vec<Phone>,
    pub has_password: bool,
    pub lang: Lang,
    pub notify_email: bool,
    pub notify_sms: bool,
    /// When the person asked for the account to be deleted, if they did.
    pub deletion_requested_at: Option<String>,
}

/// Which language and channels notifications use.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct Preferences {
    pub lang: Lang,
    pub notify_email: bool,
    pub notify_sms: bool,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct ChangePasswordForm {
    pub current: Option<String>,
    pub new: Option<String>,
}

/// A password change whose new password holds the rules; the current one is checked by the
/// server.
#[derive(Debug)]
pub struct PasswordChange {
    pub current: String,
    pub new: NewPassword,
}

impl TryFrom<ChangePasswordForm> for PasswordChange {
    type Error = Vec<FieldProblem>;

    fn try_from(form: ChangePasswordForm) -> Result<Self, Self::Error> {
        let current = form.current.unwrap_or_default();
        let mut problems = Vec::new();
        if current.is_empty() {
            problems.push((ErrorCode::Required, "current".into()));
        }
        let new = NewPassword::parse(form.new.as_deref().unwrap_or_default())
            .map_err(|code| problems.push((code, "new".into())))
            .ok();
        match new {
            Some(new) if problems.is_empty() => Ok(Self { current, new }),
            _ => Err(problems),
        }
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct ChangeEmailForm {
    pub email: Option<String>,
}

impl TryFrom<ChangeEmailForm> for Email {
    type Error = Vec<FieldProblem>;

    fn try_from(form: ChangeEmailForm) -> Result<Self, Self::Error> {
        match form
            .email
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty())
        {
            None => Err(vec![(ErrorCode::Required, "email".into())]),
            Some(raw) => {
                Email::parse(raw).ok_or_else(|| vec![(ErrorCode::InvalidEmail, "email".into())])
            }
        }
    }
}

/// A mobile number to confirm: Azerbaijani operators' numbers, which the SMS gateway reaches.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct PhoneForm {
    pub phone: Option<String>,
}

impl TryFrom<PhoneForm> for Phone {
    type Error = Vec<FieldProblem>;

    fn try_from(form: PhoneForm) -> Result<Self, Self::Error> {
        match form
            .phone
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            None => Err(vec![(ErrorCode::Required, "phone".into())]),
            Some(raw) => Phone::parse(raw)
                .filter(Phone::is_azerbaijani_mobile)
                .ok_or_else(|| vec![(ErrorCode::InvalidMobile, "phone".into())]),
        }
    }
}

/// The code the SMS brought, typed back.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct PhoneCodeForm {
    pub code: Option<String>,
}

/// A message the portal sent the person (rule 6.3), as the cabinet lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct NotificationRecord {
    /// `email` or `sms`.
    pub channel: String,
    pub subject: String,
    /// UTC, RFC 3339; none while it waits in the outbox.
    pub sent_at: Option<String>,
}

/// Everything the portal keeps about the person, as the file they download.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct PersonalData {
    pub me: Me,
    pub settings: AccountSettings,
    pub created_at: String,
    pub logins: Vec<LoginRecord>,
    pub notifications: Vec<NotificationRecord>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_change_names_each_bad_field() {
        let problems = PasswordChange::try_from(ChangePasswordForm {
            current: None,
            new: Some("short".into()),
        })
        .unwrap_err();
        assert_eq!(
            problems,
            vec![
                (ErrorCode::Required, "current".into()),
                (ErrorCode::PasswordTooShort, "new".into()),
            ]
        );
    }
}
