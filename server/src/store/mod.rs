//! All SQL lives behind `Store`. One module per backend; the backend is chosen from the
//! database URL at start-up (SQLite now, PostgreSQL to sit beside it for scale-out).

mod sqlite;

pub use sqlite::Store;

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
