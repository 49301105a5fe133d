mod accounts;
mod applications;
mod catalogue;
mod complaints;
mod customs;
mod fines;
mod holidays;
mod host_staff;
mod limits;
mod logins;
mod notify;
mod office;
mod payments;
mod registry_applications;
mod service_forms;
mod sessions;
mod settings;
mod stay_changes;

pub use accounts::{AccountRecord, Link};
pub use applications::{ApplicationError, HostRecord, HostRow, NewFile, Submission};
pub use complaints::ComplaintError;
pub use host_staff::Invitation;
pub use logins::{SimulatedRequestRecord, SimulatedState, StateLogin};
pub use office::{Decision, NewOfficer, OfficeError, Officer, SecondFactor};
pub use payments::{NewPayment, PaymentRecord, Settled, SimulatedOrder, Started};
pub use registry_applications::RegistryApplicationError;
pub use service_forms::FormState;
pub use sessions::Session;
pub use settings::{CodeRefused, ConfirmPhoneError};
pub use stay_changes::StayChangeError;

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use crate::identity::seal::Seal;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

/// The current time as the tables store it (UTC, RFC 3339), for use inside SQL.
const NOW: &str = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')";

#[derive(Clone)]
pub struct Store {
    pool: SqlitePool,
    /// Seals the secrets the store keeps and must read back (the authenticator keys).
    seal: Arc<Seal>,
}

impl Store {
    /// Opens (creating if need be) the database, brings its schema up to date, and seals any
    /// secret written before sealing existed.
    pub async fn connect(url: &str, seal: Seal) -> anyhow::Result<Self> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        let store = Self {
            pool,
            seal: Arc::new(seal),
        };
        store.seal_plain_secrets().await?;
        Ok(store)
    }

    /// A transaction that takes SQLite's write lock at once. A deferred one that reads and then
    /// writes fails at once (SQLITE_BUSY_SNAPSHOT, no waiting) when another writer committed in
    /// between; taking the lock first makes concurrent writers wait their turn instead.
    async fn write(&self) -> sqlx::Result<sqlx::Transaction<'static, sqlx::Sqlite>> {
        self.pool.begin_with("BEGIN IMMEDIATE").await
    }

    pub async fn ping(&self) -> sqlx::Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await.map(drop)
    }
}
