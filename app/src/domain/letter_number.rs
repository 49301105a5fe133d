/// An official letter's number (rules 11.6–11.7), given when it is sent and shown on its
/// receipt, its page and every answer: `M-`, the year and a sequence, `M-2026-000123`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LetterNumber(String);

impl LetterNumber {
    pub fn parse(raw: &str) -> Option<Self> {
        let upper = raw.trim().to_ascii_uppercase();
        let (year, sequence) = upper.strip_prefix("M-")?.split_once('-')?;
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        (year.len() == 4 && (6..=9).contains(&sequence.len()) && digits(year) && digits(sequence))
            .then_some(Self(upper))
    }
}

string_value!(
    LetterNumber,
    "a letter's number such as M-2026-000123",
    shown as stored
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_is_m_a_year_and_a_sequence_however_it_is_typed() {
        assert_eq!(
            LetterNumber::parse(" m-2026-000123 ").unwrap().as_str(),
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
