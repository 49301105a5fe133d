use std::fmt;

use super::ApplicationNumber;

/// An official letter's number (rules 11.6–11.7), given when it is sent and shown on its
/// receipt, its page and every answer: `M-`, then the year and a sequence as an application's
/// number has them, `M-2026-000123`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LetterNumber(ApplicationNumber);

impl LetterNumber {
    pub fn parse(raw: &str) -> Option<Self> {
        let raw = raw.trim();
        let rest = raw.strip_prefix("M-").or_else(|| raw.strip_prefix("m-"))?;
        ApplicationNumber::parse(rest).map(Self)
    }
}

impl fmt::Display for LetterNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "M-{}", self.0)
    }
}

impl serde::Serialize for LetterNumber {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for LetterNumber {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Self::parse(&raw)
            .ok_or_else(|| serde::de::Error::custom("not a letter's number such as M-2026-000123"))
    }
}

wire_schema!(
    LetterNumber,
    String,
    "an official letter's number: M-, the year and a sequence, such as M-2026-000123",
    pattern = "^[Mm]-[0-9]{4}-[0-9]{6,9}$",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_is_m_a_year_and_a_sequence_however_it_is_typed() {
        assert_eq!(
            LetterNumber::parse(" m-2026-000123 ").unwrap().to_string(),
            "M-2026-000123"
        );
        for wrong in [
            "2026-000123",
            "M-26-000123",
            "M-2026-12345",
            "M-2026-00012a",
            "M--",
            "",
        ] {
            assert_eq!(LetterNumber::parse(wrong), None, "{wrong}");
        }
    }
}
