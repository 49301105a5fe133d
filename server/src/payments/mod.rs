//! Paying through the payment gateway, exactly once: each attempt has an idempotency key, one
//! fine or one application's fee has at most one payment under way or paid (the database
//! enforces it), and every way the
//! outcome arrives — the browser's return, the gateway's callback, the reconciliation job —
//! goes through one `settle`, which a second arrival leaves unchanged.

pub mod gateway;
pub mod http_gateway;

use std::sync::Arc;
use std::time::Duration;

use app::api::{FeeState, Fine, PaidFor, Payment, PaymentFailure, PaymentStarted, Receipt};
use app::domain::{ApplicationNumber, Email, Lang, PaymentId, Qepik, ServiceNumber};

use app::routes::ClientRoute;

use crate::jobs::{Job, Periodic, Round};
use crate::notify::Template;
use crate::registries::fines::FinesRegistry;
use crate::store::{NewPayment, Outgoing, PaymentRecord, Settled, Started, Store};
use gateway::{GatewayError, NewOrder, OrderStatus, PaymentGateway};

#[derive(Clone)]
pub struct Payments {
    store: Store,
    gateway: Arc<dyn PaymentGateway>,
    fines: Arc<dyn FinesRegistry>,
    base_url: String,
    /// How long a payment may stay under way before the reconciliation asks about it.
    reconcile_after_seconds: i64,
}

/// What a payment is started for: the fine or the fee, how much, whose name the receipt
/// greets, and what the gateway's card page says it is for.
pub struct Charge {
    pub paid_for: PaidFor,
    pub amount: Qepik,
    pub person: String,
    /// A fine's article and reason, for its receipt.
    pub article: Option<String>,
    pub reason: Option<String>,
    pub description: String,
}

impl Charge {
    pub fn fine(fine: &Fine) -> Self {
        Self {
            paid_for: PaidFor::Fine {
                payment_number: fine.payment_number.clone(),
            },
            amount: fine.amount,
            person: fine.person.clone(),
            article: Some(fine.article.clone()),
            reason: Some(fine.reason.clone()),
            description: format!("DMX cərimə {}", fine.payment_number),
        }
    }

    pub fn fee(
        application: ApplicationNumber,
        service: ServiceNumber,
        amount: Qepik,
        person: String,
    ) -> Self {
        Self {
            description: format!("Rüsum: xidmət {service}, müraciət {application}"),
            paid_for: PaidFor::Fee {
                application,
                service,
            },
            amount,
            person,
            article: None,
            reason: None,
        }
    }
}

/// Who is paying, as the request shows them.
pub struct Payer {
    pub account_id: Option<i64>,
    pub email: Option<Email>,
    pub lang: Lang,
}

impl Payments {
    pub fn new(
        store: Store,
        gateway: Arc<dyn PaymentGateway>,
        fines: Arc<dyn FinesRegistry>,
        base_url: &str,
        reconcile_after_seconds: i64,
    ) -> Self {
        Self {
            store,
            gateway,
            fines,
            base_url: base_url.trim_end_matches('/').to_owned(),
            reconcile_after_seconds,
        }
    }

    pub fn fines(&self) -> &dyn FinesRegistry {
        self.fines.as_ref()
    }

    fn receipt_link(&self, payment: &PaymentId) -> String {
        format!("{}/payments/{payment}", self.base_url)
    }

    /// Starts paying a fine the payer has opened or an application's fee, or gives back the
    /// attempt already made for it: the same key, or another payment under way or done for it.
    pub async fn start(
        &self,
        charge: &Charge,
        idempotency_key: &str,
        payer: &Payer,
    ) -> Result<PaymentStarted, GatewayError> {
        let (token, _) = crate::identity::links::new_token();
        let public_id = PaymentId::parse(&token)
            .ok_or_else(|| GatewayError::Unavailable("a payment id that is not one".into()))?;
        let started = self
            .store
            .start_payment(&NewPayment {
                public_id: &public_id,
                idempotency_key,
                paid_for: &charge.paid_for,
                amount: charge.amount,
                person: &charge.person,
                article: charge.article.as_deref(),
                reason: charge.reason.as_deref(),
                lang: payer.lang,
                account_id: payer.account_id,
                email: payer.email.as_ref().map(Email::as_str),
            })
            .await?;
        let existing = match started {
            Started::New => None,
            Started::SameAttempt(id) | Started::AlreadyLive(id) => Some(id),
        };
        let payment_id = existing.unwrap_or(public_id);
        let record = self
            .store
            .payment(&payment_id)
            .await?
            .ok_or_else(|| GatewayError::Unavailable("the payment vanished".into()))?;
        let return_url = ClientRoute::Payment(payment_id).href();
        if record.payment.state != app::api::PaymentState::Pending {
            return Ok(PaymentStarted {
                payment: payment_id,
                redirect: return_url,
            });
        }
        // Asking again with the same key gives the same order: a retry after a crash here
        // cannot make a second one.
        let order = self
            .gateway
            .create_order(NewOrder {
                idempotency_key: &payment_id.to_string(),
                amount: charge.amount,
                description: &charge.description,
                return_url: &return_url,
            })
            .await;
        let order = match order {
            Ok(order) => order,
            Err(error) => {
                self.store
                    .settle_failed(&payment_id, PaymentFailure::Timeout)
                    .await?;
                return Err(error);
            }
        };
        self.store
            .set_gateway_order(&payment_id, &order.order_id)
            .await?;
        Ok(PaymentStarted {
            payment: payment_id,
            redirect: order.redirect,
        })
    }

    /// The payment as it stands, asking the gateway first if the outcome is not known yet.
    pub async fn refresh(&self, public_id: &PaymentId) -> Result<Option<Payment>, GatewayError> {
        let Some(record) = self.store.payment(public_id).await? else {
            return Ok(None);
        };
        if record.payment.state == app::api::PaymentState::Pending {
            self.settle(&record).await?;
        }
        Ok(self.store.payment(public_id).await?.map(|r| r.payment))
    }

    /// An application's fee as it stands: its payment, settled first if still under way (the
    /// applicant may come back before the callback).
    pub async fn fee_state(
        &self,
        application: &ApplicationNumber,
        amount: Qepik,
    ) -> Result<FeeState, GatewayError> {
        let payment = match self.store.fee_payment(application).await? {
            Some(record) if record.payment.state == app::api::PaymentState::Pending => {
                self.refresh(&record.payment.id).await?
            }
            record => record.map(|r| r.payment),
        };
        Ok(FeeState { amount, payment })
    }

    /// The gateway's callback named an order: ask the gateway what became of it.
    pub async fn on_callback(&self, order_id: &str) -> Result<bool, GatewayError> {
        let Some(public_id) = self.store.payment_of_order(order_id).await? else {
            return Ok(false);
        };
        if let Some(record) = self.store.payment(&public_id).await? {
            self.settle(&record).await?;
        }
        Ok(true)
    }

    /// Settles what the gateway knows and the portal does not: lost callbacks, closed tabs, a
    /// bank that reported a charge late.
    pub async fn reconcile(&self) -> Result<usize, GatewayError> {
        let due = self
            .store
            .payments_to_reconcile(self.reconcile_after_seconds)
            .await?;
        for public_id in &due {
            if let Some(record) = self.store.payment(public_id).await? {
                self.settle(&record).await?;
            }
        }
        // Telling the registry is idempotent: a day's paid fines are told again, in case it
        // could not be reached when they were paid.
        for (number, public_id) in self.store.recently_paid().await? {
            self.fines
                .mark_paid(&number, &public_id)
                .await
                .map_err(|e| GatewayError::Unavailable(e.to_string()))?;
        }
        Ok(due.len())
    }

    async fn settle(&self, record: &PaymentRecord) -> Result<(), GatewayError> {
        let Some(order_id) = &record.gateway_order_id else {
            return Ok(());
        };
        let link = self.receipt_link(&record.payment.id);
        match self.gateway.status(order_id).await? {
            OrderStatus::Pending => {}
            OrderStatus::Failed(failure) => {
                self.store
                    .settle_failed(&record.payment.id, failure)
                    .await?;
            }
            OrderStatus::Paid(receipt) => {
                let (receipt_mail, refund_mail) = match record.payment.paid_for {
                    PaidFor::Fine { .. } => (Template::PaymentReceipt, Template::PaymentRefunded),
                    PaidFor::Fee { .. } => (Template::FeeReceipt, Template::FeeRefunded),
                };
                let told = receipt_message(record, &receipt, &link, receipt_mail);
                match self
                    .store
                    .settle_paid(&record.payment.id, &receipt, told.as_ref())
                    .await?
                {
                    Settled::Paid => {
                        // The registry learns of it after the portal has recorded it; the
                        // reconciliation tells it again if it cannot be reached now.
                        if let PaidFor::Fine { payment_number } = &record.payment.paid_for
                            && let Err(error) = self
                                .fines
                                .mark_paid(payment_number, &record.payment.id)
                                .await
                        {
                            tracing::warn!(%error, "the fines registry did not take the payment yet");
                        }
                    }
                    Settled::Unchanged => {}
                    Settled::PaidTwice => {
                        self.gateway.refund(order_id).await?;
                        let told = receipt_message(record, &receipt, &link, refund_mail);
                        self.store
                            .settle_refunded(&record.payment.id, &receipt, told.as_ref())
                            .await?;
                    }
                }
            }
        }
        Ok(())
    }
}

/// The e-mail that tells the payer of a receipt, when they gave an address: its values are the
/// receipt's.
fn receipt_message(
    record: &PaymentRecord,
    receipt: &Receipt,
    link: &str,
    template: Template,
) -> Option<Outgoing> {
    let payment = &record.payment;
    let values = [
        ("name", payment.payer.clone()),
        ("number", payment.paid_for.number().1),
        (
            "service",
            match &payment.paid_for {
                PaidFor::Fee { service, .. } => service.to_string(),
                PaidFor::Fine { .. } => String::new(),
            },
        ),
        ("amount", payment.amount.0.to_string()),
        ("transaction_id", receipt.transaction_id.clone()),
        ("rrn", receipt.rrn.clone()),
        ("card", receipt.masked_card.clone()),
        ("paid_at", receipt.paid_at.clone()),
        ("link", link.to_owned()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    Some(Outgoing {
        account: record.account_id,
        to: payment.email.clone()?,
        template,
        lang: record.lang,
        values,
    })
}

/// The reconciliation: payments left unsettled are asked about at the gateway.
impl Periodic for Payments {
    const JOB: Job = Job::PaymentReconciliation;
    const PAUSE: Duration = Duration::from_secs(30);

    async fn round(&self) -> anyhow::Result<Round> {
        self.reconcile().await?;
        Ok(Round::Finished)
    }
}
