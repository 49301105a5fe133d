//! A host's addresses ("Seçilmiş ünvan", seed 002): each checked by the agency on its own,
//! against the host's registration, and confirmed or refused with a reason the host receives.

use app::api::{HostForm, HostPlace, HostPlaceCheck, HostPlaceStatus, HostPlaceToCheck};

use super::accounts::hold_account;
use super::notify::notify_account;
use super::officers::audit;
use super::{NOW, Store};
use crate::store::{DecidedOn, HostPlaceDecision, Officer};

#[derive(sqlx::FromRow)]
struct PlaceRow {
    id: i64,
    address: String,
    status: String,
    refusal: Option<String>,
}

impl PlaceRow {
    fn place(self) -> sqlx::Result<HostPlace> {
        Ok(HostPlace {
            id: self.id,
            address: self.address,
            status: HostPlaceStatus::parse(&self.status).ok_or_else(|| {
                sqlx::Error::Decode(format!("unknown address status {}", self.status).into())
            })?,
            refusal: self.refusal,
        })
    }
}

#[derive(sqlx::FromRow)]
struct CheckRow {
    host_id: i64,
    address: String,
    status: String,
    refusal: Option<String>,
    created_at: String,
    details: String,
    email: Option<String>,
}

const PLACE_COLUMNS: &str = "p.id, p.address, p.status, p.refusal";

impl Store {
    /// The host's addresses not withdrawn, the first given first.
    pub async fn host_places(&self, host_id: i64) -> sqlx::Result<Vec<HostPlace>> {
        let rows: Vec<PlaceRow> = sqlx::query_as(&format!(
            "SELECT {PLACE_COLUMNS} FROM host_addresses p \
             WHERE p.host_id = $1 AND p.withdrawn_at IS NULL ORDER BY p.id"
        ))
        .bind(host_id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(PlaceRow::place).collect()
    }

    /// Adds an address for the agency to check, unless the host already keeps `max` that were
    /// neither refused nor withdrawn: `None` then.
    pub async fn add_host_place(
        &self,
        host_id: i64,
        address: &str,
        max: i64,
    ) -> sqlx::Result<Option<HostPlace>> {
        let mut tx = self.write_locking_rows().await?;
        // The host's account is held while their addresses are counted: addresses added at
        // once are counted one after another and stop at `max`.
        hold_account(&mut tx, host_id).await?;
        let row: Option<PlaceRow> = sqlx::query_as(
            "INSERT INTO host_addresses (host_id, address) \
             SELECT $1, $2 WHERE (SELECT count(*) FROM host_addresses \
             WHERE host_id = $3 AND status <> 'refused' AND withdrawn_at IS NULL) < $4 \
             RETURNING id, address, status, refusal",
        )
        .bind(host_id)
        .bind(address)
        .bind(host_id)
        .bind(max)
        .fetch_optional(&mut *tx)
        .await?;
        tx.commit().await?;
        row.map(PlaceRow::place).transpose()
    }

    /// The addresses waiting for the agency, the longest waiting first.
    pub async fn host_places_to_check(&self) -> sqlx::Result<Vec<HostPlaceToCheck>> {
        let rows: Vec<(i64, String, Option<String>, String, String)> = sqlx::query_as(
            "SELECT p.id, COALESCE(nullif(trim(json_extract(h.details, '$.organisation')), '') \
             || ' — ', '') || a.surname || ' ' || a.name, a.email, p.address, p.created_at \
             FROM host_addresses p JOIN hosts h ON h.account_id = p.host_id \
             JOIN accounts a ON a.id = p.host_id \
             WHERE p.status = 'waiting' AND p.withdrawn_at IS NULL ORDER BY p.created_at, p.id",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(place_id, host, email, address, sent_at)| HostPlaceToCheck {
                place_id,
                host,
                email,
                address,
                sent_at,
            })
            .collect())
    }

    /// An address with what it is checked against, and its host's account; recorded in the
    /// audit log as viewed, since the registration holds the host's personal details.
    pub async fn host_place_check(
        &self,
        by: &Officer,
        place_id: i64,
    ) -> sqlx::Result<Option<(HostPlaceCheck, i64)>> {
        let mut tx = self.write_locking_rows().await?;
        let row: Option<CheckRow> = sqlx::query_as(
            "SELECT p.host_id, p.address, p.status, p.refusal, p.created_at, h.details, a.email \
             FROM host_addresses p JOIN hosts h ON h.account_id = p.host_id \
             JOIN accounts a ON a.id = p.host_id WHERE p.id = $1 AND p.withdrawn_at IS NULL",
        )
        .bind(place_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(CheckRow {
            host_id,
            address,
            status,
            refusal,
            created_at: sent_at,
            details,
            email,
        }) = row
        else {
            return Ok(None);
        };
        let registration: HostForm =
            serde_json::from_str(&details).map_err(|e| sqlx::Error::Decode(e.into()))?;
        let place = PlaceRow {
            id: place_id,
            address,
            status,
            refusal,
        }
        .place()?;
        audit(&mut tx, by, "viewed_host_address", None, Some(&place.address)).await?;
        tx.commit().await?;
        Ok(Some((
            HostPlaceCheck {
                place,
                registration,
                email,
                sent_at,
            },
            host_id,
        )))
    }

    /// Confirms or refuses an address still waiting, records who did, and tells the host. One
    /// the host withdrew meanwhile is not decided.
    pub async fn decide_host_place(
        &self,
        by: &Officer,
        place_id: i64,
        decision: &HostPlaceDecision<'_>,
    ) -> sqlx::Result<DecidedOn> {
        let mut tx = self.write_locking_rows().await?;
        let decided: Option<(i64, String)> = sqlx::query_as(&format!(
            "UPDATE host_addresses SET status = $1, refusal = $2, decided_by = $3, \
             decided_at = {NOW} WHERE id = $4 AND status = 'waiting' AND withdrawn_at IS NULL \
             RETURNING host_id, address"
        ))
        .bind(decision.status.code())
        .bind(decision.refusal)
        .bind(by.account_id)
        .bind(place_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((host_id, address)) = decided else {
            let found: Option<(Option<String>,)> =
                sqlx::query_as("SELECT withdrawn_at FROM host_addresses WHERE id = $1")
                    .bind(place_id)
                    .fetch_optional(&mut *tx)
                    .await?;
            return Ok(match found {
                Some((Some(_),)) => DecidedOn::Withdrawn,
                Some((None,)) => DecidedOn::Before,
                None => DecidedOn::Missing,
            });
        };
        let mut values = decision.values.clone();
        values.insert("address".to_owned(), address.clone());
        notify_account(&mut tx, host_id, decision.tell, values).await?;
        audit(&mut tx, by, decision.audit, None, Some(&address)).await?;
        tx.commit().await?;
        Ok(DecidedOn::Now)
    }

    /// Takes one of the host's addresses off their list; `false` when the host has no such
    /// address, or withdrew it already.
    pub async fn withdraw_host_place(&self, host_id: i64, place_id: i64) -> sqlx::Result<bool> {
        let mut tx = self.write_locking_rows().await?;
        let withdrawn = sqlx::query(&format!(
            "UPDATE host_addresses SET withdrawn_at = {NOW} \
             WHERE id = $1 AND host_id = $2 AND withdrawn_at IS NULL"
        ))
        .bind(place_id)
        .bind(host_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(withdrawn.rows_affected() == 1)
    }
}
