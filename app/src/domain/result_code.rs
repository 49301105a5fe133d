use std::fmt;

/// The verification code printed on a result document, `ABCD-EFGH-JKMN`: twelve characters
/// from an alphabet without look-alikes (no 0/O, 1/I/L), read back from paper however the
/// reader spaces or cases it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ResultCode([u8; 12]);

impl ResultCode {
    pub const ALPHABET: &'static [u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    pub fn parse(raw: &str) -> Option<Self> {
        let chars: Vec<u8> = raw
            .bytes()
            .filter(|b| !matches!(b, b'-' | b' '))
            .map(|b| b.to_ascii_uppercase())
            .collect();
        let code: [u8; 12] = chars.try_into().ok()?;
        code.iter()
            .all(|b| Self::ALPHABET.contains(b))
            .then_some(Self(code))
    }
}

impl fmt::Display for ResultCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, group) in self.0.chunks(4).enumerate() {
            if i > 0 {
                f.write_str("-")?;
            }
            f.write_str(std::str::from_utf8(group).map_err(|_| fmt::Error)?)?;
        }
        Ok(())
    }
}

impl serde::Serialize for ResultCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for ResultCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Self::parse(&raw).ok_or_else(|| serde::de::Error::custom("not a result code"))
    }
}

wire_schema!(
    ResultCode,
    String,
    "a result document's verification code, such as ABCD-EFGH-JKMN",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back_however_they_are_typed() {
        let code = ResultCode::parse("abcd efgh-jkmn").unwrap();
        assert_eq!(code.to_string(), "ABCD-EFGH-JKMN");
        assert_eq!(ResultCode::parse("ABCDEFGHJKMN"), Some(code));
    }

    #[test]
    fn look_alikes_and_wrong_lengths_are_not_codes() {
        for raw in [
            "ABCD-EFGH-JKM0",
            "ABCD-EFGH-JKMI",
            "ABCD-EFGH",
            "ABCD-EFGH-JKMN-P",
            "",
        ] {
            assert_eq!(ResultCode::parse(raw), None, "{raw}");
        }
    }
}
