//! The payment gateway, in the shape real card gateways have: create an order with an
//! idempotency key, send the browser to the gateway's card page, learn the outcome by a signed
//! callback or by asking for the order's status, and refund. The simulator plays the bank's
//! side with test cards; a real adapter implements the same trait.

use std::future::Future;
use std::pin::Pin;

use app::api::{Card, GatewayAnswer, GatewayOrderState, PaymentFailure, Receipt};
use app::domain::Qepik;
use hmac::{Hmac, Mac};
use rand::Rng;
use sha2::Sha256;

use crate::store::{SimulatedOrder, SimulatedOrderState, Simulators};

#[derive(Debug, thiserror::Error)]
pub enum GatewayError {
    #[error("the payment gateway did not answer: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

pub type Answer<'a, T> = Pin<Box<dyn Future<Output = Result<T, GatewayError>> + Send + 'a>>;

/// An order as the portal asks the gateway for it.
pub struct NewOrder<'a> {
    /// The same key gives the same order, however often it is asked for.
    pub idempotency_key: &'a str,
    pub amount: Qepik,
    pub description: &'a str,
    /// Where the gateway sends the browser back.
    pub return_url: &'a str,
}

pub struct CreatedOrder {
    pub order_id: String,
    /// The gateway's card page.
    pub redirect: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OrderStatus {
    Pending,
    Paid(Receipt),
    Failed(PaymentFailure),
}

pub trait PaymentGateway: Send + Sync {
    fn create_order<'a>(&'a self, order: NewOrder<'a>) -> Answer<'a, CreatedOrder>;
    fn status<'a>(&'a self, order_id: &'a str) -> Answer<'a, OrderStatus>;
    fn refund<'a>(&'a self, order_id: &'a str) -> Answer<'a, ()>;
}

/// Whether a callback's body carries the gateway's signature: HMAC-SHA256 with the shared
/// secret, hex. The callback is only a hint to ask the gateway; it settles nothing by itself.
pub fn callback_signed(secret: &[u8], body: &[u8], signature: &str) -> bool {
    let Ok(expected) = hex::decode(signature.trim()) else {
        return false;
    };
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else {
        return false;
    };
    mac.update(body);
    mac.verify_slice(&expected).is_ok()
}

/// The signature a gateway puts on a callback's body: what the tests sign their callbacks with.
pub fn sign_callback(secret: &[u8], body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes a key of any length");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// How long the simulated card page waits for the person.
const ORDER_MINUTES: i64 = 15;

/// Development and demo only: the bank's side, played with test cards on `/dev/gateway`.
pub struct SimulatedGateway {
    simulators: Simulators,
}

impl SimulatedGateway {
    pub fn new(simulators: Simulators) -> Self {
        Self { simulators }
    }
}

/// What the simulated bank says of an order when asked: the late-charge card's order reports
/// its charge from the second query on; one left unanswered past its time has failed.
fn simulated_status(order: SimulatedOrderState) -> OrderStatus {
    let charged_late = order.late_charge && order.status_asked >= 2;
    let state = if charged_late {
        "paid"
    } else {
        order.state.as_str()
    };
    let failure = order.failure();
    match (
        state,
        order.transaction_id,
        order.rrn,
        order.masked_card,
        order.paid_at,
    ) {
        (
            "paid" | "refunded",
            Some(transaction_id),
            Some(rrn),
            Some(masked_card),
            Some(paid_at),
        ) => OrderStatus::Paid(Receipt {
            transaction_id,
            rrn,
            masked_card,
            paid_at,
        }),
        ("failed", ..) => OrderStatus::Failed(failure.unwrap_or(PaymentFailure::Declined)),
        ("processing", ..) if order.expired => OrderStatus::Failed(PaymentFailure::Timeout),
        _ if order.expired => OrderStatus::Failed(PaymentFailure::Cancelled),
        _ => OrderStatus::Pending,
    }
}

impl PaymentGateway for SimulatedGateway {
    fn create_order<'a>(&'a self, order: NewOrder<'a>) -> Answer<'a, CreatedOrder> {
        Box::pin(async move {
            let (id, _) = crate::identity::links::new_token();
            let order_id = self
                .simulators
                .create_order(&SimulatedOrder {
                    id: &id[..32],
                    idempotency_key: order.idempotency_key,
                    amount: order.amount,
                    description: order.description,
                    return_url: order.return_url,
                    lifetime_minutes: ORDER_MINUTES,
                })
                .await?;
            Ok(CreatedOrder {
                redirect: format!("/dev/gateway?order={order_id}"),
                order_id,
            })
        })
    }

    fn status<'a>(&'a self, order_id: &'a str) -> Answer<'a, OrderStatus> {
        Box::pin(async move {
            Ok(self.simulators.ask_order_status(order_id).await?.map_or(
                OrderStatus::Failed(PaymentFailure::Cancelled),
                simulated_status,
            ))
        })
    }

    fn refund<'a>(&'a self, order_id: &'a str) -> Answer<'a, ()> {
        Box::pin(async move { Ok(self.simulators.refund_order(order_id).await?) })
    }
}

/// The simulator's test cards (all pass the Luhn check).
pub mod test_cards {
    pub const SUCCESS: &str = "4111111111111111";
    pub const DECLINED: &str = "4000000000000002";
    pub const INSUFFICIENT_FUNDS: &str = "4000000000009995";
    pub const EXPIRED: &str = "4000000000000069";
    pub const THREE_DS: &str = "4000000000003220";
    /// The bank never answers: the order stays in processing until it expires.
    pub const TIMEOUT: &str = "4000000000000119";
    /// The bank says declined, then reports the charge late.
    pub const LATE_CHARGE: &str = "4000000000000127";
    /// The code the simulated 3-D Secure step accepts.
    pub const THREE_DS_CODE: &str = "1234";
}

/// Why the simulated card page refused an answer.
#[derive(Debug, thiserror::Error)]
pub enum CardPageError {
    #[error("no such order waiting for this step")]
    NotWaiting,
    #[error("wrong 3-D Secure code")]
    ThreeDsWrong,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Development only: the card typed on the simulated page, and the bank's answer to it.
pub async fn pay_simulated(
    simulators: &Simulators,
    id: &str,
    card: &Card,
) -> Result<GatewayAnswer, CardPageError> {
    let today = simulators.this_month().await?;
    let order = simulators
        .order(id)
        .await?
        .filter(|o| o.state == GatewayOrderState::AwaitingCard)
        .ok_or(CardPageError::NotWaiting)?;
    let masked = card.number.masked();
    let outcome = match card.number.digits() {
        _ if card.expiry < today => Err(PaymentFailure::ExpiredCard),
        test_cards::DECLINED => Err(PaymentFailure::Declined),
        test_cards::INSUFFICIENT_FUNDS => Err(PaymentFailure::InsufficientFunds),
        test_cards::EXPIRED => Err(PaymentFailure::ExpiredCard),
        test_cards::THREE_DS => {
            simulators
                .set_order(id, "awaiting_three_ds", &masked, None, None)
                .await?;
            return Ok(GatewayAnswer { return_to: None });
        }
        test_cards::LATE_CHARGE => {
            let (transaction, rrn) = receipt_numbers();
            simulators
                .charge_order_late(id, &transaction, &rrn, &masked)
                .await?;
            return Ok(GatewayAnswer {
                return_to: Some(order.return_url),
            });
        }
        test_cards::TIMEOUT => {
            simulators
                .set_order(id, "processing", &masked, None, None)
                .await?;
            return Ok(GatewayAnswer {
                return_to: Some(order.return_url),
            });
        }
        _ => Ok(()),
    };
    answer(simulators, id, &masked, outcome).await?;
    Ok(GatewayAnswer {
        return_to: Some(order.return_url),
    })
}

/// Development only: the person left the simulated card page without paying.
pub async fn cancel_simulated(
    simulators: &Simulators,
    id: &str,
) -> Result<GatewayAnswer, CardPageError> {
    let order = simulators
        .order(id)
        .await?
        .filter(|o| o.state != GatewayOrderState::Answered)
        .ok_or(CardPageError::NotWaiting)?;
    simulators
        .set_order(id, "failed", "", Some(PaymentFailure::Cancelled), None)
        .await?;
    Ok(GatewayAnswer {
        return_to: Some(order.return_url),
    })
}

/// Development only: the 3-D Secure code typed on the simulated page.
pub async fn confirm_three_ds(
    simulators: &Simulators,
    id: &str,
    code: &str,
) -> Result<GatewayAnswer, CardPageError> {
    let order = simulators
        .order(id)
        .await?
        .filter(|o| o.state == GatewayOrderState::AwaitingThreeDs)
        .ok_or(CardPageError::NotWaiting)?;
    if code.trim() != test_cards::THREE_DS_CODE {
        return Err(CardPageError::ThreeDsWrong);
    }
    let masked = simulators.order_card(id).await?.unwrap_or_default();
    answer(simulators, id, &masked, Ok(())).await?;
    Ok(GatewayAnswer {
        return_to: Some(order.return_url),
    })
}

/// A transaction id and a retrieval reference number (12 digits) as a bank gives them.
fn receipt_numbers() -> (String, String) {
    let (token, _) = crate::identity::links::new_token();
    let rrn = format!("{:012}", rand::rng().random_range(0..1_000_000_000_000u64));
    (token[..16].to_ascii_uppercase(), rrn)
}

async fn answer(
    simulators: &Simulators,
    id: &str,
    masked: &str,
    outcome: Result<(), PaymentFailure>,
) -> sqlx::Result<()> {
    match outcome {
        Ok(()) => {
            let (transaction, rrn) = receipt_numbers();
            simulators
                .set_order(id, "paid", masked, None, Some((&transaction, &rrn)))
                .await
        }
        Err(failure) => {
            simulators
                .set_order(id, "failed", masked, Some(failure), None)
                .await
        }
    }
}

/// No gateway connected: paying says it cannot be done now, and nothing is charged.
pub struct NoPaymentGateway;

impl PaymentGateway for NoPaymentGateway {
    fn create_order<'a>(&'a self, _: NewOrder<'a>) -> Answer<'a, CreatedOrder> {
        Box::pin(async {
            Err(GatewayError::Unavailable(
                "no payment gateway is connected".into(),
            ))
        })
    }

    fn status<'a>(&'a self, _: &'a str) -> Answer<'a, OrderStatus> {
        Box::pin(async {
            Err(GatewayError::Unavailable(
                "no payment gateway is connected".into(),
            ))
        })
    }

    fn refund<'a>(&'a self, _: &'a str) -> Answer<'a, ()> {
        Box::pin(async {
            Err(GatewayError::Unavailable(
                "no payment gateway is connected".into(),
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_secrets_signature_passes() {
        let body = br#"{"order_id":"abc"}"#;
        let signature = sign_callback(b"secret", body);
        assert!(callback_signed(b"secret", body, &signature));
        assert!(!callback_signed(b"another", body, &signature));
        assert!(!callback_signed(
            b"secret",
            br#"{"order_id":"abd"}"#,
            &signature
        ));
        assert!(!callback_signed(b"secret", body, "not hex"));
    }
}
