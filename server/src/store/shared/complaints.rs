//! Complaints about a decision: the applicant files one at a time, with documents of their own
//! if they like, the agency's supervisor answers, and the answer reaches the applicant like a
//! decision.

use app::api::{ComplaintView, FileRef, OfficeComplaint};
use app::domain::{AgencyNumber, ApplicationNumber};
use sqlx::{QueryBuilder, Transaction};

use super::Db;

use super::notify::queue_outgoing;
use super::officers::audit;
use super::rows::{json, number, to_json};
use super::signatures::use_signing_request;
use super::{FOR_UPDATE, NOW, Store};
use crate::store::{ComplaintError, KeptSignatureRow, OfficeError, Officer, Outgoing, Written};

#[derive(sqlx::FromRow)]
struct ComplaintRow {
    id: i64,
    text: String,
    files: String,
    filed_at: String,
    due_on: Option<String>,
    answer: Option<String>,
    answered_at: Option<String>,
}

impl ComplaintRow {
    fn view(self) -> sqlx::Result<ComplaintView> {
        Ok(ComplaintView {
            id: self.id,
            text: self.text,
            files: json::<Vec<FileRef>>(&self.files)?,
            filed_at: self.filed_at,
            due_on: self.due_on,
            answer: self.answer,
            answered_at: self.answered_at,
            signed_by: None,
        })
    }
}

const COLUMNS: &str = "c.id, c.text, c.files, c.filed_at, c.due_on, c.answer, c.answered_at";

impl Store {
    /// Files the applicant's complaint with its signature, if signed, using the signing request
    /// named once.
    pub async fn file_complaint(
        &self,
        account_id: i64,
        number: &ApplicationNumber,
        written: &Written<'_>,
        signing_id: Option<&str>,
    ) -> Result<ComplaintView, ComplaintError> {
        let mut tx = self.write_locking_rows().await?;
        if !use_signing_request(&mut tx, account_id, signing_id).await? {
            return Err(ComplaintError::SignatureNotGiven);
        }
        // Held until the complaint is written: the same complaint sent from two tabs is filed
        // once, the second finding the first open.
        let row: Option<(i64, String)> = sqlx::query_as(&format!(
            "SELECT id, status FROM applications WHERE number = $1 AND account_id = $2 {FOR_UPDATE}"
        ))
        .bind(number.to_string())
        .bind(account_id)
        .fetch_optional(&mut *tx)
        .await?;
        let (id, status) = row.ok_or(ComplaintError::NotFound)?;
        if !matches!(status.as_str(), "accepted" | "refused") {
            return Err(ComplaintError::NotDecided);
        }
        let open: Option<(i64,)> = sqlx::query_as(
            "SELECT id FROM complaints WHERE application_id = $1 AND answered_at IS NULL",
        )
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        if open.is_some() {
            return Err(ComplaintError::AlreadyOpen);
        }
        let kept = as_uploaded(&mut tx, written.files).await?;
        let signed = written.signature.as_ref();
        let (complaint,): (i64,) = sqlx::query_as(
            "INSERT INTO complaints (application_id, text, files, due_on, \
             signed_content, signature, certificate, signed_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(id)
        .bind(written.text)
        .bind(to_json(&kept)?)
        .bind(written.due_on.iso())
        .bind(signed.map(|s| s.content))
        .bind(signed.map(|s| s.signature))
        .bind(signed.map(|s| s.certificate))
        .bind(signed.map(|s| s.signed_at))
        .fetch_one(&mut *tx)
        .await?;
        // By file too: the agency's officers read them as they read the application's scans.
        for file in &kept {
            sqlx::query("INSERT INTO complaint_files (complaint_id, file_id) VALUES ($1, $2)")
                .bind(complaint)
                .bind(&file.id)
                .execute(&mut *tx)
                .await?;
        }
        let view = complaint_in(&mut tx, complaint).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// The signatures the complaints by these ids were filed with, by id; an unsigned one is
    /// not listed.
    pub async fn complaint_signatures(
        &self,
        ids: &[i64],
    ) -> sqlx::Result<Vec<(i64, KeptSignatureRow)>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = QueryBuilder::<Db>::new(
            "SELECT id, signed_content, signature, certificate, signed_at FROM complaints \
             WHERE signature IS NOT NULL AND id IN (",
        );
        let mut each = sql.separated(", ");
        for id in ids {
            each.push_bind(*id);
        }
        sql.push(")");
        let rows: Vec<(i64, String, String, String, String)> =
            sql.build_query_as().fetch_all(&self.pool).await?;
        Ok(rows
            .into_iter()
            .map(|(id, content, signature, certificate, signed_at)| {
                let kept = KeptSignatureRow {
                    content,
                    signature,
                    certificate,
                    signed_at,
                };
                (id, kept)
            })
            .collect())
    }

    /// The agency's complaints waiting for an answer, the earliest due first.
    pub async fn agency_complaints(&self, by: &Officer) -> sqlx::Result<Vec<OfficeComplaint>> {
        let rows: Vec<(String, String, i64)> = sqlx::query_as(
            "SELECT a.number, ac.surname || ' ' || ac.name, c.id FROM complaints c \
             JOIN applications a ON a.id = c.application_id \
             JOIN accounts ac ON ac.id = a.account_id \
             WHERE a.agency = $1 AND c.answered_at IS NULL ORDER BY c.due_on, c.id",
        )
        .bind(i64::from(by.agency.get()))
        .fetch_all(&self.pool)
        .await?;
        let mut tx = self.pool.begin().await?;
        let mut list = Vec::with_capacity(rows.len());
        for (n, applicant, id) in rows {
            list.push(OfficeComplaint {
                number: number(&n)?,
                applicant,
                complaint: complaint_in(&mut tx, id).await?,
            });
        }
        tx.commit().await?;
        Ok(list)
    }

    /// The application a complaint to the agency is about.
    pub async fn complaint_about(
        &self,
        agency: AgencyNumber,
        complaint: i64,
    ) -> sqlx::Result<Option<ApplicationNumber>> {
        let row: Option<(String,)> = sqlx::query_as(
            "SELECT a.number FROM complaints c JOIN applications a ON a.id = c.application_id \
             WHERE c.id = $1 AND a.agency = $2",
        )
        .bind(complaint)
        .bind(i64::from(agency.get()))
        .fetch_optional(&self.pool)
        .await?;
        row.map(|(raw,)| number(&raw)).transpose()
    }

    /// The supervisor's answer, with the audit entry and the workflow's messages to the
    /// applicant, in one transaction; a complaint of another agency, or answered already, is
    /// not found.
    pub async fn answer_complaint(
        &self,
        by: &Officer,
        complaint: i64,
        answer: &str,
        messages: &[Outgoing],
    ) -> Result<(), OfficeError> {
        // The complaint's row is held from its reading: two supervisors answering at once
        // answer it once.
        let mut tx = self.write_locking_rows().await?;
        let row: Option<(i64,)> = sqlx::query_as(&format!(
            "SELECT a.id FROM complaints c JOIN applications a ON a.id = c.application_id \
             WHERE c.id = $1 AND a.agency = $2 AND c.answered_at IS NULL {FOR_UPDATE}"
        ))
        .bind(complaint)
        .bind(i64::from(by.agency.get()))
        .fetch_optional(&mut *tx)
        .await?;
        let (application,) = row.ok_or(OfficeError::NotFound)?;
        sqlx::query(&format!(
            "UPDATE complaints SET answer = $1, answered_by = $2, answered_at = {NOW} WHERE id = $3"
        ))
        .bind(answer)
        .bind(by.account_id)
        .bind(complaint)
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            by,
            "answered_complaint",
            Some(application),
            Some(answer),
        )
        .await?;
        for message in messages {
            queue_outgoing(&mut tx, message).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

async fn complaint_in(tx: &mut Transaction<'_, Db>, id: i64) -> sqlx::Result<ComplaintView> {
    let row: ComplaintRow = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM complaints c WHERE c.id = $1"
    ))
    .bind(id)
    .fetch_one(&mut **tx)
    .await?;
    row.view()
}

/// An application's complaints, oldest first, for its page.
pub(super) async fn complaints_of(
    tx: &mut Transaction<'_, Db>,
    application_id: i64,
) -> sqlx::Result<Vec<ComplaintView>> {
    let rows: Vec<ComplaintRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM complaints c WHERE c.application_id = $1 ORDER BY c.id"
    ))
    .bind(application_id)
    .fetch_all(&mut **tx)
    .await?;
    rows.into_iter().map(ComplaintRow::view).collect()
}

/// What a complaint or a letter keeps of each file it names: what was uploaded (its name,
/// type and size), not what the form says, each once.
pub(super) async fn as_uploaded(
    tx: &mut Transaction<'_, Db>,
    files: &[FileRef],
) -> sqlx::Result<Vec<FileRef>> {
    let mut kept: Vec<FileRef> = Vec::with_capacity(files.len());
    for file in files {
        if kept.iter().any(|k| k.id == file.id) {
            continue;
        }
        let row: Option<(String, String, i64)> =
            sqlx::query_as("SELECT name, media_type, size FROM files WHERE id = $1")
                .bind(&file.id)
                .fetch_optional(&mut **tx)
                .await?;
        if let Some((name, media_type, size)) = row {
            kept.push(FileRef {
                id: file.id.clone(),
                name,
                media_type,
                size: u64::try_from(size).unwrap_or_default(),
                claim: None,
            });
        }
    }
    Ok(kept)
}
