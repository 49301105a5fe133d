//! Benchmark (reports, never fails): the back office's queue page with 1 000 and with 100 000
//! sent applications of the agency. The queue reads by (due date, id) from a cursor, so a page
//! should cost about the same however long the table is; the report gives the ratio of the
//! medians, measured in the same run (the machine is shared and noisy).
//!
//! `cargo run --release -p server --example queue_bench`

use std::time::{Duration, Instant};

const RUNS: usize = 30;
const OFFICER: &str = "officer@demo.qapi.az";

struct Timings {
    first_page: Duration,
    deep_page: Duration,
    searched: Duration,
}

#[path = "support/mod.rs"]
mod support;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let small = measure(1_000).await?;
    let large = measure(100_000).await?;
    println!(
        "== back-office queue on {}: median of {RUNS} requests ==",
        support::backend()
    );
    for (what, a, b) in [
        ("first page", small.first_page, large.first_page),
        ("a page 10 pages in", small.deep_page, large.deep_page),
        ("search by name", small.searched, large.searched),
    ] {
        println!(
            "{what:<22} 1 000: {:>7.2} ms   100 000: {:>7.2} ms   ratio {:.2} (target ≤ 2)",
            a.as_secs_f64() * 1e3,
            b.as_secs_f64() * 1e3,
            b.as_secs_f64() / a.as_secs_f64()
        );
    }
    Ok(())
}

async fn measure(applications: usize) -> anyhow::Result<Timings> {
    let portal = support::portal(|_| {}).await?;
    let (base, url) = (portal.base.clone(), portal.database_url.clone());
    fill(&url, applications).await?;

    let http = reqwest::Client::new();
    let login: serde_json::Value = http
        .post(format!("{base}/api/session"))
        .json(&serde_json::json!({ "email": OFFICER, "password": server::seed::DEMO_OFFICER_PASSWORD }))
        .send()
        .await?
        .json()
        .await?;
    let officers: serde_json::Value = http
        .get(format!("{base}/api/dev/officers"))
        .send()
        .await?
        .json()
        .await?;
    let code = officers
        .as_array()
        .and_then(|list| list.iter().find(|o| o["email"] == OFFICER))
        .map(|o| o["code"].clone())
        .ok_or_else(|| anyhow::anyhow!("no demo officer"))?;
    let opened = http
        .post(format!("{base}/api/session/second-factor"))
        .json(&serde_json::json!({ "challenge": login["challenge"], "code": code }))
        .send()
        .await?
        .error_for_status()?;
    let cookie = opened.headers()["set-cookie"]
        .to_str()?
        .split(';')
        .next()
        .unwrap_or_default()
        .to_owned();
    let get = |url: String| http.get(url).header("cookie", cookie.clone());

    let mut cursor = None;
    for _ in 0..10 {
        let page: serde_json::Value = get(format!("{base}/api/office/queue{}", after(&cursor)))
            .send()
            .await?
            .json()
            .await?;
        cursor = page["next"].as_str().map(str::to_owned);
    }
    Ok(Timings {
        first_page: median(&get, format!("{base}/api/office/queue")).await?,
        deep_page: median(&get, format!("{base}/api/office/queue{}", after(&cursor))).await?,
        searched: median(&get, format!("{base}/api/office/queue?q=Quliyev")).await?,
    })
}

fn after(cursor: &Option<String>) -> String {
    cursor
        .as_ref()
        .map_or_else(String::new, |c| format!("?after={c}"))
}

async fn median(
    get: &impl Fn(String) -> reqwest::RequestBuilder,
    url: String,
) -> anyhow::Result<Duration> {
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let started = Instant::now();
        let response = get(url.clone()).send().await?.error_for_status()?;
        response.bytes().await?;
        times.push(started.elapsed());
    }
    times.sort();
    Ok(times[RUNS / 2])
}

/// Sent applications of the migration service, spread over due dates, from 1 000 hosts.
async fn fill(url: &str, applications: usize) -> anyhow::Result<()> {
    let pool = support::database(url).await?;
    // The portal's jobs write from its start: this connection waits for them as the portal's
    // own do (five seconds at most), rather than failing at once with "database is locked".
    if !support::on_postgres() {
        sqlx::query("PRAGMA busy_timeout = 5000")
            .execute(&pool)
            .await?;
    }
    let mut tx = if support::on_postgres() {
        pool.begin().await?
    } else {
        pool.begin_with("BEGIN IMMEDIATE").await?
    };
    for host in 0..1_000 {
        sqlx::query("INSERT INTO accounts (email, surname, name, lang, confirmed_at) VALUES ($1, $2, $3, 'az', '2026-01-01T00:00:00Z')")
            .bind(format!("host{host}@bench.qapi.az"))
            .bind(if host % 97 == 0 { "Quliyev" } else { "Məmmədov" })
            .bind(format!("Host{host}"))
            .execute(&mut *tx)
            .await?;
    }
    let (first,): (i64,) =
        sqlx::query_as("SELECT MIN(id) FROM accounts WHERE email LIKE '%@bench.qapi.az'")
            .fetch_one(&mut *tx)
            .await?;
    for i in 0..applications {
        let day = 1 + (i * 7919) % 28;
        sqlx::query(
            "INSERT INTO applications (number, service, agency, account_id, status, form, submitted_at, due_on) \
             VALUES ($1, '33.11', 33, $2, 'submitted', '{}', '2026-11-01T10:00:00Z', $3)",
        )
        .bind(format!("2026-{:06}", 100_000 + i))
        .bind(first + (i % 1_000) as i64)
        .bind(format!("2026-12-{day:02}"))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    // A running PostgreSQL's autovacuum gathers the planner's statistics once a tenth of a
    // table has changed; measured the moment after the fill, the queue would be planned
    // without them (its first page at 100 000 took 110 ms instead of 2).
    if support::on_postgres() {
        sqlx::query("ANALYZE").execute(&pool).await?;
    }
    pool.close().await;
    Ok(())
}
