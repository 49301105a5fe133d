//! The customs committee's obligation form: accepted once per declarant, never changed after.

use app::api::{CustomsObligation, OBLIGATION_VERSION};
use app::domain::Fin;

use super::Store;

type ObligationRow = (i64, String, String, Option<String>, String);

fn obligation(
    (version, surname, name, fin, accepted_at): ObligationRow,
) -> sqlx::Result<CustomsObligation> {
    Ok(CustomsObligation {
        accepted_at,
        version: u32::try_from(version)
            .map_err(|_| sqlx::Error::Decode(format!("obligation version {version}").into()))?,
        surname,
        name,
        fin: fin.as_deref().and_then(Fin::parse),
    })
}

impl Store {
    pub async fn customs_obligation(
        &self,
        account_id: i64,
    ) -> sqlx::Result<Option<CustomsObligation>> {
        let row: Option<ObligationRow> = sqlx::query_as(
            "SELECT version, surname, name, fin, accepted_at FROM customs_obligations \
             WHERE account_id = $1",
        )
        .bind(account_id)
        .fetch_optional(&self.pool)
        .await?;
        row.map(obligation).transpose()
    }

    /// Records the account's acceptance of the current wording under the name (and FIN) it
    /// has now; accepting again keeps the first acceptance.
    pub async fn accept_customs_obligation(
        &self,
        account_id: i64,
    ) -> sqlx::Result<CustomsObligation> {
        let mut tx = self.write().await?;
        sqlx::query(
            "INSERT INTO customs_obligations (account_id, version, surname, name, fin) \
             SELECT id, $1, surname, name, fin FROM accounts WHERE id = $2 ON CONFLICT DO NOTHING",
        )
        .bind(i64::from(OBLIGATION_VERSION))
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
        let row: ObligationRow = sqlx::query_as(
            "SELECT version, surname, name, fin, accepted_at FROM customs_obligations \
             WHERE account_id = $1",
        )
        .bind(account_id)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        obligation(row)
    }
}
