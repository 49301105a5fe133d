/// The number of an identity document, as printed: Latin capitals and digits, spaces dropped.
/// Countries write them differently, so the rule is the shape every one of them shares: 5 to 12
/// characters with at least one digit.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DocumentNumber(String);

/// A passport's number: ICAO 9303 gives it at most 9 characters in the machine-readable zone.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PassportNumber(String);

/// VÖEN, the tax number of an organisation or an entrepreneur: 10 digits.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Voen(String);

fn document_characters(raw: &str, max: usize) -> Option<String> {
    let compact: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let valid = (5..=max).contains(&compact.len())
        && compact
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && compact.chars().any(|c| c.is_ascii_digit());
    valid.then_some(compact)
}

impl DocumentNumber {
    pub fn parse(raw: &str) -> Option<Self> {
        document_characters(raw, 12).map(Self)
    }
}

impl PassportNumber {
    pub fn parse(raw: &str) -> Option<Self> {
        document_characters(raw, 9).map(Self)
    }
}

impl Voen {
    pub fn parse(raw: &str) -> Option<Self> {
        let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        (compact.len() == 10 && compact.chars().all(|c| c.is_ascii_digit()))
            .then_some(Self(compact))
    }
}

string_value!(DocumentNumber, "a document number", shown as stored);
string_value!(PassportNumber, "a passport number", shown as stored);
string_value!(Voen, "a VÖEN of 10 digits", shown as stored);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passport_numbers_are_compacted_and_bounded() {
        assert_eq!(
            PassportNumber::parse(" c03 456 789").unwrap().as_str(),
            "C03456789"
        );
        assert_eq!(
            PassportNumber::parse("u1234567").unwrap().as_str(),
            "U1234567"
        );
        for wrong in [
            "",
            "1234",
            "ABCDEFGHI",
            "C034567890",
            "C0345678Ə",
            "AB_12345",
        ] {
            assert_eq!(PassportNumber::parse(wrong), None, "{wrong}");
        }
        assert_eq!(
            DocumentNumber::parse("AZE 12345678").unwrap().as_str(),
            "AZE12345678"
        );
    }

    #[test]
    fn a_voen_is_ten_digits() {
        assert_eq!(Voen::parse("1234 567 890").unwrap().as_str(), "1234567890");
        assert_eq!(Voen::parse("123456789"), None);
        assert_eq!(Voen::parse("12345678901"), None);
        assert_eq!(Voen::parse("123456789A"), None);
    }
}
