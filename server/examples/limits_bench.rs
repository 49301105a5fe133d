//! Benchmark (reports, never fails): fines found by their two numbers (`POST /api/fines/lookup`)
//! from 10 and 50 connections, each from an address of its own, for a few seconds each:
//! lookups a second and the median and 99th percentile. Each lookup is counted against its
//! address before the registry is asked and forgiven when the fine is found, so it makes two
//! writes to the limits' counters, each on its own key; on PostgreSQL they wait only for
//! writers of the same key (issue 18). The client shares the machine with the server, so
//! compare runs made on the same machine, one after the other.
//!
//! `cargo run --release -p server --example limits_bench`

use std::time::{Duration, Instant};

use serde_json::json;

const FOR: Duration = Duration::from_secs(8);
/// A demo fine the development portal's registry simulator holds.
const FINE: (&str, &str) = ("20261104000127", "482913");

#[path = "support/mod.rs"]
mod support;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let portal = support::portal(|settings| {
        settings.application.client_address_header = Some("x-forwarded-for".into());
    })
    .await?;
    println!(
        "== POST /api/fines/lookup on {}, an address per connection, {} s each ==",
        support::backend(),
        FOR.as_secs()
    );
    for connections in [10, 50] {
        let started = Instant::now();
        let tasks = (0..connections)
            .map(|i| {
                let url = format!("{}/api/fines/lookup", portal.base);
                let address = format!("10.{connections}.0.{}", i + 1);
                tokio::spawn(async move {
                    let http = reqwest::Client::new();
                    let mut times = Vec::new();
                    while started.elapsed() < FOR {
                        let at = Instant::now();
                        http.post(&url)
                            .header("x-forwarded-for", &address)
                            .json(&json!({
                                "payment_number": FINE.0,
                                "security_code": FINE.1,
                                "email": "bench@bench.qapi.az",
                            }))
                            .send()
                            .await?
                            .error_for_status()?;
                        times.push(at.elapsed());
                    }
                    anyhow::Ok(times)
                })
            })
            .collect();
        let measured = support::measured(tasks, started).await?;
        println!(
            "{connections:>3} connections: {:>7.0} lookups/s   p50 {:>6.2} ms   p99 {:>6.2} ms",
            measured.per_second, measured.p50_ms, measured.p99_ms
        );
    }
    Ok(())
}
