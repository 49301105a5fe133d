use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

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

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Fin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Fin {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Fin {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Self::parse(&raw).ok_or_else(|| serde::de::Error::custom("not a FIN code"))
    }
}

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
