//! All SQL lives behind `Store`: the statements once in `shared/`, compiled into one module
//! per backend (`sqlite/`, the embedded default, and `postgres/`, for more than one server),
//! chosen from the database URL at start-up (ADR 15).

mod backends;
#[allow(
    clippy::duplicate_mod,
    reason = "each backend compiles the shared statements for its own database (ADR 15)"
)]
mod postgres;
mod records;
#[allow(
    clippy::duplicate_mod,
    reason = "each backend compiles the shared statements for its own database (ADR 15)"
)]
mod sqlite;

use std::collections::BTreeMap;
use std::time::Duration;

use app::domain::Lang;

use crate::notify::Template;

pub use backends::{Simulators, Store};
pub use records::*;

/// The current time as the tables store it (UTC, RFC 3339), for use inside SQL: SQLite's
/// `strftime`, which the PostgreSQL schema defines with the same meaning for the formats and
/// modifiers the statements use (ADR 15).
const NOW: &str = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')";

/// The statements both backends run, written once in `store/shared/` and compiled into each
/// backend's module, where `Db` names its database and `Store` holds its pools and `write()`.
macro_rules! shared_statements {
    () => {
        #[path = "../shared/accounts.rs"]
        mod accounts;
        #[path = "../shared/applications.rs"]
        mod applications;
        #[path = "../shared/catalogue.rs"]
        mod catalogue;
        #[path = "../shared/complaints.rs"]
        mod complaints;
        #[path = "../shared/customs.rs"]
        mod customs;
        #[path = "../shared/health.rs"]
        mod health;
        #[path = "../shared/holidays.rs"]
        mod holidays;
        #[path = "../shared/host_places.rs"]
        mod host_places;
        #[path = "../shared/host_staff.rs"]
        mod host_staff;
        #[path = "../shared/leases.rs"]
        mod leases;
        #[path = "../shared/letters.rs"]
        mod letters;
        #[path = "../shared/limits.rs"]
        mod limits;
        #[path = "../shared/logins.rs"]
        mod logins;
        #[path = "../shared/notify.rs"]
        mod notify;
        #[path = "../shared/office.rs"]
        mod office;
        #[path = "../shared/officers.rs"]
        mod officers;
        #[path = "../shared/payments.rs"]
        mod payments;
        #[path = "../shared/registry_applications.rs"]
        mod registry_applications;
        #[path = "../shared/regulations.rs"]
        mod regulations;
        #[path = "../shared/rows.rs"]
        mod rows;
        #[path = "../shared/service_forms.rs"]
        mod service_forms;
        #[path = "../shared/sessions.rs"]
        mod sessions;
        #[path = "../shared/settings.rs"]
        mod settings;
        #[path = "../shared/signatures.rs"]
        mod signatures;
        #[path = "../shared/simulators.rs"]
        mod simulators;
        #[path = "../shared/stay_changes.rs"]
        mod stay_changes;

        use super::NOW;
        pub use simulators::Simulators;
    };
}
use shared_statements;

/// At most `max` hits of `key` in `scope` within the last `window_minutes`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limit {
    pub scope: &'static str,
    pub key: String,
    pub max: i64,
    pub window_minutes: i64,
}

/// What counting a request against its limits gave.
#[derive(Debug, PartialEq, Eq)]
pub enum Reserved {
    /// Each limit had room and holds one more hit: these, which `Store::release` takes back.
    Granted(Vec<i64>),
    /// A limit was full; a place frees in this many seconds.
    Refused { retry_after_seconds: i64 },
}

/// The number a writer holds while it counts hits of one key of a limit (`write_holding`), so
/// that only writers of the same key wait for each other. The same on every server, as it
/// depends on the key alone; two keys may share a number, which only makes them wait.
fn counter_lock(scope: &str, key: &str) -> i32 {
    use sha2::{Digest, Sha256};
    let digest = Sha256::new()
        .chain_update(scope)
        .chain_update([0])
        .chain_update(key)
        .finalize();
    i32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]])
}

/// A queued message, claimed for one attempt.
#[derive(Debug)]
pub struct OutboxMessage {
    pub id: i64,
    pub message_id: String,
    pub recipient: String,
    pub template: Template,
    pub lang: Lang,
    pub values: BTreeMap<String, String>,
    pub attempts: i64,
}

/// A claimed message that went out, with the subject it was sent with.
#[derive(Debug)]
pub struct SentMessage {
    pub id: i64,
    pub subject: String,
}

/// A message of an account's, as its cabinet lists it.
#[derive(Debug, sqlx::FromRow)]
pub struct AccountMessage {
    pub channel: String,
    pub template: String,
    pub lang: String,
    /// The values to render a message not yet sent; emptied once it is.
    pub vars: String,
    /// The subject it was sent with.
    pub subject: Option<String>,
    pub sent_at: Option<String>,
}

/// A claimed message that did not go out this time.
#[derive(Debug)]
pub struct FailedMessage {
    pub id: i64,
    pub error: String,
    /// When to try again, counted from now.
    pub retry_in: Duration,
}

/// The messages waiting to go out, as a scrape of `/metrics` reports them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OutboxBacklog {
    /// Queued and not sent yet, failed ones included.
    pub unsent: i64,
    /// How long the oldest of them has waited; 0 when none waits.
    pub oldest_age_seconds: i64,
}

/// What a link's token was good for, if anything.
#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error("no such link, or used already")]
    Invalid,
    #[error("the link has expired")]
    Expired,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Why the registry refused a change to a record.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("no such agency")]
    UnknownAgency,
    #[error("no such service")]
    NotFound,
    #[error("the service's registration is cancelled")]
    Cancelled,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}
