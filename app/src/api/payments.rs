//! Paying a migration fine (seed 000) or an application's fee, and the portal's payments with
//! their receipts; and the payment gateway simulator's card page.

use serde::{Deserialize, Serialize};

use super::identity::{given, problem};
use super::{ErrorCode, FieldProblem};
use crate::domain::{
    ApplicationNumber, CalendarDate, CardExpiry, CardNumber, Email, PaymentId, PaymentNumber,
    Qepik, SecurityCode, ServiceNumber, Text,
};
use crate::i18n::Msg;

/// "Cərimələrin internet vasitəsilə ödənilməsi": paying a migration fine online (seed 000).
pub const PAY_FINES: &str = "33.10";

/// "Axtar": the two numbers printed on the fine.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct FineLookupForm {
    pub payment_number: Option<String>,
    pub security_code: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FineLookup {
    pub payment_number: PaymentNumber,
    pub security_code: SecurityCode,
}

impl TryFrom<FineLookupForm> for FineLookup {
    type Error = Vec<FieldProblem>;

    fn try_from(form: FineLookupForm) -> Result<Self, Self::Error> {
        let mut problems = Vec::new();
        let payment_number = match given(form.payment_number.as_deref()) {
            None => problem(&mut problems, ErrorCode::Required, "payment_number"),
            Some(raw) => PaymentNumber::parse(raw).or_else(|| {
                problem(
                    &mut problems,
                    ErrorCode::InvalidPaymentNumber,
                    "payment_number",
                )
            }),
        };
        let security_code = match given(form.security_code.as_deref()) {
            None => problem(&mut problems, ErrorCode::Required, "security_code"),
            Some(raw) => SecurityCode::parse(raw).or_else(|| {
                problem(
                    &mut problems,
                    ErrorCode::InvalidSecurityCode,
                    "security_code",
                )
            }),
        };
        match (payment_number, security_code) {
            (Some(payment_number), Some(security_code)) => Ok(Self {
                payment_number,
                security_code,
            }),
            _ => Err(problems),
        }
    }
}

/// A fine as the migration service's registry holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct Fine {
    pub payment_number: PaymentNumber,
    /// Who was fined, as the registry names them.
    pub person: String,
    /// The article of the Code of Administrative Offences.
    pub article: String,
    pub reason: String,
    pub issued_on: CalendarDate,
    /// The last day to pay before the fine is overdue.
    pub due_on: CalendarDate,
    pub amount: Qepik,
    pub paid: bool,
    /// The portal's payment that paid it, whose receipt can be shown.
    pub paid_by: Option<PaymentId>,
}

/// "Ödə": the fine again (the code proves the payer may), and where to send the receipt.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct PayFineForm {
    pub payment_number: Option<String>,
    pub security_code: Option<String>,
    pub email: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PayFine {
    pub fine: FineLookup,
    pub email: Option<Email>,
}

impl TryFrom<PayFineForm> for PayFine {
    type Error = Vec<FieldProblem>;

    fn try_from(form: PayFineForm) -> Result<Self, Self::Error> {
        let fine = FineLookup::try_from(FineLookupForm {
            payment_number: form.payment_number,
            security_code: form.security_code,
        });
        let email = match given(form.email.as_deref()) {
            None => Ok(None),
            Some(raw) => Email::parse(raw)
                .map(Some)
                .ok_or_else(|| vec![(ErrorCode::InvalidEmail, "email".to_owned())]),
        };
        match (fine, email) {
            (Ok(fine), Ok(email)) => Ok(Self { fine, email }),
            (fine, email) => Err(fine
                .err()
                .into_iter()
                .flatten()
                .chain(email.err().into_iter().flatten())
                .collect()),
        }
    }
}

/// Where the browser goes to pay: the gateway's card page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct PaymentStarted {
    pub payment: PaymentId,
    pub redirect: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentState {
    /// Sent to the gateway; the card page is open or the answer is on its way.
    Pending,
    Paid,
    Failed,
    /// Money taken for a fine already paid, and given back.
    Refunded,
}

impl PaymentState {
    pub fn msg(self) -> Msg {
        match self {
            Self::Pending => Msg::PaymentStatePending,
            Self::Paid => Msg::PaymentStatePaid,
            Self::Failed => Msg::PaymentStateFailed,
            Self::Refunded => Msg::PaymentStateRefunded,
        }
    }
}

/// Why the gateway did not take the money.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentFailure {
    Declined,
    InsufficientFunds,
    ExpiredCard,
    /// The gateway did not answer in time; nothing was taken.
    Timeout,
    /// The person left the card page.
    Cancelled,
}

impl PaymentFailure {
    pub fn msg(self) -> Msg {
        match self {
            Self::Declined => Msg::PaymentDeclined,
            Self::InsufficientFunds => Msg::PaymentInsufficientFunds,
            Self::ExpiredCard => Msg::PaymentExpiredCard,
            Self::Timeout => Msg::PaymentTimeout,
            Self::Cancelled => Msg::PaymentCancelled,
        }
    }
}

/// "Çıxarış": what the gateway confirmed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct Receipt {
    pub transaction_id: String,
    pub rrn: String,
    pub masked_card: String,
    /// UTC, RFC 3339.
    pub paid_at: String,
}

/// What a payment pays: a fine by its number, or the fee of an application. Read as one flat
/// object: serde's internally tagged reading buffers it and copies its code per variant (about
/// 4 KiB in each module that reads a payment, ADR 0010).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "RawPaidFor")]
pub enum PaidFor {
    Fine {
        payment_number: PaymentNumber,
    },
    Fee {
        application: ApplicationNumber,
        service: ServiceNumber,
    },
}

#[derive(Clone, Copy, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
enum PaidForKind {
    Fine,
    Fee,
}

#[derive(Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
struct RawPaidFor {
    kind: PaidForKind,
    payment_number: Option<PaymentNumber>,
    application: Option<ApplicationNumber>,
    service: Option<ServiceNumber>,
}

impl TryFrom<RawPaidFor> for PaidFor {
    type Error = &'static str;

    fn try_from(raw: RawPaidFor) -> Result<Self, &'static str> {
        match (raw.kind, raw.payment_number, raw.application, raw.service) {
            (PaidForKind::Fine, Some(payment_number), None, None) => {
                Ok(Self::Fine { payment_number })
            }
            (PaidForKind::Fee, None, Some(application), Some(service)) => Ok(Self::Fee {
                application,
                service,
            }),
            _ => Err("a fine has its payment number, a fee its application and service"),
        }
    }
}

impl PaidFor {
    pub fn msg(&self) -> Msg {
        match self {
            Self::Fine { .. } => Msg::PaidForFine,
            Self::Fee { .. } => Msg::PaidForFee,
        }
    }

    /// The service paid through: the fines' own, or the one whose fee it is.
    pub fn service(&self) -> Option<ServiceNumber> {
        match self {
            Self::Fine { .. } => ServiceNumber::parse(PAY_FINES),
            Self::Fee { service, .. } => Some(*service),
        }
    }

    /// The label of the number a receipt names it by, and the number.
    pub fn number(&self) -> (Msg, String) {
        match self {
            Self::Fine { payment_number } => (Msg::PaymentNumberLabel, payment_number.to_string()),
            Self::Fee { application, .. } => (Msg::ApplicationNumberLabel, application.to_string()),
        }
    }
}

/// A fee as the applicant's application shows it: what it costs, and the payment for it, if
/// one was started (the paid one, the one under way, or the last that failed).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct FeeState {
    pub amount: Qepik,
    pub payment: Option<Payment>,
}

impl FeeState {
    pub fn paid(&self) -> bool {
        self.payment
            .as_ref()
            .is_some_and(|p| p.state == PaymentState::Paid)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct Payment {
    pub id: PaymentId,
    pub paid_for: PaidFor,
    /// Who paid: the person the fine names, or the applicant whose fee it is.
    pub payer: String,
    /// The agency the money goes to.
    pub payee: Option<Text>,
    /// A fine's article of the Code of Administrative Offences and its reason, as the
    /// registry gave them.
    pub article: Option<String>,
    pub reason: Option<String>,
    pub amount: Qepik,
    pub state: PaymentState,
    pub failure: Option<PaymentFailure>,
    pub receipt: Option<Receipt>,
    pub created_at: String,
    /// Where the receipt is e-mailed: the address the payer typed, or the applicant's.
    pub email: Option<String>,
}

/// Development only: an order as the simulated gateway's card page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct GatewayOrder {
    pub id: String,
    pub amount: Qepik,
    pub description: String,
    /// Waiting for the card, waiting for the 3-D Secure code, or answered.
    pub state: GatewayOrderState,
    pub return_url: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum GatewayOrderState {
    AwaitingCard,
    AwaitingThreeDs,
    Answered,
}

/// Development only: the simulated gateway's card form.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct CardForm {
    pub number: Option<String>,
    pub expiry: Option<String>,
    pub cvv: Option<String>,
    pub name: Option<String>,
}

#[derive(Debug)]
pub struct Card {
    pub number: CardNumber,
    pub expiry: CardExpiry,
}

impl TryFrom<CardForm> for Card {
    type Error = Vec<FieldProblem>;

    fn try_from(form: CardForm) -> Result<Self, Self::Error> {
        let mut problems = Vec::new();
        let number = match given(form.number.as_deref()) {
            None => problem(&mut problems, ErrorCode::Required, "number"),
            Some(raw) => CardNumber::parse(raw)
                .or_else(|| problem(&mut problems, ErrorCode::InvalidCardNumber, "number")),
        };
        let expiry = match given(form.expiry.as_deref()) {
            None => problem(&mut problems, ErrorCode::Required, "expiry"),
            Some(raw) => CardExpiry::parse(raw)
                .or_else(|| problem(&mut problems, ErrorCode::InvalidCardExpiry, "expiry")),
        };
        match given(form.cvv.as_deref()) {
            None => problems.push((ErrorCode::Required, "cvv".into())),
            Some(cvv) if !(cvv.len() == 3 && cvv.bytes().all(|b| b.is_ascii_digit())) => {
                problems.push((ErrorCode::InvalidCvv, "cvv".into()));
            }
            Some(_) => {}
        }
        if given(form.name.as_deref()).is_none() {
            problems.push((ErrorCode::Required, "name".into()));
        }
        match (number, expiry) {
            (Some(number), Some(expiry)) if problems.is_empty() => Ok(Self { number, expiry }),
            _ => Err(problems),
        }
    }
}

/// Development only: what the simulated gateway answers the card page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct GatewayAnswer {
    /// Where the browser goes next: back to the portal, or nowhere yet (3-D Secure).
    pub return_to: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lookup_names_each_bad_field() {
        let problems = FineLookup::try_from(FineLookupForm {
            payment_number: Some("12".into()),
            security_code: None,
        })
        .unwrap_err();
        assert_eq!(
            problems,
            vec![
                (ErrorCode::InvalidPaymentNumber, "payment_number".into()),
                (ErrorCode::Required, "security_code".into()),
            ]
        );
    }

    #[test]
    fn a_card_form_checks_every_field() {
        let problems = Card::try_from(CardForm {
            number: Some("4111 1111 1111 1112".into()),
            expiry: Some("13/30".into()),
            cvv: Some("12".into()),
            name: None,
        })
        .unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|(_, f)| f.as_str()).collect();
        assert_eq!(fields, ["number", "expiry", "cvv", "name"]);
        assert!(
            Card::try_from(CardForm {
                number: Some("4111 1111 1111 1111".into()),
                expiry: Some("12/30".into()),
                cvv: Some("123".into()),
                name: Some("ANNA SCHNEIDER".into()),
            })
            .is_ok()
        );
    }

    #[test]
    fn what_a_payment_pays_reads_as_it_is_written() {
        for paid_for in [
            PaidFor::Fine {
                payment_number: PaymentNumber::parse("20261104000127").unwrap(),
            },
            PaidFor::Fee {
                application: ApplicationNumber::parse("2026-000012").unwrap(),
                service: ServiceNumber::parse("9.5").unwrap(),
            },
        ] {
            let json = serde_json::to_value(&paid_for).unwrap();
            assert_eq!(serde_json::from_value::<PaidFor>(json).unwrap(), paid_for);
        }
        let mixed = serde_json::json!({ "kind": "fine", "application": "2026-000012" });
        assert!(serde_json::from_value::<PaidFor>(mixed).is_err());
    }
}
