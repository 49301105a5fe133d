//! The simulators' state (development and demo only), in tables of their own that each
//! simulator keeping state creates when it is built: the identity systems' requests, the
//! migration service's fines and the payment gateway's orders. A server with no simulator
//! (production refuses them) has none of these tables in its database.

use app::api::{
    Fine, GatewayOrder, GatewayOrderState, LoginMeans, PaymentFailure, SimulatedRequest,
};
use app::domain::{
    CalendarDate, CardExpiry, Fin, PaymentId, PaymentNumber, Phone, Qepik, SecurityCode,
};
use super::Db;

use crate::store::records::code;
use super::{NOW, Store};
use crate::store::{
    DemoFine, SimulatedCardSigning, SimulatedOrder, SimulatedOrderState, SimulatedRequestRecord,
    SimulatedSigning, SimulatedSigningState, SimulatedState,
};

/// The simulators' side of the database, on the store's writing connection (they write on
/// most of their calls, and development is not where reads need to scale).
#[derive(Clone)]
pub struct Simulators {
    pub(super) pool: sqlx::Pool<Db>,
}

impl Store {
    /// The simulators' side of the database; `Simulators::create_tables` before its first use.
    pub fn simulators(&self) -> Simulators {
        Simulators {
            pool: self.writer.clone(),
        }
    }
}

#[derive(sqlx::FromRow)]
struct PendingRow {
    id: String,
    phone: Option<String>,
    verification_code: Option<String>,
    return_to: Option<String>,
    fin: Option<String>,
}

#[derive(sqlx::FromRow)]
struct FineRow {
    payment_number: String,
    person: String,
    article: String,
    reason: String,
    issued_on: String,
    due_on: String,
    amount_qepik: i64,
    paid: bool,
    paid_by: Option<String>,
}

impl FineRow {
    fn into_fine(self) -> Option<Fine> {
        Some(Fine {
            payment_number: PaymentNumber::parse(&self.payment_number)?,
            person: self.person,
            article: self.article,
            reason: self.reason,
            issued_on: CalendarDate::parse(&self.issued_on)?,
            due_on: CalendarDate::parse(&self.due_on)?,
            amount: Qepik(self.amount_qepik),
            paid: self.paid,
            paid_by: self.paid_by.as_deref().and_then(PaymentId::parse),
        })
    }
}

const FINE_COLUMNS: &str = "payment_number, person, article, reason, issued_on, due_on, amount_qepik, \
     paid_at IS NOT NULL AS paid, paid_by";

impl Simulators {
    pub async fn keep_request(&self, request: &SimulatedRequestRecord<'_>) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO simulated_identity_requests \
               (id, means, phone, verification_code, fin, return_to, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+' || $7 || ' seconds'))",
        )
        .bind(request.id)
        .bind(request.means.slug())
        .bind(request.phone)
        .bind(request.verification_code)
        .bind(request.fin.map(Fin::as_str))
        .bind(request.return_to)
        .bind(request.lifetime_seconds)
        .execute(&self.pool)
        .await
        .map(drop)
    }

    pub async fn request_state(&self, id: &str) -> sqlx::Result<Option<SimulatedState>> {
        let row: Option<(String, Option<String>, Option<String>, bool)> = sqlx::query_as(&format!(
            "SELECT state, fin, phone, expires_at <= {NOW} FROM simulated_identity_requests \
             WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(state, fin, phone, expired)| {
            match (state.as_str(), fin.as_deref().and_then(Fin::parse)) {
                ("confirmed", Some(fin)) => SimulatedState::Confirmed {
                    fin,
                    phone: phone.as_deref().and_then(Phone::parse),
                },
                ("refused", _) => SimulatedState::Refused,
                _ if expired => SimulatedState::Expired,
                _ => SimulatedState::Pending,
            }
        }))
    }

    /// Requests still waiting for an answer: all of one means, or the one with this id.
    pub async fn pending_requests(
        &self,
        means: LoginMeans,
        id: Option<&str>,
    ) -> sqlx::Result<Vec<(SimulatedRequest, Option<Fin>)>> {
        let rows: Vec<PendingRow> = sqlx::query_as(&format!(
            "SELECT id, phone, verification_code, return_to, fin FROM simulated_identity_requests \
             WHERE means = $1 AND ($2 IS NULL OR id = $3) AND state = 'pending' AND expires_at > {NOW} \
             ORDER BY expires_at DESC"
        ))
        .bind(means.slug())
        .bind(id)
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| {
                let request = SimulatedRequest {
                    id: row.id,
                    means,
                    phone: row.phone.as_deref().and_then(Phone::parse),
                    verification_code: row.verification_code,
                    return_to: row.return_to,
                    signing: None,
                };
                (request, row.fin.as_deref().and_then(Fin::parse))
            })
            .collect())
    }

    /// Records the person's answer to a pending request; `false` if it was not pending.
    pub async fn answer_request(&self, id: &str, confirmed_as: Option<&Fin>) -> sqlx::Result<bool> {
        let state = if confirmed_as.is_some() {
            "confirmed"
        } else {
            "refused"
        };
        let answered = sqlx::query(&format!(
            "UPDATE simulated_identity_requests SET state = $1, fin = COALESCE($2, fin) \
             WHERE id = $3 AND state = 'pending' AND expires_at > {NOW}"
        ))
        .bind(state)
        .bind(confirmed_as.map(Fin::as_str))
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(answered.rows_affected() == 1)
    }

    pub async fn keep_signing(&self, request: &SimulatedSigning<'_>) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO simulated_signing_requests \
               (id, fin, phone, verification_code, digest, summary, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+' || $7 || ' seconds'))",
        )
        .bind(request.id)
        .bind(request.fin.as_str())
        .bind(request.phone.as_str())
        .bind(request.verification_code)
        .bind(request.digest)
        .bind(request.summary)
        .bind(request.lifetime_seconds)
        .execute(&self.pool)
        .await
        .map(drop)
    }

    pub async fn signing_state(&self, id: &str) -> sqlx::Result<Option<SimulatedSigningState>> {
        self.state_of_signing("simulated_signing_requests", id)
            .await
    }

    /// Where a signing request of the simulated Asan İmza's (`table`) or card system's stands.
    async fn state_of_signing(
        &self,
        table: &str,
        id: &str,
    ) -> sqlx::Result<Option<SimulatedSigningState>> {
        let row: Option<(String, Option<String>, String, bool)> = sqlx::query_as(&format!(
            "SELECT state, fin, digest, expires_at <= {NOW} FROM {table} WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(state, fin, digest, expired)| {
            let signed = fin.as_deref().and_then(Fin::parse).zip(
                hex::decode(digest)
                    .ok()
                    .and_then(|bytes| <[u8; 32]>::try_from(bytes).ok()),
            );
            match (state.as_str(), signed) {
                ("signed", Some((fin, digest))) => SimulatedSigningState::Signed { fin, digest },
                ("refused", _) => SimulatedSigningState::Refused,
                _ if expired => SimulatedSigningState::Expired,
                _ => SimulatedSigningState::Pending,
            }
        }))
    }

    /// Signing requests waiting on a phone: all, or the one with this id; each with its holder.
    pub async fn pending_signing(
        &self,
        id: Option<&str>,
    ) -> sqlx::Result<Vec<(SimulatedRequest, Fin)>> {
        let rows: Vec<(String, String, String, String, String)> = sqlx::query_as(&format!(
            "SELECT id, phone, verification_code, summary, fin FROM simulated_signing_requests \
             WHERE ($1 IS NULL OR id = $2) AND state = 'pending' AND expires_at > {NOW} \
             ORDER BY expires_at DESC"
        ))
        .bind(id)
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, phone, code, summary, fin)| {
                let request = SimulatedRequest {
                    id,
                    means: LoginMeans::AsanImza,
                    phone: Phone::parse(&phone),
                    verification_code: Some(code),
                    return_to: None,
                    signing: Some(summary),
                };
                Some((request, Fin::parse(&fin)?))
            })
            .collect())
    }

    /// Records the holder's answer to a pending signing request; `false` if it was not pending.
    pub async fn answer_signing(&self, id: &str, sign: bool) -> sqlx::Result<bool> {
        let answered = sqlx::query(&format!(
            "UPDATE simulated_signing_requests SET state = $1 \
             WHERE id = $2 AND state = 'pending' AND expires_at > {NOW}"
        ))
        .bind(if sign { "signed" } else { "refused" })
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(answered.rows_affected() == 1)
    }

    pub async fn keep_card_signing(&self, request: &SimulatedCardSigning<'_>) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO simulated_card_signings (id, digest, summary, expires_at) \
             VALUES ($1, $2, $3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+' || $4 || ' seconds'))",
        )
        .bind(request.id)
        .bind(request.digest)
        .bind(request.summary)
        .bind(request.lifetime_seconds)
        .execute(&self.pool)
        .await
        .map(drop)
    }

    pub async fn card_signing_state(
        &self,
        id: &str,
    ) -> sqlx::Result<Option<SimulatedSigningState>> {
        self.state_of_signing("simulated_card_signings", id).await
    }

    /// Whether the card signing request by this id still waits for its holder; `None` if there
    /// is no such request.
    pub async fn card_signing_waits(&self, id: &str) -> sqlx::Result<Option<bool>> {
        sqlx::query_scalar(&format!(
            "SELECT state = 'pending' AND expires_at > {NOW} FROM simulated_card_signings \
             WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await
    }

    /// The card signing requests waiting on the card system's page, newest first.
    pub async fn pending_card_signings(&self) -> sqlx::Result<Vec<SimulatedRequest>> {
        let rows: Vec<(String, String)> = sqlx::query_as(&format!(
            "SELECT id, summary FROM simulated_card_signings \
             WHERE state = 'pending' AND expires_at > {NOW} ORDER BY expires_at DESC"
        ))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, summary)| SimulatedRequest {
                id,
                means: LoginMeans::ESignature,
                phone: None,
                verification_code: None,
                return_to: None,
                signing: Some(summary),
            })
            .collect())
    }

    /// Records the answer on the card system's page: signed with the card of `card`, or refused
    /// with none; `false` if the request was not waiting.
    pub async fn answer_card_signing(&self, id: &str, card: Option<&Fin>) -> sqlx::Result<bool> {
        let answered = sqlx::query(&format!(
            "UPDATE simulated_card_signings SET state = $1, fin = $2 \
             WHERE id = $3 AND state = 'pending' AND expires_at > {NOW}"
        ))
        .bind(if card.is_some() { "signed" } else { "refused" })
        .bind(card.map(Fin::as_str))
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(answered.rows_affected() == 1)
    }

    /// The demo fines, each loaded once.
    pub async fn seed_fines(&self, fines: &[DemoFine]) -> sqlx::Result<()> {
        let mut tx = self.write().await?;
        for fine in fines {
            sqlx::query(&format!(
                "INSERT INTO simulated_fines \
                   (payment_number, security_code, fin, person, article, reason, issued_on, due_on, amount_qepik, paid_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $10 THEN {NOW} END) ON CONFLICT DO NOTHING"
            ))
            .bind(fine.payment_number.as_str())
            .bind(fine.security_code.as_str())
            .bind(fine.fin.as_ref().map(Fin::as_str))
            .bind(&fine.person)
            .bind(&fine.article)
            .bind(&fine.reason)
            .bind(fine.issued_on.iso())
            .bind(fine.due_on.iso())
            .bind(fine.amount_qepik)
            .bind(fine.paid)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await
    }

    /// A fine by its number, and, if given, only when the security code matches.
    pub async fn fine(
        &self,
        number: &PaymentNumber,
        code: Option<&SecurityCode>,
    ) -> sqlx::Result<Option<Fine>> {
        let row: Option<FineRow> = sqlx::query_as(&format!(
            "SELECT {FINE_COLUMNS} FROM simulated_fines \
             WHERE payment_number = $1 AND ($2 IS NULL OR security_code = $3)"
        ))
        .bind(number.as_str())
        .bind(code.map(SecurityCode::as_str))
        .bind(code.map(SecurityCode::as_str))
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.and_then(FineRow::into_fine))
    }

    pub async fn fines_of(&self, fin: &Fin) -> sqlx::Result<Vec<Fine>> {
        let rows: Vec<FineRow> = sqlx::query_as(&format!(
            "SELECT {FINE_COLUMNS} FROM simulated_fines WHERE fin = $1 ORDER BY issued_on DESC"
        ))
        .bind(fin.as_str())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().filter_map(FineRow::into_fine).collect())
    }

    pub async fn mark_fine_paid(
        &self,
        number: &PaymentNumber,
        payment: &PaymentId,
    ) -> sqlx::Result<()> {
        sqlx::query(&format!(
            "UPDATE simulated_fines SET paid_at = {NOW}, paid_by = $1 WHERE payment_number = $2 AND paid_at IS NULL"
        ))
        .bind(payment.to_string())
        .bind(number.as_str())
        .execute(&self.pool)
        .await
        .map(drop)
    }

    /// A new order, or the one the key made before.
    pub async fn create_order(&self, order: &SimulatedOrder<'_>) -> sqlx::Result<String> {
        sqlx::query(
            "INSERT INTO simulated_gateway_orders \
               (id, idempotency_key, amount_qepik, description, return_url, expires_at) \
             VALUES ($1, $2, $3, $4, $5, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+' || $6 || ' minutes')) \
             ON CONFLICT DO NOTHING",
        )
        .bind(order.id)
        .bind(order.idempotency_key)
        .bind(order.amount.0)
        .bind(order.description)
        .bind(order.return_url)
        .bind(order.lifetime_minutes)
        .execute(&self.pool)
        .await?;
        let (id,): (String,) =
            sqlx::query_as("SELECT id FROM simulated_gateway_orders WHERE idempotency_key = $1")
                .bind(order.idempotency_key)
                .fetch_one(&self.pool)
                .await?;
        Ok(id)
    }

    pub async fn order(&self, id: &str) -> sqlx::Result<Option<GatewayOrder>> {
        let row: Option<(String, i64, String, String, String)> = sqlx::query_as(
            "SELECT id, amount_qepik, description, state, return_url FROM simulated_gateway_orders WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(
            |(id, amount, description, state, return_url)| GatewayOrder {
                id,
                amount: Qepik(amount),
                description,
                state: match state.as_str() {
                    "awaiting_card" => GatewayOrderState::AwaitingCard,
                    "awaiting_three_ds" => GatewayOrderState::AwaitingThreeDs,
                    _ => GatewayOrderState::Answered,
                },
                return_url,
            },
        ))
    }

    /// The order as a status query finds it, the query counted.
    pub async fn ask_order_status(&self, id: &str) -> sqlx::Result<Option<SimulatedOrderState>> {
        sqlx::query_as(&format!(
            "UPDATE simulated_gateway_orders SET status_asked = status_asked + 1 WHERE id = $1 \
             RETURNING state, late_charge, status_asked, failure, transaction_id, rrn, masked_card, paid_at, \
               expires_at <= {NOW} AS expired"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await
    }

    /// This month (UTC), which a card's expiry must not be before.
    pub async fn this_month(&self) -> sqlx::Result<CardExpiry> {
        let (year, month): (i64, i64) = sqlx::query_as(
            "SELECT CAST(strftime('%Y', 'now') AS BIGINT), CAST(strftime('%m', 'now') AS BIGINT)",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(CardExpiry {
            year: u16::try_from(year).unwrap_or(u16::MAX),
            month: u8::try_from(month).unwrap_or(12),
        })
    }

    pub async fn order_card(&self, id: &str) -> sqlx::Result<Option<String>> {
        let row: Option<(Option<String>,)> =
            sqlx::query_as("SELECT masked_card FROM simulated_gateway_orders WHERE id = $1")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.and_then(|(card,)| card))
    }

    /// Sets an order's state, with the receipt's transaction and reference numbers when it was
    /// paid.
    pub async fn set_order(
        &self,
        id: &str,
        state: &str,
        masked_card: &str,
        failure: Option<PaymentFailure>,
        receipt: Option<(&str, &str)>,
    ) -> sqlx::Result<()> {
        sqlx::query(&format!(
            "UPDATE simulated_gateway_orders SET state = $1, masked_card = $2, failure = $3, transaction_id = $4, rrn = $5, \
               paid_at = CASE WHEN $6 = 'paid' THEN {NOW} END WHERE id = $7"
        ))
        .bind(state)
        .bind(masked_card)
        .bind(failure.map(code))
        .bind(receipt.map(|(t, _)| t))
        .bind(receipt.map(|(_, r)| r))
        .bind(state)
        .bind(id)
        .execute(&self.pool)
        .await
        .map(drop)
    }

    /// The late-charge test card: declined now, with the charge the bank will report later.
    pub async fn charge_order_late(
        &self,
        id: &str,
        transaction_id: &str,
        rrn: &str,
        masked_card: &str,
    ) -> sqlx::Result<()> {
        sqlx::query(&format!(
            "UPDATE simulated_gateway_orders SET state = 'failed', failure = 'declined', late_charge = TRUE, \
               masked_card = $1, transaction_id = $2, rrn = $3, paid_at = {NOW}, status_asked = 0 WHERE id = $4"
        ))
        .bind(masked_card)
        .bind(transaction_id)
        .bind(rrn)
        .bind(id)
        .execute(&self.pool)
        .await
        .map(drop)
    }

    pub async fn refund_order(&self, id: &str) -> sqlx::Result<()> {
        sqlx::query(
            "UPDATE simulated_gateway_orders SET state = 'refunded' WHERE id = $1 AND (state = 'paid' OR late_charge)",
        )
        .bind(id)
        .execute(&self.pool)
        .await
        .map(drop)
    }
}
