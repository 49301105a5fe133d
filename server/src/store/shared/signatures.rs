//! Signing requests and the signatures applications were sent with (rule 12.2): rows only;
//! what a signature proves is checked above the store (`crate::signatures`).

use app::domain::ApplicationNumber;
use sqlx::QueryBuilder;

use super::{Db, Store};
use crate::store::{
    SignatureReader, SigningRequestRecord, SigningRequestRow, SigningSettled, StoredSignature,
};

impl Store {
    /// Keeps a signing request: of the account's own application, `false` if it has none by
    /// that number; or of a letter not yet sent.
    pub async fn keep_signing_request(&self, request: &SigningRequestRecord<'_>) -> sqlx::Result<bool> {
        let kept = match request.number {
            Some(number) => sqlx::query(
                "INSERT INTO signing_requests (id, application_id, account_id, means, provider_ref, content) \
                 SELECT $1, id, account_id, $2, $3, $4 FROM applications WHERE number = $5 AND account_id = $6",
            )
            .bind(request.id)
            .bind(request.means)
            .bind(request.provider_ref)
            .bind(request.content)
            .bind(number.to_string())
            .bind(request.account_id),
            None => sqlx::query(
                "INSERT INTO signing_requests (id, account_id, means, provider_ref, content) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(request.id)
            .bind(request.account_id)
            .bind(request.means)
            .bind(request.provider_ref)
            .bind(request.content),
        }
        .execute(&self.writer)
        .await?;
        Ok(kept.rows_affected() == 1)
    }

    /// The account's signing request by this id: of its application by this number, or of a
    /// letter when there is none.
    pub async fn signing_request(
        &self,
        account_id: i64,
        number: Option<&ApplicationNumber>,
        id: &str,
    ) -> sqlx::Result<Option<SigningRequestRow>> {
        sqlx::query_as(
            "SELECT r.means, r.provider_ref, r.content, r.state, r.signature, r.certificate \
             FROM signing_requests r LEFT JOIN applications a ON a.id = r.application_id \
             WHERE r.id = $1 AND r.account_id = $2 \
             AND (a.number = $3 OR (r.application_id IS NULL AND $4))",
        )
        .bind(id)
        .bind(account_id)
        .bind(number.map(ToString::to_string))
        .bind(number.is_none())
        .fetch_optional(&self.pool)
        .await
    }

    /// Records how a waiting request ended; one already settled stays as it is.
    pub async fn settle_signing_request(&self, id: &str, settled: &SigningSettled<'_>) -> sqlx::Result<()> {
        let (state, signature, certificate) = match settled {
            SigningSettled::Signed {
                signature,
                certificate,
            } => ("signed", Some(*signature), Some(*certificate)),
            SigningSettled::Refused => ("refused", None, None),
            SigningSettled::Expired => ("expired", None, None),
        };
        sqlx::query(
            "UPDATE signing_requests SET state = $1, signature = $2, certificate = $3 \
             WHERE id = $4 AND state = 'waiting'",
        )
        .bind(state)
        .bind(signature)
        .bind(certificate)
        .bind(id)
        .execute(&self.writer)
        .await
        .map(drop)
    }

    /// Every sending of the application, oldest first, as its applicant or its agency reads it.
    pub async fn application_signatures(
        &self,
        number: &ApplicationNumber,
        reader: SignatureReader,
    ) -> sqlx::Result<Vec<StoredSignature>> {
        let (account, agency) = match reader {
            SignatureReader::Applicant(account_id) => (Some(account_id), None),
            SignatureReader::Agency(agency) => (None, Some(i64::from(agency.get()))),
        };
        sqlx::query_as(
            "SELECT s.sending, s.content, s.signature, s.certificate, s.signed_at, s.sent_at \
             FROM application_signatures s JOIN applications a ON a.id = s.application_id \
             WHERE a.number = $1 AND (a.account_id = $2 OR a.agency = $3) ORDER BY s.sending",
        )
        .bind(number.to_string())
        .bind(account)
        .bind(agency)
        .fetch_all(&self.pool)
        .await
    }

    /// The kept scans' names and SHA-256 digests, by id, in the order of `ids` (a page named
    /// twice is there twice; an unknown id is left out), read in one query.
    pub async fn file_digests(&self, ids: &[&str]) -> sqlx::Result<Vec<(String, String, String)>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = QueryBuilder::<Db>::new("SELECT id, name, sha256 FROM files WHERE id IN (");
        let mut each = sql.separated(", ");
        for id in ids {
            each.push_bind(*id);
        }
        sql.push(")");
        let rows: Vec<(String, String, String)> =
            sql.build_query_as().fetch_all(&self.pool).await?;
        Ok(ids
            .iter()
            .filter_map(|id| rows.iter().find(|(found, ..)| found == id).cloned())
            .collect())
    }
}

/// The sender's signed request for a letter, a reply or a complaint (none of them exists before
/// it is sent, so the request names no application), used once in the transaction that sends
/// it: of two sends racing with it, one finds it signed. `false` when it is not there to use;
/// `true` also when nothing was signed.
pub(super) async fn use_signing_request(
    tx: &mut sqlx::Transaction<'_, Db>,
    account_id: i64,
    signing_id: Option<&str>,
) -> sqlx::Result<bool> {
    let Some(signing_id) = signing_id else {
        return Ok(true);
    };
    let used = sqlx::query(
        "UPDATE signing_requests SET state = 'used' WHERE id = $1 AND account_id = $2 \
         AND application_id IS NULL AND state = 'signed'",
    )
    .bind(signing_id)
    .bind(account_id)
    .execute(&mut **tx)
    .await?;
    Ok(used.rows_affected() == 1)
}

/// Inside a submit's transaction: the sending and its signature, the signing request used.
pub(super) async fn record_sending(
    tx: &mut sqlx::Transaction<'_, Db>,
    application_id: i64,
    signature: Option<&crate::store::SentSignature<'_>>,
) -> Result<(), crate::store::ApplicationError> {
    if let Some(signed) = signature {
        let used = sqlx::query(
            "UPDATE signing_requests SET state = 'used' \
             WHERE id = $1 AND application_id = $2 AND state = 'signed'",
        )
        .bind(signed.signing_id)
        .bind(application_id)
        .execute(&mut **tx)
        .await?;
        if used.rows_affected() != 1 {
            return Err(crate::store::ApplicationError::SignatureNotGiven);
        }
    }
    sqlx::query(
        "INSERT INTO application_signatures \
           (application_id, sending, means, content, signature, certificate, signed_at) \
         SELECT $1, COALESCE(MAX(sending), 0) + 1, $2, $3, $4, $5, $6 \
         FROM application_signatures WHERE application_id = $7",
    )
    .bind(application_id)
    .bind(signature.map(|s| s.means))
    .bind(signature.map(|s| s.content))
    .bind(signature.map(|s| s.signature))
    .bind(signature.map(|s| s.certificate))
    .bind(signature.map(|s| s.signed_at))
    .bind(application_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
