//! Benchmark (reports, never fails): the server's memory idle and while 150 logins arrive at
//! once, each from an address and for an e-mail of its own, so that no limit stops them
//! before their password is hashed (issue 19: unbounded, 150 such logins took the server
//! from 0.7 to 3.1 GB). The server runs in this process, so the figures are this process's
//! resident memory, the client's small share included.
//!
//! `cargo run --release -p server --example login_bench`

use std::time::{Duration, Instant};

#[path = "support/mod.rs"]
mod support;

const LOGINS: usize = 150;

/// This process's resident memory, in MiB.
fn resident_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib: f64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|kib| kib.parse().ok())
        .unwrap_or(0.0);
    kib / 1024.0
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let portal = support::portal(|settings| {
        settings.application.client_address_header = Some("x-forwarded-for".into());
    })
    .await?;
    let http = reqwest::Client::new();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let idle = resident_mib();
    let started = Instant::now();
    let logins: Vec<_> = (0..LOGINS)
        .map(|i| {
            let request = http
                .post(format!("{}/api/session", portal.base))
                .header(
                    "x-forwarded-for",
                    format!("10.0.{}.{}", i / 250, i % 250 + 1),
                )
                .json(&serde_json::json!({
                    "email": format!("nobody{i}@bench.qapi.az"),
                    "password": "not the password 2026",
                }));
            tokio::spawn(async move { request.send().await.map(|r| r.status().as_u16()) })
        })
        .collect();
    let (done, mut answered) = tokio::sync::oneshot::channel::<()>();
    let sampling = tokio::spawn(async move {
        let mut peak = idle;
        while answered.try_recv().is_err() {
            peak = peak.max(resident_mib());
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        peak
    });
    let mut statuses = std::collections::BTreeMap::<u16, usize>::new();
    for login in logins {
        *statuses.entry(login.await??).or_default() += 1;
    }
    let took = started.elapsed();
    let _ = done.send(());
    let peak = sampling.await?;
    println!("== {LOGINS} logins at once, each from its own address ==");
    println!(
        "resident memory: idle {idle:.0} MiB, during the burst at most {peak:.0} MiB; answered in {:.1} s: {statuses:?} (401 checked, 503 sent back busy)",
        took.as_secs_f64()
    );
    Ok(())
}
