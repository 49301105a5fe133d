use app::api::{
    ApplicationEvent, ApplicationStatus, ApplicationSummary,
    ApplicationView, ApplicationsPage, ApplicationsQuery, FileRef, HostApplication, HostKind,
    ReferenceData, ReferenceItem, ReferenceList,
};
use app::domain::{ApplicationNumber, CalendarDate, ResultCode, ServiceNumber, Text};
use sqlx::{QueryBuilder, Transaction};

use super::Db;

use super::accounts::{hold_account, open_account_in};
use super::notify::queue_outgoing;
use super::officers::viewers;
use super::rows::{json, number, service, status, to_json};
use super::{FOR_UPDATE, NOW, Store};
use crate::store::{
    AccountRecord, ApplicationError, Greeting, HostRecord, HostRow, Link, NewFile, Step, Submission,
};

#[derive(sqlx::FromRow)]
struct HostDbRow {
    account_id: i64,
    kind: String,
    surname: String,
    name: String,
    organisation: Option<String>,
}

/// An application as the lists of applications show it: no form.
#[derive(sqlx::FromRow)]
struct SummaryRow {
    number: String,
    service: String,
    status: String,
    created_at: String,
    submitted_at: Option<String>,
    summary: Option<String>,
    title_az: String,
    title_en: String,
    title_ru: String,
}

const SUMMARY_COLUMNS: &str = "a.number, a.service, a.status, a.created_at, a.submitted_at, \
     a.summary, s.title_az, s.title_en, s.title_ru";

/// How many of the person's applications a page lists.
const APPLICATIONS_PAGE: usize = 25;

#[derive(sqlx::FromRow)]
struct ApplicationRow {
    id: i64,
    number: String,
    service: String,
    status: String,
    version: i64,
    form: String,
    fields_to_fix: String,
    created_at: String,
    submitted_at: Option<String>,
    due_on: Option<String>,
    form_version: Option<i64>,
}

impl SummaryRow {
    fn summary(&self) -> sqlx::Result<ApplicationSummary> {
        Ok(ApplicationSummary {
            number: number(&self.number)?,
            service: service(&self.service)?,
            status: status(&self.status)?,
            created_at: self.created_at.clone(),
            submitted_at: self.submitted_at.clone(),
            summary: self.summary.as_deref().map(json).transpose()?,
            service_title: Text {
                az: self.title_az.clone(),
                en: self.title_en.clone(),
                ru: self.title_ru.clone(),
            },
        })
    }
}

const APPLICATION_COLUMNS: &str = "id, number, service, status, version, form, fields_to_fix, \
     created_at, submitted_at, due_on, form_version";
/// Each application with its service's record, for the service's name.
const APPLICATIONS_WITH_SERVICE: &str = "applications a JOIN services s ON s.agency = a.agency \
     AND s.position = CAST(substr(a.service, instr(a.service, '.') + 1) AS BIGINT)";

impl Store {
    /// Loads each reference list the database does not have yet; a list it has keeps its own
    /// items (an administrator's edits are not overwritten). Whether it loaded any.
    pub async fn seed_reference(&self, lists: &ReferenceData) -> sqlx::Result<bool> {
        let mut tx = self.write().await?;
        let present: Vec<(String,)> = sqlx::query_as("SELECT DISTINCT list FROM reference_items")
            .fetch_all(&mut *tx)
            .await?;
        let mut loaded = false;
        for (list, items) in &lists.lists {
            if present.iter().any(|(slug,)| slug == list.slug()) {
                continue;
            }
            loaded = true;
            for item in items {
                sqlx::query(
                    "INSERT INTO reference_items (list, code, name_az, name_en, name_ru) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(list.slug())
                .bind(&item.code)
                .bind(&item.name.az)
                .bind(&item.name.en)
                .bind(&item.name.ru)
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
        Ok(loaded)
    }

    pub async fn reference(&self) -> sqlx::Result<ReferenceData> {
        let rows: Vec<(String, String, String, String, String)> = sqlx::query_as(
            "SELECT list, code, name_az, name_en, name_ru FROM reference_items ORDER BY list, code",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut data = ReferenceData::default();
        for (list, code, az, en, ru) in rows {
            if let Some(list) = ReferenceList::from_slug(&list) {
                data.lists.entry(list).or_default().push(ReferenceItem {
                    code,
                    name: Text { az, en, ru },
                });
            }
        }
        Ok(data)
    }

    pub async fn keep_file(&self, file: &NewFile<'_>) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO files (id, account_id, claim_hash, address, name, media_type, size, sha256) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(file.id)
        .bind(file.account_id)
        .bind(file.claim_hash)
        .bind(file.address)
        .bind(file.name)
        .bind(file.media_type)
        .bind(file.size as i64)
        .bind(file.sha256)
        .execute(&self.writer)
        .await?;
        Ok(())
    }

    /// Uploads no account claimed within `hours`.
    pub async fn unclaimed_files(&self, hours: i64) -> sqlx::Result<Vec<String>> {
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT id FROM files WHERE account_id IS NULL \
             AND created_at <= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', $1) LIMIT 500",
        )
        .bind(format!("-{hours} hours"))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    /// Forgets an upload if still no account has claimed it.
    pub async fn forget_unclaimed_file(&self, id: &str) -> sqlx::Result<bool> {
        let mut tx = self.write_locking_rows().await?;
        let gone = sqlx::query("DELETE FROM files WHERE id = $1 AND account_id IS NULL")
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            == 1;
        tx.commit().await?;
        Ok(gone)
    }

    /// A file the account may read: its own, or one of an application it… owns. Officers' reading
    /// comes with the back office.
    pub async fn file_of(&self, id: &str, account_id: i64) -> sqlx::Result<Option<FileRef>> {
        let row: Option<(String, String, String, i64)> = sqlx::query_as(
            "SELECT id, name, media_type, size FROM files WHERE id = $1 AND account_id = $2",
        )
        .bind(id)
        .bind(account_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(id, name, media_type, size)| FileRef {
            id,
            name,
            media_type,
            size: size as u64,
            claim: None,
        }))
    }

    /// Which of these files are not the account's.
    pub async fn files_not_owned(
        &self,
        ids: &[&str],
        account_id: i64,
    ) -> sqlx::Result<Vec<String>> {
        let mut missing = Vec::new();
        for id in ids {
            let owned: Option<(bool,)> =
                sqlx::query_as("SELECT TRUE FROM files WHERE id = $1 AND account_id = $2")
                    .bind(id)
                    .bind(account_id)
                    .fetch_optional(&self.pool)
                    .await?;
            if owned.is_none() {
                missing.push((*id).to_owned());
            }
        }
        Ok(missing)
    }

    /// Registers a new account with its host profile in one transaction; where the address
    /// has an account already, its owner is told and nothing else happens.
    pub async fn register_host(
        &self,
        account: &AccountRecord<'_>,
        confirm: &Link,
        greeting: &Greeting,
        host: &HostRecord<'_>,
    ) -> sqlx::Result<()> {
        // The host's profile belongs to the account this transaction opens: no other write
        // can reach it before the commit.
        let mut tx = self.write_locking_rows().await?;
        if let Some(account_id) = open_account_in(&mut tx, account, confirm, greeting).await? {
            insert_host(&mut tx, account_id, host).await?;
        }
        tx.commit().await
    }

    /// Makes a logged-in person a host; `false` if they are one already, or on an
    /// organisation's staff.
    pub async fn add_host(&self, account_id: i64, host: &HostRecord<'_>) -> sqlx::Result<bool> {
        // The account's row is held while its profiles are looked for: a second "become a
        // host" at the same moment waits, then finds the first.
        let mut tx = self.write_locking_rows().await?;
        hold_account(&mut tx, account_id).await?;
        let existing: Option<(bool,)> = sqlx::query_as(
            "SELECT TRUE FROM hosts WHERE account_id = $1 UNION ALL \
             SELECT TRUE FROM host_staff WHERE account_id = $1 AND removed_at IS NULL",
        )
        .bind(account_id)
        .fetch_optional(&mut *tx)
        .await?;
        if existing.is_some() {
            return Ok(false);
        }
        insert_host(&mut tx, account_id, host).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The host the account acts for: its own, or the organisation it is on the staff of.
    pub async fn host(&self, account_id: i64) -> sqlx::Result<Option<HostRow>> {
        let row: Option<HostDbRow> = sqlx::query_as(
            "SELECT h.account_id, h.kind, a.surname, a.name, \
             nullif(trim(json_extract(h.details, '$.organisation')), '') AS organisation \
             FROM hosts h JOIN accounts a ON a.id = h.account_id \
             WHERE h.account_id = COALESCE((SELECT host_account_id FROM host_staff \
             WHERE account_id = $1 AND removed_at IS NULL), $2)",
        )
        .bind(account_id)
        .bind(account_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|row| HostRow {
            account_id: row.account_id,
            kind: if row.kind == "legal" {
                HostKind::Legal
            } else {
                HostKind::Natural
            },
            name: format!("{} {}", row.name, row.surname),
            organisation: row.organisation,
            staff: row.account_id != account_id,
        }))
    }

    /// Starts a draft for the account; its number is the year and its id.
    pub async fn new_application(
        &self,
        account_id: i64,
        service: &ServiceNumber,
        form: &serde_json::Value,
        form_version: Option<u32>,
    ) -> sqlx::Result<ApplicationView> {
        let mut tx = self.write_locking_rows().await?;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO applications (service, agency, account_id, form, form_version) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(service.to_string())
        .bind(i64::from(service.agency().get()))
        .bind(account_id)
        .bind(to_json(form)?)
        .bind(form_version.map(i64::from))
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE applications SET number = substr(created_at, 1, 4) || '-' || printf('%06d', id) \
             WHERE id = $1",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("INSERT INTO application_events (application_id, status, actor) VALUES ($1, 'draft', 'applicant')")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        let view = self.view_after_commit(id).await?;
        Ok(view)
    }

    /// A page of the account's applications, newest first: those `query` asks for, older than
    /// its `before`. Keyed by id, so a page costs the same however far down it is.
    pub async fn applications_of(
        &self,
        account_id: i64,
        query: &ApplicationsQuery,
    ) -> sqlx::Result<ApplicationsPage> {
        let mut sql = QueryBuilder::<Db>::new(format!(
            "SELECT {SUMMARY_COLUMNS} FROM {APPLICATIONS_WITH_SERVICE} WHERE a.account_id = "
        ));
        sql.push_bind(account_id);
        if let Some(service) = query.service {
            sql.push(" AND a.service = ").push_bind(service.to_string());
        }
        if let Some(status) = query.status {
            sql.push(" AND a.status = ").push_bind(status.code());
        }
        // Another account's number starts no page of this one's: none is older than nothing.
        if let Some(before) = query.before {
            sql.push(" AND a.id < (SELECT id FROM applications WHERE number = ")
                .push_bind(before.to_string())
                .push(" AND account_id = ")
                .push_bind(account_id)
                .push(")");
        }
        sql.push(format!(
            " ORDER BY a.id DESC LIMIT {}",
            APPLICATIONS_PAGE + 1
        ));
        let mut rows: Vec<SummaryRow> = sql.build_query_as().fetch_all(&self.pool).await?;
        let more = rows.len() > APPLICATIONS_PAGE;
        rows.truncate(APPLICATIONS_PAGE);
        let rows = rows
            .iter()
            .map(SummaryRow::summary)
            .collect::<sqlx::Result<Vec<_>>>()?;
        let next = if more {
            rows.last().map(|last| last.number)
        } else {
            None
        };
        Ok(ApplicationsPage { rows, next })
    }

    /// The place-of-stay applications of a host's organisation (its first account's and its
    /// staff's, former staff's too) with who filed each; drafts only the viewer's own.
    pub async fn host_applications(
        &self,
        host_account_id: i64,
        viewer: i64,
        service: &ServiceNumber,
    ) -> sqlx::Result<Vec<HostApplication>> {
        #[derive(sqlx::FromRow)]
        struct Row {
            #[sqlx(flatten)]
            application: SummaryRow,
            account_id: i64,
            filed_by: String,
        }
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "SELECT {SUMMARY_COLUMNS}, a.account_id, f.name || ' ' || f.surname AS filed_by \
             FROM {APPLICATIONS_WITH_SERVICE} JOIN accounts f ON f.id = a.account_id \
             WHERE a.service = $1 AND (a.status != 'draft' OR a.account_id = $3) \
             AND (a.account_id = $2 OR a.account_id IN \
                  (SELECT account_id FROM host_staff WHERE host_account_id = $2)) \
             ORDER BY a.id DESC"
        ))
        .bind(service.to_string())
        .bind(host_account_id)
        .bind(viewer)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(HostApplication {
                    application: row.application.summary()?,
                    filed_by: row.filed_by.clone(),
                    mine: row.account_id == viewer,
                })
            })
            .collect()
    }

    /// The account's sent applications of a service sent (a corrected one: sent again) on the
    /// days from `from` to `to` in Baku, both included, either end open; newest first.
    pub async fn sent_applications_of(
        &self,
        account_id: i64,
        service: &ServiceNumber,
        from: Option<CalendarDate>,
        to: Option<CalendarDate>,
    ) -> sqlx::Result<Vec<ApplicationSummary>> {
        let rows: Vec<SummaryRow> = sqlx::query_as(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM {APPLICATIONS_WITH_SERVICE} \
             WHERE a.account_id = $1 AND a.service = $2 AND a.submitted_at IS NOT NULL \
             AND date(a.submitted_at, '+4 hours') BETWEEN $3 AND $4 ORDER BY a.submitted_at DESC, a.id DESC"
        ))
        .bind(account_id)
        .bind(service.to_string())
        .bind(from.map_or_else(|| "0000-01-01".to_owned(), CalendarDate::iso))
        .bind(to.map_or_else(|| "9999-12-31".to_owned(), CalendarDate::iso))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(SummaryRow::summary).collect()
    }

    /// How many applications of a service the account has sent.
    pub async fn sent_count(&self, account_id: i64, service: &ServiceNumber) -> sqlx::Result<i64> {
        let (count,): (i64,) = sqlx::query_as(
            "SELECT count(*) FROM applications \
             WHERE account_id = $1 AND service = $2 AND submitted_at IS NOT NULL",
        )
        .bind(account_id)
        .bind(service.to_string())
        .fetch_one(&self.pool)
        .await?;
        Ok(count)
    }

    /// The account's application by its number; `None` for anyone else's.
    pub async fn application_of(
        &self,
        account_id: i64,
        number: &ApplicationNumber,
    ) -> sqlx::Result<Option<ApplicationView>> {
        let mut tx = self.pool.begin().await?;
        let Some(id) = owned_id(&mut tx, account_id, number).await? else {
            return Ok(None);
        };
        let view = view_in(&mut tx, id).await?;
        tx.commit().await?;
        Ok(Some(view))
    }

    /// The service of the account's application, for what a save is checked against.
    pub async fn service_of(
        &self,
        account_id: i64,
        number: &ApplicationNumber,
    ) -> sqlx::Result<Option<ServiceNumber>> {
        let row: Option<(String,)> = sqlx::query_as(
            "SELECT service FROM applications WHERE number = $1 AND account_id = $2",
        )
        .bind(number.to_string())
        .bind(account_id)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|(raw,)| service(&raw)).transpose()
    }

    /// Saves what the person typed so far, if they saw the latest version.
    pub async fn save_draft(
        &self,
        account_id: i64,
        number: &ApplicationNumber,
        version: i64,
        form: &serde_json::Value,
    ) -> Result<ApplicationView, ApplicationError> {
        let mut tx = self.write_locking_rows().await?;
        let id = editable(&mut tx, account_id, number, version).await?;
        sqlx::query(&format!(
            "UPDATE applications SET form = $1, version = version + 1, updated_at = {NOW} WHERE id = $2"
        ))
        .bind(to_json(form)?)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        // Read inside the transaction: the version it gives is the one this save wrote, which
        // the next save must name (a later one from another tab would hide a conflict).
        let view = view_in(&mut tx, id).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// What the rules made of the application when it was last sent: the summary an officer
    /// read before returning it.
    pub async fn sent_summary(
        &self,
        account_id: i64,
        number: &ApplicationNumber,
    ) -> sqlx::Result<Option<serde_json::Value>> {
        let row: Option<(Option<String>,)> = sqlx::query_as(
            "SELECT summary FROM applications WHERE number = $1 AND account_id = $2",
        )
        .bind(number.to_string())
        .bind(account_id)
        .fetch_optional(&self.pool)
        .await?;
        row.and_then(|(summary,)| summary)
            .map(|raw| serde_json::from_str(&raw).map_err(|e| sqlx::Error::Decode(e.into())))
            .transpose()
    }

    /// Takes the submit `step` with what the service's rules made of the form, the files it
    /// carries and the receipt (rule 7.1.2) in one transaction.
    pub async fn submit_application(
        &self,
        account_id: i64,
        number: &ApplicationNumber,
        step: Step,
        submission: &Submission<'_>,
    ) -> Result<ApplicationView, ApplicationError> {
        let Submission {
            summary,
            files,
            due_on,
            email_to,
            changes_since_return,
            messages,
            signature,
        } = submission;
        // Every statement waits its turn on the one writer (SQLite) or goes to the server and
        // back (PostgreSQL): a submit makes as few as it can.
        let mut tx = self.write_locking_rows().await?;
        let id = applicants_step(&mut tx, account_id, number, step).await?;
        let next = step.to;
        sqlx::query(&format!(
            "UPDATE applications SET status = $1, summary = $2, fields_to_fix = '[]', due_on = $3, \
             changes_since_return = $4, contact_email = $5, version = version + 1, \
             updated_at = {NOW}, submitted_at = {NOW} WHERE id = $6"
        ))
        .bind(next.code())
        .bind(to_json(summary)?)
        .bind(due_on.map(CalendarDate::iso))
        .bind(to_json(changes_since_return)?)
        .bind(email_to)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if !files.is_empty() {
            QueryBuilder::<Db>::new("INSERT INTO application_files (application_id, file_id) ")
                .push_values(files.iter(), |mut row, file| {
                    row.push_bind(id).push_bind(*file);
                })
                .push(" ON CONFLICT DO NOTHING")
                .build()
                .execute(&mut *tx)
                .await?;
        }
        add_event(&mut tx, id, next, "applicant", None).await?;
        super::signatures::record_sending(&mut tx, id, signature.as_ref()).await?;
        for message in messages.iter() {
            queue_outgoing(&mut tx, message).await?;
        }
        tx.commit().await?;
        Ok(self.view_after_commit(id).await?)
    }

    /// An application as it is now, read from the pool once a change has committed: every
    /// writer waits while one holds the write lock, and the view (the application, its files
    /// and history) is the longest read of a change. Reading it after the commit made
    /// submissions 35–50 % faster here (`submit_bench`).
    async fn view_after_commit(&self, id: i64) -> sqlx::Result<ApplicationView> {
        let mut read = self.pool.begin().await?;
        let view = view_in(&mut read, id).await?;
        read.commit().await?;
        Ok(view)
    }

    /// The applicant takes back an application the agency has not decided, by the `step` the
    /// workflow chose.
    pub async fn withdraw_application(
        &self,
        account_id: i64,
        number: &ApplicationNumber,
        step: Step,
    ) -> Result<ApplicationView, ApplicationError> {
        let mut tx = self.write_locking_rows().await?;
        let id = applicants_step(&mut tx, account_id, number, step).await?;
        sqlx::query(&format!(
            "UPDATE applications SET status = $1, version = version + 1, updated_at = {NOW} \
             WHERE id = $2"
        ))
        .bind(step.to.code())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        add_event(&mut tx, id, step.to, "applicant", None).await?;
        tx.commit().await?;
        let view = self.view_after_commit(id).await?;
        Ok(view)
    }
}

async fn insert_host(
    tx: &mut Transaction<'_, Db>,
    account_id: i64,
    host: &HostRecord<'_>,
) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO hosts (account_id, kind, details) VALUES ($1, $2, $3)")
        .bind(account_id)
        .bind(match host.kind {
            HostKind::Natural => "natural",
            HostKind::Legal => "legal",
        })
        .bind(to_json(host.details)?)
        .execute(&mut **tx)
        .await?;
    sqlx::query("INSERT INTO host_addresses (host_id, address) VALUES ($1, $2)")
        .bind(account_id)
        .bind(host.address)
        .execute(&mut **tx)
        .await?;
    for (file, claim_hash) in &host.claimed_files {
        sqlx::query(
            "UPDATE files SET account_id = $1, claim_hash = NULL \
             WHERE id = $2 AND claim_hash = $3 AND account_id IS NULL",
        )
        .bind(account_id)
        .bind(file)
        .bind(claim_hash)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

async fn owned_id(
    tx: &mut Transaction<'_, Db>,
    account_id: i64,
    number: &ApplicationNumber,
) -> sqlx::Result<Option<i64>> {
    let row: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM applications WHERE number = $1 AND account_id = $2")
            .bind(number.to_string())
            .bind(account_id)
            .fetch_optional(&mut **tx)
            .await?;
    Ok(row.map(|(id,)| id))
}

/// The application's id if the account owns it, may still change it, and saw its latest version.
async fn editable(
    tx: &mut Transaction<'_, Db>,
    account_id: i64,
    number: &ApplicationNumber,
    version: i64,
) -> Result<i64, ApplicationError> {
    let (id, current, current_version) = held(tx, account_id, number).await?;
    if !status(&current)?.editable() {
        return Err(ApplicationError::NotEditable);
    }
    if current_version != version {
        return Err(ApplicationError::Stale);
    }
    Ok(id)
}

/// The account's application — its id, status and version — held (`FOR_UPDATE`) until the
/// transaction ends.
async fn held(
    tx: &mut Transaction<'_, Db>,
    account_id: i64,
    number: &ApplicationNumber,
) -> Result<(i64, String, i64), ApplicationError> {
    let row: Option<(i64, String, i64)> = sqlx::query_as(&format!(
        "SELECT id, status, version FROM applications WHERE number = $1 AND account_id = $2 \
         {FOR_UPDATE}"
    ))
    .bind(number.to_string())
    .bind(account_id)
    .fetch_optional(&mut **tx)
    .await?;
    row.ok_or(ApplicationError::NotFound)
}

/// The id of the account's application, held (`FOR_UPDATE`) while it is still where the
/// workflow read it before choosing `step`.
async fn applicants_step(
    tx: &mut Transaction<'_, Db>,
    account_id: i64,
    number: &ApplicationNumber,
    step: Step,
) -> Result<i64, ApplicationError> {
    let (id, status, version) = held(tx, account_id, number).await?;
    if version != step.version || status != step.from.code() {
        return Err(ApplicationError::Stale);
    }
    Ok(id)
}

/// Whether the application is still where the workflow read it before choosing `step`: at
/// its `from`, in its version. If not, someone changed it meanwhile.
pub(super) async fn still_at(
    tx: &mut Transaction<'_, Db>,
    id: i64,
    step: Step,
) -> sqlx::Result<bool> {
    let (current, version): (String, i64) = sqlx::query_as(&format!(
        "SELECT status, version FROM applications WHERE id = $1 {FOR_UPDATE}"
    ))
    .bind(id)
    .fetch_one(&mut **tx)
    .await?;
    Ok(version == step.version && current == step.from.code())
}

pub(super) async fn add_event(
    tx: &mut Transaction<'_, Db>,
    id: i64,
    status: ApplicationStatus,
    actor: &str,
    note: Option<&str>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO application_events (application_id, status, actor, note) VALUES ($1, $2, $3, $4)",
    )
    .bind(id)
    .bind(status.code())
    .bind(actor)
    .bind(note)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub(super) async fn view_in(
    tx: &mut Transaction<'_, Db>,
    id: i64,
) -> sqlx::Result<ApplicationView> {
    let row: ApplicationRow = sqlx::query_as(&format!(
        "SELECT {APPLICATION_COLUMNS} FROM applications WHERE id = $1"
    ))
    .bind(id)
    .fetch_one(&mut **tx)
    .await?;
    let events: Vec<(String, String, Option<String>)> = sqlx::query_as(
        "SELECT status, at, note FROM application_events WHERE application_id = $1 ORDER BY id",
    )
    .bind(row.id)
    .fetch_all(&mut **tx)
    .await?;
    let result: Option<(String,)> =
        sqlx::query_as("SELECT code FROM results WHERE application_id = $1")
            .bind(row.id)
            .fetch_optional(&mut **tx)
            .await?;
    let history = events
        .into_iter()
        .map(|(s, at, note)| {
            Ok(ApplicationEvent {
                status: status(&s)?,
                at,
                note,
            })
        })
        .collect::<sqlx::Result<_>>()?;
    Ok(ApplicationView {
        number: number(&row.number)?,
        service: service(&row.service)?,
        status: status(&row.status)?,
        version: row.version,
        form: json(&row.form)?,
        form_version: row.form_version.and_then(|v| u32::try_from(v).ok()),
        created_at: row.created_at,
        submitted_at: row.submitted_at,
        fields_to_fix: json(&row.fields_to_fix)?,
        history,
        due_on: row.due_on,
        result: result.and_then(|(code,)| ResultCode::parse(&code)),
        viewers: viewers(tx, row.id).await?,
        complaints: super::complaints::complaints_of(tx, row.id).await?,
        stay_changes: super::stay_changes::stay_changes_of(tx, row.id).await?,
    })
}
