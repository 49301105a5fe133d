//! Accounts made on the portal: registration behind a captcha, the confirmation link, and the
//! link that sets the password.

use serde::{Deserialize, Serialize};

use super::form::tidy;
use super::{CaptchaSolution, ErrorCode, FieldProblem};
use crate::domain::{Email, Fin};

pub const NAME_MAX_CHARS: usize = 100;
pub const PASSWORD_MIN_CHARS: usize = 10;
pub const PASSWORD_MAX_CHARS: usize = 128;

/// The registration form, as sent.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct RegisterAccountForm {
    pub email: Option<String>,
    pub surname: Option<String>,
    pub name: Option<String>,
    /// Only people with an Azerbaijani ID card have one; foreigners leave it empty.
    pub fin: Option<String>,
    pub captcha_id: Option<String>,
    pub captcha_answer: Option<String>,
    /// Instead of the answer: the browser's proof of work for the captcha.
    pub captcha_work: Option<u64>,
}

/// A registration whose every field holds its rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAccount {
    pub email: Email,
    pub surname: String,
    pub name: String,
    pub fin: Option<Fin>,
    pub captcha_id: String,
    pub captcha: CaptchaSolution,
}

impl TryFrom<RegisterAccountForm> for NewAccount {
    type Error = Vec<FieldProblem>;

    fn try_from(form: RegisterAccountForm) -> Result<Self, Self::Error> {
        let mut problems = Vec::new();
        let email = match given(form.email.as_deref()) {
            None => problem(&mut problems, ErrorCode::Required, "email"),
            Some(raw) => Email::parse(raw)
                .or_else(|| problem(&mut problems, ErrorCode::InvalidEmail, "email")),
        };
        let surname = person_name(form.surname.as_deref(), "surname", &mut problems);
        let name = person_name(form.name.as_deref(), "name", &mut problems);
        let fin = match given(form.fin.as_deref()) {
            None => Some(None),
            Some(raw) => Fin::parse(raw)
                .map(Some)
                .or_else(|| problem(&mut problems, ErrorCode::InvalidFin, "fin")),
        };
        let captcha = match (form.captcha_work, given(form.captcha_answer.as_deref())) {
            (Some(nonce), _) => Some(CaptchaSolution::Work(nonce)),
            (None, Some(word)) => Some(CaptchaSolution::Word(word.to_owned())),
            (None, None) => problem(&mut problems, ErrorCode::Required, "captcha_answer"),
        };
        let captcha_id = given(form.captcha_id.as_deref()).map(str::to_owned);
        match (email, surname, name, fin, captcha_id, captcha) {
            (
                Some(email),
                Some(surname),
                Some(name),
                Some(fin),
                Some(captcha_id),
                Some(captcha),
            ) if problems.is_empty() => Ok(Self {
                email,
                surname,
                name,
                fin,
                captcha_id,
                captcha,
            }),
            (.., None, _) if problems.is_empty() => {
                Err(vec![(ErrorCode::CaptchaWrong, "captcha_answer".into())])
            }
            _ => Err(problems),
        }
    }
}

/// The logged-in person, as the portal knows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct Me {
    /// People who came in through Asan İmza or another state system may have given none.
    pub email: Option<String>,
    pub surname: String,
    pub name: String,
    pub fin: Option<Fin>,
    pub lang: crate::domain::Lang,
    /// Minutes of inactivity after which the session ends.
    pub session_minutes: i64,
    /// An officer's session opened with both factors reaches the back office.
    #[serde(default)]
    pub office: Option<super::OfficeRole>,
}

/// What logging in gives the client: who, and the token to send with every change it asks for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct SessionInfo {
    pub me: Me,
    pub csrf_token: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct LoginForm {
    pub email: Option<String>,
    pub password: Option<String>,
}

/// A link's token, as it came back from the e-mail.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct LinkForm {
    pub token: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct PasswordResetForm {
    pub email: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct SetPasswordForm {
    pub token: Option<String>,
    pub password: Option<String>,
}

/// A password long enough to resist guessing, and not so long as to tie up the hasher.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl NewPassword {
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        let chars = raw.chars().count();
        if raw.trim().is_empty() {
            Err(ErrorCode::Required)
        } else if chars < PASSWORD_MIN_CHARS {
            Err(ErrorCode::PasswordTooShort)
        } else if chars > PASSWORD_MAX_CHARS {
            Err(ErrorCode::TooLong)
        } else {
            Ok(Self(raw.to_owned()))
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

pub(super) fn given(raw: Option<&str>) -> Option<&str> {
    raw.map(str::trim).filter(|s| !s.is_empty())
}

pub(super) fn problem<T>(
    problems: &mut Vec<FieldProblem>,
    code: ErrorCode,
    field: &str,
) -> Option<T> {
    problems.push((code, field.into()));
    None
}

/// Names are kept as typed (only spaces tidied and composed): their case is the person's, not
/// ours to change.
fn person_name(raw: Option<&str>, field: &str, problems: &mut Vec<FieldProblem>) -> Option<String> {
    let Some(raw) = given(raw) else {
        return problem(problems, ErrorCode::Required, field);
    };
    tidy(raw, NAME_MAX_CHARS)
        .map_err(|code| problems.push((code, field.into())))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> RegisterAccountForm {
        RegisterAccountForm {
            email: Some("aynur@mail.az".into()),
            surname: Some(" Məmmədova ".into()),
            name: Some("Aynur".into()),
            fin: Some("5ab7k2m".into()),
            captcha_id: Some("c1".into()),
            captcha_answer: Some("HJ4TA".into()),
            captcha_work: None,
        }
    }

    #[test]
    fn parses_a_good_registration() {
        let account = NewAccount::try_from(form()).unwrap();
        assert_eq!(account.surname, "Məmmədova");
        assert_eq!(account.fin.unwrap().as_str(), "5AB7K2M");
    }

    #[test]
    fn a_foreigner_registers_without_a_fin() {
        let account = NewAccount::try_from(RegisterAccountForm {
            fin: Some(" ".into()),
            ..form()
        })
        .unwrap();
        assert_eq!(account.fin, None);
    }

    #[test]
    fn names_every_bad_field_at_once() {
        let bad = RegisterAccountForm {
            email: Some("aynur@".into()),
            surname: None,
            fin: Some("123".into()),
            captcha_answer: Some(" ".into()),
            ..form()
        };
        assert_eq!(
            NewAccount::try_from(bad).unwrap_err(),
            vec![
                (ErrorCode::InvalidEmail, "email".into()),
                (ErrorCode::Required, "surname".into()),
                (ErrorCode::InvalidFin, "fin".into()),
                (ErrorCode::Required, "captcha_answer".into()),
            ]
        );
    }

    #[test]
    fn passwords_have_a_floor_and_a_ceiling() {
        assert_eq!(
            NewPassword::parse("short"),
            Err(ErrorCode::PasswordTooShort)
        );
        assert_eq!(
            NewPassword::parse(&"x".repeat(PASSWORD_MAX_CHARS + 1)),
            Err(ErrorCode::TooLong)
        );
        assert!(NewPassword::parse("düzgün şifrə 2026").is_ok());
    }
}

/// Development only: an e-mail the dev mailbox kept instead of sending.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct DevMail {
    pub message_id: String,
    /// `email` or `sms`.
    pub channel: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub sent_at: String,
}
