use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An e-mail address good enough to send a link to: one `@`, a name before it, a domain with a
/// dot after it, no spaces, at most 254 characters. Whether it really exists, the link tells.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Option<Self> {
        let email = raw.trim();
        let (local, domain) = email.split_once('@')?;
        let valid = email.chars().count() <= 254
            && !local.is_empty()
            && local.len() <= 64
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !email.chars().any(|c| c.is_whitespace() || c.is_control());
        // Domains compare without case; the part before `@` is the owner's to spell.
        valid.then(|| Self(format!("{local}@{}", domain.to_ascii_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Email {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Email {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Self::parse(&raw).ok_or_else(|| serde::de::Error::custom("not an e-mail address"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_addresses() {
        assert_eq!(
            Email::parse(" Aynur.Mammadova@Mail.AZ ").unwrap().as_str(),
            "Aynur.Mammadova@mail.az"
        );
        assert!(Email::parse("host+hotel@example.com").is_some());
    }

    #[test]
    fn refuses_what_cannot_receive_mail() {
        for raw in [
            "",
            "a",
            "a@b",
            "@mail.az",
            "a@@mail.az",
            "a b@mail.az",
            "a@.az",
            "a@mail..az",
            "a@mail.az.",
        ] {
            assert_eq!(Email::parse(raw), None, "{raw}");
        }
    }
}
