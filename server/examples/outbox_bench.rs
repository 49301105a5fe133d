//! Benchmark (reports, never fails): how fast the outbox worker sends a backlog over SMTP.
//! Queues the messages straight into the outbox as one busy hour would, then times the
//! server's own worker from the first message the SMTP server takes to the last, with every
//! message marked sent: messages a second. The SMTP server is a local one that says yes to
//! everything, so the figure is the portal's side (database, rendering, SMTP round trips on
//! pooled connections); a real relay's latency adds to each round trip.
//!
//! `cargo run --release -p server --example outbox_bench`

// The test's SMTP sink, of which the bench uses what a relay that stays up needs.
#[path = "../tests/api/smtp_sink.rs"]
#[allow(dead_code)]
mod smtp_sink;

use std::time::{Duration, Instant};

use server::config::MailTransport;
use smtp_sink::SmtpSink;
use sqlx::sqlite::SqlitePoolOptions;

const BACKLOG: usize = 10_000;

#[path = "support/mod.rs"]
mod support;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let sink = SmtpSink::start().await;
    let portal = support::portal(|settings| {
        settings.mail.transport = MailTransport::Smtp;
        settings.mail.smtp_url = sink.url().into();
    })
    .await?;
    let url = portal.database_url.clone();

    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect(&url)
        .await?;
    queue(&pool).await?;
    let mut first = None;
    let waited = Instant::now();
    loop {
        let received = sink.received();
        if received > 0 && first.is_none() {
            first = Some(Instant::now());
        }
        if received >= BACKLOG {
            let (unsent,): (i64,) =
                sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")
                    .fetch_one(&pool)
                    .await?;
            if unsent == 0 {
                break;
            }
        }
        anyhow::ensure!(
            waited.elapsed() < Duration::from_secs(600),
            "the backlog did not go out in 10 minutes"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let sending = first.map_or(Duration::ZERO, |at| at.elapsed());
    let distinct: std::collections::HashSet<String> = sink.message_ids().into_iter().collect();
    println!("== outbox: {BACKLOG} queued e-mails sent over SMTP by the worker ==");
    println!(
        "{:>7.0} messages/s   ({BACKLOG} in {:.2} s from the first sent to the last marked sent, over {} connections; {} taken, {} distinct)",
        BACKLOG as f64 / sending.as_secs_f64(),
        sending.as_secs_f64(),
        sink.connections(),
        sink.received(),
        distinct.len()
    );
    Ok(())
}

/// Confirmation e-mails to as many people, in one transaction.
async fn queue(pool: &sqlx::SqlitePool) -> anyhow::Result<()> {
    let mut tx = pool.begin().await?;
    for i in 0..BACKLOG {
        sqlx::query(
            "INSERT INTO outbox (message_id, channel, recipient, template, lang, vars, queued_at) \
             VALUES (lower(hex(randomblob(16))), 'email', $1, 'confirm_account', 'az', $2, \
                     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
        )
        .bind(format!("person{i}@bench.qapi.az"))
        .bind(r#"{"name":"Aynur","link":"http://qapi.localhost/account/confirm?token=bench"}"#)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
