//! Working days: the regulation's execution times count them, skipping weekends and the public
//! holidays of the configured calendar.

use std::collections::BTreeSet;

use app::domain::CalendarDate;

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
