//! The back office's SQL: the queue, what an officer opens (each time written to the audit
//! log), their decisions with the result document, and the public check of a result by its
//! code.

use app::api::{
    ApplicationStatus, FileRef, IssuedResult, OfficeApplication, QueuePage,
    QueueQuery, QueueRow,
};
use app::domain::{ApplicationNumber, CalendarDate, Lang, ResultCode};
use sqlx::{QueryBuilder, Transaction};

use super::Db;

use super::applications::{add_event, still_at, view_in};
use super::notify::{queue_if_claimed, queue_outgoing};
use super::officers::{agency_application, audit, audit_entries};
use super::rows::{agency, agency_text, number, service, status, to_json};
use super::{FOR_UPDATE, NOW, Store, push_agency_by_name};
use crate::store::{
    Decision, KeptSignatureRow, OfficeError, Officer, Outgoing, Recipient, Standing, Step,
};
/// The queue's page size.
pub const QUEUE_PAGE: i64 = 50;
/// The key the queue orders by, as its index has it: a service without an execution time
/// has no due date and goes last.
const DUE_KEY: &str = "ifnull(a.due_on, '9999-12-31')";
/// `ApplicationStatus::awaits_agency` in SQL: "overdue" only applies to these.
const OPEN: &str = "('submitted', 'in_review', 'resubmitted')";

#[derive(sqlx::FromRow)]
struct QueueDbRow {
    id: i64,
    number: String,
    service: String,
    applicant: String,
    status: String,
    submitted_at: Option<String>,
    due_on: Option<String>,
    assigned_to: Option<String>,
}

#[derive(sqlx::FromRow)]
struct CaseDbRow {
    applicant: String,
    applicant_email: Option<String>,
    assigned_id: Option<i64>,
    assigned_to: Option<String>,
    summary: Option<String>,
    changes_since_return: String,
}

impl Store {
    /// One page of the agency's queue by due date; the cursor is the last row's key.
    pub async fn queue(
        &self,
        by: &Officer,
        query: &QueueQuery,
        today: CalendarDate,
    ) -> sqlx::Result<QueuePage> {
        let mut sql = QueryBuilder::<Db>::new(
            "SELECT a.id, a.number, a.service, ac.surname || ' ' || ac.name AS applicant, a.status, \
             a.submitted_at, a.due_on, \
             (SELECT surname || ' ' || name FROM accounts WHERE id = a.assigned_to) AS assigned_to \
             FROM applications a JOIN accounts ac ON ac.id = a.account_id \
             WHERE a.status != 'draft'",
        );
        let agency = i64::from(by.agency.get());
        let search = query.q.as_deref().map(str::trim).filter(|q| !q.is_empty());
        let asked_number = search.and_then(ApplicationNumber::parse);
        match search.filter(|_| asked_number.is_none()) {
            Some(name) => push_agency_by_name(&mut sql, agency, name),
            None => {
                sql.push(" AND a.agency = ").push_bind(agency);
            }
        }
        if let Some(asked) = asked_number {
            sql.push(" AND a.number = ").push_bind(asked.to_string());
        }
        match query.status {
            Some(s) => {
                sql.push(" AND a.status = ").push_bind(s.code());
            }
            None => {
                sql.push(format!(" AND a.status IN {OPEN}"));
            }
        }
        if let Some(service) = &query.service {
            sql.push(" AND a.service = ").push_bind(service.to_string());
        }
        if query.mine {
            sql.push(" AND a.assigned_to = ").push_bind(by.account_id);
        }
        if query.overdue {
            sql.push(format!(" AND a.status IN {OPEN} AND a.due_on < "))
                .push_bind(today.iso());
        }
        if let Some((due, id)) = query.after.as_deref().and_then(parse_cursor) {
            sql.push(format!(" AND ({DUE_KEY}, a.id) > ("))
                .push_bind(due)
                .push(", ")
                .push_bind(id)
                .push(")");
        }
        sql.push(format!(
            " ORDER BY {DUE_KEY}, a.id LIMIT {}",
            QUEUE_PAGE + 1
        ));
        let mut rows: Vec<QueueDbRow> = sql.build_query_as().fetch_all(&self.pool).await?;
        let more = rows.len() > QUEUE_PAGE as usize;
        rows.truncate(QUEUE_PAGE as usize);
        let next = if more {
            rows.last()
                .map(|r| format!("{}~{}", r.due_on.as_deref().unwrap_or("9999-12-31"), r.id))
        } else {
            None
        };
        let today = today.iso();
        let rows = rows
            .into_iter()
            .map(|r| {
                let status = status(&r.status)?;
                Ok(QueueRow {
                    overdue: is_overdue(status, r.due_on.as_deref(), &today),
                    number: number(&r.number)?,
                    service: service(&r.service)?,
                    applicant: r.applicant,
                    status,
                    submitted_at: r.submitted_at,
                    due_on: r.due_on,
                    assigned_to: r.assigned_to,
                })
            })
            .collect::<sqlx::Result<_>>()?;
        Ok(QueuePage { rows, next })
    }
}

/// ` AND ` the name of the account `alias` (`ac.`, or empty inside a read of accounts alone),
/// either way round, holds `q`, both in lower case; LIKE's own characters in `q` are letters.
pub(super) fn push_name_holds(sql: &mut QueryBuilder<'_, Db>, alias: &str, q: &str) {
    let pattern = contains_pattern(q);
    sql.push(format!(
        " AND (lower({alias}surname || ' ' || {alias}name) LIKE lower("
    ))
    .push_bind(pattern.clone())
    .push(format!(
        ") ESCAPE '\\' OR lower({alias}name || ' ' || {alias}surname) LIKE lower("
    ))
    .push_bind(pattern)
    .push(") ESCAPE '\\')");
}

/// A LIKE pattern (escaped by `\`) that matches any text holding `q`.
pub(super) fn contains_pattern(q: &str) -> String {
    let escaped = q
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

fn parse_cursor(raw: &str) -> Option<(String, i64)> {
    let (due, id) = raw.split_once('~')?;
    CalendarDate::parse(due)?;
    Some((due.to_owned(), id.parse().ok()?))
}

fn is_overdue(status: ApplicationStatus, due_on: Option<&str>, today: &str) -> bool {
    status.awaits_agency() && due_on.is_some_and(|due| due < today)
}

impl Store {
    /// The application as the officer works it; opening it is written to the audit log.
    pub async fn office_application(
        &self,
        by: &Officer,
        number: &ApplicationNumber,
        today: CalendarDate,
    ) -> Result<OfficeApplication, OfficeError> {
        let mut tx = self.write_locking_rows().await?;
        let id = agency_application(&mut tx, by, number).await?;
        audit(&mut tx, by, "viewed", Some(id), None).await?;
        let application = view_in(&mut tx, id).await?;
        let case: CaseDbRow = sqlx::query_as(
            "SELECT COALESCE(nullif(trim(json_extract(h.details, '$.organisation')), '') || ' — ', '') \
             || ac.surname || ' ' || ac.name AS applicant, \
             COALESCE(a.contact_email, ac.email) AS applicant_email, \
             a.assigned_to AS assigned_id, \
             (SELECT surname || ' ' || name FROM accounts WHERE id = a.assigned_to) AS assigned_to, \
             a.summary, a.changes_since_return \
             FROM applications a JOIN accounts ac ON ac.id = a.account_id \
             LEFT JOIN host_staff hs ON hs.account_id = a.account_id \
             LEFT JOIN hosts h ON h.account_id = COALESCE(hs.host_account_id, a.account_id) \
             WHERE a.id = $1",
        )
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
        let files: Vec<(String, String, String, i64)> = sqlx::query_as(
            "SELECT f.id, f.name, f.media_type, f.size FROM application_files af \
             JOIN files f ON f.id = af.file_id WHERE af.application_id = $1 ORDER BY f.created_at",
        )
        .bind(id)
        .fetch_all(&mut *tx)
        .await?;
        let grounds: Option<(String,)> = sqlx::query_as(
            "SELECT json_extract(regulation, '$.grounds_for_refusal') FROM services \
             WHERE agency = $1 AND position = $2 AND json_extract(regulation, '$.grounds_for_refusal') IS NOT NULL",
        )
        .bind(i64::from(application.service.agency().get()))
        .bind(i64::from(application.service.position()))
        .fetch_optional(&mut *tx)
        .await?;
        let audit = audit_entries(&mut tx, "l.application_id = $1", id).await?;
        tx.commit().await?;
        let overdue = is_overdue(
            application.status,
            application.due_on.as_deref(),
            &today.iso(),
        );
        Ok(OfficeApplication {
            fee: None,
            signatures: Vec::new(),
            signs_decisions: false,
            changes_since_return: serde_json::from_str(&case.changes_since_return)
                .map_err(|e| sqlx::Error::Decode(e.into()))?,
            applicant: case.applicant,
            applicant_email: case.applicant_email,
            summary: case
                .summary
                .map(|raw| serde_json::from_str(&raw))
                .transpose()
                .map_err(|e| sqlx::Error::Decode(e.into()))?,
            files: files
                .into_iter()
                .map(|(id, name, media_type, size)| FileRef {
                    id,
                    name,
                    media_type,
                    size: u64::try_from(size).unwrap_or_default(),
                    claim: None,
                })
                .collect(),
            assigned_to_me: case.assigned_id == Some(by.account_id),
            assigned_to: case.assigned_to,
            overdue,
            grounds_for_refusal: grounds
                .map(|(raw,)| serde_json::from_str(&raw))
                .transpose()
                .map_err(|e| sqlx::Error::Decode(e.into()))?
                .unwrap_or_default(),
            audit,
            application,
        })
    }

    /// The service of an application of the agency, and what its rules made of the form.
    pub async fn agency_application_summary(
        &self,
        by: &Officer,
        number: &ApplicationNumber,
    ) -> sqlx::Result<Option<(app::domain::ServiceNumber, Option<serde_json::Value>)>> {
        let row: Option<(String, Option<String>)> = sqlx::query_as(
            "SELECT service, summary FROM applications \
             WHERE number = $1 AND agency = $2 AND status != 'draft'",
        )
        .bind(number.to_string())
        .bind(i64::from(by.agency.get()))
        .fetch_optional(&self.pool)
        .await?;
        row.map(|(s, summary)| {
            Ok((
                service(&s)?,
                summary
                    .map(|raw| serde_json::from_str(&raw))
                    .transpose()
                    .map_err(|e| sqlx::Error::Decode(e.into()))?,
            ))
        })
        .transpose()
    }

    /// A scan an application of the agency carries, or a document a complaint about one does,
    /// for the officer to read; written to the audit log with the application it belongs to.
    pub async fn office_file(&self, by: &Officer, file_id: &str) -> sqlx::Result<Option<FileRef>> {
        let mut tx = self.write_locking_rows().await?;
        let row: Option<(i64, String, String, i64)> = sqlx::query_as(
            "SELECT a.id, f.name, f.media_type, f.size FROM application_files af \
             JOIN applications a ON a.id = af.application_id JOIN files f ON f.id = af.file_id \
             WHERE af.file_id = $1 AND a.agency = $2 \
             UNION ALL \
             SELECT a.id, f.name, f.media_type, f.size FROM complaint_files cf \
             JOIN complaints c ON c.id = cf.complaint_id \
             JOIN applications a ON a.id = c.application_id JOIN files f ON f.id = cf.file_id \
             WHERE cf.file_id = $3 AND a.agency = $4 LIMIT 1",
        )
        .bind(file_id)
        .bind(i64::from(by.agency.get()))
        .bind(file_id)
        .bind(i64::from(by.agency.get()))
        .fetch_optional(&mut *tx)
        .await?;
        let Some((application_id, name, media_type, size)) = row else {
            return Ok(None);
        };
        audit(
            &mut tx,
            by,
            "viewed_file",
            Some(application_id),
            Some(&name),
        )
        .await?;
        tx.commit().await?;
        Ok(Some(FileRef {
            id: file_id.to_owned(),
            name,
            media_type,
            size: u64::try_from(size).unwrap_or_default(),
            claim: None,
        }))
    }

    /// Hands the application to `officer` (the one asking, or a colleague a supervisor hands
    /// it to), taking the step the workflow chose.
    pub async fn assign_application(
        &self,
        by: &Officer,
        number: &ApplicationNumber,
        step: Step,
        officer: i64,
    ) -> Result<(), OfficeError> {
        let mut tx = self.write_locking_rows().await?;
        let id = agency_application(&mut tx, by, number).await?;
        // Held until the step is taken: an officer deactivated meanwhile is not handed it.
        let active: Option<(i64,)> = sqlx::query_as(&format!(
            "SELECT account_id FROM officers WHERE account_id = $1 AND agency = $2 \
             AND deactivated_at IS NULL AND role IN ('officer', 'supervisor') {FOR_UPDATE}"
        ))
        .bind(officer)
        .bind(i64::from(by.agency.get()))
        .fetch_optional(&mut *tx)
        .await?;
        if active.is_none() {
            return Err(OfficeError::NoSuchOfficer);
        }
        if !still_at(&mut tx, id, step).await? {
            return Err(OfficeError::Stale);
        }
        sqlx::query(&format!(
            "UPDATE applications SET status = $1, assigned_to = $2, version = version + 1, \
             updated_at = {NOW} WHERE id = $3"
        ))
        .bind(step.to.code())
        .bind(officer)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if step.to != step.from {
            add_event(&mut tx, id, step.to, "agency", None).await?;
        }
        let (action, subject) = if officer == by.account_id {
            ("took", None)
        } else {
            ("assigned", Some(officer.to_string()))
        };
        audit(&mut tx, by, action, Some(id), subject.as_deref()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Accepts, refuses or returns the application the officer saw (`version`): the status,
    /// the history, the audit entry, the result document and the applicant's notification
    /// (rule 6.3) in one transaction. Of two officers deciding at once, the second is told
    /// someone was first.
    pub async fn decide(
        &self,
        by: &Officer,
        number: &ApplicationNumber,
        decision: &Decision<'_>,
    ) -> Result<(), OfficeError> {
        let mut tx = self.write_locking_rows().await?;
        let id = agency_application(&mut tx, by, number).await?;
        decide_in(&mut tx, id, Some(by), decision).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A decision of the agency's own system (a fully automated service): as an officer's,
    /// without an officer.
    pub async fn decide_by_system(
        &self,
        number: &ApplicationNumber,
        decision: &Decision<'_>,
    ) -> Result<(), OfficeError> {
        let mut tx = self.write_locking_rows().await?;
        let (id,): (i64,) = sqlx::query_as("SELECT id FROM applications WHERE number = $1")
            .bind(number.to_string())
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(OfficeError::NotFound)?;
        decide_in(&mut tx, id, None, decision).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Sent applications of `service` that its automated check has not answered yet, with
    /// what the rules made of each and its version.
    pub async fn awaiting_check(
        &self,
        service: &app::domain::ServiceNumber,
    ) -> sqlx::Result<Vec<(ApplicationNumber, i64, serde_json::Value)>> {
        let rows: Vec<(String, i64, String)> = sqlx::query_as(
            "SELECT number, version, summary FROM applications \
             WHERE service = $1 AND status IN ('submitted', 'resubmitted') ORDER BY id LIMIT 100",
        )
        .bind(service.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(n, version, summary)| {
                Ok((
                    number(&n)?,
                    version,
                    serde_json::from_str(&summary).map_err(|e| sqlx::Error::Decode(e.into()))?,
                ))
            })
            .collect()
    }

    /// Queues the workflow's messages telling the applicant that the check waits for a system
    /// that is down, unless they were told before; whether they are told now.
    pub async fn tell_delayed(
        &self,
        number: &ApplicationNumber,
        messages: &[Outgoing],
    ) -> sqlx::Result<bool> {
        self.tell_once(number, "delay_told_at", messages).await
    }

    /// Queues the messages of a notice about the application given once, unless it was given
    /// before (another round, another server): `told_at` is the column that marks it given.
    async fn tell_once(
        &self,
        number: &ApplicationNumber,
        told_at: &'static str,
        messages: &[Outgoing],
    ) -> sqlx::Result<bool> {
        let mut tx = self.write_locking_rows().await?;
        let claimed = sqlx::query(&format!(
            "UPDATE applications SET {told_at} = {NOW} WHERE number = $1 AND {told_at} IS NULL"
        ))
        .bind(number.to_string())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        queue_if_claimed(tx, claimed, messages).await
    }

    /// The application as the workflow reads it to decide a step, with whom its messages go to.
    pub async fn standing(&self, number: &ApplicationNumber) -> sqlx::Result<Option<Standing>> {
        let row: Option<StandingRow> = sqlx::query_as(
            "SELECT a.agency, a.status, a.version, a.due_on, a.assigned_to, a.account_id, \
             COALESCE(a.contact_email, ac.email) AS email, ac.name, ac.lang \
             FROM applications a JOIN accounts ac ON ac.id = a.account_id WHERE a.number = $1",
        )
        .bind(number.to_string())
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            Ok(Standing {
                agency: agency(row.agency)?,
                status: status(&row.status)?,
                version: row.version,
                due_on: row.due_on.as_deref().and_then(CalendarDate::parse),
                assigned_to: row.assigned_to,
                applicant: Recipient {
                    account: row.account_id,
                    email: row.email,
                    name: row.name,
                    lang: Lang::parse(&row.lang).unwrap_or_default(),
                },
            })
        })
        .transpose()
    }
}

#[derive(sqlx::FromRow)]
struct StandingRow {
    agency: i64,
    status: String,
    version: i64,
    due_on: Option<String>,
    assigned_to: Option<i64>,
    account_id: i64,
    email: Option<String>,
    name: String,
    lang: String,
}


/// The decision's one transaction: status, history, audit (an officer's), result, messages.
async fn decide_in(
    tx: &mut Transaction<'_, Db>,
    id: i64,
    by: Option<&Officer>,
    decision: &Decision<'_>,
) -> Result<(), OfficeError> {
    if !still_at(tx, id, decision.step).await? {
        return Err(OfficeError::Stale);
    }
    let next = decision.step.to;
    sqlx::query(&format!(
        "UPDATE applications SET status = $1, fields_to_fix = $2, version = version + 1, \
         assigned_to = COALESCE(assigned_to, $3), updated_at = {NOW} WHERE id = $4"
    ))
    .bind(next.code())
    .bind(to_json(&decision.fields_to_fix)?)
    .bind(by.map(|o| o.account_id))
    .bind(id)
    .execute(&mut **tx)
    .await?;
    add_event(tx, id, next, "agency", decision.note).await?;
    if let Some(by) = by {
        audit(tx, by, next.code(), Some(id), decision.note).await?;
    }
    if let Some(code) = decision.result {
        let result = issued_result(tx, id, code, next, decision).await?;
        sqlx::query("INSERT INTO results (code, application_id, content) VALUES ($1, $2, $3)")
            .bind(code.to_string())
            .bind(id)
            .bind(to_json(&result)?)
            .execute(&mut **tx)
            .await?;
    }
    if let (Some(signed), Some(by)) = (&decision.signature, by) {
        let result_code = decision.result.map(|code| code.to_string());
        sqlx::query(
            "INSERT INTO decision_signatures \
             (application_id, version, officer_id, result_code, content, signature, certificate, signed_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(id)
        .bind(decision.step.version)
        .bind(by.account_id)
        .bind(result_code)
        .bind(signed.content)
        .bind(signed.signature)
        .bind(signed.certificate)
        .bind(signed.signed_at)
        .execute(&mut **tx)
        .await?;
    }
    for message in decision.messages {
        queue_outgoing(tx, message).await?;
    }
    Ok(())
}

impl Store {
    /// The signature of the decision that issued the result document with this code.
    pub async fn result_signature(
        &self,
        code: ResultCode,
    ) -> sqlx::Result<Option<KeptSignatureRow>> {
        sqlx::query_as(
            "SELECT content, signature, certificate, signed_at FROM decision_signatures \
             WHERE result_code = $1",
        )
        .bind(code.to_string())
        .fetch_optional(&self.pool)
        .await
    }

    /// A result document by its code, for anyone holding it.
    pub async fn issued_result(&self, code: ResultCode) -> sqlx::Result<Option<IssuedResult>> {
        let row: Option<(String,)> = sqlx::query_as("SELECT content FROM results WHERE code = $1")
            .bind(code.to_string())
            .fetch_optional(&self.pool)
            .await?;
        row.map(|(raw,)| serde_json::from_str(&raw).map_err(|e| sqlx::Error::Decode(e.into())))
            .transpose()
    }

    /// The applicant's own result document.
    pub async fn result_of(
        &self,
        account_id: i64,
        number: &ApplicationNumber,
    ) -> sqlx::Result<Option<IssuedResult>> {
        let row: Option<(String,)> = sqlx::query_as(
            "SELECT r.content FROM results r JOIN applications a ON a.id = r.application_id \
             WHERE a.number = $1 AND a.account_id = $2",
        )
        .bind(number.to_string())
        .bind(account_id)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|(raw,)| serde_json::from_str(&raw).map_err(|e| sqlx::Error::Decode(e.into())))
            .transpose()
    }
}

/// What the result document says, fixed when it is issued.
async fn issued_result(
    tx: &mut Transaction<'_, Db>,
    id: i64,
    code: ResultCode,
    decision: ApplicationStatus,
    given: &Decision<'_>,
) -> sqlx::Result<IssuedResult> {
    #[allow(clippy::type_complexity)]
    let row: (
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        bool,
    ) = sqlx::query_as(&format!(
        "SELECT a.number, ac.surname || ' ' || ac.name, g.name_az, g.name_en, g.name_ru, \
             s.title_az, s.title_en, s.title_ru, {NOW}, ac.fin IS NOT NULL \
             FROM applications a JOIN accounts ac ON ac.id = a.account_id \
             JOIN agencies g ON g.number = a.agency \
             JOIN services s ON s.agency = a.agency \
               AND s.position = CAST(substr(a.service, instr(a.service, '.') + 1) AS BIGINT) \
             WHERE a.id = $1"
    ))
    .bind(id)
    .fetch_one(&mut **tx)
    .await?;
    let (n, applicant, g_az, g_en, g_ru, s_az, s_en, s_ru, issued_at, applicant_from_registry) =
        row;
    Ok(IssuedResult {
        code,
        number: number(&n)?,
        agency: agency_text(g_az, g_en, g_ru),
        service: agency_text(s_az, s_en, s_ru),
        applicant,
        applicant_from_registry,
        decision,
        note: given.note.map(str::to_owned),
        subject: given.subject.clone(),
        title: given.title.clone(),
        issued_at,
        signed_by: None,
    })
}

/// How many late applications, or letters, one round of the deadline watch tells about.
pub(super) const OVERDUE_BATCH: i64 = 100;

impl Store {
    /// Applications still waiting past their due date on `today` whose lateness nobody was
    /// told yet, the earliest first.
    pub async fn overdue_applications(
        &self,
        today: CalendarDate,
    ) -> sqlx::Result<Vec<ApplicationNumber>> {
        let late: Vec<(String,)> = sqlx::query_as(&format!(
            "SELECT number FROM applications \
             WHERE status IN {OPEN} AND due_on < $1 AND overdue_told_at IS NULL \
             ORDER BY due_on, id LIMIT {OVERDUE_BATCH}"
        ))
        .bind(today.iso())
        .fetch_all(&self.pool)
        .await?;
        late.iter().map(|(raw,)| number(raw)).collect()
    }

    /// Queues the workflow's messages about the application's lateness, unless they were
    /// queued before; whether they are now.
    pub async fn tell_overdue(
        &self,
        number: &ApplicationNumber,
        messages: &[Outgoing],
    ) -> sqlx::Result<bool> {
        self.tell_once(number, "overdue_told_at", messages).await
    }
}
