//! The outbox under a backlog: the running worker sends what waits without pausing between
//! passes, over a few reused SMTP connections, each message once with the Message-ID it was
//! queued with.

use std::time::{Duration, Instant};

use server::config::MailTransport;

use crate::helpers::{ClientBuild, TestApp, spawn_app_configured};
use crate::smtp_sink::SmtpSink;

const BACKLOG: usize = 300;

/// Queues `count` confirmation e-mails straight into the outbox, as a busy hour of
/// registrations would (the requests themselves are limited, which is not what this tests).
async fn queue_emails(app: &TestApp, from: usize, count: usize) -> Vec<String> {
    let database = app.database().await;
    let mut tx = database.begin().await.unwrap();
    let mut message_ids = Vec::with_capacity(count);
    for i in from..from + count {
        let message_id = format!("backlog{i:04}");
        sqlx::query(
            "INSERT INTO outbox (message_id, channel, recipient, template, lang, vars, queued_at) \
             VALUES ($1, 'email', $2, 'confirm_account', 'az', $3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
        )
        .bind(&message_id)
        .bind(format!("person{i}@mail.az"))
        .bind(r#"{"name":"Aynur","link":"http://qapi.test/account/confirm?token=x"}"#)
        .execute(&mut *tx)
        .await
        .unwrap();
        message_ids.push(format!("<{message_id}@qapi.test>"));
    }
    tx.commit().await.unwrap();
    message_ids
}

async fn unsent(database: &sqlx::AnyPool) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")
        .fetch_one(database)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_backlog_goes_out_within_seconds_each_message_once_over_reused_connections() {
    let sink = SmtpSink::start().await;
    let app = spawn_app_configured(ClientBuild::Development, |settings| {
        settings.mail.transport = MailTransport::Smtp;
        settings.mail.smtp_url = sink.url().into();
    })
    .await;
    let mut queued = queue_emails(&app, 0, BACKLOG).await;
    let database = app.database().await;

    // The server's own worker sends them; the test only watches.
    let started = Instant::now();
    while (sink.received() < BACKLOG || unsent(&database).await > 0)
        && started.elapsed() < Duration::from_secs(10)
    {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(unsent(&database).await, 0, "all {BACKLOG} sent within 10 s");
    // A pass that would send anything twice has had time to.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut delivered = sink.message_ids();
    delivered.sort();
    queued.sort();
    assert_eq!(delivered, queued, "each once, with its queued Message-ID");
    // The worker sends 8 at once over as many pooled connections; one being parked just as the
    // next message asks may be opened anew.
    assert!(
        sink.connections() <= 16,
        "the connections are reused, not one a message: {}",
        sink.connections()
    );
}

#[tokio::test]
async fn while_the_mail_server_is_down_nothing_is_lost_and_nothing_sent_twice() {
    let sink = SmtpSink::start().await;
    let app = spawn_app_configured(ClientBuild::Development, |settings| {
        settings.mail.transport = MailTransport::Smtp;
        settings.mail.smtp_url = sink.url().into();
    })
    .await;
    let database = app.database().await;
    let mut queued = queue_emails(&app, 0, 40).await;
    app.outbox.deliver_due().await.unwrap();
    assert_eq!(sink.received(), 40);

    sink.set_down(true);
    queued.extend(queue_emails(&app, 40, 60).await);
    app.outbox.deliver_due().await.unwrap();
    assert_eq!(sink.received(), 40, "nothing taken while down");
    assert_eq!(unsent(&database).await, 60, "each kept to try again");
    queued.extend(queue_emails(&app, 100, 20).await);

    sink.set_down(false);
    // The retries are due 30 s on; the test moves them to now rather than wait.
    sqlx::query(
        "UPDATE outbox SET next_attempt_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') \
         WHERE sent_at IS NULL",
    )
    .execute(&database)
    .await
    .unwrap();
    app.outbox.deliver_due().await.unwrap();
    assert_eq!(unsent(&database).await, 0);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut delivered = sink.message_ids();
    delivered.sort();
    queued.sort();
    assert_eq!(
        delivered, queued,
        "each once, with the Message-ID it was queued with"
    );
}
