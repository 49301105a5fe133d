//! Message texts are files, one per part and language, with `{{value}}` placeholders:
//! `server/templates/email/<name>/{subject,body}.<lang>.txt`, and for texts (SMS)
//! `server/templates/sms/<name>/…`, whose subject only names the message in the cabinet.

use std::collections::BTreeMap;

use app::domain::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    Email,
    Sms,
}

impl Channel {
    pub fn name(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Sms => "sms",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Template {
    ConfirmAccount,
    SetPassword,
    AlreadyRegistered,
    ResetPassword,
    /// A new address given in the cabinet, to be confirmed before it is used.
    ConfirmEmail,
    PaymentReceipt,
    /// A second charge for a fine already paid, given back.
    PaymentRefunded,
    /// SMS: the one-time code that shows a mobile number is the person's.
    PhoneCode,
}

macro_rules! texts {
    ($name:literal, $part:literal) => {
        texts!("email", $name, $part)
    };
    ($channel:literal, $name:literal, $part:literal) => {
        [
            include_str!(concat!(
                "../../templates/",
                $channel,
                "/",
                $name,
                "/",
                $part,
                ".az.txt"
            )),
            include_str!(concat!(
                "../../templates/",
                $channel,
                "/",
                $name,
                "/",
                $part,
                ".en.txt"
            )),
            include_str!(concat!(
                "../../templates/",
                $channel,
                "/",
                $name,
                "/",
                $part,
                ".ru.txt"
            )),
        ]
    };
}

impl Template {
    pub const ALL: [Template; 8] = [
        Self::ConfirmAccount,
        Self::SetPassword,
        Self::AlreadyRegistered,
        Self::ResetPassword,
        Self::ConfirmEmail,
        Self::PaymentReceipt,
        Self::PaymentRefunded,
        Self::PhoneCode,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::ConfirmAccount => "confirm_account",
            Self::SetPassword => "set_password",
            Self::AlreadyRegistered => "already_registered",
            Self::ResetPassword => "reset_password",
            Self::ConfirmEmail => "confirm_email",
            Self::PaymentReceipt => "payment_receipt",
            Self::PaymentRefunded => "payment_refunded",
            Self::PhoneCode => "phone_code",
        }
    }

    /// How the message travels.
    pub fn channel(self) -> Channel {
        match self {
            Self::PhoneCode => Channel::Sms,
            _ => Channel::Email,
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.name() == name)
    }

    fn parts(self) -> ([&'static str; 3], [&'static str; 3]) {
        match self {
            Self::ConfirmAccount => (
                texts!("confirm_account", "subject"),
                texts!("confirm_account", "body"),
            ),
            Self::SetPassword => (
                texts!("set_password", "subject"),
                texts!("set_password", "body"),
            ),
            Self::AlreadyRegistered => (
                texts!("already_registered", "subject"),
                texts!("already_registered", "body"),
            ),
            Self::ResetPassword => (
                texts!("reset_password", "subject"),
                texts!("reset_password", "body"),
            ),
            Self::ConfirmEmail => (
                texts!("confirm_email", "subject"),
                texts!("confirm_email", "body"),
            ),
            Self::PaymentReceipt => (
                texts!("payment_receipt", "subject"),
                texts!("payment_receipt", "body"),
            ),
            Self::PaymentRefunded => (
                texts!("payment_refunded", "subject"),
                texts!("payment_refunded", "body"),
            ),
            Self::PhoneCode => (
                texts!("sms", "phone_code", "subject"),
                texts!("sms", "phone_code", "body"),
            ),
        }
    }

    /// The subject and plain-text body in `lang`, with the values filled in.
    pub fn render(self, lang: Lang, values: &BTreeMap<String, String>) -> (String, String) {
        let index = match lang {
            Lang::Az => 0,
            Lang::En => 1,
            Lang::Ru => 2,
        };
        let (subjects, bodies) = self.parts();
        let fill = |text: &str| {
            values.iter().fold(text.to_owned(), |text, (name, value)| {
                text.replace(&format!("{{{{{name}}}}}"), value)
            })
        };
        (fill(subjects[index]).trim().to_owned(), fill(bodies[index]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_renders_in_every_language_with_nothing_left_unfilled() {
        let values: BTreeMap<String, String> = [
            ("name", "Aynur"),
            ("link", "https://qapi.example/x"),
            ("payment_number", "20261104000127"),
            ("amount", "300.00 AZN"),
            ("transaction_id", "T1"),
            ("rrn", "000000000001"),
            ("card", "411111******1111"),
            ("paid_at", "2026-11-23T10:00:00Z"),
            ("code", "482913"),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .into();
        for template in Template::ALL {
            assert_eq!(Template::parse(template.name()), Some(template));
            for lang in Lang::ALL {
                let (subject, body) = template.render(lang, &values);
                assert!(subject.starts_with("Qapı"), "{template:?} {lang:?}");
                assert!(
                    !subject.contains('\n') && !body.contains("{{"),
                    "{template:?} {lang:?}"
                );
                if template.channel() == Channel::Email {
                    assert!(body.contains("Aynur"), "{template:?} {lang:?}");
                } else {
                    assert!(body.chars().count() <= 70, "one SMS: {template:?} {lang:?}");
                }
            }
        }
    }
}
