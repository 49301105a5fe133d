//! Azərişıq's debt certificate (seed 003): the subscriber picks one of their own subscriber
//! codes and gives a confirmed mobile number and an e-mail; the check against billing runs by
//! itself and ends in a certificate of debt or of no debt.

use serde::{Deserialize, Serialize};

use super::{ErrorCode, FieldProblem};
use crate::domain::{Email, Fin, Phone, Qepik};

/// "Borcun araşdırılması və borcun olmaması (və ya olması) barədə sənədin verilməsi".
pub const DEBT_CERTIFICATE: &str = "42.1";

/// A subscriber code registered to the person, with the address it supplies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscriber {
    pub code: String,
    pub address: String,
}

/// The form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DebtCertificateForm {
    pub subscriber_code: String,
    pub email: String,
}

/// What the agency receives: the subscriber, and where to tell the result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DebtCertificateRequest {
    pub fin: Fin,
    pub subscriber_code: String,
    /// Billing's address for the code; none when billing could not be asked at submit, and
    /// then the check asks whose the code is before it answers.
    pub address: Option<String>,
    pub phone: Phone,
    pub email: Email,
}

/// The answer billing gave, as the certificate states it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DebtFinding {
    pub debt: Qepik,
    /// `yyyy-mm-dd` in Baku: the balance is as of this day.
    pub as_of: String,
}

impl DebtCertificateForm {
    /// The request if the code is one of `subscribers` (the person's own; `None` when billing
    /// cannot say now, and the check will), the account has a confirmed mobile number, and the
    /// e-mail is an address; else every problem.
    pub fn parse(
        &self,
        fin: &Fin,
        subscribers: Option<&[Subscriber]>,
        confirmed_phone: Option<&Phone>,
    ) -> Result<DebtCertificateRequest, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let code = self.subscriber_code.trim();
        let subscriber = subscribers.and_then(|list| list.iter().find(|s| s.code == code));
        if code.is_empty() {
            problems.push((ErrorCode::Required, "subscriber_code".into()));
        } else if subscribers.is_some() && subscriber.is_none() {
            problems.push((ErrorCode::NotYourSubscriber, "subscriber_code".into()));
        }
        // The certificate's texts go to an Azerbaijani operator's number.
        let confirmed_phone = confirmed_phone.filter(|p| p.is_azerbaijani_mobile());
        if confirmed_phone.is_none() {
            problems.push((ErrorCode::PhoneNotConfirmed, "phone".into()));
        }
        let email = Email::parse(self.email.trim());
        if self.email.trim().is_empty() {
            problems.push((ErrorCode::Required, "email".into()));
        } else if email.is_none() {
            problems.push((ErrorCode::InvalidEmail, "email".into()));
        }
        match (confirmed_phone, email) {
            (Some(phone), Some(email)) if problems.is_empty() => Ok(DebtCertificateRequest {
                fin: fin.clone(),
                subscriber_code: code.to_owned(),
                address: subscriber.map(|s| s.address.clone()),
                phone: phone.clone(),
                email,
            }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mine() -> Vec<Subscriber> {
        vec![Subscriber {
            code: "1000234567".into(),
            address: "Bakı, Füzuli küç. 12".into(),
        }]
    }

    #[test]
    fn only_the_persons_own_code_with_a_confirmed_phone_is_a_request() {
        let phone = Phone::parse("050 211 22 33").unwrap();
        let fin = Fin::parse("F00MBEG").unwrap();
        let form = DebtCertificateForm {
            subscriber_code: "1000234567".into(),
            email: "leyla@mail.az".into(),
        };
        let request = form.parse(&fin, Some(&mine()), Some(&phone)).unwrap();
        assert_eq!(request.address.as_deref(), Some("Bakı, Füzuli küç. 12"));

        let someone_elses = DebtCertificateForm {
            subscriber_code: "2000345671".into(),
            ..form.clone()
        };
        assert_eq!(
            someone_elses.parse(&fin, Some(&mine()), Some(&phone)),
            Err(vec![(
                ErrorCode::NotYourSubscriber,
                "subscriber_code".into()
            )])
        );
        let unverified = someone_elses.parse(&fin, None, Some(&phone)).unwrap();
        assert_eq!(unverified.address, None, "the check asks billing later");
        let foreign = Phone::parse("+49 30 1234567").unwrap();
        assert!(form.parse(&fin, Some(&mine()), Some(&foreign)).is_err());
        let problems = DebtCertificateForm::default()
            .parse(&fin, Some(&mine()), None)
            .unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|(_, f)| f.as_str()).collect();
        assert_eq!(fields, ["subscriber_code", "phone", "email"]);
    }
}
