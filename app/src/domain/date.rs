use std::fmt;

/// A day of the calendar, without a time: a birth date, a document's expiry, an entry date.
/// Read from a date field (`2026-11-23`) or as people type it in Azerbaijan (`23.11.2026`);
/// shown the Azerbaijani way, sent as ISO 8601.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    year: i32,
    month: u32,
    day: u32,
}

impl CalendarDate {
    pub fn parse(raw: &str) -> Option<Self> {
        let raw = raw.trim();
        let parts: Vec<&str> = raw.split(['-', '.']).collect();
        let [a, b, c] = parts.as_slice() else {
            return None;
        };
        let numeric = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        if !parts.iter().all(|p| numeric(p)) {
            return None;
        }
        let (year, month, day) = if raw.contains('-') && a.len() == 4 {
            (a, b, c)
        } else if raw.contains('.') && c.len() == 4 {
            (c, b, a)
        } else {
            return None;
        };
        Self::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }

    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        let valid = (1900..=2200).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Self { year, month, day })
    }

    /// The day in Baku of a stored moment (`2026-11-23T21:00:00Z` is the 24th there).
    pub fn of_moment(at: &str) -> Option<Self> {
        super::Moment::parse(at).map(super::Moment::day_in_baku)
    }

    /// Days since 1970-01-01 (Howard Hinnant's civil-from-days algorithm, in reverse).
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Self { year, month, day }
    }

    pub fn plus_days(self, days: i64) -> Self {
        Self::from_days(self.days() + days)
    }

    /// `2026-11-23`, as date fields and the API carry it.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A date as typed in the three fields of a date input, and the one text a form keeps of it:
/// `yyyy-mm-dd` once the parts make a day of the calendar, else the parts as typed
/// (`31.02.2026`, `5..2026`), which the form's rules read and name the problem of; empty when
/// nothing is typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TypedDate {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl TypedDate {
    /// The parts of a kept value: ISO (`2026-03-05`, as drafts saved before had it too) or as
    /// typed (`5.3.2026`).
    pub fn of_kept(kept: &str) -> Self {
        let kept = kept.trim();
        if let Some(date) = CalendarDate::parse(kept).filter(|_| kept.contains('-')) {
            return Self {
                day: format!("{:02}", date.day),
                month: format!("{:02}", date.month),
                year: format!("{:04}", date.year),
            };
        }
        let mut parts = kept.split('.').map(|part| part.trim().to_owned());
        Self {
            day: parts.next().unwrap_or_default(),
            month: parts.next().unwrap_or_default(),
            year: parts.next().unwrap_or_default(),
        }
    }

    pub fn kept(&self) -> String {
        let (day, month, year) = (self.day.trim(), self.month.trim(), self.year.trim());
        if day.is_empty() && month.is_empty() && year.is_empty() {
            return String::new();
        }
        let typed = format!("{day}.{month}.{year}");
        CalendarDate::parse(&typed).map_or(typed, CalendarDate::iso)
    }
}

/// A stored day (`2026-11-23`) or the day in Baku of a stored moment, as people read it
/// (`23.11.2026`); the text as it came when it is neither, so that nothing stored is hidden.
pub fn shown_day(stored: &str) -> String {
    CalendarDate::parse(stored)
        .or_else(|| CalendarDate::of_moment(stored))
        .map_or_else(|| stored.to_owned(), |day| day.to_string())
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `23.11.2026`, the Azerbaijani way.
impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}.{:02}.{:04}", self.day, self.month, self.year)
    }
}

impl serde::Serialize for CalendarDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> serde::Deserialize<'de> for CalendarDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Self::parse(&raw).ok_or_else(|| serde::de::Error::custom("not a date such as 2026-11-23"))
    }
}

wire_schema!(
    CalendarDate,
    String,
    "a day in the calendar, yyyy-mm-dd",
    format = utoipa::openapi::SchemaFormat::KnownFormat(utoipa::openapi::KnownFormat::Date),
);

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(day: &str, month: &str, year: &str) -> TypedDate {
        TypedDate {
            day: day.into(),
            month: month.into(),
            year: year.into(),
        }
    }

    #[test]
    fn a_day_is_shown_as_read_in_baku() {
        assert_eq!(shown_day("2026-11-23"), "23.11.2026");
        // 21:30 UTC is already the next day in Baku.
        assert_eq!(shown_day("2026-11-23T21:30:00Z"), "24.11.2026");
        assert_eq!(shown_day("2026-11-23T10:00:00Z"), "23.11.2026");
        assert_eq!(shown_day("sabah"), "sabah");
    }

    #[test]
    fn a_whole_typed_date_is_kept_as_iso_and_read_back_into_its_parts() {
        assert_eq!(typed("5", "3", "2026").kept(), "2026-03-05");
        assert_eq!(TypedDate::of_kept("2026-03-05"), typed("05", "03", "2026"));
        assert_eq!(typed("", " ", "").kept(), "");
        assert_eq!(TypedDate::of_kept(""), TypedDate::default());
    }

    #[test]
    fn an_incomplete_or_impossible_typed_date_is_kept_as_typed() {
        for parts in [
            typed("31", "02", "2026"),
            typed("5", "", "2026"),
            typed("15", "07", "90"),
        ] {
            let kept = parts.kept();
            assert_eq!(CalendarDate::parse(&kept), None, "{kept}");
            assert_eq!(
                TypedDate::of_kept(&kept),
                parts,
                "what was typed comes back"
            );
        }
    }

    #[test]
    fn reads_date_fields_and_typed_dates() {
        let date = CalendarDate::parse("2026-11-23").unwrap();
        assert_eq!(CalendarDate::parse(" 23.11.2026 "), Some(date));
        assert_eq!(date.to_string(), "23.11.2026");
        assert_eq!(date.iso(), "2026-11-23");
        for wrong in [
            "2026-02-30",
            "2025-02-29",
            "23-11-2026",
            "2026.11.23",
            "2026-13-01",
            "",
            "abc",
            "2026-1a-01",
        ] {
            assert_eq!(CalendarDate::parse(wrong), None, "{wrong}");
        }
        assert!(CalendarDate::parse("2024-02-29").is_some());
    }

    #[test]
    fn counts_days_across_months_and_leap_years() {
        assert_eq!(CalendarDate::parse("1970-01-01").unwrap().days(), 0);
        let date = CalendarDate::parse("2024-02-28").unwrap();
        assert_eq!(date.plus_days(1).iso(), "2024-02-29");
        assert_eq!(date.plus_days(2).iso(), "2024-03-01");
        assert_eq!(
            CalendarDate::parse("2026-12-31")
                .unwrap()
                .plus_days(1)
                .iso(),
            "2027-01-01"
        );
        for days in [-1000, 0, 19_000, 20_415, 60_000] {
            assert_eq!(CalendarDate::from_days(days).days(), days);
        }
    }
}
