//! Regulations the agency writes (rules 9.1–9.8): a draft per service through editing and
//! public discussion, its participating agencies' answers, the comments and their answers, and
//! the approved versions. Approving copies the text into `services.regulation`, which the card,
//! due dates and refusals read. Every change by an officer is written to the audit log in its
//! transaction. Each write that depends on what the workflow read names the draft's revision, so
//! a save in between makes it fail rather than apply to a text nobody checked.

use app::api::{
    AgreementDecision, ApprovedMark, CommentAnswer, Regulation, RegulationComment, RegulationStage,
    RegulationStatus,
};
use app::domain::{AgencyNumber, CalendarDate, ServiceNumber};

use super::officers::audit;
use super::rows::{json, service, to_json};
use super::{Db, NOW, Store};
use crate::store::{
    AgencyRegulation, ApprovedRegulation, Officer, Participant, RegulationDraft, RegulationError,
};

const DRAFT_COLUMNS: &str = "id, service, regulation, stage, revision, discussion_opened_on, \
                             discussion_until";

type DraftRow = (
    i64,
    String,
    String,
    String,
    i64,
    Option<String>,
    Option<String>,
);

fn date(raw: Option<String>) -> sqlx::Result<Option<CalendarDate>> {
    raw.map(required_date).transpose()
}

fn required_date(raw: String) -> sqlx::Result<CalendarDate> {
    CalendarDate::parse(&raw).ok_or_else(|| sqlx::Error::Decode(format!("date {raw}").into()))
}

fn stage(raw: &str) -> sqlx::Result<RegulationStage> {
    RegulationStage::parse(raw).ok_or_else(|| sqlx::Error::Decode(format!("stage {raw}").into()))
}

fn draft(row: DraftRow) -> sqlx::Result<RegulationDraft> {
    let (id, number, regulation, raw_stage, revision, opened, until) = row;
    Ok(RegulationDraft {
        id,
        service: service(&number)?,
        regulation: json(&regulation)?,
        stage: stage(&raw_stage)?,
        revision,
        discussion_opened_on: date(opened)?,
        discussion_until: date(until)?,
    })
}

fn version(raw: i64) -> u32 {
    u32::try_from(raw).unwrap_or_default()
}

type CommentRow = (i64, String, String, String, Option<String>, Option<String>);

/// agency, decision, comment, the revision answered, when.
type ParticipantRow = (
    i64,
    Option<String>,
    Option<String>,
    Option<i64>,
    Option<String>,
);
/// id, version, approved_on, regulation, discussion_opened_on, discussion_until.
type VersionRow = (i64, i64, String, String, Option<String>, Option<String>);
/// service, a draft's stage, its discussion's last day, the newest approved version.
type AgencyRegulationRow = (String, Option<String>, Option<String>, Option<i64>);

fn comment((id, author, text, at, answer, answered_at): CommentRow) -> RegulationComment {
    RegulationComment {
        id,
        author,
        text,
        at,
        answer: answer.map(|text| CommentAnswer {
            text,
            at: answered_at.unwrap_or_default(),
        }),
    }
}

/// The service's draft not yet approved, read from the pool or inside a write transaction.
async fn open_draft<'e, E: sqlx::Executor<'e, Database = Db>>(
    db: E,
    number: ServiceNumber,
) -> sqlx::Result<Option<RegulationDraft>> {
    let row: Option<DraftRow> = sqlx::query_as(&format!(
        "SELECT {DRAFT_COLUMNS} FROM regulations WHERE service = $1 AND stage != 'approved'"
    ))
    .bind(number.to_string())
    .fetch_optional(db)
    .await?;
    row.map(draft).transpose()
}

impl Store {
    /// The service's draft being written or discussed, if it has one.
    pub async fn regulation_draft(
        &self,
        number: ServiceNumber,
    ) -> sqlx::Result<Option<RegulationDraft>> {
        open_draft(&self.pool, number).await
    }

    /// Keeps `regulation` as the service's draft, a new revision of the one being written, with
    /// the agencies it names as participating; refused while the draft is in discussion.
    pub async fn save_regulation_draft(
        &self,
        by: &Officer,
        number: ServiceNumber,
        regulation: &Regulation,
        participants: &[AgencyNumber],
    ) -> Result<(), RegulationError> {
        let mut tx = self.write().await?;
        let text = to_json(regulation)?;
        let id = match open_draft(&mut *tx, number).await? {
            Some(draft) if draft.stage == RegulationStage::Discussion => {
                return Err(RegulationError::InDiscussion);
            }
            Some(draft) => {
                sqlx::query(&format!(
                    "UPDATE regulations SET regulation = $1, saved_by = $2, saved_at = {NOW}, \
                     revision = revision + 1 WHERE id = $3"
                ))
                .bind(&text)
                .bind(by.account_id)
                .bind(draft.id)
                .execute(&mut *tx)
                .await?;
                draft.id
            }
            None => {
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO regulations (service, regulation, saved_by) VALUES ($1, $2, $3) \
                     RETURNING id",
                )
                .bind(number.to_string())
                .bind(&text)
                .bind(by.account_id)
                .fetch_one(&mut *tx)
                .await?;
                id
            }
        };
        let named: Vec<i64> = participants.iter().map(|a| i64::from(a.get())).collect();
        let kept: Vec<(i64,)> =
            sqlx::query_as("SELECT agency FROM regulation_participants WHERE regulation = $1")
                .bind(id)
                .fetch_all(&mut *tx)
                .await?;
        for (agency,) in kept.iter().filter(|(a,)| !named.contains(a)) {
            sqlx::query(
                "DELETE FROM regulation_participants WHERE regulation = $1 AND agency = $2",
            )
            .bind(id)
            .bind(agency)
            .execute(&mut *tx)
            .await?;
        }
        for agency in named.iter().filter(|a| !kept.iter().any(|(k,)| k == *a)) {
            sqlx::query("INSERT INTO regulation_participants (regulation, agency) VALUES ($1, $2)")
                .bind(id)
                .bind(agency)
                .execute(&mut *tx)
                .await?;
        }
        audit(
            &mut tx,
            by,
            "saved_regulation",
            None,
            Some(&number.to_string()),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The draft's participating agencies, each with its answer to the draft's revision
    /// `revision` (an answer to an earlier one is no answer).
    pub async fn regulation_participants(
        &self,
        regulation: i64,
        revision: i64,
    ) -> sqlx::Result<Vec<Participant>> {
        let rows: Vec<ParticipantRow> = sqlx::query_as(
            "SELECT agency, decision, comment, revision, decided_at \
                 FROM regulation_participants WHERE regulation = $1 ORDER BY agency",
        )
        .bind(regulation)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(agency, decision, comment, answered, at)| {
                let agency = u16::try_from(agency)
                    .ok()
                    .and_then(AgencyNumber::new)
                    .ok_or_else(|| sqlx::Error::Decode(format!("agency {agency}").into()))?;
                let current = answered == Some(revision);
                Ok(Participant {
                    agency,
                    decision: decision
                        .as_deref()
                        .and_then(AgreementDecision::parse)
                        .filter(|_| current),
                    comment: comment.filter(|_| current),
                    decided_at: at.filter(|_| current),
                })
            })
            .collect()
    }

    /// The officer's agency answers the service's draft at `revision`, if it is a participant
    /// and the draft is still that revision, being written.
    pub async fn answer_regulation_agreement(
        &self,
        by: &Officer,
        number: ServiceNumber,
        revision: i64,
        decision: AgreementDecision,
        comment: Option<&str>,
    ) -> Result<(), RegulationError> {
        let mut tx = self.write().await?;
        let draft = open_draft(&mut *tx, number)
            .await?
            .ok_or(RegulationError::NotFound)?;
        if draft.stage != RegulationStage::Editing || draft.revision != revision {
            return Err(RegulationError::Changed);
        }
        let done = sqlx::query(&format!(
            "UPDATE regulation_participants SET decision = $1, comment = $2, revision = $3, \
             decided_by = $4, decided_at = {NOW} WHERE regulation = $5 AND agency = $6"
        ))
        .bind(decision.code())
        .bind(comment)
        .bind(revision)
        .bind(by.account_id)
        .bind(draft.id)
        .bind(i64::from(by.agency.get()))
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(RegulationError::NotFound);
        }
        let action = match decision {
            AgreementDecision::Agreed => "agreed_regulation",
            AgreementDecision::Objected => "objected_regulation",
        };
        audit(&mut tx, by, action, None, Some(&number.to_string())).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Publishes the draft at `revision` for public discussion from `opened_on` to `until`, if
    /// it is still that revision and every participating agency agreed to it.
    pub async fn put_regulation_to_discussion(
        &self,
        by: &Officer,
        number: ServiceNumber,
        revision: i64,
        opened_on: CalendarDate,
        until: CalendarDate,
    ) -> Result<(), RegulationError> {
        let mut tx = self.write().await?;
        let draft = open_draft(&mut *tx, number)
            .await?
            .ok_or(RegulationError::NotFound)?;
        match draft.stage {
            RegulationStage::Discussion => return Err(RegulationError::InDiscussion),
            RegulationStage::Editing if draft.revision != revision => {
                return Err(RegulationError::Changed);
            }
            RegulationStage::Editing => {}
        }
        let (pending,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM regulation_participants WHERE regulation = $1 \
             AND (decision IS NULL OR decision != 'agreed' OR revision IS NULL OR revision != $2)",
        )
        .bind(draft.id)
        .bind(revision)
        .fetch_one(&mut *tx)
        .await?;
        if pending > 0 {
            return Err(RegulationError::AgreementPending);
        }
        sqlx::query(
            "UPDATE regulations SET stage = 'discussion', discussion_opened_on = $1, \
             discussion_until = $2 WHERE id = $3",
        )
        .bind(opened_on.iso())
        .bind(until.iso())
        .bind(draft.id)
        .execute(&mut *tx)
        .await?;
        // The card shows the discussion: its edition must change.
        sqlx::query("UPDATE catalogue_version SET version = version + 1")
            .execute(&mut *tx)
            .await?;
        let subject = format!("{number} — {}", until.iso());
        audit(
            &mut tx,
            by,
            "regulation_to_discussion",
            None,
            Some(&subject),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// A logged-in person's comment on the service's draft in discussion, taken while `today` is
    /// not after the discussion's last day.
    pub async fn comment_on_regulation(
        &self,
        account_id: i64,
        author: &str,
        number: ServiceNumber,
        text: &str,
        today: CalendarDate,
    ) -> Result<RegulationComment, RegulationError> {
        let mut tx = self.write().await?;
        let draft = open_draft(&mut *tx, number)
            .await?
            .filter(|d| d.stage == RegulationStage::Discussion)
            .ok_or(RegulationError::NotInDiscussion)?;
        if draft.discussion_until.is_none_or(|until| today > until) {
            return Err(RegulationError::Closed);
        }
        let (id, at): (i64, String) = sqlx::query_as(
            "INSERT INTO regulation_comments (regulation, account_id, author, body) \
             VALUES ($1, $2, $3, $4) RETURNING id, at",
        )
        .bind(draft.id)
        .bind(account_id)
        .bind(author)
        .bind(text)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(RegulationComment {
            id,
            author: author.to_owned(),
            text: text.to_owned(),
            at,
            answer: None,
        })
    }

    /// The agency's public answer to a comment of its draft in discussion; one per comment.
    pub async fn answer_regulation_comment(
        &self,
        by: &Officer,
        number: ServiceNumber,
        comment_id: i64,
        text: &str,
    ) -> Result<(), RegulationError> {
        let mut tx = self.write().await?;
        let draft = open_draft(&mut *tx, number)
            .await?
            .filter(|d| d.stage == RegulationStage::Discussion)
            .ok_or(RegulationError::NotInDiscussion)?;
        let answered: Option<(Option<String>,)> = sqlx::query_as(
            "SELECT answer FROM regulation_comments WHERE id = $1 AND regulation = $2",
        )
        .bind(comment_id)
        .bind(draft.id)
        .fetch_optional(&mut *tx)
        .await?;
        match answered {
            None => return Err(RegulationError::NotFound),
            Some((Some(_),)) => return Err(RegulationError::AlreadyAnswered),
            Some((None,)) => {}
        }
        sqlx::query(&format!(
            "UPDATE regulation_comments SET answer = $1, answered_by = $2, answered_at = {NOW} \
             WHERE id = $3"
        ))
        .bind(text)
        .bind(by.account_id)
        .bind(comment_id)
        .execute(&mut *tx)
        .await?;
        let subject = format!("{number} #{comment_id}");
        audit(
            &mut tx,
            by,
            "answered_regulation_comment",
            None,
            Some(&subject),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The comments of a draft's discussion, in the order they came.
    pub async fn regulation_comments(
        &self,
        regulation: i64,
    ) -> sqlx::Result<Vec<RegulationComment>> {
        let rows: Vec<CommentRow> = sqlx::query_as(
            "SELECT id, author, body, at, answer, answered_at FROM regulation_comments \
             WHERE regulation = $1 ORDER BY id",
        )
        .bind(regulation)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(comment).collect())
    }

    /// Approves the draft in discussion as the service's next version, on `approved_on`, once
    /// every comment has its answer: the card, due dates and refusals read it from now on.
    pub async fn approve_regulation(
        &self,
        by: &Officer,
        number: ServiceNumber,
        approved_on: CalendarDate,
    ) -> Result<u32, RegulationError> {
        let mut tx = self.write().await?;
        let draft = open_draft(&mut *tx, number)
            .await?
            .filter(|d| d.stage == RegulationStage::Discussion)
            .ok_or(RegulationError::NotInDiscussion)?;
        let (unanswered,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM regulation_comments WHERE regulation = $1 AND answer IS NULL",
        )
        .bind(draft.id)
        .fetch_one(&mut *tx)
        .await?;
        if unanswered > 0 {
            return Err(RegulationError::Unanswered);
        }
        let (next,): (i64,) = sqlx::query_as(
            "SELECT COALESCE(MAX(version), 0) + 1 FROM regulations WHERE service = $1",
        )
        .bind(number.to_string())
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE regulations SET stage = 'approved', version = $1, approved_on = $2, \
             approved_by = $3 WHERE id = $4",
        )
        .bind(next)
        .bind(approved_on.iso())
        .bind(by.account_id)
        .bind(draft.id)
        .execute(&mut *tx)
        .await?;
        in_force(&mut tx, number, &draft.regulation).await?;
        let subject = format!("{number} v{next}");
        audit(&mut tx, by, "approved_regulation", None, Some(&subject)).await?;
        tx.commit().await?;
        Ok(version(next))
    }

    /// The service's approved versions, newest first, each with its discussion's dates.
    pub async fn approved_regulations(
        &self,
        number: ServiceNumber,
    ) -> sqlx::Result<Vec<ApprovedRegulation>> {
        let rows: Vec<VersionRow> = sqlx::query_as(
            "SELECT id, version, approved_on, regulation, discussion_opened_on, \
                 discussion_until FROM regulations WHERE service = $1 AND stage = 'approved' \
                 ORDER BY version DESC",
        )
        .bind(number.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(id, number, approved_on, regulation, opened, until)| {
                Ok(ApprovedRegulation {
                    id,
                    version: version(number),
                    approved_on: required_date(approved_on)?,
                    regulation: json(&regulation)?,
                    discussion_opened_on: date(opened)?,
                    discussion_until: date(until)?,
                })
            })
            .collect()
    }

    /// What the card says of the service's regulation: its newest approved version and the
    /// last day of a discussion under way.
    pub async fn regulation_status(&self, number: ServiceNumber) -> sqlx::Result<RegulationStatus> {
        let approved: Option<(i64, String)> = sqlx::query_as(
            "SELECT version, approved_on FROM regulations WHERE service = $1 \
             AND stage = 'approved' ORDER BY version DESC LIMIT 1",
        )
        .bind(number.to_string())
        .fetch_optional(&self.pool)
        .await?;
        let until: Option<(Option<String>,)> = sqlx::query_as(
            "SELECT discussion_until FROM regulations WHERE service = $1 AND stage = 'discussion'",
        )
        .bind(number.to_string())
        .fetch_optional(&self.pool)
        .await?;
        let approved = match approved {
            Some((v, on)) => Some(ApprovedMark {
                version: version(v),
                approved_on: required_date(on)?,
            }),
            None => None,
        };
        Ok(RegulationStatus {
            approved,
            discussion_until: date(until.and_then(|(until,)| until))?,
        })
    }

    /// Every draft in public discussion, soonest to close first, with its number of comments.
    pub async fn regulations_in_discussion(
        &self,
    ) -> sqlx::Result<Vec<(ServiceNumber, CalendarDate, u32)>> {
        let rows: Vec<(String, String, i64)> = sqlx::query_as(
            "SELECT r.service, r.discussion_until, \
               (SELECT COUNT(*) FROM regulation_comments c WHERE c.regulation = r.id) \
             FROM regulations r WHERE r.stage = 'discussion' \
             ORDER BY r.discussion_until, r.service",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(number, until, comments)| {
                Ok((
                    service(&number)?,
                    required_date(until)?,
                    u32::try_from(comments).unwrap_or_default(),
                ))
            })
            .collect()
    }

    /// The regulation work of each of the agency's services: a draft's stage and the newest
    /// approved version.
    pub async fn agency_regulations(
        &self,
        agency: AgencyNumber,
    ) -> sqlx::Result<Vec<AgencyRegulation>> {
        let rows: Vec<AgencyRegulationRow> = sqlx::query_as(
            "SELECT s.agency || '.' || s.position, d.stage, d.discussion_until, \
               (SELECT MAX(v.version) FROM regulations v \
                WHERE v.service = s.agency || '.' || s.position AND v.stage = 'approved') \
             FROM services s LEFT JOIN regulations d \
               ON d.service = s.agency || '.' || s.position AND d.stage != 'approved' \
             WHERE s.agency = $1 AND s.cancelled_at IS NULL ORDER BY s.position",
        )
        .bind(i64::from(agency.get()))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(number, raw_stage, until, approved)| {
                Ok(AgencyRegulation {
                    service: service(&number)?,
                    stage: raw_stage.as_deref().map(stage).transpose()?,
                    discussion_until: date(until)?,
                    approved_version: approved.map(version),
                })
            })
            .collect()
    }

    /// The drafts being written that name `agency` as participating, each with its answer.
    pub async fn regulations_to_agree(
        &self,
        agency: AgencyNumber,
    ) -> sqlx::Result<Vec<(RegulationDraft, Participant)>> {
        let rows: Vec<(i64,)> = sqlx::query_as(
            "SELECT d.id FROM regulations d JOIN regulation_participants p \
               ON p.regulation = d.id AND p.agency = $1 \
             WHERE d.stage = 'editing' ORDER BY d.service",
        )
        .bind(i64::from(agency.get()))
        .fetch_all(&self.pool)
        .await?;
        let mut asked = Vec::with_capacity(rows.len());
        for (id,) in rows {
            let row: Option<DraftRow> = sqlx::query_as(&format!(
                "SELECT {DRAFT_COLUMNS} FROM regulations WHERE id = $1 AND stage = 'editing'"
            ))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
            let Some(found) = row.map(draft).transpose()? else {
                continue;
            };
            let answer = self
                .regulation_participants(found.id, found.revision)
                .await?
                .into_iter()
                .find(|p| p.agency == agency);
            if let Some(answer) = answer {
                asked.push((found, answer));
            }
        }
        Ok(asked)
    }

    /// A demo regulation, approved as the service's first version on `approved_on` where the
    /// service has none; whether it was.
    pub async fn seed_regulation(
        &self,
        number: ServiceNumber,
        regulation: &Regulation,
        approved_on: CalendarDate,
    ) -> sqlx::Result<bool> {
        let mut tx = self.write().await?;
        let done = sqlx::query(
            "INSERT INTO regulations (service, regulation, stage, version, approved_on) \
             SELECT $1, $2, 'approved', 1, $3 WHERE NOT EXISTS \
               (SELECT 1 FROM regulations WHERE service = $1)",
        )
        .bind(number.to_string())
        .bind(to_json(regulation)?)
        .bind(approved_on.iso())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() > 0 {
            in_force(&mut tx, number, regulation).await?;
        }
        tx.commit().await?;
        Ok(done.rows_affected() > 0)
    }

    /// A demo draft, put to public discussion from `opened_on` to `until` where the service has
    /// no draft; whether it was.
    pub async fn seed_regulation_discussion(
        &self,
        number: ServiceNumber,
        regulation: &Regulation,
        opened_on: CalendarDate,
        until: CalendarDate,
    ) -> sqlx::Result<bool> {
        let mut tx = self.write().await?;
        let done = sqlx::query(
            "INSERT INTO regulations (service, regulation, stage, discussion_opened_on, \
               discussion_until) \
             SELECT $1, $2, 'discussion', $3, $4 WHERE NOT EXISTS \
               (SELECT 1 FROM regulations WHERE service = $1 AND stage != 'approved')",
        )
        .bind(number.to_string())
        .bind(to_json(regulation)?)
        .bind(opened_on.iso())
        .bind(until.iso())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() > 0 {
            sqlx::query("UPDATE catalogue_version SET version = version + 1")
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(done.rows_affected() > 0)
    }
}

/// Makes `regulation` the one in force for the service: the card, due dates and refusals read it.
async fn in_force(
    tx: &mut sqlx::Transaction<'_, Db>,
    number: ServiceNumber,
    regulation: &Regulation,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE services SET regulation = $1 WHERE agency = $2 AND position = $3")
        .bind(to_json(regulation)?)
        .bind(i64::from(number.agency().get()))
        .bind(i64::from(number.position()))
        .execute(&mut **tx)
        .await
        .map(drop)
}
