//! Domain values that parse: built only through `parse`, used by the client's forms and by the server.

/// `as_str` and JSON for a value kept as a string and built only by its `parse`; with
/// `shown as stored`, also `Display`.
macro_rules! string_value {
    ($type:ident, $what:literal, shown as stored) => {
        string_value!($type, $what);

        impl std::fmt::Display for $type {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
    ($type:ident, $what:literal) => {
        impl $type {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl serde::Serialize for $type {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $type {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let raw = String::deserialize(d)?;
                Self::parse(&raw).ok_or_else(|| serde::de::Error::custom(concat!("not ", $what)))
            }
        }

        wire_schema!($type, String, $what);
    };
}

/// The schema `/api/openapi.json` gives a value whose JSON its own serde impls write: the JSON
/// type, what it is, and any of `ObjectBuilder`'s optional settings (`format`, `pattern`,
/// `minimum`, …). Natively only: the client carries no schemas.
macro_rules! wire_schema {
    ($type:ident, $json:ident, $what:expr $(, $setting:ident = $value:expr)* $(,)?) => {
        #[cfg(not(target_arch = "wasm32"))]
        impl utoipa::PartialSchema for $type {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::$json)
                    .description(Some($what))
                    $(.$setting(Some($value)))*
                    .into()
            }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl utoipa::ToSchema for $type {}
    };
}

mod application_number;
mod asan_user_id;
mod date;
mod declaration_number;
mod document;
mod email;
mod fin;
mod lang;
mod letter_number;
mod moment;
mod payment;
mod phone;
mod result_code;
mod search;
mod service_number;
mod text;

pub use application_number::ApplicationNumber;
pub use asan_user_id::AsanUserId;
pub use date::{CalendarDate, TypedDate, shown_day};
pub use declaration_number::DeclarationNumber;
pub use document::{DocumentNumber, PassportNumber, Voen};
pub use email::Email;
pub use fin::Fin;
pub use lang::{Lang, cookie_value};
pub use letter_number::LetterNumber;
pub use moment::{Moment, shown_moment};
pub use payment::{CardExpiry, CardNumber, PaymentId, PaymentNumber, Qepik, SecurityCode};
pub use phone::Phone;
pub use result_code::ResultCode;
pub use search::{Folded, Score, SearchQuery, fold};
pub use service_number::{AgencyNumber, ServiceNumber};
pub use text::{Text, sort_key, typed_line, typed_paragraphs};
