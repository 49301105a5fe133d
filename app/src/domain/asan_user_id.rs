/// The user ID of an Asan İmza certificate: six digits, printed on the SIM card's envelope and
/// shown in the Asan İmza app. People type it with spaces sometimes; it is kept as digits.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct AsanUserId(String);

impl AsanUserId {
    pub const LEN: usize = 6;

    pub fn parse(raw: &str) -> Option<Self> {
        let id: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        let valid = id.len() == Self::LEN && id.bytes().all(|b| b.is_ascii_digit());
        valid.then_some(Self(id))
    }
}

string_value!(AsanUserId, "an Asan İmza user ID", shown as stored);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_six_digits() {
        assert_eq!(AsanUserId::parse(" 123 456 ").unwrap().as_str(), "123456");
    }

    #[test]
    fn refuses_what_is_not_a_user_id() {
        for raw in ["", "12345", "1234567", "12345a", "١٢٣٤٥٦"] {
            assert_eq!(AsanUserId::parse(raw), None, "{raw}");
        }
    }
}
