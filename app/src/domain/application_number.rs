use std::fmt;

/// An application's number, given when its draft is made and shown on every page, e-mail and
/// result about it: the year and a sequence, `2026-000123`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ApplicationNumber {
    year: u16,
    sequence: u32,
}

impl ApplicationNumber {
    pub fn parse(raw: &str) -> Option<Self> {
        let (year, sequence) = raw.trim().split_once('-')?;
        let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if year.len() != 4
            || !(6..=9).contains(&sequence.len())
            || !digits(year)
            || !digits(sequence)
        {
            return None;
        }
        Some(Self {
            year: year.parse().ok()?,
            sequence: sequence.parse().ok()?,
        })
    }
}

impl fmt::Display for ApplicationNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:06}", self.year, self.sequence)
    }
}

impl serde::Serialize for ApplicationNumber {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for ApplicationNumber {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Self::parse(&raw).ok_or_else(|| {
            serde::de::Error::custom("not an application number such as 2026-000123")
        })
    }
}

wire_schema!(
    ApplicationNumber,
    String,
    "an application's number: the year and a sequence, such as 2026-000123",
    pattern = "^[0-9]{4}-[0-9]{6,9}$",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_a_year_and_a_sequence() {
        let number = ApplicationNumber::parse(" 2026-000123 ").unwrap();
        assert_eq!(number.to_string(), "2026-000123");
        assert_eq!(
            ApplicationNumber::parse("2026-1234567")
                .unwrap()
                .to_string(),
            "2026-1234567"
        );
        for wrong in [
            "2026-12345",
            "26-000123",
            "2026000123",
            "2026-00012a",
            "../etc",
            "",
            "2026-+00123",
        ] {
            assert_eq!(ApplicationNumber::parse(wrong), None, "{wrong}");
        }
    }
}
