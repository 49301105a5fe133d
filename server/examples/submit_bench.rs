//! Benchmark (reports, never fails): applications sent (`POST /api/applications/{number}/submit`
//! of 33.1's demo form, complete with a scan) from 10 connections, as submissions acknowledged a
//! second, against the bare durable commit of the same database from as many connections: one
//! row a transaction, on SQLite `synchronous=FULL` in WAL mode as the portal's own. A submission
//! is one transaction (the application, its event, its receipt in the outbox), so on one disk
//! it can at best match the bare commits; issue 18's target is 1.0× on SQLite. Run after one
//! another on the same machine, each figure is only compared with the other of its run.
//!
//! `cargo run --release -p server --example submit_bench` (`QAPI_TEST_DATABASE=postgres` under
//! `pg_virtualenv` for PostgreSQL)

use std::str::FromStr;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

#[path = "support/mod.rs"]
mod support;

const CONNECTIONS: usize = 10;
const PER_CONNECTION: usize = 60;
const BARE_FOR: Duration = Duration::from_secs(5);
const SCAN: &[u8] = include_bytes!("../tests/fixtures/scan.pdf");

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let portal = support::portal(|_| {}).await?;
    let base = portal.base.clone();
    let sessions = support::sessions(&portal.database_url, CONNECTIONS).await?;
    let http = reqwest::Client::new();
    let mut ready = Vec::new();
    for (cookie, csrf) in &sessions {
        let mut drafts = Vec::new();
        for _ in 0..PER_CONNECTION {
            drafts.push(complete_draft(&http, &base, cookie, csrf).await?);
        }
        ready.push((cookie.clone(), csrf.clone(), drafts));
    }
    println!(
        "== submissions on {} against bare durable commits, {CONNECTIONS} connections ==",
        support::backend()
    );

    let started = Instant::now();
    let mut tasks = Vec::new();
    for (cookie, csrf, drafts) in ready {
        let base = base.clone();
        tasks.push(tokio::spawn(async move {
            let http = reqwest::Client::new();
            let mut times = Vec::new();
            for (number, version) in drafts {
                let at = Instant::now();
                http.post(format!("{base}/api/applications/{number}/submit"))
                    .header("cookie", &cookie)
                    .header("x-csrf-token", &csrf)
                    .json(&json!({ "version": version }))
                    .send()
                    .await?
                    .error_for_status()?;
                times.push(at.elapsed());
            }
            anyhow::Ok(times)
        }));
    }
    let submitted = support::measured(tasks, started).await?;
    let bare = bare_commits(&portal.database_url).await?;
    println!(
        "submissions: {:>7.0}/s   p50 {:>6.2} ms   p99 {:>6.2} ms",
        submitted.per_second, submitted.p50_ms, submitted.p99_ms
    );
    println!("bare commits: {bare:>6.0}/s");
    println!(
        "ratio (target ≥ 1.0× on SQLite): {:.2}×",
        submitted.per_second / bare
    );
    Ok(())
}

/// A new application of 33.1 with every answer and a scan: its number and version.
async fn complete_draft(
    http: &reqwest::Client,
    base: &str,
    cookie: &str,
    csrf: &str,
) -> anyhow::Result<(String, i64)> {
    let send = |request: reqwest::RequestBuilder| {
        request
            .header("cookie", cookie)
            .header("x-csrf-token", csrf)
            .send()
    };
    let draft: Value = send(
        http.post(format!("{base}/api/applications"))
            .json(&json!({ "service": "33.1" })),
    )
    .await?
    .error_for_status()?
    .json()
    .await?;
    let number = draft["number"].as_str().unwrap_or_default().to_owned();
    let page: Value = send(
        http.post(format!("{base}/api/files?name=pasport.pdf"))
            .body(SCAN),
    )
    .await?
    .error_for_status()?
    .json()
    .await?;
    let answers = json!({
        "passport_number": "C03456789",
        "phone": "050 211 22 33",
        "entry_date": { "day": "10", "month": "11", "year": "2026" },
        "extra_days": "30",
        "reason": "other",
        "reason_other": "Konfransda məruzə",
        "passport_scan": [page],
    });
    let saved: Value = send(
        http.put(format!("{base}/api/applications/{number}"))
            .json(&json!({ "version": draft["version"], "form": answers })),
    )
    .await?
    .error_for_status()?
    .json()
    .await?;
    Ok((number, saved["version"].as_i64().unwrap_or(2)))
}

/// Commits a second of one row each from `CONNECTIONS` connections, on a database beside the
/// portal's: a SQLite file with the portal's settings, or the PostgreSQL server's.
async fn bare_commits(portal_url: &str) -> anyhow::Result<f64> {
    let pool: sqlx::AnyPool = if support::on_postgres() {
        sqlx::pool::PoolOptions::new()
            .max_connections(CONNECTIONS as u32)
            .connect(portal_url)
            .await?
    } else {
        let file = sqlx::sqlite::SqliteConnectOptions::from_str(portal_url)?
            .get_filename()
            .with_file_name("bare.db");
        let url = format!("sqlite://{}?mode=rwc", file.display());
        sqlx::pool::PoolOptions::<sqlx::Any>::new()
            .max_connections(CONNECTIONS as u32)
            .after_connect(|connection, _| {
                Box::pin(async move {
                    for pragma in [
                        "PRAGMA journal_mode = WAL",
                        "PRAGMA synchronous = FULL",
                        "PRAGMA busy_timeout = 5000",
                    ] {
                        sqlx::query(pragma).execute(&mut *connection).await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await?
    };
    sqlx::query("CREATE TABLE bare_commits (id BIGINT PRIMARY KEY, at TEXT NOT NULL)")
        .execute(&pool)
        .await?;
    let started = Instant::now();
    let mut tasks = Vec::new();
    for connection in 0..CONNECTIONS {
        let pool = pool.clone();
        tasks.push(tokio::spawn(async move {
            let mut done = 0_i64;
            while started.elapsed() < BARE_FOR {
                let id = i64::try_from(connection)? * 1_000_000_000 + done;
                let mut tx = pool.begin().await?;
                sqlx::query("INSERT INTO bare_commits (id, at) VALUES ($1, $2)")
                    .bind(id)
                    .bind("2026-12-04T00:00:00Z")
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                done += 1;
            }
            anyhow::Ok(done)
        }));
    }
    let mut commits = 0;
    for task in tasks {
        commits += task.await??;
    }
    Ok(commits as f64 / started.elapsed().as_secs_f64())
}
