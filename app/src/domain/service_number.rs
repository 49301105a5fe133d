use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An agency's number in the 2011 list of e-service types (`33` is the State Migration Service).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AgencyNumber(u16);

wire_schema!(
    AgencyNumber,
    Integer,
    "an agency's number in the 2011 list of e-service types, such as 33",
    minimum = 1,
    maximum = 999,
);

impl AgencyNumber {
    pub fn new(number: u16) -> Option<Self> {
        (1..=999).contains(&number).then_some(Self(number))
    }

    pub fn parse(raw: &str) -> Option<Self> {
        let raw = raw.trim();
        if raw.is_empty() || raw.len() > 3 || !raw.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Self::new(raw.parse().ok()?)
    }

    pub fn get(self) -> u16 {
        self.0
    }
}

impl fmt::Display for AgencyNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A service's number in the list: the agency's number and the service's place within it
/// (`33.10` is "Cərimələrin internet vasitəsilə ödənilməsi").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ServiceNumber {
    agency: AgencyNumber,
    position: u16,
}

impl ServiceNumber {
    pub fn new(agency: AgencyNumber, position: u16) -> Option<Self> {
        (1..=999)
            .contains(&position)
            .then_some(Self { agency, position })
    }

    pub fn parse(raw: &str) -> Option<Self> {
        let (agency, position) = raw.trim().split_once('.')?;
        let position = AgencyNumber::parse(position)?.get();
        Self::new(AgencyNumber::parse(agency)?, position)
    }

    pub fn agency(self) -> AgencyNumber {
        self.agency
    }

    pub fn position(self) -> u16 {
        self.position
    }
}

impl fmt::Display for ServiceNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.agency, self.position)
    }
}

impl FromStr for ServiceNumber {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        Self::parse(s).ok_or(())
    }
}

impl Serialize for ServiceNumber {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ServiceNumber {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Self::parse(&raw)
            .ok_or_else(|| serde::de::Error::custom("not a service number such as 33.10"))
    }
}

wire_schema!(
    ServiceNumber,
    String,
    "a service's number in the list: the agency's and its place, such as 33.10",
    pattern = r"^[0-9]{1,3}\.[0-9]{1,3}$",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_list_numbers() {
        let n = ServiceNumber::parse("33.10").unwrap();
        assert_eq!((n.agency().get(), n.position()), (33, 10));
        assert_eq!(n.to_string(), "33.10");
    }

    #[test]
    fn orders_numerically_not_as_text() {
        assert!(ServiceNumber::parse("33.9").unwrap() < ServiceNumber::parse("33.10").unwrap());
        assert!(ServiceNumber::parse("7.8").unwrap() < ServiceNumber::parse("33.1").unwrap());
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for raw in [
            "", "33", "33.", ".1", "33.0", "0.1", "a.1", "33.1.2", "+3.1", "1000.1", "3.-1",
        ] {
            assert_eq!(ServiceNumber::parse(raw), None, "{raw}");
        }
    }
}
