//! Values as the tables keep them, read back into the domain's types: a row that does not
//! parse is an error of the database, never a default.

use app::api::{ApplicationStatus, OfficerRole};
use app::domain::{AgencyNumber, ApplicationNumber, ServiceNumber, Text};

pub(super) fn status(raw: &str) -> sqlx::Result<ApplicationStatus> {
    ApplicationStatus::parse(raw).ok_or_else(|| sqlx::Error::Decode(format!("status {raw}").into()))
}

pub(super) fn json<T: serde::de::DeserializeOwned>(raw: &str) -> sqlx::Result<T> {
    serde_json::from_str(raw).map_err(|e| sqlx::Error::Decode(e.into()))
}

pub(super) fn to_json<T: serde::Serialize>(value: &T) -> sqlx::Result<String> {
    serde_json::to_string(value).map_err(|e| sqlx::Error::Encode(e.into()))
}

pub(super) fn number(raw: &str) -> sqlx::Result<ApplicationNumber> {
    ApplicationNumber::parse(raw).ok_or_else(|| sqlx::Error::Decode(format!("number {raw}").into()))
}

pub(super) fn service(raw: &str) -> sqlx::Result<ServiceNumber> {
    ServiceNumber::parse(raw).ok_or_else(|| sqlx::Error::Decode(format!("service {raw}").into()))
}

pub(super) fn agency(raw: i64) -> sqlx::Result<AgencyNumber> {
    u16::try_from(raw)
        .ok()
        .and_then(AgencyNumber::new)
        .ok_or_else(|| sqlx::Error::Decode(format!("{raw} is not an agency").into()))
}

pub(super) fn role(raw: &str) -> sqlx::Result<OfficerRole> {
    OfficerRole::parse(raw).ok_or_else(|| sqlx::Error::Decode(format!("role {raw}").into()))
}

pub(super) fn agency_text(az: String, en: String, ru: String) -> Text {
    Text { az, en, ru }
}
