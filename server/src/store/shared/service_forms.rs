//! The forms agencies define as data: a draft per service and the versions published from it.
//! Saving and publishing are written to the audit log in the same transaction.

use app::api::FormVersion;
use app::domain::{AgencyNumber, ServiceNumber};
use serde_json::Value;

use super::Store;
use super::officers::audit;
use super::rows::{json, to_json};
use crate::store::{FormState, Officer, Publishing};

impl Store {
    /// Keeps the definition as the service's draft, replacing the one before.
    pub async fn save_form_draft(
        &self,
        by: &Officer,
        service: ServiceNumber,
        definition: &Value,
    ) -> sqlx::Result<()> {
        let mut tx = self.write().await?;
        sqlx::query(
            "INSERT INTO service_form_drafts (service, definition, saved_by) VALUES ($1, $2, $3) \
             ON CONFLICT (service) DO UPDATE SET definition = $2, saved_by = $3, \
             saved_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
        )
        .bind(service.to_string())
        .bind(to_json(definition)?)
        .bind(by.account_id)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, by, "saved_form", None, Some(&service.to_string())).await?;
        tx.commit().await
    }

    pub async fn form_draft(&self, service: ServiceNumber) -> sqlx::Result<Option<Value>> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT definition FROM service_form_drafts WHERE service = $1")
                .bind(service.to_string())
                .fetch_optional(&self.pool)
                .await?;
        row.map(|(definition,)| json(&definition)).transpose()
    }

    /// Publishes the draft as the next version, as `check` makes it ready when it finds nothing
    /// wrong with it: the draft is read, checked and copied in one transaction, so what is
    /// published is what was checked. Two publishes at once make two versions, one after the
    /// other.
    pub async fn publish_form<P>(
        &self,
        by: &Officer,
        service: ServiceNumber,
        check: impl FnOnce(&Value) -> Result<Value, Vec<P>>,
    ) -> sqlx::Result<Publishing<P>> {
        let mut tx = self.write().await?;
        let draft: Option<(String,)> =
            sqlx::query_as("SELECT definition FROM service_form_drafts WHERE service = $1")
                .bind(service.to_string())
                .fetch_optional(&mut *tx)
                .await?;
        let Some((draft,)) = draft else {
            return Ok(Publishing::NoDraft);
        };
        let ready = match check(&json(&draft)?) {
            Ok(ready) => to_json(&ready)?,
            Err(problems) => return Ok(Publishing::Refused(problems)),
        };
        let (version,): (i64,) = sqlx::query_as(
            "INSERT INTO service_form_versions (service, version, definition, published_by) \
             VALUES ($1, (SELECT COALESCE(MAX(version), 0) + 1 FROM service_form_versions \
                          WHERE service = $1), $2, $3) RETURNING version",
        )
        .bind(service.to_string())
        .bind(&ready)
        .bind(by.account_id)
        .fetch_one(&mut *tx)
        .await?;
        // The card lists the documents the newest form asks for: its edition must change.
        sqlx::query("UPDATE catalogue_version SET version = version + 1")
            .execute(&mut *tx)
            .await?;
        let subject = format!("{service} v{version}");
        audit(&mut tx, by, "published_form", None, Some(&subject)).await?;
        tx.commit().await?;
        Ok(Publishing::Published(
            u32::try_from(version).unwrap_or_default(),
        ))
    }

    /// Publishes `definition` as the version after `newest`, if that is still the newest: a
    /// version made from the newest by the portal (its fee, when the regulation approved
    /// changes it) never hides one published meanwhile. The version made, if any.
    pub async fn publish_form_after(
        &self,
        by: &Officer,
        service: ServiceNumber,
        newest: u32,
        definition: &Value,
    ) -> sqlx::Result<Option<u32>> {
        let mut tx = self.write().await?;
        let made: Option<(i64,)> = sqlx::query_as(
            "INSERT INTO service_form_versions (service, version, definition, published_by) \
             SELECT $1, $2 + 1, $3, $4 WHERE $2 = (SELECT MAX(version) FROM \
               service_form_versions WHERE service = $1) RETURNING version",
        )
        .bind(service.to_string())
        .bind(i64::from(newest))
        .bind(to_json(definition)?)
        .bind(by.account_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((version,)) = made else {
            return Ok(None);
        };
        let subject = format!("{service} v{version}");
        audit(&mut tx, by, "published_form", None, Some(&subject)).await?;
        tx.commit().await?;
        Ok(u32::try_from(version).ok())
    }

    /// Whether the service has a published form, without reading it: asked on every draft save.
    pub async fn has_published_form(&self, service: ServiceNumber) -> sqlx::Result<bool> {
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM service_form_versions WHERE service = $1)")
            .bind(service.to_string())
            .fetch_one(&self.pool)
            .await
    }

    /// A published version of the service's form, the newest when `version` is `None`.
    pub async fn published_form(
        &self,
        service: ServiceNumber,
        version: Option<u32>,
    ) -> sqlx::Result<Option<(u32, Value)>> {
        let row: Option<(i64, String)> = sqlx::query_as(
            "SELECT version, definition FROM service_form_versions \
             WHERE service = $1 AND ($2 IS NULL OR version = $2) ORDER BY version DESC LIMIT 1",
        )
        .bind(service.to_string())
        .bind(version.map(i64::from))
        .fetch_optional(&self.pool)
        .await?;
        row.map(|(version, definition)| {
            Ok((
                u32::try_from(version).unwrap_or_default(),
                json(&definition)?,
            ))
        })
        .transpose()
    }

    /// The versions published, newest first, with who published each.
    pub async fn form_versions(&self, service: ServiceNumber) -> sqlx::Result<Vec<FormVersion>> {
        let rows: Vec<(i64, String, Option<String>)> = sqlx::query_as(
            "SELECT v.version, v.published_at, a.name || ' ' || a.surname \
             FROM service_form_versions v LEFT JOIN accounts a ON a.id = v.published_by \
             WHERE v.service = $1 ORDER BY v.version DESC",
        )
        .bind(service.to_string())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(version, published_at, by)| FormVersion {
                version: u32::try_from(version).unwrap_or_default(),
                published_at,
                published_by: by.unwrap_or_default(),
            })
            .collect())
    }

    /// The agency's interactive services, each with its form's draft and newest version.
    pub async fn agency_forms(&self, agency: AgencyNumber) -> sqlx::Result<Vec<FormState>> {
        let rows: Vec<(i64, i64, bool, Option<i64>)> = sqlx::query_as(
            "SELECT s.agency, s.position, \
               EXISTS (SELECT 1 FROM service_form_drafts d \
                       WHERE d.service = s.agency || '.' || s.position), \
               (SELECT MAX(version) FROM service_form_versions v \
                WHERE v.service = s.agency || '.' || s.position) \
             FROM services s WHERE s.agency = $1 AND s.kind = 'interactive' \
               AND s.cancelled_at IS NULL ORDER BY s.position",
        )
        .bind(i64::from(agency.get()))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(agency, position, draft, version)| {
                Some(FormState {
                    service: ServiceNumber::parse(&format!("{agency}.{position}"))?,
                    has_draft: draft,
                    published_version: version.and_then(|v| u32::try_from(v).ok()),
                })
            })
            .collect())
    }

    /// A demo form, published as version 1 when the service has none; whether it was.
    pub async fn seed_form(
        &self,
        service: ServiceNumber,
        definition: &Value,
    ) -> sqlx::Result<bool> {
        let done = sqlx::query(
            "INSERT INTO service_form_versions (service, version, definition) \
             SELECT $1, 1, $2 WHERE NOT EXISTS \
               (SELECT 1 FROM service_form_versions WHERE service = $1)",
        )
        .bind(service.to_string())
        .bind(to_json(definition)?)
        .execute(&self.writer)
        .await?;
        Ok(done.rows_affected() > 0)
    }
}
