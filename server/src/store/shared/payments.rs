use app::api::{PaidFor, Payment, PaymentFailure, Receipt};
use app::domain::{ApplicationNumber, Lang, PaymentId, PaymentNumber, Qepik, ServiceNumber, Text};

use super::notify::queue_outgoing;
use super::{NOW, Store};
use crate::store::records::{code, from_code};
use crate::store::{NewPayment, Outgoing, PaymentRecord, Settled, Started};

#[derive(sqlx::FromRow)]
struct PaymentRow {
    public_id: String,
    purpose: String,
    payment_number: String,
    service: Option<String>,
    amount_qepik: i64,
    state: String,
    failure: Option<String>,
    transaction_id: Option<String>,
    rrn: Option<String>,
    masked_card: Option<String>,
    paid_at: Option<String>,
    created_at: String,
    gateway_order_id: Option<String>,
    account_id: Option<i64>,
    email: Option<String>,
    person: String,
    lang: String,
    article: Option<String>,
    reason: Option<String>,
    payee_az: Option<String>,
    payee_en: Option<String>,
    payee_ru: Option<String>,
}

const PAYMENT_COLUMNS: &str = "public_id, purpose, payment_number, service, amount_qepik, state, failure, transaction_id, rrn, \
     masked_card, paid_at, created_at, gateway_order_id, account_id, email, person, lang, article, reason, \
     g.name_az AS payee_az, g.name_en AS payee_en, g.name_ru AS payee_ru";
/// Each payment with the agency it pays.
const PAYMENTS: &str = "payments LEFT JOIN agencies g ON g.number = payments.payee";

/// A `snake_case` enum as the tables keep it.
impl PaymentRow {
    fn into_record(self) -> Option<PaymentRecord> {
        let receipt = match (
            self.transaction_id,
            self.rrn,
            self.masked_card,
            self.paid_at,
        ) {
            (Some(transaction_id), Some(rrn), Some(masked_card), Some(paid_at)) => Some(Receipt {
                transaction_id,
                rrn,
                masked_card,
                paid_at,
            }),
            _ => None,
        };
        let paid_for = match self.purpose.as_str() {
            "fee" => PaidFor::Fee {
                application: ApplicationNumber::parse(&self.payment_number)?,
                service: ServiceNumber::parse(self.service.as_deref()?)?,
            },
            _ => PaidFor::Fine {
                payment_number: PaymentNumber::parse(&self.payment_number)?,
            },
        };
        Some(PaymentRecord {
            payment: Payment {
                id: PaymentId::parse(&self.public_id)?,
                paid_for,
                payer: self.person,
                payee: match (self.payee_az, self.payee_en, self.payee_ru) {
                    (Some(az), Some(en), Some(ru)) => Some(Text { az, en, ru }),
                    _ => None,
                },
                article: self.article,
                reason: self.reason,
                amount: Qepik(self.amount_qepik),
                state: from_code(&self.state)?,
                failure: self.failure.as_deref().and_then(from_code),
                receipt,
                created_at: self.created_at,
                email: self.email,
            },
            gateway_order_id: self.gateway_order_id,
            account_id: self.account_id,
            lang: Lang::parse(&self.lang).unwrap_or_default(),
        })
    }
}

fn purpose(paid_for: &PaidFor) -> &'static str {
    match paid_for {
        PaidFor::Fine { .. } => "fine",
        PaidFor::Fee { .. } => "fee",
    }
}

/// The number the payment is kept under: the fine's, or the application's for a fee.
fn number(paid_for: &PaidFor) -> String {
    match paid_for {
        PaidFor::Fine { payment_number } => payment_number.to_string(),
        PaidFor::Fee { application, .. } => application.to_string(),
    }
}

fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_unique_violation())
}

impl Store {
    pub async fn start_payment(&self, new: &NewPayment<'_>) -> sqlx::Result<Started> {
        let inserted = sqlx::query(
            "INSERT INTO payments (public_id, idempotency_key, purpose, payment_number, service, amount_qepik, person, lang, account_id, email, \
               article, reason, payee) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(new.public_id.to_string())
        .bind(new.idempotency_key)
        .bind(purpose(new.paid_for))
        .bind(number(new.paid_for))
        .bind(match new.paid_for {
            PaidFor::Fee { service, .. } => Some(service.to_string()),
            PaidFor::Fine { .. } => None,
        })
        .bind(new.amount.0)
        .bind(new.person)
        .bind(new.lang.code())
        .bind(new.account_id)
        .bind(new.email)
        .bind(new.article)
        .bind(new.reason)
        .bind(
            new.paid_for
                .service()
                .map(|service| i64::from(service.agency().get())),
        )
        .execute(&self.writer)
        .await;
        match inserted {
            Ok(_) => Ok(Started::New),
            Err(error) if is_unique_violation(&error) => {
                let same: Option<(String,)> =
                    sqlx::query_as("SELECT public_id FROM payments WHERE idempotency_key = $1")
                        .bind(new.idempotency_key)
                        .fetch_optional(&self.pool)
                        .await?;
                if let Some(id) = same.and_then(|(id,)| PaymentId::parse(&id)) {
                    return Ok(Started::SameAttempt(id));
                }
                let (live,): (String,) = sqlx::query_as(
                    "SELECT public_id FROM payments WHERE payment_number = $1 AND state IN ('pending', 'paid')",
                )
                .bind(number(new.paid_for))
                .fetch_one(&self.pool)
                .await?;
                PaymentId::parse(&live)
                    .map(Started::AlreadyLive)
                    .ok_or_else(|| sqlx::Error::Decode("a payment id that is not one".into()))
            }
            Err(error) => Err(error),
        }
    }

    pub async fn set_gateway_order(
        &self,
        public_id: &PaymentId,
        order_id: &str,
    ) -> sqlx::Result<()> {
        sqlx::query(&format!(
            "UPDATE payments SET gateway_order_id = $1, updated_at = {NOW} WHERE public_id = $2"
        ))
        .bind(order_id)
        .bind(public_id.to_string())
        .execute(&self.writer)
        .await
        .map(drop)
    }

    pub async fn payment(&self, public_id: &PaymentId) -> sqlx::Result<Option<PaymentRecord>> {
        let row: Option<PaymentRow> = sqlx::query_as(&format!(
            "SELECT {PAYMENT_COLUMNS} FROM {PAYMENTS} WHERE public_id = $1"
        ))
        .bind(public_id.to_string())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.and_then(PaymentRow::into_record))
    }

    pub async fn payment_of_order(&self, order_id: &str) -> sqlx::Result<Option<PaymentId>> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT public_id FROM payments WHERE gateway_order_id = $1")
                .bind(order_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.and_then(|(id,)| PaymentId::parse(&id)))
    }

    /// The payment for an application's fee that counts: the paid one, else the one under way,
    /// else the last attempt.
    pub async fn fee_payment(
        &self,
        application: &ApplicationNumber,
    ) -> sqlx::Result<Option<PaymentRecord>> {
        let row: Option<PaymentRow> = sqlx::query_as(&format!(
            "SELECT {PAYMENT_COLUMNS} FROM {PAYMENTS} WHERE purpose = 'fee' AND payment_number = $1 \
             ORDER BY CASE state WHEN 'paid' THEN 0 WHEN 'pending' THEN 1 ELSE 2 END, id DESC LIMIT 1"
        ))
        .bind(application.to_string())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.and_then(PaymentRow::into_record))
    }

    /// "Ödənişlərim": a person's payments, newest first.
    pub async fn payments_of(&self, account_id: i64) -> sqlx::Result<Vec<Payment>> {
        let rows: Vec<PaymentRow> = sqlx::query_as(&format!(
            "SELECT {PAYMENT_COLUMNS} FROM {PAYMENTS} WHERE account_id = $1 ORDER BY id DESC"
        ))
        .bind(account_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(PaymentRow::into_record)
            .map(|r| r.payment)
            .collect())
    }

    /// Payments whose outcome the gateway may know and the portal not yet: under way for
    /// `pending_seconds` or more, or failed within a day (a bank can report a charge late).
    pub async fn payments_to_reconcile(
        &self,
        pending_seconds: i64,
    ) -> sqlx::Result<Vec<PaymentId>> {
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT public_id FROM payments WHERE gateway_order_id IS NOT NULL AND ( \
               (state = 'pending' AND created_at <= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-' || $1 || ' seconds')) \
               OR (state = 'failed' AND created_at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-1 day')))",
        )
        .bind(pending_seconds)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(id,)| PaymentId::parse(&id))
            .collect())
    }

    /// The fines paid through the portal within a day, with their payments.
    pub async fn recently_paid(&self) -> sqlx::Result<Vec<(PaymentNumber, PaymentId)>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT payment_number, public_id FROM payments \
             WHERE purpose = 'fine' AND state = 'paid' AND paid_at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-1 day')",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(number, id)| {
                Some((PaymentNumber::parse(&number)?, PaymentId::parse(&id)?))
            })
            .collect())
    }

    /// Records the gateway's "paid", once, with the receipt's message in the same transaction.
    pub async fn settle_paid(
        &self,
        id: &PaymentId,
        receipt: &Receipt,
        tell: Option<&Outgoing>,
    ) -> sqlx::Result<Settled> {
        let mut tx = self.write_locking_rows().await?;
        let updated = sqlx::query(&format!(
            "UPDATE payments SET state = 'paid', failure = NULL, transaction_id = $1, rrn = $2, masked_card = $3, \
               paid_at = $4, updated_at = {NOW} \
             WHERE public_id = $5 AND state IN ('pending', 'failed')"
        ))
        .bind(&receipt.transaction_id)
        .bind(&receipt.rrn)
        .bind(&receipt.masked_card)
        .bind(&receipt.paid_at)
        .bind(id.to_string())
        .execute(&mut *tx)
        .await;
        match updated {
            Err(error) if is_unique_violation(&error) => return Ok(Settled::PaidTwice),
            Err(error) => return Err(error),
            Ok(done) if done.rows_affected() == 0 => return Ok(Settled::Unchanged),
            Ok(_) => {}
        }
        if let Some(tell) = tell {
            queue_outgoing(&mut tx, tell).await?;
        }
        tx.commit().await?;
        Ok(Settled::Paid)
    }

    /// Records that a second charge for a paid fine was given back, with its message.
    pub async fn settle_refunded(
        &self,
        id: &PaymentId,
        receipt: &Receipt,
        tell: Option<&Outgoing>,
    ) -> sqlx::Result<()> {
        let mut tx = self.write_locking_rows().await?;
        let updated = sqlx::query(&format!(
            "UPDATE payments SET state = 'refunded', transaction_id = $1, rrn = $2, masked_card = $3, paid_at = $4, \
               updated_at = {NOW} WHERE public_id = $5 AND state IN ('pending', 'failed')"
        ))
        .bind(&receipt.transaction_id)
        .bind(&receipt.rrn)
        .bind(&receipt.masked_card)
        .bind(&receipt.paid_at)
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?;
        if updated.rows_affected() == 1
            && let Some(tell) = tell
        {
            queue_outgoing(&mut tx, tell).await?;
        }
        tx.commit().await
    }

    pub async fn settle_failed(
        &self,
        public_id: &PaymentId,
        failure: PaymentFailure,
    ) -> sqlx::Result<()> {
        sqlx::query(&format!(
            "UPDATE payments SET state = 'failed', failure = $1, updated_at = {NOW} WHERE public_id = $2 AND state = 'pending'"
        ))
        .bind(code(failure))
        .bind(public_id.to_string())
        .execute(&self.writer)
        .await
        .map(drop)
    }
}
