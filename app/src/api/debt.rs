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
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct Subscriber {
    pub code: String,
    pub address: String,
}

/// The form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(default)]
pub struct DebtCertificateForm {
    pub subscriber_code: String,
    /// The confirmed mobile numbers the texts go to (E.164).
    pub phones: Vec<String>,
    pub email: String,
}

/// What the agency receives: the subscriber, and where to tell the result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct DebtCertificateRequest {
    pub fin: Fin,
    pub subscriber_code: String,
    /// Billing's address for the code; none when billing could not be asked at submit, and
    /// then the check asks whose the code is before it answers.
    pub address: Option<String>,
    /// Requests sent before several numbers could be chosen carry one, as `phone`.
    #[serde(alias = "phone", deserialize_with = "one_or_more")]
    pub phones: Vec<Phone>,
    pub email: Email,
}

impl DebtCertificateRequest {
    /// The numbers the answer is texted to, as people write them, on one line.
    pub fn phones_shown(&self) -> String {
        self.phones
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn one_or_more<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Phone>, D::Error> {
    #[derive(Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
    #[serde(untagged)]
    enum Phones {
        One(Phone),
        More(Vec<Phone>),
    }
    Ok(match Phones::deserialize(d)? {
        Phones::One(phone) => vec![phone],
        Phones::More(phones) => phones,
    })
}

/// The answer billing gave, as the certificate states it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct DebtFinding {
    pub debt: Qepik,
    /// `yyyy-mm-dd` in Baku: the balance is as of this day.
    pub as_of: String,
}

impl DebtCertificateForm {
    /// Of the `confirmed` numbers, those a saved draft did not choose (none for a new draft:
    /// then every one is).
    pub fn phones_not_chosen(&self, confirmed: &[Phone]) -> Vec<Phone> {
        if self.phones.is_empty() {
            return Vec::new();
        }
        confirmed
            .iter()
            .filter(|p| !self.phones.iter().any(|chosen| chosen == p.as_str()))
            .cloned()
            .collect()
    }

    /// The request if the code is one of `subscribers` (the person's own; `None` when billing
    /// cannot say now, and the check will), at least one number is chosen and each is one of the
    /// account's `confirmed` Azerbaijani mobiles, and the e-mail is an address; else every
    /// problem.
    pub fn parse(
        &self,
        fin: &Fin,
        subscribers: Option<&[Subscriber]>,
        confirmed: &[Phone],
    ) -> Result<DebtCertificateRequest, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let code = self.subscriber_code.trim();
        let subscriber = subscribers.and_then(|list| list.iter().find(|s| s.code == code));
        if code.is_empty() {
            problems.push((ErrorCode::Required, "subscriber_code".into()));
        } else if subscribers.is_some() && subscriber.is_none() {
            problems.push((ErrorCode::NotYourSubscriber, "subscriber_code".into()));
        }
        // The certificate's texts go to Azerbaijani operators' numbers the person confirmed.
        let phones: Vec<Phone> = self
            .phones
            .iter()
            .filter_map(|raw| Phone::parse(raw))
            .filter(|p| p.is_azerbaijani_mobile() && confirmed.contains(p))
            .collect();
        if phones.is_empty() || phones.len() != self.phones.len() {
            problems.push((ErrorCode::PhoneNotConfirmed, "phone".into()));
        }
        let email = Email::parse(self.email.trim());
        if self.email.trim().is_empty() {
            problems.push((ErrorCode::Required, "email".into()));
        } else if email.is_none() {
            problems.push((ErrorCode::InvalidEmail, "email".into()));
        }
        match email {
            Some(email) if problems.is_empty() => Ok(DebtCertificateRequest {
                fin: fin.clone(),
                subscriber_code: code.to_owned(),
                address: subscriber.map(|s| s.address.clone()),
                phones,
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
    fn only_the_persons_own_code_with_confirmed_phones_is_a_request() {
        let phone = Phone::parse("050 211 22 33").unwrap();
        let second = Phone::parse("055 300 40 50").unwrap();
        let confirmed = [phone.clone(), second.clone()];
        let fin = Fin::parse("F00MBEG").unwrap();
        let form = DebtCertificateForm {
            subscriber_code: "1000234567".into(),
            phones: vec![phone.as_str().into(), second.as_str().into()],
            email: "leyla@mail.az".into(),
        };
        let request = form.parse(&fin, Some(&mine()), &confirmed).unwrap();
        assert_eq!(request.address.as_deref(), Some("Bakı, Füzuli küç. 12"));
        assert_eq!(request.phones, confirmed);

        let someone_elses = DebtCertificateForm {
            subscriber_code: "2000345671".into(),
            ..form.clone()
        };
        assert_eq!(
            someone_elses.parse(&fin, Some(&mine()), &confirmed),
            Err(vec![(
                ErrorCode::NotYourSubscriber,
                "subscriber_code".into()
            )])
        );
        let unverified = someone_elses.parse(&fin, None, &confirmed).unwrap();
        assert_eq!(unverified.address, None, "the check asks billing later");
        let not_confirmed = form.parse(&fin, Some(&mine()), &confirmed[..1]);
        assert!(not_confirmed.is_err(), "each chosen number was confirmed");
        let foreign = Phone::parse("+49 30 1234567").unwrap();
        let abroad = DebtCertificateForm {
            phones: vec![foreign.as_str().into()],
            ..form.clone()
        };
        assert!(abroad.parse(&fin, Some(&mine()), &[foreign]).is_err());
        let problems = DebtCertificateForm::default()
            .parse(&fin, Some(&mine()), &confirmed)
            .unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|(_, f)| f.as_str()).collect();
        assert_eq!(fields, ["subscriber_code", "phone", "email"]);
    }

    #[test]
    fn a_request_sent_with_one_number_still_reads() {
        let old = serde_json::json!({
            "fin": "F00MBEG", "subscriber_code": "1000234567", "address": null,
            "phone": "+994502112233", "email": "leyla@mail.az",
        });
        let request: DebtCertificateRequest = serde_json::from_value(old).unwrap();
        assert_eq!(request.phones, [Phone::parse("+994502112233").unwrap()]);
    }
}
