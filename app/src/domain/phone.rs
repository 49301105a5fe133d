use std::fmt;

/// A telephone number in international form (E.164: `+`, country code, at most 15 digits).
/// Azerbaijani numbers may be typed the local way (`050 123 45 67`) and are kept as
/// `+994501234567`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Phone(String);

/// Codes of Azerbaijan's mobile operators: Azercell 10, 50, 51; Bakcell 55, 99; Nar 70, 77;
/// Naxtel 60.
const AZ_MOBILE_CODES: [&str; 8] = ["10", "50", "51", "55", "60", "70", "77", "99"];

impl Phone {
    pub fn parse(raw: &str) -> Option<Self> {
        let trimmed = raw.trim();
        let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
        let allowed = trimmed
            .chars()
            .all(|c| c.is_ascii_digit() || " -()+".contains(c));
        if !allowed
            || trimmed.matches('+').count() > 1
            || (trimmed.contains('+') && !trimmed.starts_with('+'))
        {
            return None;
        }
        let international = if trimmed.starts_with('+') {
            digits
        } else if let Some(rest) = digits.strip_prefix("00") {
            rest.to_owned()
        } else if digits.len() == 10 && digits.starts_with('0') {
            format!("994{}", &digits[1..])
        } else if digits.len() == 9 {
            format!("994{digits}")
        } else {
            return None;
        };
        let valid = (8..=15).contains(&international.len())
            && !international.starts_with('0')
            && (!international.starts_with("994") || international.len() == 12);
        valid.then(|| Self(format!("+{international}")))
    }

    /// Whether this is a number of an Azerbaijani mobile operator (for SMS codes).
    pub fn is_azerbaijani_mobile(&self) -> bool {
        self.0.len() == 13 && self.0.starts_with("+994") && AZ_MOBILE_CODES.contains(&&self.0[4..6])
    }
}

/// Azerbaijani numbers as people write them (`+994 50 123 45 67`); others as stored.
impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = &self.0;
        if n.len() == 13 && n.starts_with("+994") {
            write!(
                f,
                "+994 {} {} {} {}",
                &n[4..6],
                &n[6..9],
                &n[9..11],
                &n[11..13]
            )
        } else {
            f.write_str(n)
        }
    }
}

string_value!(Phone, "a telephone number");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_azerbaijani_numbers_however_typed() {
        for raw in [
            "+994 50 123 45 67",
            "050 123 45 67",
            "0501234567",
            "501234567",
            "00994501234567",
            "(050) 123-45-67",
        ] {
            let phone = Phone::parse(raw).unwrap_or_else(|| panic!("{raw}"));
            assert_eq!(phone.as_str(), "+994501234567");
            assert_eq!(phone.to_string(), "+994 50 123 45 67");
            assert!(phone.is_azerbaijani_mobile());
        }
    }

    #[test]
    fn a_baku_landline_is_not_a_mobile() {
        let phone = Phone::parse("012 498 12 34").unwrap();
        assert!(!phone.is_azerbaijani_mobile());
    }

    #[test]
    fn accepts_foreign_numbers_in_international_form() {
        assert_eq!(
            Phone::parse("+49 30 1234567").unwrap().as_str(),
            "+49301234567"
        );
        assert_eq!(
            Phone::parse("+90 532 123 45 67").unwrap().to_string(),
            "+905321234567"
        );
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for raw in [
            "",
            "12345",
            "+994 50 123 45",
            "+994 50 123 45 678",
            "50-12-AB",
            "+1+2345678",
            "1234567890123456",
        ] {
            assert_eq!(Phone::parse(raw), None, "{raw}");
        }
    }
}
