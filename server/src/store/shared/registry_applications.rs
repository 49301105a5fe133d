//! The agencies' registry applications (rule 10, appendix 2): a supervisor files one for a
//! service of their own agency; the registry operator works them in a queue of their own and
//! approves one by registering, amending or cancelling the record through the catalogue's own
//! functions, in the same transaction as the application's status, the audit entry and the
//! filing supervisor's e-mail.

use app::api::{
    OfficerRole, RegistryApplicationForm, RegistryApplicationKind, RegistryApplicationStatus,
    RegistryApplicationView, RegistryRequest,
};
use app::domain::{AgencyNumber, CalendarDate, Lang, ServiceNumber, Text};
use serde_json::json;
use sqlx::Transaction;

use super::Db;

use super::catalogue::{FromApplication, amend_in, cancel_in, open_regulation, register_in, registry_number};
use super::notify::notify_account;
use super::rows::{json, to_json};
use super::{NOW, Store};
use crate::store::{Notice, Officer, RegistryApplicationError, RegistryError};

/// How many applications a list shows at most.
const LIST_LIMIT: i64 = 200;

#[derive(sqlx::FromRow)]
struct ViewRow {
    id: i64,
    kind: String,
    status: String,
    agency: i64,
    agency_az: String,
    agency_en: String,
    agency_ru: String,
    service_id: Option<i64>,
    service_agency: Option<i64>,
    service_position: Option<i64>,
    title_az: Option<String>,
    title_en: Option<String>,
    title_ru: Option<String>,
    request: String,
    filed_by: String,
    filed_at: String,
    due_on: String,
    decided_by: Option<String>,
    decided_at: Option<String>,
    refusal: Option<String>,
}

const VIEW_SELECT: &str = "SELECT r.id, r.kind, r.status, r.agency, \
     g.name_az AS agency_az, g.name_en AS agency_en, g.name_ru AS agency_ru, r.service_id, \
     s.agency AS service_agency, s.position AS service_position, \
     s.title_az, s.title_en, s.title_ru, r.request, \
     f.surname || ' ' || f.name AS filed_by, r.filed_at, r.due_on, \
     (SELECT surname || ' ' || name FROM accounts WHERE id = r.decided_by) AS decided_by, \
     r.decided_at, r.refusal \
     FROM registry_applications r JOIN agencies g ON g.number = r.agency \
     JOIN accounts f ON f.id = r.filed_by LEFT JOIN services s ON s.id = r.service_id";

fn decode(what: &str) -> sqlx::Error {
    sqlx::Error::Decode(format!("stored {what} is not valid").into())
}

impl ViewRow {
    fn view(self, today: &str) -> sqlx::Result<RegistryApplicationView> {
        let kind = RegistryApplicationKind::parse(&self.kind).ok_or_else(|| decode("kind"))?;
        let status =
            RegistryApplicationStatus::parse(&self.status).ok_or_else(|| decode("status"))?;
        let request: RegistryRequest = json(&self.request)?;
        let service = match (self.service_agency, self.service_position) {
            (Some(agency), Some(position)) => Some(
                u16::try_from(agency)
                    .ok()
                    .and_then(AgencyNumber::new)
                    .zip(u16::try_from(position).ok())
                    .and_then(|(a, p)| ServiceNumber::new(a, p))
                    .ok_or_else(|| decode("service number"))?,
            ),
            _ => None,
        };
        let record_title = self.title_az.map(|az| Text {
            az,
            en: self.title_en.unwrap_or_default(),
            ru: self.title_ru.unwrap_or_default(),
        });
        let title = request
            .title()
            .cloned()
            .or(record_title)
            .unwrap_or_default();
        Ok(RegistryApplicationView {
            id: self.id,
            kind,
            status,
            agency: u16::try_from(self.agency)
                .ok()
                .and_then(AgencyNumber::new)
                .ok_or_else(|| decode("agency"))?,
            agency_name: Text {
                az: self.agency_az,
                en: self.agency_en,
                ru: self.agency_ru,
            },
            service,
            registry_number: self.service_id.map(registry_number),
            title,
            request,
            filed_by: self.filed_by,
            filed_at: self.filed_at,
            overdue: status.waiting() && self.due_on.as_str() < today,
            due_on: self.due_on,
            decided_by: self.decided_by,
            decided_at: self.decided_at,
            refusal: self.refusal,
        })
    }
}

/// The agency an officer's registry work is limited to: a supervisor's own; the registry
/// operator keeps the registry for every agency.
fn scope(by: &Officer) -> Option<AgencyNumber> {
    (by.role != OfficerRole::RegistryOperator).then_some(by.agency)
}

async fn view_in(
    tx: &mut Transaction<'_, Db>,
    id: i64,
    today: CalendarDate,
) -> sqlx::Result<RegistryApplicationView> {
    let row: ViewRow = sqlx::query_as(&format!("{VIEW_SELECT} WHERE r.id = $1"))
        .bind(id)
        .fetch_one(&mut **tx)
        .await?;
    row.view(&today.iso())
}

/// Appends to the audit log an action on a registry application, in its transaction.
async fn audit(
    tx: &mut Transaction<'_, Db>,
    by: &Officer,
    action: &str,
    id: i64,
    subject: Option<&str>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (officer_id, role, agency, action, registry_application_id, \
         subject) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(by.account_id)
    .bind(by.role.code())
    .bind(i64::from(by.agency.get()))
    .bind(action)
    .bind(id)
    .bind(subject)
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// The application's id, filer and status if the officer may see it; another agency's is not
/// found, as if it did not exist.
async fn visible(
    tx: &mut Transaction<'_, Db>,
    by: &Officer,
    id: i64,
) -> Result<(i64, String), RegistryApplicationError> {
    let row: Option<(i64, String)> = sqlx::query_as(
        "SELECT filed_by, status FROM registry_applications \
         WHERE id = $1 AND ($2 IS NULL OR agency = $3)",
    )
    .bind(id)
    .bind(scope(by).map(|agency| i64::from(agency.get())))
    .bind(scope(by).map(|agency| i64::from(agency.get())))
    .fetch_optional(&mut **tx)
    .await?;
    row.ok_or(RegistryApplicationError::NotFound)
}

impl Store {
    /// A supervisor's application for a service of their own agency, due in the working days
    /// its kind has. An amendment or cancellation must name a registered service of the agency.
    /// Every active registry operator is told by e-mail in the same transaction; `link` gives
    /// the application's page from its id.
    pub async fn file_registry_application(
        &self,
        by: &Officer,
        form: &RegistryApplicationForm,
        request: &RegistryRequest,
        due_on: CalendarDate,
        today: CalendarDate,
        tell_operator: impl Fn(&RegistryApplicationView, Lang) -> Notice,
    ) -> Result<RegistryApplicationView, RegistryApplicationError> {
        let mut tx = self.write().await?;
        let service_id = match request.number() {
            None => None,
            Some(number) if number.agency() != by.agency => {
                return Err(RegistryApplicationError::UnknownService);
            }
            Some(number) => match open_regulation(&mut tx, number).await {
                Ok((id, _)) => Some(id),
                Err(RegistryError::NotFound) => {
                    return Err(RegistryApplicationError::UnknownService);
                }
                Err(RegistryError::Cancelled) => {
                    return Err(RegistryApplicationError::ServiceCancelled);
                }
                Err(other) => return Err(other.into()),
            },
        };
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO registry_applications \
             (kind, agency, service_id, form, request, due_on, filed_by) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(request.kind().code())
        .bind(i64::from(by.agency.get()))
        .bind(service_id)
        .bind(to_json(form)?)
        .bind(to_json(request)?)
        .bind(due_on.iso())
        .bind(by.account_id)
        .fetch_one(&mut *tx)
        .await?;
        audit(
            &mut tx,
            by,
            "filed_registry_application",
            id,
            Some(request.kind().code()),
        )
        .await?;
        let view = view_in(&mut tx, id, today).await?;
        tell_operators(&mut tx, &view, tell_operator).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// The supervisor's agency's applications, newest first.
    pub async fn agency_registry_applications(
        &self,
        by: &Officer,
        today: CalendarDate,
    ) -> sqlx::Result<Vec<RegistryApplicationView>> {
        let rows: Vec<ViewRow> = sqlx::query_as(&format!(
            "{VIEW_SELECT} WHERE r.agency = $1 ORDER BY r.id DESC LIMIT {LIST_LIMIT}"
        ))
        .bind(i64::from(by.agency.get()))
        .fetch_all(&self.pool)
        .await?;
        let today = today.iso();
        rows.into_iter().map(|row| row.view(&today)).collect()
    }

    /// The registry operator's queue: every agency's waiting applications, the earliest due
    /// first.
    pub async fn registry_queue(
        &self,
        today: CalendarDate,
    ) -> sqlx::Result<Vec<RegistryApplicationView>> {
        let rows: Vec<ViewRow> = sqlx::query_as(&format!(
            "{VIEW_SELECT} WHERE r.status = 'submitted' ORDER BY r.due_on, r.id LIMIT {LIST_LIMIT}"
        ))
        .fetch_all(&self.pool)
        .await?;
        let today = today.iso();
        rows.into_iter().map(|row| row.view(&today)).collect()
    }

    /// One application, for its agency's supervisor or the registry operator; opening it is
    /// written to the audit log.
    pub async fn registry_application(
        &self,
        by: &Officer,
        id: i64,
        today: CalendarDate,
    ) -> Result<RegistryApplicationView, RegistryApplicationError> {
        let mut tx = self.write().await?;
        visible(&mut tx, by, id).await?;
        audit(&mut tx, by, "viewed_registry_application", id, None).await?;
        let view = view_in(&mut tx, id, today).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// The registry operator does what the application asks (rules 10.4, 10.8): the record's
    /// change with the application's data in its history, the application's status, the audit
    /// entry and the workflow's e-mail to the filing supervisor, written from the application
    /// as decided, in one transaction. Of two decisions at once, the second finds it decided.
    pub async fn approve_registry_application(
        &self,
        by: &Officer,
        id: i64,
        today: CalendarDate,
        tell: impl FnOnce(&RegistryApplicationView) -> Notice,
    ) -> Result<RegistryApplicationView, RegistryApplicationError> {
        let mut tx = self.write().await?;
        let (filed_by, status) = visible(&mut tx, by, id).await?;
        if status != RegistryApplicationStatus::Submitted.code() {
            return Err(RegistryApplicationError::AlreadyDecided);
        }
        let before = view_in(&mut tx, id, today).await?;
        // What the history keeps of the application (rule 10.5.2).
        let data = json!({
            "id": id,
            "agency": before.agency,
            "filed_by": before.filed_by,
            "filed_at": before.filed_at,
            "request": before.request,
        });
        let from = FromApplication { id, data: &data };
        let service_id = match &before.request {
            RegistryRequest::Register { new } => register_in(&mut tx, new, Some(&from)).await?.1,
            RegistryRequest::Amend {
                number,
                changes,
                amendment,
            } => {
                let (_, current) = open_regulation(&mut tx, *number).await?;
                amend_in(
                    &mut tx,
                    *number,
                    &amendment.onto(changes, &current),
                    Some(&from),
                )
                .await?
            }
            RegistryRequest::Cancel { number, reason } => {
                cancel_in(&mut tx, *number, reason, Some(&from)).await?
            }
        };
        let done = before.kind.done();
        decide(&mut tx, by, id, done, Some(service_id), None).await?;
        audit(
            &mut tx,
            by,
            "approved_registry_application",
            id,
            Some(done.code()),
        )
        .await?;
        let view = view_in(&mut tx, id, today).await?;
        let notice = tell(&view);
        notify_account(&mut tx, filed_by, notice.template, notice.values).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// The registry operator refuses the application with a reason the agency is told.
    pub async fn refuse_registry_application(
        &self,
        by: &Officer,
        id: i64,
        reason: &str,
        today: CalendarDate,
        tell: impl FnOnce(&RegistryApplicationView) -> Notice,
    ) -> Result<RegistryApplicationView, RegistryApplicationError> {
        let mut tx = self.write().await?;
        let (filed_by, status) = visible(&mut tx, by, id).await?;
        if status != RegistryApplicationStatus::Submitted.code() {
            return Err(RegistryApplicationError::AlreadyDecided);
        }
        decide(
            &mut tx,
            by,
            id,
            RegistryApplicationStatus::Refused,
            None,
            Some(reason),
        )
        .await?;
        audit(
            &mut tx,
            by,
            "refused_registry_application",
            id,
            Some(reason),
        )
        .await?;
        let view = view_in(&mut tx, id, today).await?;
        let notice = tell(&view);
        notify_account(&mut tx, filed_by, notice.template, notice.values).await?;
        tx.commit().await?;
        Ok(view)
    }
}

/// Writes the decision on a waiting application; one decided meanwhile is not changed.
async fn decide(
    tx: &mut Transaction<'_, Db>,
    by: &Officer,
    id: i64,
    status: RegistryApplicationStatus,
    service_id: Option<i64>,
    refusal: Option<&str>,
) -> Result<(), RegistryApplicationError> {
    let changed = sqlx::query(&format!(
        "UPDATE registry_applications SET status = $1, service_id = COALESCE($2, service_id), \
         decided_by = $3, decided_at = {NOW}, refusal = $4 WHERE id = $5 AND status = 'submitted'"
    ))
    .bind(status.code())
    .bind(service_id)
    .bind(by.account_id)
    .bind(refusal)
    .bind(id)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if changed == 1 {
        Ok(())
    } else {
        Err(RegistryApplicationError::AlreadyDecided)
    }
}

/// Tells every active registry operator, each in their own language, of a new application.
async fn tell_operators(
    tx: &mut Transaction<'_, Db>,
    view: &RegistryApplicationView,
    tell: impl Fn(&RegistryApplicationView, Lang) -> Notice,
) -> sqlx::Result<()> {
    let operators: Vec<(i64, String)> = sqlx::query_as(
        "SELECT o.account_id, a.lang FROM officers o JOIN accounts a ON a.id = o.account_id \
         WHERE o.role = $1 AND o.deactivated_at IS NULL ORDER BY o.account_id",
    )
    .bind(OfficerRole::RegistryOperator.code())
    .fetch_all(&mut **tx)
    .await?;
    for (operator, lang) in operators {
        let notice = tell(view, Lang::parse(&lang).unwrap_or_default());
        notify_account(tx, operator, notice.template, notice.values).await?;
    }
    Ok(())
}
