//! Reading a form's typed text into domain values, collecting every problem at once so that the
//! error summary lists them all.

use super::{ErrorCode, FieldProblem, FileRef, ReferenceData, ReferenceList};
use crate::domain::{CalendarDate, typed_line};

/// One pass over a form: each read returns the value or notes why not.
pub struct FormCheck<'a> {
    problems: Vec<FieldProblem>,
    reference: &'a ReferenceData,
}

fn given(raw: &str) -> Option<&str> {
    Some(raw.trim()).filter(|s| !s.is_empty())
}

impl<'a> FormCheck<'a> {
    pub fn new(reference: &'a ReferenceData) -> Self {
        Self {
            problems: Vec::new(),
            reference,
        }
    }

    pub fn problem(&mut self, code: ErrorCode, field: &str) {
        self.problems.push((code, field.to_owned()));
    }

    /// A field that must be filled in and must parse.
    pub fn required<T>(
        &mut self,
        field: &str,
        raw: &str,
        invalid: ErrorCode,
        parse: impl FnOnce(&str) -> Option<T>,
    ) -> Option<T> {
        match given(raw) {
            None => {
                self.problem(ErrorCode::Required, field);
                None
            }
            Some(raw) => self.parsed(field, raw, invalid, parse),
        }
    }

    /// A field that may be left empty, but must parse when it is not.
    pub fn optional<T>(
        &mut self,
        field: &str,
        raw: &str,
        invalid: ErrorCode,
        parse: impl FnOnce(&str) -> Option<T>,
    ) -> Option<T> {
        given(raw).and_then(|raw| self.parsed(field, raw, invalid, parse))
    }

    fn parsed<T>(
        &mut self,
        field: &str,
        raw: &str,
        invalid: ErrorCode,
        parse: impl FnOnce(&str) -> Option<T>,
    ) -> Option<T> {
        let value = parse(raw);
        if value.is_none() {
            self.problem(invalid, field);
        }
        value
    }

    /// Free text on one line (`typed_line`), at most `max` characters.
    pub fn text(&mut self, field: &str, raw: &str, max: usize) -> Option<String> {
        match given(raw) {
            None => {
                self.problem(ErrorCode::Required, field);
                None
            }
            Some(raw) => self.tidied(field, raw, max),
        }
    }

    pub fn optional_text(&mut self, field: &str, raw: &str, max: usize) -> Option<String> {
        given(raw).and_then(|raw| self.tidied(field, raw, max))
    }

    fn tidied(&mut self, field: &str, raw: &str, max: usize) -> Option<String> {
        match tidy(raw, max) {
            Ok(text) => Some(text),
            Err(code) => {
                self.problem(code, field);
                None
            }
        }
    }

    /// A code that must be one of a reference list's.
    pub fn choice(&mut self, field: &str, raw: &str, list: ReferenceList) -> Option<String> {
        let reference = self.reference;
        self.required(field, raw, ErrorCode::UnknownChoice, |raw| {
            reference.knows(list, raw).then(|| raw.to_owned())
        })
    }

    pub fn optional_choice(
        &mut self,
        field: &str,
        raw: &str,
        list: ReferenceList,
    ) -> Option<String> {
        let reference = self.reference;
        self.optional(field, raw, ErrorCode::UnknownChoice, |raw| {
            reference.knows(list, raw).then(|| raw.to_owned())
        })
    }

    /// A date that must be given: typed in the three fields of the date input (kept as
    /// `dd.mm.yyyy`) or sent as `yyyy-mm-dd`.
    pub fn date(&mut self, field: &str, raw: &str) -> Option<CalendarDate> {
        match given(raw) {
            None => {
                self.problem(ErrorCode::Required, field);
                None
            }
            Some(raw) => self.calendar_date(field, raw),
        }
    }

    pub fn optional_date(&mut self, field: &str, raw: &str) -> Option<CalendarDate> {
        given(raw).and_then(|raw| self.calendar_date(field, raw))
    }

    /// The date, or the problem said as precisely as the typing allows: a part left empty, parts
    /// that make no day of the calendar (31 02, a two-digit year), or text that is no date.
    fn calendar_date(&mut self, field: &str, raw: &str) -> Option<CalendarDate> {
        let date = CalendarDate::parse(raw);
        if date.is_none() {
            let parts: Vec<&str> = raw.split(['-', '.']).map(str::trim).collect();
            let code = if parts.len() != 3 {
                ErrorCode::InvalidDate
            } else if parts.iter().any(|p| p.is_empty()) {
                ErrorCode::DateIncomplete
            } else if parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())) {
                ErrorCode::DateNotReal
            } else {
                ErrorCode::InvalidDate
            };
            self.problem(code, field);
        }
        date
    }

    /// A date that must be given and not be after `today`.
    pub fn past_date(
        &mut self,
        field: &str,
        raw: &str,
        today: CalendarDate,
    ) -> Option<CalendarDate> {
        let date = self.date(field, raw)?;
        if date > today {
            self.problem(ErrorCode::DateInFuture, field);
            return None;
        }
        Some(date)
    }

    /// A scan of at most `max` pages.
    pub fn pages(&mut self, field: &str, scan: &[FileRef], max: usize) {
        if scan.len() > max {
            self.problem(ErrorCode::TooMany, field);
        }
    }

    /// Whether nothing was wrong so far.
    pub fn clean(&self) -> bool {
        self.problems.is_empty()
    }

    /// The value if every field held its rule, else every problem.
    pub fn finish<T>(self, value: impl FnOnce() -> Option<T>) -> Result<T, Vec<FieldProblem>> {
        if !self.problems.is_empty() {
            return Err(self.problems);
        }
        value().ok_or_else(|| vec![(ErrorCode::MalformedBody, String::new())])
    }
}

/// One line of typed text at most `max` characters long, or why not.
pub fn tidy(raw: &str, max: usize) -> Result<String, ErrorCode> {
    let text = typed_line(raw).ok_or(ErrorCode::HiddenCharacters)?;
    if text.chars().count() > max {
        return Err(ErrorCode::TooLong);
    }
    Ok(text)
}
