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
        // Kept in lower case: people type their address every which way, and one address must
        // find one account (mail servers treat the part before `@` without case in practice).
        valid.then(|| Self(email.to_ascii_lowercase()))
    }
}

string_value!(Email, "an e-mail address", shown as stored);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_addresses() {
        assert_eq!(
            Email::parse(" Aynur.Mammadova@Mail.AZ ").unwrap().as_str(),
            "aynur.mammadova@mail.az"
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
