//! Values of paying: the fine's payment number and security code, amounts of money, and the
//! card details typed on the payment gateway's page.

use std::fmt;

use super::Lang;

/// The payment number printed on a migration fine: 14 digits, typed with or without spaces.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PaymentNumber(String);

impl PaymentNumber {
    pub const LEN: usize = 14;

    pub fn parse(raw: &str) -> Option<Self> {
        let digits: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        (digits.len() == Self::LEN && digits.bytes().all(|b| b.is_ascii_digit()))
            .then_some(Self(digits))
    }
}

string_value!(PaymentNumber, "a payment number", shown as stored);

/// The security code printed beside the payment number: 6 digits.
#[derive(Clone, PartialEq, Eq)]
pub struct SecurityCode(String);

impl SecurityCode {
    pub const LEN: usize = 6;

    pub fn parse(raw: &str) -> Option<Self> {
        let digits: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        (digits.len() == Self::LEN && digits.bytes().all(|b| b.is_ascii_digit()))
            .then_some(Self(digits))
    }
}

string_value!(SecurityCode, "a security code");

/// The code opens a fine: it stays out of logs.
impl fmt::Debug for SecurityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecurityCode(…)")
    }
}

/// A payment's id on the portal: 32 random bytes, written as 64 hex digits in its address
/// (`/payments/{id}`), which is all that opens its receipt.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PaymentId([u8; 32]);

impl PaymentId {
    pub fn parse(raw: &str) -> Option<Self> {
        let raw = raw.trim();
        if raw.len() != 64 || !raw.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return None;
        }
        let mut bytes = [0u8; 32];
        for (byte, pair) in bytes.iter_mut().zip(raw.as_bytes().chunks(2)) {
            *byte = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
        }
        Some(Self(bytes))
    }
}

impl fmt::Display for PaymentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

impl fmt::Debug for PaymentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PaymentId({self})")
    }
}

impl serde::Serialize for PaymentId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for PaymentId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Self::parse(&raw).ok_or_else(|| serde::de::Error::custom("not a payment id"))
    }
}

wire_schema!(
    PaymentId,
    String,
    "a payment's id: 64 hex digits",
    pattern = "^[0-9a-f]{64}$",
);

/// An amount in qəpik (1 AZN = 100 qəpik): whole numbers, never floating point.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct Qepik(pub i64);

wire_schema!(
    Qepik,
    Integer,
    "an amount in qəpik (1 AZN = 100 qəpik)",
    format = utoipa::openapi::SchemaFormat::KnownFormat(utoipa::openapi::KnownFormat::Int64),
);

impl Qepik {
    /// The amount as people read money in `lang` (CLDR's conventions for the manat):
    /// `1.234,56 ₼` in Azerbaijani, `1 234,56 ₼` in Russian (no-break spaces), `₼1,234.56` in
    /// English.
    pub fn shown(self, lang: Lang) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let (group, decimal) = match lang {
            Lang::Az => ('.', ','),
            Lang::Ru => ('\u{a0}', ','),
            Lang::En => (',', '.'),
        };
        let digits = (abs / 100).to_string();
        let mut whole = String::new();
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                whole.push(group);
            }
            whole.push(digit);
        }
        let number = format!("{whole}{decimal}{:02}", abs % 100);
        match lang {
            Lang::Az => format!("{sign}{number} ₼"),
            Lang::Ru => format!("{sign}{number}\u{a0}₼"),
            Lang::En => format!("{sign}₼{number}"),
        }
    }
}

/// A payment card number: 13 to 19 digits that pass the Luhn check. Only the gateway's page
/// takes it; the portal never sees more than `masked`.
#[derive(Clone, PartialEq, Eq)]
pub struct CardNumber(String);

impl CardNumber {
    pub fn parse(raw: &str) -> Option<Self> {
        let digits: String = raw.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
        let valid = (13..=19).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && luhn(&digits);
        valid.then_some(Self(digits))
    }

    pub fn digits(&self) -> &str {
        &self.0
    }

    /// The first six and last four digits, the rest hidden: `411111******1111`.
    pub fn masked(&self) -> String {
        let n = self.0.len();
        format!("{}{}{}", &self.0[..6], "*".repeat(n - 10), &self.0[n - 4..])
    }

    /// The digits in groups of four as people type them: `4111 1111 1111 1111`.
    pub fn grouped(raw: &str) -> String {
        let digits: Vec<char> = raw.chars().filter(char::is_ascii_digit).take(19).collect();
        digits
            .chunks(4)
            .map(|group| group.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl fmt::Debug for CardNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CardNumber({})", self.masked())
    }
}

fn luhn(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// A card's expiry month, `MM/YY`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CardExpiry {
    pub year: u16,
    pub month: u8,
}

impl CardExpiry {
    pub fn parse(raw: &str) -> Option<Self> {
        let (month, year) = raw.trim().split_once('/')?;
        let month: u8 = month.trim().parse().ok()?;
        let year: u16 = year.trim().parse().ok()?;
        let year = if year < 100 { 2000 + year } else { year };
        ((1..=12).contains(&month) && (2000..2100).contains(&year)).then_some(Self { year, month })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payment_numbers_and_codes_are_digits_of_their_length() {
        assert_eq!(
            PaymentNumber::parse("1234 5678 9012 34").unwrap().as_str(),
            "12345678901234"
        );
        assert!(PaymentNumber::parse("1234567890123").is_none());
        assert!(PaymentNumber::parse("1234567890123a").is_none());
        assert_eq!(SecurityCode::parse(" 482 913 ").unwrap().as_str(), "482913");
        assert!(SecurityCode::parse("48291").is_none());
        assert_eq!(
            format!("{:?}", SecurityCode::parse("482913").unwrap()),
            "SecurityCode(…)"
        );
    }

    #[test]
    fn payment_ids_are_64_hex_digits_both_ways() {
        let raw = "0f".repeat(32);
        assert_eq!(PaymentId::parse(&raw).unwrap().to_string(), raw);
        assert!(PaymentId::parse(&"0F".repeat(32)).is_none());
        assert!(PaymentId::parse("0f0f").is_none());
    }

    #[test]
    fn amounts_read_in_manat() {
        assert_eq!(Qepik(15000).shown(Lang::Az), "150,00 ₼");
        assert_eq!(Qepik(5).shown(Lang::Az), "0,05 ₼");
        assert_eq!(Qepik(123_456_789).shown(Lang::Az), "1.234.567,89 ₼");
        assert_eq!(Qepik(123_456).shown(Lang::En), "₼1,234.56");
        assert_eq!(Qepik(123_456).shown(Lang::Ru), "1\u{a0}234,56\u{a0}₼");
        assert_eq!(Qepik(99_999).shown(Lang::Ru), "999,99\u{a0}₼");
        assert_eq!(Qepik(-250).shown(Lang::Az), "-2,50 ₼");
    }

    #[test]
    fn card_numbers_pass_luhn_and_show_masked() {
        let card = CardNumber::parse("4111 1111 1111 1111").unwrap();
        assert_eq!(card.masked(), "411111******1111");
        assert_eq!(format!("{card:?}"), "CardNumber(411111******1111)");
        assert!(CardNumber::parse("4111 1111 1111 1112").is_none());
        assert_eq!(CardNumber::grouped("41111111111"), "4111 1111 111");
    }

    #[test]
    fn expiry_is_month_and_year() {
        assert_eq!(
            CardExpiry::parse("07/29"),
            Some(CardExpiry {
                year: 2029,
                month: 7
            })
        );
        assert!(CardExpiry::parse("13/29").is_none());
        assert!(CardExpiry::parse("0729").is_none());
    }
}
