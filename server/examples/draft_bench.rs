//! Benchmark (reports, never fails): draft saves (`PUT /api/applications/{number}`, a form of
//! ten answers) from 10 and 50 connections, each on a draft of its own, for a few seconds each:
//! saves a second and the median and 99th percentile. Every save is a write; the target
//! (issue 18) is a p99 of 150 ms at 10 and 50 connections. The client shares the machine with
//! the server, so compare runs made on the same machine, one after the other.
//!
//! `cargo run --release -p server --example draft_bench`

use std::time::{Duration, Instant};

use serde_json::{Value, json};

const FOR: Duration = Duration::from_secs(8);
/// A service whose form the demo data publishes, which any account may apply for.
const SERVICE: &str = "9.5";

#[path = "support/mod.rs"]
mod support;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let portal = support::portal(|_| {}).await?;
    let base = portal.base.clone();
    let sessions = support::sessions(&portal.database_url, 50).await?;
    let http = reqwest::Client::new();
    let mut drafts = Vec::new();
    for (cookie, csrf) in &sessions {
        let created: Value = http
            .post(format!("{base}/api/applications"))
            .header("cookie", cookie)
            .header("x-csrf-token", csrf)
            .json(&json!({ "service": SERVICE }))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let number = created["number"].as_str().unwrap_or_default().to_owned();
        drafts.push((cookie.clone(), csrf.clone(), number));
    }
    let form: serde_json::Map<String, Value> = (0..10)
        .map(|i| (format!("answer_{i}"), json!("Bakı şəhəri, Nəsimi rayonu")))
        .collect();
    println!(
        "== PUT /api/applications/{{number}} on {}, a draft per connection, {} s each ==",
        support::backend(),
        FOR.as_secs()
    );
    for connections in [10, 50] {
        let started = Instant::now();
        let mut tasks = Vec::new();
        for (cookie, csrf, number) in &drafts[..connections] {
            let (base, form) = (base.clone(), form.clone());
            let (cookie, csrf, number) = (cookie.clone(), csrf.clone(), number.clone());
            tasks.push(tokio::spawn(async move {
                let http = reqwest::Client::new();
                let url = format!("{base}/api/applications/{number}");
                let mut version = current_version(&http, &url, &cookie).await?;
                let mut times = Vec::new();
                while started.elapsed() < FOR {
                    let at = Instant::now();
                    let saved: Value = http
                        .put(&url)
                        .header("cookie", &cookie)
                        .header("x-csrf-token", &csrf)
                        .json(&json!({ "version": version, "form": form }))
                        .send()
                        .await?
                        .error_for_status()?
                        .json()
                        .await?;
                    times.push(at.elapsed());
                    version = saved["version"].as_i64().unwrap_or(version + 1);
                }
                anyhow::Ok(times)
            }));
        }
        let measured = support::measured(tasks, started).await?;
        println!(
            "{connections:>3} connections: {:>7.0} saves/s   p50 {:>6.2} ms   p99 {:>6.2} ms",
            measured.per_second, measured.p50_ms, measured.p99_ms
        );
    }
    Ok(())
}

async fn current_version(http: &reqwest::Client, url: &str, cookie: &str) -> anyhow::Result<i64> {
    let view: Value = http
        .get(url)
        .header("cookie", cookie)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    Ok(view["version"].as_i64().unwrap_or(1))
}
