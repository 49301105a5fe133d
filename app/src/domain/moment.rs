use std::fmt;

use super::CalendarDate;

/// Baku keeps UTC+4 all year (no daylight saving since 2016), and every moment the portal
/// stores is later than that, so a fixed offset reads each of them as Baku's clocks showed it.
const BAKU_OFFSET_SECONDS: i64 = 4 * 3600;

/// A moment the portal stored (`2026-11-23T10:05:00Z`, UTC, as the database and the API carry
/// it), shown as people in Azerbaijan read it: the day and the time in Baku, `23.11.2026 14:05`.
/// One home for it, so that a page, an e-mail and a PDF show the same moment the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Moment {
    unix_seconds: i64,
}

impl Moment {
    /// A stored moment: `yyyy-mm-ddThh:mm:ss` in UTC, with `Z` or fractions after it.
    pub fn parse(stored: &str) -> Option<Self> {
        let day = CalendarDate::parse(stored.get(..10)?)?;
        if stored.get(10..11)? != "T" {
            return None;
        }
        let clock: Vec<i64> = stored
            .get(11..19)?
            .split(':')
            .map(|p| p.parse().ok())
            .collect::<Option<_>>()?;
        let [h @ 0..=23, m @ 0..=59, s @ 0..=60] = clock.as_slice() else {
            return None;
        };
        Some(Self::from_unix_seconds(
            day.days() * 86_400 + h * 3600 + m * 60 + s,
        ))
    }

    pub fn from_unix_seconds(unix_seconds: i64) -> Self {
        Self { unix_seconds }
    }

    pub fn unix_seconds(self) -> i64 {
        self.unix_seconds
    }

    /// As the portal stores and signs it: `2026-11-23T10:05:00Z`, UTC.
    pub fn stored(self) -> String {
        let clock = self.unix_seconds.rem_euclid(86_400);
        format!(
            "{}T{:02}:{:02}:{:02}Z",
            CalendarDate::from_days(self.unix_seconds.div_euclid(86_400)).iso(),
            clock / 3600,
            clock / 60 % 60,
            clock % 60
        )
    }

    /// The day in Baku: what a person there calls the day it happened.
    pub fn day_in_baku(self) -> CalendarDate {
        CalendarDate::from_days(self.baku_seconds().div_euclid(86_400))
    }

    fn baku_seconds(self) -> i64 {
        self.unix_seconds + BAKU_OFFSET_SECONDS
    }
}

/// `23.11.2026 14:05`: the day and the 24-hour time in Baku.
impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let minutes = self.baku_seconds().rem_euclid(86_400) / 60;
        write!(
            f,
            "{} {:02}:{:02}",
            self.day_in_baku(),
            minutes / 60,
            minutes % 60
        )
    }
}

/// A stored moment as people read it, or the text as it came when it is not one (a value an
/// older release wrote differently is still shown rather than lost).
pub fn shown_moment(stored: &str) -> String {
    Moment::parse(stored).map_or_else(|| stored.to_owned(), |m| m.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moment_is_stored_as_it_is_read() {
        let moment = Moment::parse("2026-11-23T22:05:09Z").unwrap();
        assert_eq!(moment.stored(), "2026-11-23T22:05:09Z");
        assert_eq!(Moment::parse(&moment.stored()), Some(moment));
    }

    #[test]
    fn reads_a_stored_moment_in_baku_time() {
        assert_eq!(shown_moment("2026-11-23T10:05:00Z"), "23.11.2026 14:05");
        assert_eq!(shown_moment("2026-01-02T08:30:00.250Z"), "02.01.2026 12:30");
        // 20:00 UTC is midnight in Baku: the day turns there first.
        assert_eq!(shown_moment("2026-11-23T21:30:00Z"), "24.11.2026 01:30");
        assert_eq!(shown_moment("2026-12-31T19:59:59Z"), "31.12.2026 23:59");
        assert_eq!(shown_moment("2026-12-31T20:00:00Z"), "01.01.2027 00:00");
    }

    #[test]
    fn the_day_in_baku_turns_at_twenty_hours_utc() {
        let before = Moment::parse("2026-11-23T19:59:59Z").unwrap();
        let after = Moment::parse("2026-11-23T20:00:00Z").unwrap();
        assert_eq!(before.day_in_baku().iso(), "2026-11-23");
        assert_eq!(after.day_in_baku().iso(), "2026-11-24");
        assert_eq!(after.unix_seconds() - before.unix_seconds(), 1);
    }

    #[test]
    fn what_is_not_a_stored_moment_is_shown_as_it_came() {
        for wrong in [
            "yesterday",
            "2026-11-23",
            "2026-11-23 10:05:00",
            "2026-11-23T25:00:00Z",
            "",
        ] {
            assert_eq!(Moment::parse(wrong), None, "{wrong}");
        }
        assert_eq!(shown_moment("yesterday"), "yesterday");
    }
}
