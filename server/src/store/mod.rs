//! All SQL lives behind `Store`. One module per backend; the backend is chosen from the
//! database URL at start-up (SQLite now, PostgreSQL to sit beside it for scale-out).

mod sqlite;

use std::collections::BTreeMap;
use std::time::Duration;

use app::domain::Lang;

use crate::notify::Template;

pub use sqlite::Publishing;
pub use sqlite::RegistryApplicationError;
pub use sqlite::{
    AccountRecord, ApplicationError, CodeRefused, ComplaintError, ConfirmPhoneError, Decision,
    FormState, HostRecord, HostRow, Invitation, Link, NewFile, NewOfficer, NewPayment, OfficeError,
    Officer, PaymentRecord, SecondFactor, Session, Settled, Started, StateLogin, StayChangeError,
    Store, Submission,
};
pub use sqlite::{
    DemoFine, SimulatedOrder, SimulatedOrderState, SimulatedRequestRecord, SimulatedState,
    Simulators,
};

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
