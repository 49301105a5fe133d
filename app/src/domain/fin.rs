/// The personal identification code (FIN) on an Azerbaijani ID card: 7 characters, Latin
/// capital letters and digits. People type it in lower case too; it is kept in capitals.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Fin(String);

impl Fin {
    pub const LEN: usize = 7;

    pub fn parse(raw: &str) -> Option<Self> {
        let fin: String = raw.trim().chars().filter(|c| *c != ' ').collect();
        let valid = fin.len() == Self::LEN && fin.bytes().all(|b| b.is_ascii_alphanumeric());
        valid.then(|| Self(fin.to_ascii_uppercase()))
    }
}

string_value!(Fin, "a FIN code", shown as stored);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_code_in_capitals() {
        assert_eq!(Fin::parse(" 5ab7k2m ").unwrap().as_str(), "5AB7K2M");
    }

    #[test]
    fn refuses_what_is_not_a_fin() {
        for raw in ["", "5AB7K2", "5AB7K2MX", "5AB-K2M", "5ABİK2M", "5ABıK2M"] {
            assert_eq!(Fin::parse(raw), None, "{raw}");
        }
    }
}
