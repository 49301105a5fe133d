//! The PostgreSQL backend, for more than one server on one database. The statements are the
//! shared ones (`store/shared/`), compiled for PostgreSQL here; the schema in
//! `migrations/postgres/` gives them SQLite's time and JSON functions (ADR 15).

pub type Db = sqlx::Postgres;

super::shared_statements!();

use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use sqlx::migrate::MigrateDatabase;
use sqlx::postgres::{PgPool, PgPoolOptions};

use crate::identity::seal::Seal;
use sqlx::QueryBuilder;

/// Whether a database URL names a PostgreSQL server.
pub fn names(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// Every write transaction but those locking their rows takes this one lock first, so writers
/// follow one another as they do on SQLite, on every server sharing the database: the shared
/// statements read and then write (a limit's count, a form's next version) and count on no
/// other writer between the two.
const WRITERS: i64 = 0x7161_7069;

#[derive(Clone)]
pub struct Store {
    pool: PgPool,
    /// The same pool: PostgreSQL takes concurrent writers, and `write()` orders them.
    writer: PgPool,
    /// Seals the secrets the store keeps and must read back (the authenticator keys).
    seal: Arc<Seal>,
}

impl Store {
    /// Connects (creating the database if the server has none of that name yet, as SQLite
    /// creates its file), brings the schema up to date (sqlx's migrator holds an advisory lock,
    /// so servers starting together migrate once), and seals any secret written before sealing.
    pub async fn connect(url: &str, seal: Arc<Seal>) -> anyhow::Result<Self> {
        if !Db::database_exists(url).await? {
            Db::create_database(url).await?;
        }
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .connect(url)
            .await?;
        sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        let store = Self {
            writer: pool.clone(),
            pool,
            seal,
        };
        store.seal_plain_secrets().await?;
        Ok(store)
    }

    /// A transaction that writes after every other writer on this database has finished.
    async fn write(&self) -> sqlx::Result<sqlx::Transaction<'static, Db>> {
        in_turn(&self.writer).await
    }

    /// A write whose every check holds the row it reads (`FOR_UPDATE`) or is itself one
    /// statement that checks and writes (an `UPDATE … WHERE state = …`, an `INSERT … ON
    /// CONFLICT`), so it need not wait for the writers in turn: it waits only for those holding
    /// its rows. A draft's save, an application's submit and its withdrawal are such writes;
    /// without the turn, saves from 10 connections went from 613 to 1 419 a second and
    /// submissions from 228 to 389, one run after the other here (`draft_bench`,
    /// `submit_bench`). So are a login's new session, a state login's completion, a link's
    /// use, a registration, a payment's settling and the outbox's record of a pass.
    async fn write_locking_rows(&self) -> sqlx::Result<sqlx::Transaction<'static, Db>> {
        self.writer.begin().await
    }

    /// A write that holds these numbers (`counter_lock`) until it ends, so it waits only for
    /// the writers holding one of them: counting against a limit's key, which reads the key's
    /// hits and then adds one, waits for the other counts of that key, not for every writer.
    /// Without the turn, found fines (each counted, then forgiven) went from 1 290 to 3 005 a
    /// second at 50 connections, p99 52 → 27 ms (`limits_bench`).
    async fn write_holding(&self, numbers: &[i32]) -> sqlx::Result<sqlx::Transaction<'static, Db>> {
        let mut numbers = numbers.to_vec();
        // Always taken in the same order, so two writers holding two numbers each never
        // wait for each other in a circle.
        numbers.sort_unstable();
        numbers.dedup();
        let mut tx = self.writer.begin().await?;
        for number in numbers {
            sqlx::query("SELECT pg_advisory_xact_lock($1, $2)")
                .bind(HELD_NUMBERS)
                .bind(number)
                .execute(&mut *tx)
                .await?;
        }
        Ok(tx)
    }
}

/// The space of the numbers `write_holding` holds: PostgreSQL keeps locks named by two 32-bit
/// numbers apart from those named by one 64-bit number (`WRITERS`).
const HELD_NUMBERS: i32 = 0x7161;

/// What a claim adds to the rows it picks, so that claims on several servers at once each take
/// other rows: a row another claim holds is passed over, not waited for and then taken again.
const SKIP_LOCKED: &str = "FOR UPDATE SKIP LOCKED";

/// What a read adds to hold its row until the transaction ends, so that a check made on it
/// (still at the status the workflow read) holds until the write, whichever lock the
/// transaction took before.
const FOR_UPDATE: &str = "FOR UPDATE";

/// The back office's search by a part of a name: the accounts whose names hold it, through
/// their trigram index (migration 0055), then their applications, instead of the agency's
/// whole queue in due order. The index holds both orders of a name in one text; the test of
/// each order on the accounts it finds keeps a search with a line break from matching across
/// the two.
fn push_agency_by_name(sql: &mut QueryBuilder<'_, Db>, agency: i64, q: &str) {
    sql.push(" AND a.agency = ")
        .push_bind(agency)
        .push(
            " AND a.account_id IN (SELECT id FROM accounts \
             WHERE lower(surname || ' ' || name || E'\\n' || name || ' ' || surname) LIKE lower(",
        )
        .push_bind(office::contains_pattern(q))
        .push(") ESCAPE '\\'");
    office::push_name_holds(sql, "", q);
    sql.push(")");
}

/// The database's dump in a backup folder.
const BACKUP: &str = "qapi.pgdump";

/// Dumps the database at `url` into the folder `into` with `pg_dump`, which reads one
/// snapshot: writers go on meanwhile.
pub async fn dump(url: &str, into: &Path) -> anyhow::Result<()> {
    run(tokio::process::Command::new("pg_dump")
        .args(["--format=custom", "--no-owner", "--file"])
        .arg(into.join(BACKUP))
        .arg(url))
    .await
}

/// Restores the dump in the backup `from` into the database at `url`, which must hold no
/// table yet.
pub async fn restore_database(from: &Path, url: &str) -> anyhow::Result<()> {
    let pool = PgPoolOptions::new().max_connections(1).connect(url).await?;
    let (tables,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()",
    )
    .fetch_one(&pool)
    .await?;
    anyhow::ensure!(
        tables == 0,
        "the database holds {tables} tables: a backup is restored into a new database only"
    );
    let dump = from.join(BACKUP);
    anyhow::ensure!(
        tokio::fs::try_exists(&dump).await?,
        "{} has no {BACKUP}",
        from.display()
    );
    run(tokio::process::Command::new("pg_restore")
        .args([
            "--no-owner",
            "--exit-on-error",
            "--single-transaction",
            "--dbname",
        ])
        .arg(url)
        .arg(dump))
    .await?;
    // A dump holds the rows, not the planner's statistics: until autovacuum came by, the
    // back office's queue would be planned as if the agency had a few applications (on
    // 100 000, its first page read them all: 118 ms instead of 0.2, `queue_bench`).
    sqlx::query("ANALYZE").execute(&pool).await?;
    pool.close().await;
    Ok(())
}

async fn run(command: &mut tokio::process::Command) -> anyhow::Result<()> {
    let program = command
        .as_std()
        .get_program()
        .to_string_lossy()
        .into_owned();
    let done = command.output().await.with_context(|| {
        format!("{program} could not be started: is PostgreSQL's client installed?")
    })?;
    anyhow::ensure!(
        done.status.success(),
        "{program} failed: {}",
        String::from_utf8_lossy(&done.stderr).trim()
    );
    Ok(())
}

async fn in_turn(pool: &PgPool) -> sqlx::Result<sqlx::Transaction<'static, Db>> {
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(WRITERS)
        .execute(&mut *tx)
        .await?;
    Ok(tx)
}

impl Simulators {
    pub async fn create_tables(&self) -> sqlx::Result<()> {
        sqlx::raw_sql(include_str!("../../../migrations/simulators/postgres.sql"))
            .execute(&self.pool)
            .await
            .map(drop)
    }

    async fn write(&self) -> sqlx::Result<sqlx::Transaction<'static, Db>> {
        in_turn(&self.pool).await
    }
}
