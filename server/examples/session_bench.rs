//! Benchmark (reports, never fails): authenticated reads (`GET /api/session`) from 10 and 50
//! connections, each with a session of its own, for a few seconds each: requests a second
//! and the median and 99th percentile. Every authenticated request reads its session; this
//! shows what that costs once it no longer writes (issue 18). The client shares the machine
//! with the server, so compare runs made on the same machine, one after the other.
//!
//! `cargo run --release -p server --example session_bench`

use std::time::{Duration, Instant};

const FOR: Duration = Duration::from_secs(8);

#[path = "support/mod.rs"]
mod support;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let portal = support::portal(|_| {}).await?;
    let (base, url) = (portal.base.clone(), portal.database_url.clone());
    let cookies: Vec<String> = support::sessions(&url, 50)
        .await?
        .into_iter()
        .map(|(cookie, _)| cookie)
        .collect();
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
        let measured = support::measured(tasks, started).await?;
        println!(
            "{connections:>3} connections: {:>7.0} requests/s   p50 {:>6.2} ms   p99 {:>6.2} ms",
            measured.per_second, measured.p50_ms, measured.p99_ms
        );
    }
    Ok(())
}
