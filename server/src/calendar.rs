//! Working days: the regulation's execution times count them, skipping weekends and the public
//! holidays of the calendar an administrator keeps in the `holidays` table (filled from the
//! configured `calendar.holidays` on the first start).

use std::collections::BTreeSet;
use std::time::{SystemTime, UNIX_EPOCH};

use app::domain::{CalendarDate, Moment};

use crate::store::Store;

/// Today in Baku, which is what "in the future" means to the rules.
pub fn today() -> CalendarDate {
    now().day_in_baku()
}

/// This moment, to the second.
pub fn now() -> Moment {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    Moment::from_unix_seconds(seconds)
}

/// The calendar as the database holds it now. Every due date reads the days from the store,
/// so a day an administrator adds or removes counts at once on every server sharing the
/// database; due dates are set at a submit or a filing, and the read is a few rows by the
/// table's key.
#[derive(Clone)]
pub struct Calendar {
    store: Store,
}

impl Calendar {
    pub fn new(store: Store) -> Self {
        Self { store }
    }

    /// `WorkingCalendar::due` over the holidays listed now.
    pub async fn due(
        &self,
        received: CalendarDate,
        working_days: u32,
    ) -> sqlx::Result<CalendarDate> {
        let days = self.store.holidays_from(received).await?;
        Ok(WorkingCalendar::new(days).due(received, working_days))
    }
}

/// The name a configured day gets when its entry gives none.
pub const UNNAMED_HOLIDAY: &str = "İstirahət günü";

/// One entry of `calendar.holidays`: the day (`yyyy-mm-dd`), then its Azerbaijani name if any
/// (`2026-03-20 Novruz bayramı`).
pub fn configured_holiday(raw: &str) -> Option<(CalendarDate, String)> {
    let raw = raw.trim();
    let (day, name) = raw.split_once(char::is_whitespace).unwrap_or((raw, ""));
    let name = name.trim();
    let name = if name.is_empty() {
        UNNAMED_HOLIDAY
    } else {
        name
    };
    Some((CalendarDate::parse(day)?, name.to_owned()))
}

#[derive(Clone, Debug, Default)]
pub struct WorkingCalendar {
    holidays: BTreeSet<CalendarDate>,
}

impl WorkingCalendar {
    pub fn new(holidays: impl IntoIterator<Item = CalendarDate>) -> Self {
        Self {
            holidays: holidays.into_iter().collect(),
        }
    }

    pub fn is_working_day(&self, day: CalendarDate) -> bool {
        // 1970-01-01 was a Thursday: 0 is Monday.
        let weekday = (day.days() + 3).rem_euclid(7);
        weekday < 5 && !self.holidays.contains(&day)
    }

    /// The day an answer is due for something received on `received` with `working_days` to
    /// answer: 0 means the same day, or the next working day if it came on a day off.
    pub fn due(&self, received: CalendarDate, working_days: u32) -> CalendarDate {
        let mut day = received;
        while !self.is_working_day(day) {
            day = day.plus_days(1);
        }
        for _ in 0..working_days {
            day = day.plus_days(1);
            while !self.is_working_day(day) {
                day = day.plus_days(1);
            }
        }
        day
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(raw: &str) -> CalendarDate {
        CalendarDate::parse(raw).unwrap()
    }

    fn calendar() -> WorkingCalendar {
        // Novruz 2026 (Friday 20 to Tuesday 24 March) and Victory Day's Tuesday 10 November.
        WorkingCalendar::new(
            ["2026-03-20", "2026-03-23", "2026-03-24", "2026-11-10"]
                .into_iter()
                .map(day),
        )
    }

    #[test]
    fn configured_entries_are_a_day_and_a_name() {
        assert_eq!(
            configured_holiday(" 2026-03-20 Novruz və Ramazan bayramları "),
            Some((day("2026-03-20"), "Novruz və Ramazan bayramları".into()))
        );
        assert_eq!(
            configured_holiday("2026-03-23"),
            Some((day("2026-03-23"), UNNAMED_HOLIDAY.into())),
            "a day alone, as the list was written before it had names"
        );
        assert_eq!(configured_holiday("Novruz 2026-03-20"), None);
        assert_eq!(configured_holiday("2026-02-30 Bayram"), None);
        assert_eq!(configured_holiday(""), None);
    }

    #[test]
    fn weekends_are_not_working_days() {
        let calendar = WorkingCalendar::default();
        assert!(calendar.is_working_day(day("2026-11-23")), "a Monday");
        assert!(!calendar.is_working_day(day("2026-11-21")), "a Saturday");
        assert!(!calendar.is_working_day(day("2026-11-22")), "a Sunday");
    }

    #[test]
    fn same_day_services_answer_on_the_next_working_day_when_received_on_a_day_off() {
        let calendar = calendar();
        assert_eq!(calendar.due(day("2026-11-23"), 0), day("2026-11-23"));
        assert_eq!(calendar.due(day("2026-11-21"), 0), day("2026-11-23"));
        assert_eq!(calendar.due(day("2026-03-20"), 0), day("2026-03-25"));
    }

    #[test]
    fn working_days_skip_weekends_and_holidays() {
        let calendar = calendar();
        assert_eq!(
            calendar.due(day("2026-11-20"), 1),
            day("2026-11-23"),
            "Friday + 1"
        );
        assert_eq!(
            calendar.due(day("2026-11-06"), 3),
            day("2026-11-12"),
            "over a weekend and a holiday"
        );
        assert_eq!(
            calendar.due(day("2026-03-19"), 1),
            day("2026-03-25"),
            "over Novruz"
        );
        assert_eq!(
            calendar.due(day("2026-12-28"), 5),
            day("2027-01-04"),
            "into the next year"
        );
    }
}
