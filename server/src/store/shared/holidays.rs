//! The public-holiday calendar: the days off besides weekends, filled once from the
//! configuration and kept by administrators, each change written to the audit log.

use app::api::{Holiday, NewHoliday};
use app::domain::{CalendarDate, Text};

use super::Store;
use super::officers::{audit};
use crate::store::{Officer};

/// A day as the back office lists it, with who added it.
const HOLIDAY: &str = "SELECT h.day, h.name_az, h.name_en, h.name_ru, \
     (SELECT surname || ' ' || name FROM accounts WHERE id = h.added_by), h.added_at \
     FROM holidays h";

type HolidayRow = (String, String, String, String, Option<String>, String);

fn holiday((day, az, en, ru, added_by, added_at): HolidayRow) -> Option<Holiday> {
    Some(Holiday {
        day: CalendarDate::parse(&day)?,
        name: Text { az, en, ru },
        added_by,
        added_at,
    })
}

/// What the audit log says a change was about: the day and its name.
fn subject(day: CalendarDate, name: &str) -> String {
    format!("{} {name}", day.iso())
}

impl Store {
    /// Loads the configured days into an empty calendar; a calendar with any day is left as
    /// the administrators made it. True if it loaded them.
    pub async fn seed_holidays(&self, days: &[(CalendarDate, String)]) -> sqlx::Result<bool> {
        let mut tx = self.write().await?;
        let (listed,): (i64,) = sqlx::query_as("SELECT count(*) FROM holidays")
            .fetch_one(&mut *tx)
            .await?;
        if listed > 0 {
            return Ok(false);
        }
        for (day, name) in days {
            sqlx::query(
                "INSERT INTO holidays (day, name_az) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            )
            .bind(day.iso())
            .bind(name)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(!days.is_empty())
    }

    /// The days off from `from` on, as due dates count them.
    pub async fn holidays_from(&self, from: CalendarDate) -> sqlx::Result<Vec<CalendarDate>> {
        let days: Vec<(String,)> = sqlx::query_as("SELECT day FROM holidays WHERE day >= $1")
            .bind(from.iso())
            .fetch_all(&self.pool)
            .await?;
        Ok(days
            .iter()
            .filter_map(|(day,)| CalendarDate::parse(day))
            .collect())
    }

    /// The days of `year` (every day without one), in order.
    pub async fn holidays(&self, year: Option<i32>) -> sqlx::Result<Vec<Holiday>> {
        let (from, to) = match year {
            Some(year) => (format!("{year:04}-01-01"), format!("{year:04}-12-31")),
            None => (String::new(), "9999-12-31".to_owned()),
        };
        let rows: Vec<HolidayRow> = sqlx::query_as(&format!(
            "{HOLIDAY} WHERE h.day BETWEEN $1 AND $2 ORDER BY h.day"
        ))
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().filter_map(holiday).collect())
    }

    /// Adds a day off with the audit entry; `None` if the day is listed already.
    pub async fn add_holiday(
        &self,
        by: &Officer,
        new: &NewHoliday,
    ) -> sqlx::Result<Option<Holiday>> {
        let mut tx = self.write().await?;
        let added = sqlx::query(
            "INSERT INTO holidays (day, name_az, name_en, name_ru, added_by) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (day) DO NOTHING",
        )
        .bind(new.day.iso())
        .bind(&new.name.az)
        .bind(&new.name.en)
        .bind(&new.name.ru)
        .bind(by.account_id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if !added {
            return Ok(None);
        }
        let subject = subject(new.day, &new.name.az);
        audit(&mut tx, by, "added_holiday", None, Some(&subject)).await?;
        let row: HolidayRow = sqlx::query_as(&format!("{HOLIDAY} WHERE h.day = $1"))
            .bind(new.day.iso())
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(holiday(row))
    }

    /// Takes a day off the calendar with the audit entry; false if it was not listed.
    pub async fn remove_holiday(&self, by: &Officer, day: CalendarDate) -> sqlx::Result<bool> {
        let mut tx = self.write().await?;
        let name: Option<(String,)> =
            sqlx::query_as("DELETE FROM holidays WHERE day = $1 RETURNING name_az")
                .bind(day.iso())
                .fetch_optional(&mut *tx)
                .await?;
        let Some((name,)) = name else {
            return Ok(false);
        };
        audit(
            &mut tx,
            by,
            "removed_holiday",
            None,
            Some(&subject(day, &name)),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }
}
