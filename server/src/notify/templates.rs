//! Message texts are files, one per part and language, with `{{value}}` placeholders:
//! `server/templates/email/<name>/{subject,body}.<lang>.txt`, and for texts (SMS)
//! `server/templates/sms/<name>/…`, whose subject only names the message in the cabinet.

use std::collections::BTreeMap;

use app::domain::{Lang, Qepik, shown_moment};

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

/// Declares the templates once: each one's name (its folder under `templates/<channel>/`) and
/// the channel it travels by, with its texts compiled in.
macro_rules! templates {
    ($($(#[$doc:meta])* $variant:ident => $channel:ident $name:literal,)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Template {
            $($(#[$doc])* $variant,)*
        }

        impl Template {
            pub const ALL: &[Template] = &[$(Self::$variant,)*];

            pub fn name(self) -> &'static str {
                match self {
                    $(Self::$variant => $name,)*
                }
            }

            /// How the message travels.
            pub fn channel(self) -> Channel {
                match self {
                    $(Self::$variant => Channel::$channel,)*
                }
            }

            fn parts(self) -> ([&'static str; 3], [&'static str; 3]) {
                match self {
                    $(Self::$variant => (texts!($channel, $name, "subject"), texts!($channel, $name, "body")),)*
                }
            }
        }
    };
}

macro_rules! texts {
    (@one $folder:literal, $name:literal, $part:literal, $lang:literal) => {
        include_str!(concat!("../../templates/", $folder, "/", $name, "/", $part, ".", $lang, ".txt"))
    };
    (Email, $name:literal, $part:literal) => {
        [
            texts!(@one "email", $name, $part, "az"),
            texts!(@one "email", $name, $part, "en"),
            texts!(@one "email", $name, $part, "ru"),
        ]
    };
    (Sms, $name:literal, $part:literal) => {
        [
            texts!(@one "sms", $name, $part, "az"),
            texts!(@one "sms", $name, $part, "en"),
            texts!(@one "sms", $name, $part, "ru"),
        ]
    };
}

templates! {
    ConfirmAccount => Email "confirm_account",
    SetPassword => Email "set_password",
    AlreadyRegistered => Email "already_registered",
    ResetPassword => Email "reset_password",
    /// A new address given in the cabinet, to be confirmed before it is used.
    ConfirmEmail => Email "confirm_email",
    PaymentReceipt => Email "payment_receipt",
    /// A second charge for a fine already paid, given back.
    PaymentRefunded => Email "payment_refunded",
    /// An application's fee paid: the receipt, and that the application can be sent.
    FeeReceipt => Email "fee_receipt",
    /// A second charge for a fee already paid, given back.
    FeeRefunded => Email "fee_refunded",
    /// SMS: the one-time code that shows a mobile number is the person's.
    PhoneCode => Sms "phone_code",
    /// One of the host's addresses was verified: applications may choose it.
    HostVerified => Email "host_verified",
    /// The agency refused an address the host gave, for the reason it wrote.
    HostAddressRefused => Email "host_address_refused",
    /// A legal person host's colleague is invited: the link confirms the new account.
    HostStaffInvited => Email "host_staff_invited",
    /// The invited address had an account: it is told to ask for another address's invitation.
    HostStaffNotInvited => Email "host_staff_not_invited",
    /// The agency answered a host's request to extend a registered stay.
    StayChangeAnswered => Email "stay_change_answered",
    /// Rule 7.1.2: the application was received, with its number.
    ApplicationReceived => Email "application_received",
    /// Rule 7.1.2 for a fully automated service: received, and checked by the portal at once.
    ApplicationReceivedAutomated => Email "application_received_automated",
    /// Rule 6.3: the application's status changed.
    ApplicationStatus => Email "application_status",
    /// The answer's due date passed: the applicant is told it is late, not lost.
    ApplicationOverdue => Email "application_overdue",
    /// The answer's due date passed: the officer working it, or the agency's supervisors.
    CaseOverdue => Email "case_overdue",
    /// The supervisor answered the applicant's complaint about a decision.
    ComplaintAnswered => Email "complaint_answered",
    /// Rule 10.4: the registry operator registered the agency's service, with its registry number.
    RegistryRegistered => Email "registry_registered",
    /// Rule 10.8: the registry operator amended the service's record as the agency asked.
    RegistryAmended => Email "registry_amended",
    /// Rule 10.7: the registry operator cancelled the service's registration as asked.
    RegistryCancelled => Email "registry_cancelled",
    /// The registry operator refused the agency's registry application, with the reason.
    RegistryRefused => Email "registry_refused",
    /// A supervisor filed a registry application: every active registry operator is told.
    RegistryFiled => Email "registry_filed",
    /// Rule 7.1.2: a letter to an agency is sent; the sender's receipt, with its number.
    LetterSent => Email "letter_sent",
    /// The agency answered a letter, or asked its sender for more.
    LetterAnswered => Email "letter_answered",
    /// The agency forwarded a letter to the agency it concerns.
    LetterForwarded => Email "letter_forwarded",
    /// The answer to a letter is past its due date: the sender is told it is late, not lost.
    LetterOverdue => Email "letter_overdue",
    /// The answer to a letter is past its due date: the agency's supervisors are told.
    LetterCaseOverdue => Email "letter_case_overdue",
    /// An automated check waits for a system that is down: delayed, not lost.
    ApplicationDelayed => Email "application_delayed",
    /// SMS: the application was registered (for services that answer by text too).
    ApplicationReceivedText => Sms "application_received_text",
    /// SMS: the application's status changed.
    ApplicationStatusText => Sms "application_status_text",
    /// SMS: an automated check waits.
    ApplicationDelayedText => Sms "application_delayed_text",
}

/// A value as the recipient reads it: `amount` is qəpik, a name ending in `_at` a stored moment.
/// A value that is not what its name says is shown as it came rather than dropped.
fn shown(name: &str, value: &str, lang: Lang) -> String {
    if name == "amount" {
        value
            .parse()
            .map_or_else(|_| value.to_owned(), |q| Qepik(q).shown(lang))
    } else if name.ends_with("_at") {
        shown_moment(value)
    } else {
        value.to_owned()
    }
}

impl Template {
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|t| t.name() == name)
    }

    /// The subject and plain-text body in `lang`, with the values filled in. An amount and a
    /// moment are kept as the machine wrote them (qəpik, RFC 3339 in UTC) until here, so each
    /// recipient reads them in the conventions of their own language and in Baku time.
    pub fn render(self, lang: Lang, values: &BTreeMap<String, String>) -> (String, String) {
        let index = match lang {
            Lang::Az => 0,
            Lang::En => 1,
            Lang::Ru => 2,
        };
        let (subjects, bodies) = self.parts();
        let fill = |text: &str| {
            values.iter().fold(text.to_owned(), |text, (name, value)| {
                text.replace(&format!("{{{{{name}}}}}"), &shown(name, value, lang))
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
            ("amount", "30000"),
            ("transaction_id", "T1"),
            ("rrn", "000000000001"),
            ("card", "411111******1111"),
            ("paid_at", "2026-11-23T10:00:00Z"),
            ("code", "482913"),
            ("number", "2026-000001"),
            ("status", "Qəbul edilib"),
            ("note", "Sənəd oxunmur"),
            ("due", "24.11.2026"),
            ("inviter", "Rəşad Məmmədli"),
            ("organisation", "Xəzər Mehmanxanası MMC"),
            ("application", "12"),
            ("registry_number", "ER-000289"),
            ("title", "Poçt göndərişinin izlənməsi"),
            ("agency", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi"),
            ("kind", "Xidmətin məlumatlarına düzəliş etmək"),
            ("service", "20.4 — Poçt göndərişinin izlənməsi"),
            ("subject", "Yaşayış icazəsinin müddəti"),
            ("address", "Bakı, Yasamal, Şərifzadə küçəsi, 7"),
            ("reason", "Sənəddəki ünvanla uyğun gəlmir"),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .into();
        for &template in Template::ALL {
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

    #[test]
    fn amounts_and_moments_read_in_the_recipients_language_and_baku_time() {
        let values: BTreeMap<String, String> = [
            ("name", "Aynur"),
            ("number", "12345678901234"),
            ("amount", "123456"),
            ("transaction_id", "T1"),
            ("rrn", "000000000001"),
            ("card", "411111******1111"),
            ("paid_at", "2026-11-23T21:30:00Z"),
            ("link", "https://qapi.example/x"),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .into();
        let (_, az) = Template::PaymentReceipt.render(Lang::Az, &values);
        assert!(az.contains("Məbləğ: 1.234,56 ₼"), "{az}");
        assert!(az.contains("24.11.2026 01:30"), "{az}");
        let (_, en) = Template::PaymentReceipt.render(Lang::En, &values);
        assert!(en.contains("Amount: ₼1,234.56"), "{en}");
        let (_, ru) = Template::PaymentReceipt.render(Lang::Ru, &values);
        assert!(ru.contains("Сумма: 1\u{a0}234,56\u{a0}₼"), "{ru}");
    }
}
