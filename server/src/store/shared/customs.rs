//! The customs committee's obligation form: accepted once per declarant, never changed after,
//! with the declarant's signature where they signed it (rule 12.2).

use app::api::{CustomsObligation, OBLIGATION_VERSION};
use app::domain::Fin;

use super::Store;
use super::signatures::use_signing_request;
use crate::store::{AcceptedObligation, KeptSignature, KeptSignatureRow};

#[derive(sqlx::FromRow)]
struct ObligationRow {
    version: i64,
    surname: String,
    name: String,
    fin: Option<String>,
    accepted_at: String,
    signed_content: Option<String>,
    signature: Option<String>,
    certificate: Option<String>,
    signed_at: Option<String>,
}

const COLUMNS: &str =
    "version, surname, name, fin, accepted_at, signed_content, signature, certificate, signed_at";

fn obligation(row: ObligationRow) -> sqlx::Result<AcceptedObligation> {
    let version = row.version;
    let signature = match (row.signed_content, row.signature, row.certificate, row.signed_at) {
        (Some(content), Some(signature), Some(certificate), Some(signed_at)) => {
            Some(KeptSignatureRow {
                content,
                signature,
                certificate,
                signed_at,
            })
        }
        _ => None,
    };
    Ok((
        CustomsObligation {
            accepted_at: row.accepted_at,
            version: u32::try_from(version)
                .map_err(|_| sqlx::Error::Decode(format!("obligation version {version}").into()))?,
            surname: row.surname,
            name: row.name,
            fin: row.fin.as_deref().and_then(Fin::parse),
            signed_by: None,
        },
        signature,
    ))
}

impl Store {
    pub async fn customs_obligation(
        &self,
        account_id: i64,
    ) -> sqlx::Result<Option<AcceptedObligation>> {
        let row: Option<ObligationRow> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM customs_obligations WHERE account_id = $1"
        ))
        .bind(account_id)
        .fetch_optional(&self.pool)
        .await?;
        row.map(obligation).transpose()
    }

    /// Records the account's acceptance of the current wording under the name (and FIN) it
    /// has now, with the declarant's signature, its signing request used in the same
    /// transaction. Accepting again keeps the first acceptance. `None` when the signing request
    /// is not there to use (used already by a send that raced).
    pub async fn accept_customs_obligation(
        &self,
        account_id: i64,
        signature: Option<&KeptSignature<'_>>,
        signing_id: Option<&str>,
    ) -> sqlx::Result<Option<AcceptedObligation>> {
        // Each statement checks what it writes (the signing request still unused, the
        // account's acceptance not yet there): acceptances at once need no other lock.
        let mut tx = self.write_locking_rows().await?;
        // A signature is used once, even by an acceptance that finds the first one standing.
        if !use_signing_request(&mut tx, account_id, signing_id).await? {
            return Ok(None);
        }
        sqlx::query(
            "INSERT INTO customs_obligations \
               (account_id, version, surname, name, fin, signed_content, signature, certificate, signed_at) \
             SELECT id, $1, surname, name, fin, $2, $3, $4, $5 FROM accounts WHERE id = $6 \
             ON CONFLICT DO NOTHING",
        )
        .bind(i64::from(OBLIGATION_VERSION))
        .bind(signature.map(|s| s.content))
        .bind(signature.map(|s| s.signature))
        .bind(signature.map(|s| s.certificate))
        .bind(signature.map(|s| s.signed_at))
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
        let row: ObligationRow = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM customs_obligations WHERE account_id = $1"
        ))
        .bind(account_id)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        obligation(row).map(Some)
    }
}
