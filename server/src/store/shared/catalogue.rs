use app::api::{
    Agency, Catalogue, NewService, RegistryAction, RegistryEvent, RegistryRecord, Regulation,
    RegulationStatus,
    ServiceAmendment, ServiceCard, ServiceKind, ServicePage,
};
use app::domain::{AgencyNumber, ServiceNumber, Text};
use serde_json::json;
use sqlx::{FromRow, Transaction};

use super::Db;

use super::Store;
use crate::seed::CatalogueSeed;
use crate::store::RegistryError;

#[derive(FromRow)]
struct AgencyRow {
    number: i64,
    name_az: String,
    name_en: String,
    name_ru: String,
}

/// What the catalogue lists of a service.
#[derive(FromRow)]
struct CardRow {
    id: i64,
    agency: i64,
    position: i64,
    title_az: String,
    title_en: String,
    title_ru: String,
    kind: String,
    kind_derived: bool,
    in_2011_list: bool,
    correspondence: bool,
}

const CARD_COLUMNS: &str = "id, agency, position, title_az, title_en, title_ru, kind, kind_derived, \
                            in_2011_list, correspondence";

/// A service's whole record.
#[derive(FromRow)]
struct ServiceRow {
    #[sqlx(flatten)]
    card: CardRow,
    regulation: String,
    cancelled_at: Option<String>,
}

const SERVICE_COLUMNS: &str = "id, agency, position, title_az, title_en, title_ru, kind, kind_derived, \
                               in_2011_list, correspondence, regulation, cancelled_at";

/// A registry application a change comes from, with its data as filed: the history keeps both
/// (rule 10.5.2).
pub(super) struct FromApplication<'a> {
    pub id: i64,
    pub data: &'a serde_json::Value,
}

/// A service's unique registry number. It follows the registry's own sequence (the services'
/// ids), so it is never reused.
pub(super) fn registry_number(id: i64) -> String {
    format!("ER-{id:06}")
}

fn corrupt(what: &str) -> sqlx::Error {
    sqlx::Error::Decode(format!("stored {what} is not valid").into())
}

impl AgencyRow {
    fn number(&self) -> sqlx::Result<AgencyNumber> {
        u16::try_from(self.number)
            .ok()
            .and_then(AgencyNumber::new)
            .ok_or_else(|| corrupt("agency number"))
    }

    fn name(&self) -> Text {
        Text {
            az: self.name_az.clone(),
            en: self.name_en.clone(),
            ru: self.name_ru.clone(),
        }
    }
}

impl CardRow {
    fn number(&self) -> sqlx::Result<ServiceNumber> {
        let agency = u16::try_from(self.agency).ok().and_then(AgencyNumber::new);
        let position = u16::try_from(self.position).ok();
        agency
            .zip(position)
            .and_then(|(a, p)| ServiceNumber::new(a, p))
            .ok_or_else(|| corrupt("service number"))
    }

    fn card(&self) -> sqlx::Result<ServiceCard> {
        Ok(ServiceCard {
            number: self.number()?,
            registry_number: registry_number(self.id),
            title: Text {
                az: self.title_az.clone(),
                en: self.title_en.clone(),
                ru: self.title_ru.clone(),
            },
            kind: ServiceKind::parse(&self.kind).ok_or_else(|| corrupt("service kind"))?,
            kind_derived: self.kind_derived,
            in_2011_list: self.in_2011_list,
            correspondence: self.correspondence,
        })
    }
}

impl ServiceRow {
    fn card(&self) -> sqlx::Result<ServiceCard> {
        self.card.card()
    }

    fn regulation(&self) -> sqlx::Result<Regulation> {
        serde_json::from_str(&self.regulation).map_err(|_| corrupt("regulation"))
    }

    /// The record as the registry's history keeps it.
    fn snapshot(&self) -> sqlx::Result<serde_json::Value> {
        Ok(json!({ "service": self.card()?, "regulation": self.regulation()? }))
    }
}

impl Store {
    /// Loads the catalogue's data files on first start; a database that has a catalogue keeps it.
    pub async fn seed_catalogue(&self, seed: &CatalogueSeed) -> anyhow::Result<bool> {
        let mut tx = self.write().await?;
        let (agencies,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM agencies")
            .fetch_one(&mut *tx)
            .await?;
        if agencies > 0 {
            return Ok(false);
        }
        for agency in &seed.agencies {
            sqlx::query(
                "INSERT INTO agencies (number, name_az, name_en, name_ru) VALUES ($1, $2, $3, $4)",
            )
            .bind(i64::from(agency.number.get()))
            .bind(&agency.name.az)
            .bind(&agency.name.en)
            .bind(&agency.name.ru)
            .execute(&mut *tx)
            .await?;
            for service in &agency.services {
                let regulation = seed
                    .regulations
                    .get(&service.number)
                    .cloned()
                    .unwrap_or_default();
                let marks = Marks {
                    kind_derived: service.kind_derived,
                    in_2011_list: service.in_2011_list,
                    correspondence: service.correspondence,
                };
                let id = insert_service(
                    &mut tx,
                    service.number,
                    &service.title,
                    service.kind,
                    marks,
                    &regulation,
                )
                .await?;
                record_event(&mut tx, id, RegistryAction::Registered, None, None).await?;
            }
        }
        tx.commit().await?;
        Ok(true)
    }

    /// The catalogue of registered services and its version (`catalogue_version`), read in one
    /// transaction so that the version names exactly what was read.
    pub async fn versioned_catalogue(&self) -> sqlx::Result<(i64, Catalogue)> {
        let mut tx = self.pool.begin().await?;
        let version = catalogue_version(&mut *tx).await?;
        let agencies: Vec<AgencyRow> = sqlx::query_as(
            "SELECT number, name_az, name_en, name_ru FROM agencies ORDER BY number",
        )
        .fetch_all(&mut *tx)
        .await?;
        // The cards only: the regulations, most of each record, are read by a service's page.
        let services: Vec<CardRow> = sqlx::query_as(&format!(
            "SELECT {CARD_COLUMNS} FROM services WHERE cancelled_at IS NULL ORDER BY agency, position"
        ))
        .fetch_all(&mut *tx)
        .await?;
        tx.commit().await?;
        let mut catalogue = Catalogue::default();
        for row in &agencies {
            let services = services
                .iter()
                .filter(|s| s.agency == row.number)
                .map(CardRow::card);
            catalogue.agencies.push(Agency {
                number: row.number()?,
                name: row.name(),
                services: services.collect::<sqlx::Result<_>>()?,
            });
        }
        Ok((version, catalogue))
    }

    /// The catalogue's version: another number after every change to an agency or a service.
    pub async fn catalogue_version(&self) -> sqlx::Result<i64> {
        catalogue_version(&self.pool).await
    }

    /// A registered service's page; `None` for an unknown or cancelled one.
    pub async fn service_page(&self, number: ServiceNumber) -> sqlx::Result<Option<ServicePage>> {
        let Some(row) = service_row(&self.pool, number)
            .await?
            .filter(|r| r.cancelled_at.is_none())
        else {
            return Ok(None);
        };
        let agency: AgencyRow = sqlx::query_as(
            "SELECT number, name_az, name_en, name_ru FROM agencies WHERE number = $1",
        )
        .bind(row.card.agency)
        .fetch_one(&self.pool)
        .await?;
        Ok(Some(ServicePage {
            service: row.card()?,
            agency: agency.number()?,
            agency_name: agency.name(),
            regulation: row.regulation()?,
            // The card's status is the catalogue's to add (`PublishedCatalogue::service_page`):
            // submits and refusals read this page for the regulation in force alone.
            status: RegulationStatus::default(),
        }))
    }

    /// Registers a service under the next free number of its agency.
    pub async fn register_service(
        &self,
        new: &NewService,
    ) -> Result<RegistryRecord, RegistryError> {
        let mut tx = self.write().await?;
        let (number, _) = register_in(&mut tx, new, None).await?;
        tx.commit().await?;
        self.registry_record(number)
            .await?
            .ok_or(RegistryError::NotFound)
    }

    pub async fn amend_service(
        &self,
        number: ServiceNumber,
        amendment: &ServiceAmendment,
    ) -> Result<RegistryRecord, RegistryError> {
        let mut tx = self.write().await?;
        amend_in(&mut tx, number, amendment, None).await?;
        tx.commit().await?;
        self.registry_record(number)
            .await?
            .ok_or(RegistryError::NotFound)
    }

    /// Takes the service out of the catalogue; its record and history stay.
    pub async fn cancel_service(
        &self,
        number: ServiceNumber,
        reason: &str,
    ) -> Result<RegistryRecord, RegistryError> {
        let mut tx = self.write().await?;
        cancel_in(&mut tx, number, reason, None).await?;
        tx.commit().await?;
        self.registry_record(number)
            .await?
            .ok_or(RegistryError::NotFound)
    }

    /// A record with its whole history, cancelled or not.
    pub async fn registry_record(
        &self,
        number: ServiceNumber,
    ) -> sqlx::Result<Option<RegistryRecord>> {
        let Some(row) = service_row(&self.pool, number).await? else {
            return Ok(None);
        };
        let events: Vec<(String, String, String, Option<i64>)> = sqlx::query_as(
            "SELECT action, at, data, application_id FROM registry_events \
             WHERE service_id = $1 ORDER BY id",
        )
        .bind(row.card.id)
        .fetch_all(&self.pool)
        .await?;
        let history = events
            .into_iter()
            .map(|(action, at, data, application)| {
                Ok(RegistryEvent {
                    action: serde_json::from_value(json!(action))
                        .map_err(|_| corrupt("registry action"))?,
                    at,
                    data: serde_json::from_str(&data).map_err(|_| corrupt("registry event"))?,
                    application,
                })
            })
            .collect::<sqlx::Result<_>>()?;
        Ok(Some(RegistryRecord {
            service: row.card()?,
            regulation: row.regulation()?,
            cancelled: row.cancelled_at.is_some(),
            history,
        }))
    }
}

async fn catalogue_version<'e, E: sqlx::Executor<'e, Database = Db>>(db: E) -> sqlx::Result<i64> {
    let (version,): (i64,) = sqlx::query_as("SELECT version FROM catalogue_version")
        .fetch_one(db)
        .await?;
    Ok(version)
}

async fn service_row<'e, E: sqlx::Executor<'e, Database = Db>>(
    db: E,
    number: ServiceNumber,
) -> sqlx::Result<Option<ServiceRow>> {
    sqlx::query_as(&format!(
        "SELECT {SERVICE_COLUMNS} FROM services WHERE agency = $1 AND position = $2"
    ))
    .bind(i64::from(number.agency().get()))
    .bind(i64::from(number.position()))
    .fetch_optional(db)
    .await
}

/// Registers a service under the next free number of its agency, inside the caller's
/// transaction: its number and its id.
pub(super) async fn register_in(
    tx: &mut Transaction<'_, Db>,
    new: &NewService,
    from: Option<&FromApplication<'_>>,
) -> Result<(ServiceNumber, i64), RegistryError> {
    let known: Option<(i64,)> = sqlx::query_as("SELECT number FROM agencies WHERE number = $1")
        .bind(i64::from(new.agency.get()))
        .fetch_optional(&mut **tx)
        .await?;
    if known.is_none() {
        return Err(RegistryError::UnknownAgency);
    }
    // Numbers of cancelled services stay taken: a number always means one service.
    let (next,): (i64,) =
        sqlx::query_as("SELECT COALESCE(MAX(position), 0) + 1 FROM services WHERE agency = $1")
            .bind(i64::from(new.agency.get()))
            .fetch_one(&mut **tx)
            .await?;
    let number = u16::try_from(next)
        .ok()
        .and_then(|p| ServiceNumber::new(new.agency, p))
        .ok_or_else(|| corrupt("next service number"))?;
    let marks = Marks {
        kind_derived: false,
        in_2011_list: false,
        correspondence: new.correspondence,
    };
    let id = insert_service(tx, number, &new.title, new.kind, marks, &new.regulation).await?;
    record_event(tx, id, RegistryAction::Registered, None, from).await?;
    Ok((number, id))
}

/// Amends a registered service's record inside the caller's transaction: the service's id.
pub(super) async fn amend_in(
    tx: &mut Transaction<'_, Db>,
    number: ServiceNumber,
    amendment: &ServiceAmendment,
    from: Option<&FromApplication<'_>>,
) -> Result<i64, RegistryError> {
    let row = open_record(tx, number).await?;
    let title = amendment.title.as_ref();
    let regulation = amendment
        .regulation
        .as_ref()
        .map(serde_json::to_string)
        .transpose()
        .map_err(|_| corrupt("regulation"))?;
    sqlx::query(
        "UPDATE services SET title_az = COALESCE($1, title_az), title_en = COALESCE($2, title_en), \
         title_ru = COALESCE($3, title_ru), kind = COALESCE($4, kind), \
         kind_derived = CASE WHEN $5 IS NULL THEN kind_derived ELSE FALSE END, \
         regulation = COALESCE($6, regulation), correspondence = COALESCE($7, correspondence) \
         WHERE id = $8",
    )
    .bind(title.map(|t| &t.az))
    .bind(title.map(|t| &t.en))
    .bind(title.map(|t| &t.ru))
    .bind(amendment.kind.map(ServiceKind::as_str))
    .bind(amendment.kind.map(ServiceKind::as_str))
    .bind(regulation)
    .bind(amendment.correspondence)
    .bind(row.card.id)
    .execute(&mut **tx)
    .await?;
    record_event(tx, row.card.id, RegistryAction::Amended, None, from).await?;
    Ok(row.card.id)
}

/// Takes a service out of the catalogue inside the caller's transaction; its record and history
/// stay. The service's id.
pub(super) async fn cancel_in(
    tx: &mut Transaction<'_, Db>,
    number: ServiceNumber,
    reason: &str,
    from: Option<&FromApplication<'_>>,
) -> Result<i64, RegistryError> {
    let row = open_record(tx, number).await?;
    sqlx::query(
        "UPDATE services SET cancelled_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = $1",
    )
    .bind(row.card.id)
    .execute(&mut **tx)
    .await?;
    record_event(
        tx,
        row.card.id,
        RegistryAction::Cancelled,
        Some(reason),
        from,
    )
    .await?;
    Ok(row.card.id)
}

/// A registered (not cancelled) service's id and regulation as they stand inside the
/// transaction.
pub(super) async fn open_regulation(
    tx: &mut Transaction<'_, Db>,
    number: ServiceNumber,
) -> Result<(i64, Regulation), RegistryError> {
    let row = open_record(tx, number).await?;
    Ok((row.card.id, row.regulation()?))
}

/// The record of a registered (not cancelled) service, read inside the changing transaction.
async fn open_record(
    tx: &mut Transaction<'_, Db>,
    number: ServiceNumber,
) -> Result<ServiceRow, RegistryError> {
    match service_row(&mut **tx, number).await? {
        None => Err(RegistryError::NotFound),
        Some(row) if row.cancelled_at.is_some() => Err(RegistryError::Cancelled),
        Some(row) => Ok(row),
    }
}

/// What a record says of its service besides its title and kind (`ServiceCard`'s flags).
struct Marks {
    kind_derived: bool,
    in_2011_list: bool,
    correspondence: bool,
}

async fn insert_service(
    tx: &mut Transaction<'_, Db>,
    number: ServiceNumber,
    title: &Text,
    kind: ServiceKind,
    marks: Marks,
    regulation: &Regulation,
) -> sqlx::Result<i64> {
    let regulation = serde_json::to_string(regulation).map_err(|_| corrupt("regulation"))?;
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO services (agency, position, title_az, title_en, title_ru, kind, kind_derived, \
         in_2011_list, correspondence, regulation) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(i64::from(number.agency().get()))
    .bind(i64::from(number.position()))
    .bind(&title.az)
    .bind(&title.en)
    .bind(&title.ru)
    .bind(kind.as_str())
    .bind(marks.kind_derived)
    .bind(marks.in_2011_list)
    .bind(marks.correspondence)
    .bind(regulation)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

/// Appends to a record's history the record as it now stands (and, when cancelled, why; when
/// an agency applied for the change, which application and what it said).
async fn record_event(
    tx: &mut Transaction<'_, Db>,
    service_id: i64,
    action: RegistryAction,
    reason: Option<&str>,
    from: Option<&FromApplication<'_>>,
) -> sqlx::Result<()> {
    let row: ServiceRow = sqlx::query_as(&format!(
        "SELECT {SERVICE_COLUMNS} FROM services WHERE id = $1"
    ))
    .bind(service_id)
    .fetch_one(&mut **tx)
    .await?;
    let mut data = row.snapshot()?;
    if let Some(reason) = reason {
        data["reason"] = json!(reason);
    }
    if let Some(from) = from {
        data["application"] = from.data.clone();
    }
    let action = serde_json::to_value(action).map_err(|_| corrupt("registry action"))?;
    sqlx::query(
        "INSERT INTO registry_events (service_id, action, data, application_id) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(service_id)
    .bind(action.as_str())
    .bind(data.to_string())
    .bind(from.map(|f| f.id))
    .execute(&mut **tx)
    .await?;
    Ok(())
}
