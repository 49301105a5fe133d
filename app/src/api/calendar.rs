//! The public-holiday calendar deadlines count working days over, as an administrator keeps it
//! in the back office: the days off besides weekends, each with its name.

use serde::{Deserialize, Serialize};

use super::{ErrorCode, FieldProblem};
use crate::domain::{CalendarDate, Text};

/// A holiday's name is a few words ("Novruz bayramı", "Qurban bayramı (2-ci gün)").
pub const HOLIDAY_NAME_MAX: usize = 100;

/// A day off of the calendar, as the back office lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct Holiday {
    pub day: CalendarDate,
    pub name: Text,
    /// The administrator who added it; `None` for the days loaded from the configuration.
    pub added_by: Option<String>,
    pub added_at: String,
}

/// `GET /api/office/calendar?year=`: one year's days, or every day without it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(utoipa::IntoParams),
    into_params(parameter_in = Query)
)]
pub struct HolidayQuery {
    pub year: Option<i32>,
}

/// "Bayram günü əlavə et" as typed: the day and its name, in Azerbaijani and, if given, in
/// English and Russian.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(default)]
pub struct HolidayForm {
    pub day: String,
    pub name_az: String,
    pub name_en: String,
    pub name_ru: String,
}

/// A day to add, as the rules read it from the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewHoliday {
    pub day: CalendarDate,
    pub name: Text,
}

/// Saturday or Sunday: never a working day, so never a holiday to list.
pub fn is_weekend(day: CalendarDate) -> bool {
    // 1970-01-01 was a Thursday: 0 is Monday.
    (day.days() + 3).rem_euclid(7) >= 5
}

impl HolidayForm {
    /// Every problem at once. A weekend day is refused: the list holds the days off besides
    /// weekends, and a holiday that falls on one moves to a working day by the Cabinet's
    /// decision, which is the day to add.
    pub fn parse(&self) -> Result<NewHoliday, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let raw = self.day.trim();
        let day = if raw.is_empty() {
            problems.push((ErrorCode::Required, "day".to_owned()));
            None
        } else {
            match CalendarDate::parse(raw) {
                None => {
                    problems.push((ErrorCode::InvalidDate, "day".to_owned()));
                    None
                }
                Some(day) if is_weekend(day) => {
                    problems.push((ErrorCode::HolidayOnWeekend, "day".to_owned()));
                    None
                }
                Some(day) => Some(day),
            }
        };
        let mut name = |field: &str, raw: &str, required: bool| {
            let value = raw.trim().to_owned();
            if required && value.is_empty() {
                problems.push((ErrorCode::Required, field.to_owned()));
            } else if value.chars().count() > HOLIDAY_NAME_MAX {
                problems.push((ErrorCode::TooLong, field.to_owned()));
            }
            value
        };
        let name = Text {
            az: name("name_az", &self.name_az, true),
            en: name("name_en", &self.name_en, false),
            ru: name("name_ru", &self.name_ru, false),
        };
        match day {
            Some(day) if problems.is_empty() => Ok(NewHoliday { day, name }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(day: &str, name: &str) -> HolidayForm {
        HolidayForm {
            day: day.into(),
            name_az: name.into(),
            ..HolidayForm::default()
        }
    }

    #[test]
    fn reads_a_day_and_its_names() {
        let parsed = HolidayForm {
            name_en: " Novruz ".into(),
            ..form("2027-03-22", " Novruz bayramı ")
        }
        .parse()
        .unwrap();
        assert_eq!(parsed.day, CalendarDate::parse("2027-03-22").unwrap());
        assert_eq!(parsed.name.az, "Novruz bayramı");
        assert_eq!(parsed.name.en, "Novruz");
        assert_eq!(parsed.name.ru, "");
        assert_eq!(
            form("22.03.2027", "Novruz").parse().unwrap().day,
            parsed.day,
            "typed the Azerbaijani way"
        );
    }

    #[test]
    fn an_empty_form_names_both_fields() {
        assert_eq!(
            form(" ", "").parse(),
            Err(vec![
                (ErrorCode::Required, "day".into()),
                (ErrorCode::Required, "name_az".into()),
            ])
        );
    }

    #[test]
    fn refuses_a_malformed_date_a_weekend_and_a_long_name() {
        assert_eq!(
            form("2027-02-30", "Bayram").parse(),
            Err(vec![(ErrorCode::InvalidDate, "day".into())])
        );
        assert_eq!(
            form("2027-03-20", "Bayram").parse(),
            Err(vec![(ErrorCode::HolidayOnWeekend, "day".into())]),
            "a Saturday"
        );
        assert_eq!(
            form("2027-03-22", &"a".repeat(HOLIDAY_NAME_MAX + 1)).parse(),
            Err(vec![(ErrorCode::TooLong, "name_az".into())])
        );
    }

    #[test]
    fn weekends() {
        let day = |raw| CalendarDate::parse(raw).unwrap();
        assert!(is_weekend(day("2026-11-21")), "a Saturday");
        assert!(is_weekend(day("2026-11-22")), "a Sunday");
        assert!(!is_weekend(day("2026-11-23")), "a Monday");
        assert!(!is_weekend(day("2026-11-20")), "a Friday");
    }
}
