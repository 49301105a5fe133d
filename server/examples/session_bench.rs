//! Benchmark (reports, never fails): authenticated reads (`GET /api/session`) from 10 and 50
//! connections, each with a session of its own, for a few seconds each: requests a second
//! and the median and 99th percentile. Every authenticated request reads its session; this
//! shows what that costs once it no longer writes (issue 18). The client shares the machine
//! with the server, so compare runs made on the same machine, one after the other.
//!
//! `cargo run --release -p server --example session_bench`

use std::time::{Duration, Instant};

use app::area::Area;
use server::config::Settings;
use server::startup::Application;
use sqlx::sqlite::SqlitePoolOptions;

const FOR: Duration = Duration::from_secs(8);

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let site = dir.path().join("site");
    std::fs::create_dir_all(&site)?;
    // The server wants a built client's pages; these requests read none of them.
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
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("qapi.db").display());
    settings.database.url = url.clone().into();
    settings.data_dir = dir.path().join("data");
    settings.site_dir = site;
    let app = Application::build(settings).await?;
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let cookies = sessions(&url, 50).await?;
    println!(
        "== GET /api/session, a session per connection, {} s each ==",
        FOR.as_secs()
    );
    for connections in [10, 50] {
        let started = Instant::now();
        let mut tasks = Vec::new();
        for cookie in &cookies[..connections] {
            let (base, cookie) = (base.clone(), cookie.clone());
            tasks.push(tokio::spawn(async move {
                let http = reqwest::Client::new();
                let mut times = Vec::new();
                while started.elapsed() < FOR {
                    let at = Instant::now();
                    let response = http
                        .get(format!("{base}/api/session"))
                        .header("cookie", &cookie)
                        .send()
                        .await?
                        .error_for_status()?;
                    response.bytes().await?;
                    times.push(at.elapsed());
                }
                anyhow::Ok(times)
            }));
        }
        let mut times = Vec::new();
        for task in tasks {
            times.extend(task.await??);
        }
        times.sort();
        let at = |q: f64| times[((times.len() as f64 - 1.0) * q) as usize].as_secs_f64() * 1e3;
        println!(
            "{connections:>3} connections: {:>7.0} requests/s   p50 {:>6.2} ms   p99 {:>6.2} ms",
            times.len() as f64 / started.elapsed().as_secs_f64(),
            at(0.5),
            at(0.99)
        );
    }
    Ok(())
}

/// Accounts with a live session each; the cookies.
async fn sessions(url: &str, count: usize) -> anyhow::Result<Vec<String>> {
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect(url)
        .await?;
    let mut cookies = Vec::new();
    for i in 0..count {
        let (token, token_hash) = server::identity::links::new_token();
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO accounts (email, surname, name, lang, confirmed_at) \
             VALUES (?, 'Bench', 'Bench', 'az', '2026-01-01T00:00:00Z') RETURNING id",
        )
        .bind(format!("bench{i}@bench.qapi.az"))
        .fetch_one(&pool)
        .await?;
        sqlx::query(
            "INSERT INTO sessions (token_hash, account_id, csrf_token, expires_at) \
             VALUES (?, ?, 'csrf', strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+30 minutes'))",
        )
        .bind(token_hash)
        .bind(id)
        .execute(&pool)
        .await?;
        cookies.push(format!("qapi_session={token}"));
    }
    pool.close().await;
    Ok(cookies)
}
