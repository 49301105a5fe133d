use app::api::Fine;
use app::domain::{CalendarDate, Fin, PaymentId, PaymentNumber, Qepik, SecurityCode};

use super::{NOW, Store};
use crate::registries::fines::DemoFine;

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

impl Store {
    /// Development and demo only: the demo fines, loaded once.
    pub async fn seed_simulated_fines(&self, fines: &[DemoFine]) -> sqlx::Result<()> {
        let mut tx = self.write().await?;
        for fine in fines {
            sqlx::query(&format!(
                "INSERT OR IGNORE INTO simulated_fines \
                   (payment_number, security_code, fin, person, article, reason, issued_on, due_on, amount_qepik, paid_at) \
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ? THEN {NOW} END)"
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

    /// A simulated fine by its number, and, if given, only when the security code matches.
    pub async fn simulated_fine(
        &self,
        number: &PaymentNumber,
        code: Option<&SecurityCode>,
    ) -> sqlx::Result<Option<Fine>> {
        let row: Option<FineRow> = sqlx::query_as(&format!(
            "SELECT {FINE_COLUMNS} FROM simulated_fines \
             WHERE payment_number = ? AND (? IS NULL OR security_code = ?)"
        ))
        .bind(number.as_str())
        .bind(code.map(SecurityCode::as_str))
        .bind(code.map(SecurityCode::as_str))
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.and_then(FineRow::into_fine))
    }

    pub async fn simulated_fines_of(&self, fin: &Fin) -> sqlx::Result<Vec<Fine>> {
        let rows: Vec<FineRow> = sqlx::query_as(&format!(
            "SELECT {FINE_COLUMNS} FROM simulated_fines WHERE fin = ? ORDER BY issued_on DESC"
        ))
        .bind(fin.as_str())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().filter_map(FineRow::into_fine).collect())
    }

    pub async fn mark_simulated_fine_paid(
        &self,
        number: &PaymentNumber,
        payment: &PaymentId,
    ) -> sqlx::Result<()> {
        sqlx::query(&format!(
            "UPDATE simulated_fines SET paid_at = {NOW}, paid_by = ? WHERE payment_number = ? AND paid_at IS NULL"
        ))
        .bind(payment.to_string())
        .bind(number.as_str())
        .execute(&self.pool)
        .await
        .map(drop)
    }
}
