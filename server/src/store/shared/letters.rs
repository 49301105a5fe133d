//! Official correspondence (rules 11.6–11.7): letters, their threads and their pages; rows
//! only, with the sender's messages queued in the same transaction as each step.


use app::api::{
    FileRef, LetterMessage, LetterMessageKind, LetterRow, LetterStatus, LetterView, OfficeLetter,
    OfficeLetterRow,
};
use app::domain::{AgencyNumber, CalendarDate, LetterNumber};
use sqlx::Transaction;

use super::Db;
use super::complaints::as_uploaded;
use super::notify::{notify_account, queue_if_claimed, queue_outgoing};
use super::officers::audit;
use super::rows::{agency, agency_text, json, to_json};
use super::signatures::use_signing_request;
use super::office::OVERDUE_BATCH;
use super::{FOR_UPDATE, NOW, Store};
use crate::store::{
    AgencyLetterStep, KeptSignatureRow, LetterError, LetterReader, Officer, Outgoing,
    OverdueLetter, Written,
};

#[derive(sqlx::FromRow)]
struct LetterHead {
    id: i64,
    account_id: i64,
    number: String,
    subject: String,
    agency: i64,
    status: String,
    due_on: Option<String>,
    read_at: Option<String>,
    sent_at: String,
}

#[derive(sqlx::FromRow)]
struct LetterListRow {
    number: String,
    subject: String,
    az: String,
    en: String,
    ru: String,
    status: String,
    read_at: Option<String>,
    updated_at: String,
}

/// A message's signature columns, all set or none (the table checks it).
#[derive(sqlx::FromRow)]
struct MaybeSigned {
    signed_content: Option<String>,
    signature: Option<String>,
    certificate: Option<String>,
    signed_at: Option<String>,
}

const HEAD: &str = "l.id, l.account_id, l.number, l.subject, l.agency, l.status, l.due_on, \
                    l.read_at, l.sent_at";

fn letter_number(raw: &str) -> sqlx::Result<LetterNumber> {
    LetterNumber::parse(raw)
        .ok_or_else(|| sqlx::Error::Decode(format!("{raw} is not a letter's number").into()))
}

fn letter_status(raw: &str) -> sqlx::Result<LetterStatus> {
    LetterStatus::parse(raw)
        .ok_or_else(|| sqlx::Error::Decode(format!("{raw} is not a letter's status").into()))
}

impl Store {
    /// Sends a new letter to `agency` with its first message and pages, and queues its receipt
    /// to the sender (rule 7.1.2), in one transaction. `receipt` writes it from the number the
    /// letter gets and the agency's name.
    pub async fn send_letter(
        &self,
        account_id: i64,
        agency: AgencyNumber,
        subject: &str,
        written: &Written<'_>,
        signing_id: Option<&str>,
        receipt: impl FnOnce(&LetterNumber, &str) -> Vec<Outgoing>,
    ) -> Result<LetterView, LetterError> {
        // A new letter's number comes from its own row, and the signing request is used by one
        // statement that checks it: no other write needs waiting for.
        let mut tx = self.write_locking_rows().await?;
        if !use_signing_request(&mut tx, account_id, signing_id).await? {
            return Err(LetterError::SignatureNotGiven);
        }
        let (name,): (String,) = sqlx::query_as("SELECT name_az FROM agencies WHERE number = $1")
            .bind(i64::from(agency.get()))
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(LetterError::UnknownAgency)?;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO letters (account_id, agency, subject, due_on) VALUES ($1, $2, $3, $4) \
             RETURNING id",
        )
        .bind(account_id)
        .bind(i64::from(agency.get()))
        .bind(subject)
        .bind(written.due_on.iso())
        .fetch_one(&mut *tx)
        .await?;
        let (raw,): (String,) = sqlx::query_as(
            "UPDATE letters SET number = 'M-' || substr(sent_at, 1, 4) || '-' || printf('%06d', id) \
             WHERE id = $1 RETURNING number",
        )
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
        let number = letter_number(&raw)?;
        add_message(&mut tx, id, LetterMessageKind::Letter, agency, None, None, written).await?;
        for message in receipt(&number, &name) {
            queue_outgoing(&mut tx, &message).await?;
        }
        let view = letter_in(&mut tx, id).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// Letters waiting for their agency past their due date (before `today`, Baku) whose
    /// lateness nobody was told yet, the earliest first.
    pub async fn overdue_letters(&self, today: CalendarDate) -> sqlx::Result<Vec<OverdueLetter>> {
        let late: Vec<(i64, String, String, String, i64, String)> = sqlx::query_as(&format!(
            "SELECT l.account_id, l.number, l.subject, l.due_on, l.agency, g.name_az \
             FROM letters l JOIN agencies g ON g.number = l.agency \
             WHERE l.status = 'sent' AND l.due_on < $1 AND l.overdue_told_at IS NULL \
             ORDER BY l.due_on, l.id LIMIT {OVERDUE_BATCH}"
        ))
        .bind(today.iso())
        .fetch_all(&self.pool)
        .await?;
        late.into_iter()
            .map(|(sender, number, subject, due_on, raw_agency, agency_name)| {
                Ok(OverdueLetter {
                    number: letter_number(&number)?,
                    sender,
                    subject,
                    due_on: CalendarDate::parse(&due_on).ok_or_else(|| {
                        sqlx::Error::Decode(format!("due on {due_on}").into())
                    })?,
                    agency: agency(raw_agency)?,
                    agency_name,
                })
            })
            .collect()
    }

    /// Queues the workflow's messages about the letter's lateness, unless they were queued
    /// before or it was answered or moved meanwhile (another round, another server); whether
    /// they are now.
    pub async fn tell_overdue_letter(
        &self,
        late: &OverdueLetter,
        messages: &[Outgoing],
    ) -> sqlx::Result<bool> {
        let mut tx = self.write_locking_rows().await?;
        let claimed = sqlx::query(&format!(
            "UPDATE letters SET overdue_told_at = {NOW} \
             WHERE number = $1 AND status = 'sent' AND due_on = $2 AND overdue_told_at IS NULL"
        ))
        .bind(late.number.to_string())
        .bind(late.due_on.iso())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        queue_if_claimed(tx, claimed, messages).await
    }

    /// The account's letters, the latest changed first.
    pub async fn my_letters(&self, account_id: i64) -> sqlx::Result<Vec<LetterRow>> {
        let rows: Vec<LetterListRow> = sqlx::query_as(
            "SELECT l.number, l.subject, g.name_az AS az, g.name_en AS en, g.name_ru AS ru, \
             l.status, l.read_at, l.updated_at FROM letters l JOIN agencies g ON g.number = l.agency \
             WHERE l.account_id = $1 ORDER BY l.updated_at DESC, l.id DESC",
        )
        .bind(account_id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|row| {
                Ok(LetterRow {
                    number: letter_number(&row.number)?,
                    subject: row.subject,
                    agency: agency_text(row.az, row.en, row.ru),
                    status: letter_status(&row.status)?,
                    read: row.read_at.is_some(),
                    updated_at: row.updated_at,
                })
            })
            .collect()
    }

    /// The account's own letter with its thread.
    pub async fn my_letter(
        &self,
        account_id: i64,
        number: &LetterNumber,
    ) -> sqlx::Result<Option<LetterView>> {
        let mut tx = self.pool.begin().await?;
        let found: Option<(i64,)> =
            sqlx::query_as("SELECT id FROM letters WHERE number = $1 AND account_id = $2")
                .bind(number.to_string())
                .bind(account_id)
                .fetch_optional(&mut *tx)
                .await?;
        let view = match found {
            Some((id,)) => Some(letter_in(&mut tx, id).await?),
            None => None,
        };
        tx.commit().await?;
        Ok(view)
    }

    /// The sender writes again in the thread: the letter waits for the agency holding it, due
    /// anew unless it was waiting already.
    pub async fn reply_to_letter(
        &self,
        account_id: i64,
        number: &LetterNumber,
        written: &Written<'_>,
        signing_id: Option<&str>,
    ) -> Result<LetterView, LetterError> {
        // The letter's row is held from its reading: an agency's step at the same moment
        // comes before the reply or after it, never between its reading and its writing.
        let mut tx = self.write_locking_rows().await?;
        if !use_signing_request(&mut tx, account_id, signing_id).await? {
            return Err(LetterError::SignatureNotGiven);
        }
        let head: LetterHead = sqlx::query_as(&format!(
            "SELECT {HEAD} FROM letters l WHERE l.number = $1 AND l.account_id = $2 {FOR_UPDATE}"
        ))
        .bind(number.to_string())
        .bind(account_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(LetterError::NotFound)?;
        let agency = agency(head.agency)?;
        add_message(&mut tx, head.id, LetterMessageKind::Reply, agency, None, None, written).await?;
        sqlx::query(&format!(
            "UPDATE letters SET status = 'sent', read_at = NULL, read_by = NULL, \
             due_on = CASE WHEN status = 'sent' THEN due_on ELSE $1 END, \
             overdue_told_at = CASE WHEN status = 'sent' THEN overdue_told_at END, updated_at = {NOW} \
             WHERE id = $2"
        ))
        .bind(written.due_on.iso())
        .bind(head.id)
        .execute(&mut *tx)
        .await?;
        let view = letter_in(&mut tx, head.id).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// The agency's correspondence queue: letters waiting for it, the earliest due first, then
    /// the rest, the latest changed first.
    pub async fn agency_letters(
        &self,
        by: &Officer,
        today: CalendarDate,
    ) -> sqlx::Result<Vec<OfficeLetterRow>> {
        let rows: Vec<(String, String, String, String, Option<String>)> = sqlx::query_as(
            "SELECT l.number, a.surname || ' ' || a.name, l.subject, l.status, l.due_on \
             FROM letters l JOIN accounts a ON a.id = l.account_id WHERE l.agency = $1 \
             ORDER BY CASE WHEN l.status = 'sent' THEN 0 ELSE 1 END, \
             CASE WHEN l.status = 'sent' THEN l.due_on END, l.updated_at DESC LIMIT 200",
        )
        .bind(i64::from(by.agency.get()))
        .fetch_all(&self.pool)
        .await?;
        let today = today.iso();
        rows.into_iter()
            .map(|(number, sender, subject, status, due_on)| {
                let status = letter_status(&status)?;
                Ok(OfficeLetterRow {
                    number: letter_number(&number)?,
                    sender,
                    subject,
                    overdue: status == LetterStatus::Sent
                        && due_on.as_deref().is_some_and(|due| due < today.as_str()),
                    status,
                    due_on,
                })
            })
            .collect()
    }

    /// A letter the officer's agency holds, with its sender; the first officer to open it
    /// since the sender wrote is recorded as its reader (rule 7.1.5), and every opening in the
    /// audit log.
    pub async fn agency_letter(
        &self,
        by: &Officer,
        number: &LetterNumber,
    ) -> sqlx::Result<Option<OfficeLetter>> {
        // Its reader is recorded by one update that checks it has none yet.
        let mut tx = self.write_locking_rows().await?;
        let found: Option<(i64, String, Option<String>)> = sqlx::query_as(
            "SELECT l.id, a.surname || ' ' || a.name, a.email FROM letters l \
             JOIN accounts a ON a.id = l.account_id WHERE l.number = $1 AND l.agency = $2",
        )
        .bind(number.to_string())
        .bind(i64::from(by.agency.get()))
        .fetch_optional(&mut *tx)
        .await?;
        let Some((id, sender, sender_email)) = found else {
            return Ok(None);
        };
        sqlx::query(&format!(
            "UPDATE letters SET read_at = {NOW}, read_by = $1 \
             WHERE id = $2 AND status = 'sent' AND read_at IS NULL"
        ))
        .bind(by.account_id)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, by, "viewed_letter", None, Some(&number.to_string())).await?;
        let letter = letter_in(&mut tx, id).await?;
        tx.commit().await?;
        Ok(Some(OfficeLetter {
            letter,
            sender,
            sender_email,
            signs_answers: false,
        }))
    }

    /// The agency's step on a letter waiting for it (an answer, a request for more, or a
    /// forward to `to`), with the audit entry and the sender's message, in one transaction. A
    /// letter another agency holds is not found; one not waiting for the agency is
    /// `NotWaiting`, also for the second of two officers at once (the update claims the
    /// waiting letter).
    pub async fn answer_letter(
        &self,
        by: &Officer,
        number: &LetterNumber,
        step: &AgencyLetterStep<'_>,
    ) -> Result<(), LetterError> {
        let (kind, to, written) = (step.kind, step.to, &step.written);
        // The letter's row is held from its reading, as a reply holds it.
        let mut tx = self.write_locking_rows().await?;
        let head: LetterHead = sqlx::query_as(&format!(
            "SELECT {HEAD} FROM letters l WHERE l.number = $1 AND l.agency = $2 {FOR_UPDATE}"
        ))
        .bind(number.to_string())
        .bind(i64::from(by.agency.get()))
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(LetterError::NotFound)?;
        if head.status != LetterStatus::Sent.code() {
            return Err(LetterError::NotWaiting);
        }
        let mut values = step.values.clone();
        values.insert("subject".to_owned(), head.subject.clone());
        let claimed = match to {
            Some(to) => {
                let (name,): (String,) =
                    sqlx::query_as("SELECT name_az FROM agencies WHERE number = $1")
                        .bind(i64::from(to.get()))
                        .fetch_optional(&mut *tx)
                        .await?
                        .ok_or(LetterError::UnknownAgency)?;
                values.insert("agency".to_owned(), name);
                sqlx::query(&format!(
                    "UPDATE letters SET agency = $1, status = $2, read_at = NULL, \
                     read_by = NULL, due_on = $3, overdue_told_at = NULL, updated_at = {NOW} \
                     WHERE id = $4 AND agency = $5 AND status = 'sent'"
                ))
                .bind(i64::from(to.get()))
                .bind(step.becomes.code())
                .bind(written.due_on.iso())
                .bind(head.id)
                .bind(i64::from(by.agency.get()))
                .execute(&mut *tx)
                .await?
            }
            None => {
                sqlx::query(&format!(
                    "UPDATE letters SET status = $1, due_on = NULL, updated_at = {NOW} \
                     WHERE id = $2 AND agency = $3 AND status = 'sent'"
                ))
                .bind(step.becomes.code())
                .bind(head.id)
                .bind(i64::from(by.agency.get()))
                .execute(&mut *tx)
                .await?
            }
        };
        if claimed.rows_affected() == 0 {
            return Err(LetterError::NotWaiting);
        }
        add_message(
            &mut tx,
            head.id,
            kind,
            by.agency,
            to,
            Some(by.account_id),
            written,
        )
        .await?;
        audit(&mut tx, by, step.audit, None, Some(&number.to_string())).await?;
        notify_account(&mut tx, head.account_id, step.tell, values).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The signature of each message of a letter's thread, oldest first; `None` for an
    /// unsigned one.
    pub async fn letter_signatures(
        &self,
        number: &LetterNumber,
    ) -> sqlx::Result<Vec<Option<KeptSignatureRow>>> {
        let rows: Vec<MaybeSigned> = sqlx::query_as(
            "SELECT m.signed_content, m.signature, m.certificate, m.signed_at \
             FROM letter_messages m JOIN letters l ON l.id = m.letter_id \
             WHERE l.number = $1 ORDER BY m.id",
        )
        .bind(number.to_string())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| {
                Some(KeptSignatureRow {
                    content: row.signed_content?,
                    signature: row.signature?,
                    certificate: row.certificate?,
                    signed_at: row.signed_at?,
                })
            })
            .collect())
    }

    /// A page of a letter, for its sender or the agency holding it.
    pub async fn letter_file(
        &self,
        number: &LetterNumber,
        file_id: &str,
        reader: LetterReader,
    ) -> sqlx::Result<Option<FileRef>> {
        let (clause, who) = match reader {
            LetterReader::Sender(account_id) => ("l.account_id = $3", account_id),
            LetterReader::Agency(agency) => ("l.agency = $3", i64::from(agency.get())),
        };
        let row: Option<(String, String, i64)> = sqlx::query_as(&format!(
            "SELECT f.name, f.media_type, f.size FROM letter_files lf \
             JOIN letters l ON l.id = lf.letter_id JOIN files f ON f.id = lf.file_id \
             WHERE l.number = $1 AND lf.file_id = $2 AND {clause}"
        ))
        .bind(number.to_string())
        .bind(file_id)
        .bind(who)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(name, media_type, size)| FileRef {
            id: file_id.to_owned(),
            name,
            media_type,
            size: u64::try_from(size).unwrap_or_default(),
            claim: None,
        }))
    }
}

/// One message of the thread with its pages, as uploaded (not as the form names them).
async fn add_message(
    tx: &mut Transaction<'_, Db>,
    letter: i64,
    kind: LetterMessageKind,
    agency: AgencyNumber,
    forwarded_to: Option<AgencyNumber>,
    officer: Option<i64>,
    written: &Written<'_>,
) -> sqlx::Result<()> {
    let kept = as_uploaded(tx, written.files).await?;
    let signed = written.signature.as_ref();
    sqlx::query(
        "INSERT INTO letter_messages (letter_id, kind, agency, forwarded_to, officer_id, text, files, \
         signed_content, signature, certificate, signed_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(letter)
    .bind(kind.code())
    .bind(i64::from(agency.get()))
    .bind(forwarded_to.map(|a| i64::from(a.get())))
    .bind(officer)
    .bind(written.text)
    .bind(to_json(&kept)?)
    .bind(signed.map(|s| s.content))
    .bind(signed.map(|s| s.signature))
    .bind(signed.map(|s| s.certificate))
    .bind(signed.map(|s| s.signed_at))
    .execute(&mut **tx)
    .await?;
    for file in &kept {
        sqlx::query(
            "INSERT INTO letter_files (letter_id, file_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(letter)
        .bind(&file.id)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

#[derive(sqlx::FromRow)]
struct MessageRow {
    kind: String,
    text: String,
    files: String,
    written_at: String,
    az: String,
    en: String,
    ru: String,
    to_az: Option<String>,
    to_en: Option<String>,
    to_ru: Option<String>,
}

/// The letter with its thread, oldest message first.
async fn letter_in(tx: &mut Transaction<'_, Db>, id: i64) -> sqlx::Result<LetterView> {
    let head: LetterHead = sqlx::query_as(&format!("SELECT {HEAD} FROM letters l WHERE l.id = $1"))
        .bind(id)
        .fetch_one(&mut **tx)
        .await?;
    let (az, en, ru): (String, String, String) =
        sqlx::query_as("SELECT name_az, name_en, name_ru FROM agencies WHERE number = $1")
            .bind(head.agency)
            .fetch_one(&mut **tx)
            .await?;
    let rows: Vec<MessageRow> = sqlx::query_as(
        "SELECT m.kind, m.text, m.files, m.written_at, g.name_az AS az, g.name_en AS en, \
         g.name_ru AS ru, t.name_az AS to_az, t.name_en AS to_en, t.name_ru AS to_ru \
         FROM letter_messages m JOIN agencies g ON g.number = m.agency \
         LEFT JOIN agencies t ON t.number = m.forwarded_to \
         WHERE m.letter_id = $1 ORDER BY m.id",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    let messages = rows
        .into_iter()
        .map(|row| {
            Ok(LetterMessage {
                kind: LetterMessageKind::parse(&row.kind).ok_or_else(|| {
                    sqlx::Error::Decode(format!("{} is not a message's kind", row.kind).into())
                })?,
                agency: agency_text(row.az, row.en, row.ru),
                to: match (row.to_az, row.to_en, row.to_ru) {
                    (Some(az), Some(en), Some(ru)) => Some(agency_text(az, en, ru)),
                    _ => None,
                },
                text: row.text,
                files: json::<Vec<FileRef>>(&row.files)?,
                at: row.written_at,
                signed_by: None,
            })
        })
        .collect::<sqlx::Result<Vec<_>>>()?;
    Ok(LetterView {
        number: letter_number(&head.number)?,
        subject: head.subject,
        agency: agency_text(az, en, ru),
        status: letter_status(&head.status)?,
        sent_at: head.sent_at,
        due_on: head.due_on,
        read_at: head.read_at,
        messages,
    })
}
