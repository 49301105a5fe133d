//! Two servers on one database, as behind a load balancer: the test's own portal and a process
//! of the portal's binary, sharing the database and the files. A citizen's requests alternate
//! between them; both outbox workers run and each e-mail reaches the SMTP server once; a burst
//! of wrong passwords spread over both is held to the account's limit. `make test` runs it on
//! SQLite (two processes on one file) and on PostgreSQL.

use std::time::{Duration, Instant};

use futures_util::future::join_all;
use secrecy::ExposeSecret;
use serde_json::{Value, json};
use server::config::MailTransport;

use crate::defined_forms::{answers, new_draft};
use crate::helpers::{
    ClientBuild, LoggedIn, PortalProcess, TestApp, free_port, spawn_app_configured,
};
use crate::place_of_stay::{PDF, save, submit, upload};
use crate::smtp_sink::SmtpSink;

const EMAIL: &str = "ulviyye@mail.az";
const PASSWORD: &str = "iki server 2026";

/// The test's portal and a second server beside it, both sending mail to `sink`.
async fn two_servers(sink: &SmtpSink) -> (TestApp, PortalProcess) {
    let url = sink.url();
    let first = spawn_app_configured(ClientBuild::Development, move |settings| {
        settings.mail.transport = MailTransport::Smtp;
        settings.mail.smtp_url = url.into();
    })
    .await;
    let second = PortalProcess::start_with(
        &first,
        free_port(),
        &[
            ("QAPI_MAIL__TRANSPORT", "smtp".into()),
            (
                "QAPI_MAIL__SMTP_URL",
                first.settings.mail.smtp_url.expose_secret().to_owned(),
            ),
        ],
    )
    .await;
    (first, second)
}

/// The token of the link to `path` in the newest e-mail to `to`, waiting for it to arrive.
async fn link_token(sink: &SmtpSink, to: &str, path: &str) -> String {
    let started = Instant::now();
    loop {
        let link = format!("http://qapi.test{path}?token=");
        let found = sink.messages().into_iter().rev().find_map(|m| {
            let at = m.text.find(&link)?;
            (m.to.contains(to)).then(|| {
                m.text[at + link.len()..]
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_owned()
            })
        });
        if let Some(token) = found {
            return token;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "no e-mail to {to} with {path} within 15 s"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Registers `EMAIL` through the captcha and both links, each step on the server at the
/// address given: the captcha's, the registration's, the confirmation's and the password's.
async fn registered(app: &mut TestApp, sink: &SmtpSink, at: [&str; 4]) {
    app.address = at[0].to_owned();
    let (captcha_id, answer) = app.solved_captcha().await;
    app.address = at[1].to_owned();
    let registered = app
        .post_json(
            "/api/accounts",
            &json!({
                "email": EMAIL, "surname": "Həsənova", "name": "Ülviyyə",
                "captcha_id": captcha_id, "captcha_answer": answer.to_lowercase(),
            }),
        )
        .await;
    assert_eq!(registered.status(), 202);
    app.address = at[2].to_owned();
    let token = link_token(sink, EMAIL, "/account/confirm").await;
    let confirmed = app
        .post_json("/api/accounts/confirm", &json!({ "token": token }))
        .await;
    assert_eq!(confirmed.status(), 200);
    app.address = at[3].to_owned();
    let token = link_token(sink, EMAIL, "/account/password").await;
    let set = app
        .post_json(
            "/api/accounts/password",
            &json!({ "token": token, "password": PASSWORD }),
        )
        .await;
    assert_eq!(set.status(), 200);
}

#[tokio::test]
async fn a_citizen_goes_back_and_forth_between_two_servers_and_each_email_goes_out_once() {
    let sink = SmtpSink::start().await;
    let (mut app, second) = two_servers(&sink).await;
    let (first, other) = (app.address.clone(), second.address.clone());

    // A captcha the second gave, registered on the first, confirmed on the second, the
    // password set on the first.
    registered(&mut app, &sink, [&other, &first, &other, &first]).await;

    // Logged in on the second; the session holds on the first.
    app.address = other.clone();
    let session: LoggedIn = app.log_in(EMAIL, PASSWORD).await;
    app.address = first.clone();
    let draft = new_draft(&app, &session).await;
    let number = draft["number"].as_str().unwrap().to_owned();
    // The scan uploaded to the second, the draft saved on the first with it, sent on the second.
    app.address = other.clone();
    let page: Value = upload(&app, &session, PDF, "pasport.pdf")
        .await
        .json()
        .await
        .unwrap();
    app.address = first.clone();
    let saved: Value = save(
        &app,
        &session,
        &number,
        draft["version"].as_i64().unwrap(),
        &answers(&page),
    )
    .await
    .json()
    .await
    .unwrap();
    app.address = other.clone();
    let sent = submit(&app, &session, &number, saved["version"].as_i64().unwrap()).await;
    assert_eq!(sent.status(), 200);
    // The first serves the scan the second kept.
    app.address = first.clone();
    let scan = app.file_bytes(&session, page["id"].as_str().unwrap()).await;
    assert_eq!(scan, PDF);

    // Both workers deliver; every message queued reaches the SMTP server, each once.
    let database = app.database().await;
    let queued = || async {
        let (all, unsent): (i64, i64) = sqlx::query_as(
            "SELECT COUNT(*), COUNT(*) FILTER (WHERE sent_at IS NULL) FROM outbox \
             WHERE channel = 'email'",
        )
        .fetch_one(&database)
        .await
        .unwrap();
        (all, unsent)
    };
    let started = Instant::now();
    while queued().await.1 > 0 && started.elapsed() < Duration::from_secs(15) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // A worker that would send anything twice has had time to.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let (all, unsent) = queued().await;
    assert_eq!(unsent, 0, "every e-mail sent within 15 s");
    let mut delivered = sink.message_ids();
    let received = delivered.len();
    delivered.sort();
    delivered.dedup();
    assert_eq!(delivered.len(), received, "none twice: {delivered:?}");
    assert_eq!(
        i64::try_from(received).unwrap(),
        all,
        "each one queued, once"
    );
    assert!(
        all >= 3,
        "the two links and the application's receipt: {all}"
    );
}

#[tokio::test]
async fn a_burst_of_wrong_passwords_over_two_servers_checks_no_more_than_the_limit() {
    let sink = SmtpSink::start().await;
    let (mut app, second) = two_servers(&sink).await;
    let (first, other) = (app.address.clone(), second.address.clone());
    registered(&mut app, &sink, [&first; 4]).await;

    let guess = json!({ "email": EMAIL, "password": "guess 123456" });
    let http = reqwest::Client::new();
    let sent = (0..40).map(|i| {
        let server = if i % 2 == 0 { &first } else { &other };
        http.post(format!("{server}/api/session"))
            .json(&guess)
            .send()
    });
    let statuses: Vec<u16> = join_all(sent)
        .await
        .into_iter()
        .map(|r| r.unwrap().status().as_u16())
        .collect();
    let count = |status| statuses.iter().filter(|s| **s == status).count();
    assert_eq!(count(401), 5, "{statuses:?}");
    assert_eq!(count(429), 35, "{statuses:?}");
    app.address = other;
    let right = app
        .post_json(
            "/api/session",
            &json!({ "email": EMAIL, "password": PASSWORD }),
        )
        .await;
    assert_eq!(
        right.status(),
        429,
        "the right password waits on either server"
    );
}
