/// An application's number, given when its draft is made and shown on every page, e-mail and
/// result about it: the year and a sequence, `2026-000123`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ApplicationNumber(String);

impl ApplicationNumber {
    pub fn parse(raw: &str) -> Option<Self> {
        let raw = raw.trim();
        let (year, sequence) = raw.split_once('-')?;
        let digits = |s: &str, min: usize| {
            s.len() >= min && s.len() <= 9 && s.chars().all(|c| c.is_ascii_digit())
        };
        (year.len() == 4 && digits(year, 4) && digits(sequence, 6)).then(|| Self(raw.to_owned()))
    }
}

string_value!(
    ApplicationNumber,
    "an application number such as 2026-000123",
    shown as stored
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_a_year_and_a_sequence() {
        assert_eq!(
            ApplicationNumber::parse(" 2026-000123 ").unwrap().as_str(),
            "2026-000123"
        );
        assert!(ApplicationNumber::parse("2026-1234567").is_some());
        for wrong in [
            "2026-12345",
            "26-000123",
            "2026000123",
            "2026-00012a",
            "../etc",
            "",
        ] {
            assert_eq!(ApplicationNumber::parse(wrong), None, "{wrong}");
        }
    }
}
