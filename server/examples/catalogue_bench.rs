//! Benchmark (reports, never fails): the public catalogue's reads from 100 connections, a few
//! seconds each, against a service's page (`GET /api/services/{n}`, one row by its key) in the
//! same run: requests a second, the median and 99th percentile, and each as a ratio to the
//! service page's. Requests ask for brotli or gzip as browsers do, so the cost of compressing
//! the answer counts. The client shares the machine with the server, so compare runs made on the
//! same machine, one after the other; the ratios travel better than the figures.
//!
//! `cargo run --release -p server --example catalogue_bench`

use std::time::{Duration, Instant};

const FOR: Duration = Duration::from_secs(8);
const CONNECTIONS: usize = 100;

#[path = "support/mod.rs"]
mod support;

use support::Measured;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let portal = support::portal(|_| {}).await?;
    let base = portal.base.clone();

    println!(
        "== public catalogue reads, {CONNECTIONS} connections, {} s each, accept-encoding br/gzip ==",
        FOR.as_secs()
    );
    let page = measure(&base, &["/api/services/33.10"]).await?;
    report("GET /api/services/33.10", &page, None);
    let catalogue = measure(&base, &["/api/catalogue"]).await?;
    report("GET /api/catalogue", &catalogue, Some(&page));
    let agencies = measure(&base, &["/api/agencies"]).await?;
    report("GET /api/agencies", &agencies, Some(&page));
    // What people type, some matching many services, some few, one nothing.
    let queries = [
        "/api/services?q=arayis",
        "/api/services?q=olduqu%20yer",
        "/api/services?q=cerime",
        "/api/services?q=miqrasiya",
        "/api/services?q=%D1%88%D1%82%D1%80%D0%B0%D1%84",
        "/api/services?q=vergi%20u%C3%A7otu",
        "/api/services?q=zzzz",
    ];
    let search = measure(&base, &queries).await?;
    report("GET /api/services?q=…", &search, Some(&page));
    Ok(())
}

/// Every connection asks for the paths in turn for `FOR`.
async fn measure(base: &str, paths: &[&str]) -> anyhow::Result<Measured> {
    let started = Instant::now();
    let mut tasks = Vec::new();
    for connection in 0..CONNECTIONS {
        let urls: Vec<String> = paths.iter().map(|p| format!("{base}{p}")).collect();
        tasks.push(tokio::spawn(async move {
            // One client a connection, as a hundred browsers would be.
            let http = reqwest::Client::builder()
                .pool_max_idle_per_host(1)
                .build()?;
            let mut times = Vec::new();
            let mut next = connection;
            while started.elapsed() < FOR {
                let at = Instant::now();
                let response = http
                    .get(&urls[next % urls.len()])
                    .header("accept-encoding", "br, gzip")
                    .send()
                    .await?
                    .error_for_status()?;
                response.bytes().await?;
                times.push(at.elapsed());
                next += 1;
            }
            anyhow::Ok(times)
        }));
    }
    support::measured(tasks, started).await
}

fn report(what: &str, measured: &Measured, against: Option<&Measured>) {
    print!(
        "{what:<28} {:>7.0} requests/s   p50 {:>7.2} ms   p99 {:>7.2} ms",
        measured.per_second, measured.p50_ms, measured.p99_ms
    );
    match against {
        Some(page) => println!(
            "   vs a service page: {:.2}× the requests/s, {:.1}× the p99",
            measured.per_second / page.per_second,
            measured.p99_ms / page.p99_ms
        ),
        None => println!(),
    }
}
