//! Changes to an accepted place-of-stay registration: an early departure reported by the host,
//! an extension the host asks for and the agency answers.

use app::api::{ApplicationStatus, StayChange, StayChangeStatus, StayChangeView};
use app::domain::ApplicationNumber;
use sqlx::Transaction;

use super::Db;

use super::notify::queue_outgoing;
use super::officers::{agency_application, audit};
use super::rows::{json, service, status, to_json};
use super::{FOR_UPDATE, NOW, Store};
use crate::store::{Officer, RegisteredStay, StayChangeAnswer, StayChangeError};

pub(super) async fn stay_changes_of(
    tx: &mut Transaction<'_, Db>,
    application_id: i64,
) -> sqlx::Result<Vec<StayChangeView>> {
    let rows: Vec<(i64, String, String, String, Option<String>)> = sqlx::query_as(
        "SELECT id, change, status, requested_at, note FROM stay_changes \
         WHERE application_id = $1 ORDER BY id",
    )
    .bind(application_id)
    .fetch_all(&mut **tx)
    .await?;
    rows.into_iter()
        .map(|(id, change, state, requested_at, note)| {
            Ok(StayChangeView {
                id,
                change: json(&change)?,
                status: StayChangeStatus::parse(&state)
                    .ok_or_else(|| sqlx::Error::Decode(format!("change status {state}").into()))?,
                requested_at,
                note,
            })
        })
        .collect()
}

impl Store {
    /// The account's own registration by its number, with what its changes are checked against.
    pub async fn registered_stay(
        &self,
        account_id: i64,
        number: &ApplicationNumber,
    ) -> sqlx::Result<Option<RegisteredStay>> {
        let row: Option<(String, String, Option<String>, String)> = sqlx::query_as(
            "SELECT service, status, summary, form FROM applications \
             WHERE number = $1 AND account_id = $2",
        )
        .bind(number.to_string())
        .bind(account_id)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|(s, state, summary, form)| {
            Ok(RegisteredStay {
                service: service(&s)?,
                status: status(&state)?,
                summary: summary.as_deref().map(json).transpose()?,
                form: json(&form)?,
            })
        })
        .transpose()
    }

    /// Records the host's change of their accepted registration: a departure stands as
    /// reported and closes the registration; an extension waits for the agency.
    pub async fn request_stay_change(
        &self,
        account_id: i64,
        number: &ApplicationNumber,
        change: &StayChange,
    ) -> Result<StayChangeView, StayChangeError> {
        let mut tx = self.write_locking_rows().await?;
        // The application's row is held while its changes are read: changes asked at once
        // follow one another, and the second finds the first.
        let row: Option<(i64, String)> = sqlx::query_as(&format!(
            "SELECT id, status FROM applications WHERE number = $1 AND account_id = $2 {FOR_UPDATE}"
        ))
        .bind(number.to_string())
        .bind(account_id)
        .fetch_optional(&mut *tx)
        .await?;
        let (id, state) = row.ok_or(StayChangeError::NotFound)?;
        if status(&state)? != ApplicationStatus::Accepted {
            return Err(StayChangeError::NotAccepted);
        }
        let (departed, waiting): (bool, bool) = sqlx::query_as(
            "SELECT count(*) FILTER (WHERE kind = 'early_departure') > 0, \
             count(*) FILTER (WHERE status = 'requested') > 0 \
             FROM stay_changes WHERE application_id = $1",
        )
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
        if departed {
            return Err(StayChangeError::Closed);
        }
        let (kind, state) = match change {
            StayChange::EarlyDeparture { .. } => ("early_departure", StayChangeStatus::Reported),
            StayChange::Extension { .. } if waiting => return Err(StayChangeError::Open),
            StayChange::Extension { .. } => ("extension", StayChangeStatus::Requested),
        };
        let (change_id,): (i64,) = sqlx::query_as(
            "INSERT INTO stay_changes (application_id, change, kind, status, requested_by) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(id)
        .bind(to_json(change)?)
        .bind(kind)
        .bind(state.code())
        .bind(account_id)
        .fetch_one(&mut *tx)
        .await?;
        let view = stay_changes_of(&mut tx, id)
            .await?
            .into_iter()
            .find(|c| c.id == change_id)
            .ok_or(StayChangeError::NotFound)?;
        tx.commit().await?;
        Ok(view)
    }

    /// Writes the agency's answer to an extension still requested, with the longer stay when
    /// it is accepted, its audit entry and the host's message, in one transaction.
    pub async fn answer_stay_change(
        &self,
        by: &Officer,
        number: &ApplicationNumber,
        change_id: i64,
        answer: &StayChangeAnswer<'_>,
    ) -> Result<(), StayChangeError> {
        let mut tx = self.write_locking_rows().await?;
        let id = agency_application(&mut tx, by, number)
            .await
            .map_err(|_| StayChangeError::NotFound)?;
        // Held until answered: two officers answering at once answer once, the second finding
        // it answered.
        let change: Option<(String, String)> = sqlx::query_as(&format!(
            "SELECT change, status FROM stay_changes WHERE id = $1 AND application_id = $2 {FOR_UPDATE}"
        ))
        .bind(change_id)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let (change, state) = change.ok_or(StayChangeError::NotFound)?;
        if state != StayChangeStatus::Requested.code() {
            return Err(StayChangeError::Answered);
        }
        sqlx::query(&format!(
            "UPDATE stay_changes SET status = $1, decided_by = $2, decided_at = {NOW}, note = $3 \
             WHERE id = $4 AND status = 'requested'"
        ))
        .bind(answer.status.code())
        .bind(by.account_id)
        .bind(answer.note)
        .bind(change_id)
        .execute(&mut *tx)
        .await?;
        let accepted = answer.status == StayChangeStatus::Accepted;
        if let (true, StayChange::Extension { stay_days, .. }) = (accepted, json(&change)?) {
            sqlx::query(&format!(
                "UPDATE applications SET summary = json_set(summary, '$.stay_days', $1), \
                 updated_at = {NOW} WHERE id = $2"
            ))
            .bind(i64::from(stay_days))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        audit(
            &mut tx,
            by,
            answer.audit,
            Some(id),
            Some(answer.status.code()),
        )
        .await?;
        for message in &answer.messages {
            queue_outgoing(&mut tx, message).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
