//! A database of its own for each test portal, on SQLite or PostgreSQL: shared by the API tests
//! and the benchmarks (`server/examples/support/mod.rs` includes this file).

use std::path::Path;

use sqlx::Connection;

/// Whether the API tests (and the benchmarks) run on PostgreSQL: `QAPI_TEST_DATABASE=postgres`,
/// with the server named by the PG* variables (as `pg_virtualenv` sets them); SQLite otherwise.
pub fn on_postgres() -> bool {
    match std::env::var("QAPI_TEST_DATABASE").as_deref() {
        Ok("postgres") => true,
        Ok("sqlite") | Err(_) => false,
        Ok(other) => panic!("QAPI_TEST_DATABASE is {other:?}: write sqlite or postgres"),
    }
}

/// A new, empty database for one test or benchmark portal: a file in `dir`, or a database of its own on
/// the PostgreSQL server.
pub async fn fresh_database(dir: &Path) -> String {
    if !on_postgres() {
        return format!("sqlite://{}?mode=rwc", dir.join("qapi.db").display());
    }
    let server = sqlx::postgres::PgConnectOptions::new();
    let mut admin = sqlx::PgConnection::connect_with(&server)
        .await
        .expect("the PostgreSQL server the PG* variables name");
    let name = format!("qapi_test_{:032x}", rand::random::<u128>());
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await
        .expect("a database of the test's own");
    let password = std::env::var("PGPASSWORD").unwrap_or_default();
    format!(
        "postgres://{}:{}@{}:{}/{name}",
        server.get_username(),
        password,
        server.get_host(),
        server.get_port()
    )
}
