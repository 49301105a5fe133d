//! A portal for a benchmark: in this process, on a database and site folder of its own; and
//! the figures of requests timed from many connections.

// Each benchmark compiles this module on its own and uses only what it needs of it.
#![allow(dead_code)]

use std::time::{Duration, Instant};

use app::area::Area;
use server::config::Settings;
use server::startup::Application;
use tempfile::TempDir;

#[path = "../../tests/api/scratch_database.rs"]
mod scratch_database;
pub use scratch_database::on_postgres;

/// A running portal: its base address and database URL, and its folder, gone when dropped.
pub struct BenchPortal {
    pub base: String,
    pub database_url: String,
    _dir: TempDir,
}

/// Starts a development portal; `configure` changes its settings last.
pub async fn portal(configure: impl FnOnce(&mut Settings)) -> anyhow::Result<BenchPortal> {
    let dir = tempfile::tempdir()?;
    let site = dir.path().join("site");
    std::fs::create_dir_all(&site)?;
    // The server wants a built client's pages; the benchmarks' requests read none of them.
    let pages = std::iter::once("index").chain(Area::ALL.into_iter().map(Area::name));
    for page in pages {
        std::fs::write(
            site.join(format!("{page}.html")),
            "<!doctype html><title>Qapı</title></head>",
        )?;
    }
    std::fs::write(site.join("parts.txt"), "")?;
    // SAFETY: set before the settings are read, on this one thread.
    unsafe { std::env::set_var("QAPI_ENVIRONMENT", "development") };
    let mut settings = Settings::load()?;
    settings.application.host = "127.0.0.1".into();
    settings.application.port = 0;
    let database_url = scratch_database::fresh_database(dir.path()).await;
    settings.database.url = database_url.clone().into();
    settings.data_dir = dir.path().join("data");
    settings.site_dir = site;
    configure(&mut settings);
    let app = Application::build(settings).await?;
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    Ok(BenchPortal {
        base,
        database_url,
        _dir: dir,
    })
}

/// Requests a second since `started`, and the median and 99th percentile of their times.
pub struct Measured {
    pub per_second: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
}

/// Waits for the connections' tasks, each giving the times of the requests it made.
pub async fn measured(
    connections: Vec<tokio::task::JoinHandle<anyhow::Result<Vec<Duration>>>>,
    started: Instant,
) -> anyhow::Result<Measured> {
    let mut times = Vec::new();
    for connection in connections {
        times.extend(connection.await??);
    }
    times.sort();
    let at = |q: f64| times[((times.len() as f64 - 1.0) * q) as usize].as_secs_f64() * 1e3;
    Ok(Measured {
        per_second: times.len() as f64 / started.elapsed().as_secs_f64(),
        p50_ms: at(0.5),
        p99_ms: at(0.99),
    })
}

/// The portal's database, for a benchmark to fill, in SQL both backends take.
pub async fn database(url: &str) -> anyhow::Result<sqlx::AnyPool> {
    sqlx::any::install_default_drivers();
    Ok(sqlx::pool::PoolOptions::new()
        .max_connections(1)
        .connect(url)
        .await?)
}

/// Which database the benchmark runs on, for its heading.
pub fn backend() -> &'static str {
    if on_postgres() {
        "PostgreSQL"
    } else {
        "SQLite"
    }
}

/// Accounts with a live session each: their cookies and CSRF tokens.
pub async fn sessions(url: &str, count: usize) -> anyhow::Result<Vec<(String, String)>> {
    let pool = database(url).await?;
    let mut cookies = Vec::new();
    for i in 0..count {
        let (token, token_hash) = server::identity::links::new_token();
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO accounts (email, surname, name, lang, confirmed_at) \
             VALUES ($1, 'Bench', 'Bench', 'az', '2026-01-01T00:00:00Z') RETURNING id",
        )
        .bind(format!("bench{i}@bench.qapi.az"))
        .fetch_one(&pool)
        .await?;
        sqlx::query(
            "INSERT INTO sessions (token_hash, account_id, csrf_token, expires_at) \
             VALUES ($1, $2, 'csrf', strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+30 minutes'))",
        )
        .bind(token_hash)
        .bind(id)
        .execute(&pool)
        .await?;
        cookies.push((format!("qapi_session={token}"), "csrf".to_owned()));
    }
    pool.close().await;
    Ok(cookies)
}
