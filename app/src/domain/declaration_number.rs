use super::CalendarDate;

/// A customs declaration's registration number as the customs office writes it on the
/// declaration: the office's 8-digit code, the day of registration (`ddmmyy`) and a 7-digit
/// serial, `10002010/151126/0004512`. The day is kept: a document of the declaration cannot be
/// dated after it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DeclarationNumber(String);

impl DeclarationNumber {
    pub fn parse(raw: &str) -> Option<Self> {
        let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        let parts: Vec<&str> = compact.split('/').collect();
        let [office, day, serial] = parts.as_slice() else {
            return None;
        };
        let digits = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
        if !digits(office, 8) || !digits(day, 6) || !digits(serial, 7) {
            return None;
        }
        let number = Self(compact.clone());
        number.registered_on()?;
        Some(number)
    }

    /// The day the declaration was registered.
    pub fn registered_on(&self) -> Option<CalendarDate> {
        let day = self.0.split('/').nth(1)?;
        let part = |range: std::ops::Range<usize>| day.get(range)?.parse::<u32>().ok();
        CalendarDate::new(2000 + part(4..6)? as i32, part(2..4)?, part(0..2)?)
    }
}

string_value!(
    DeclarationNumber,
    "a customs declaration number",
    shown as stored
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declaration_number_is_office_day_and_serial() {
        let number = DeclarationNumber::parse(" 10002010 / 151126 / 0004512 ").unwrap();
        assert_eq!(number.as_str(), "10002010/151126/0004512");
        assert_eq!(number.registered_on(), CalendarDate::new(2026, 11, 15));
        for wrong in [
            "",
            "10002010/151126",
            "1000201/151126/0004512",
            "10002010/151126/000451",
            "10002010/321126/0004512",
            "10002010/151326/0004512",
            "1000201A/151126/0004512",
            "10002010-151126-0004512",
        ] {
            assert_eq!(DeclarationNumber::parse(wrong), None, "{wrong}");
        }
    }
}
