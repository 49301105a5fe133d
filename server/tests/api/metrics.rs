use std::time::Duration;

use crate::accounts::registered_account;
use crate::helpers::{
    ClientBuild, METRICS_TOKEN, TestApp, problems, spawn_app, spawn_app_configured,
};

async fn scrape(app: &TestApp) -> String {
    let response = app
        .http
        .get(app.url("/metrics"))
        .bearer_auth(METRICS_TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/plain; version=0.0.4; charset=utf-8"
    );
    response.text().await.unwrap()
}

/// The value of the sample named with its labels exactly as the text has them.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

#[tokio::test]
async fn requests_are_counted_by_route_template_and_status() {
    let app = spawn_app().await;
    for number in ["33.10", "33.11"] {
        assert_eq!(
            app.get(&format!("/api/services/{number}")).await.status(),
            200
        );
    }
    assert_eq!(app.get("/api/services/99.99").await.status(), 404);
    assert_eq!(app.get("/api/no-such-area/12345").await.status(), 404);
    assert_eq!(app.get("/services/33.11").await.status(), 200);

    let text = scrape(&app).await;
    let requests = |labels: &str| sample(&text, &format!("qapi_http_requests_total{{{labels}}}"));
    assert_eq!(
        requests(r#"method="GET",route="/api/services/{number}",status="200""#),
        Some(2.0),
        "{text}"
    );
    assert_eq!(
        requests(r#"method="GET",route="/api/services/{number}",status="404""#),
        Some(1.0)
    );
    assert_eq!(
        requests(r#"method="GET",route="unmatched",status="404""#),
        Some(1.0)
    );
    assert_eq!(
        requests(r#"method="GET",route="site",status="200""#),
        Some(1.0)
    );
    assert!(
        !text.contains("33.10") && !text.contains("no-such-area"),
        "addresses are not labels: {text}"
    );
    assert_eq!(
        sample(
            &text,
            r#"qapi_http_request_duration_seconds_count{method="GET",route="/api/services/{number}"}"#
        ),
        Some(3.0)
    );
}

#[tokio::test]
async fn the_outbox_backlog_is_read_from_the_database_at_each_scrape() {
    let app = spawn_app().await;
    registered_account(&app, "nigar@mail.az", None, "düzgün şifrə 2026").await;
    let db = app.database().await;
    let (queued, without_time): (i64, i64) =
        sqlx::query_as("SELECT COUNT(*), COUNT(*) FILTER (WHERE queued_at IS NULL) FROM outbox")
            .fetch_one(&db)
            .await
            .unwrap();
    assert!(
        queued > 0 && without_time == 0,
        "{queued} queued, {without_time} without a time"
    );
    let text = scrape(&app).await;
    assert_eq!(
        sample(&text, "qapi_outbox_unsent_messages"),
        Some(0.0),
        "{text}"
    );
    assert_eq!(
        sample(&text, "qapi_outbox_oldest_unsent_age_seconds"),
        Some(0.0)
    );

    // A message queued a minute and a half ago that keeps failing: not due again for an hour.
    sqlx::query(
        "INSERT INTO outbox (message_id, channel, recipient, template, lang, vars, attempts, \
           queued_at, next_attempt_at, last_error) \
         VALUES ('stuck', 'email', 'nigar@mail.az', 'confirm_email', 'az', '{}', 3, \
           strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-90 seconds'), \
           strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+1 hour'), 'connection refused')",
    )
    .execute(&db)
    .await
    .unwrap();
    let text = scrape(&app).await;
    assert_eq!(
        sample(&text, "qapi_outbox_unsent_messages"),
        Some(1.0),
        "{text}"
    );
    let age = sample(&text, "qapi_outbox_oldest_unsent_age_seconds").unwrap();
    assert!((90.0..120.0).contains(&age), "{age}");
}

#[tokio::test]
async fn every_periodic_job_counts_its_rounds() {
    let app = spawn_app().await;
    let jobs = [
        "outbox",
        "payment_reconciliation",
        "deadline_watch",
        "debt_checks",
        "unclaimed_uploads",
    ];
    // Each job's first round starts with the server; give them a moment to finish it.
    let mut text = String::new();
    for _ in 0..50 {
        text = scrape(&app).await;
        let ran = |job: &str| {
            sample(
                &text,
                &format!(r#"qapi_job_runs_total{{job="{job}",outcome="ok"}}"#),
            )
            .is_some_and(|runs| runs >= 1.0)
        };
        if jobs.iter().all(|job| ran(job)) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("not every job counted a round:\n{text}");
}

#[tokio::test]
async fn metrics_are_only_for_whoever_holds_the_token() {
    let app = spawn_app().await;
    let without = app.get("/metrics").await;
    assert_eq!(without.status(), 401);
    assert_eq!(problems(without).await, vec![("unauthorized".into(), None)]);
    let wrong = app
        .http
        .get(app.url("/metrics"))
        .bearer_auth("a-guess")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    assert_eq!(problems(wrong).await, vec![("unauthorized".into(), None)]);

    let unconfigured = spawn_app_configured(ClientBuild::Development, |settings| {
        settings.metrics.token = None;
    })
    .await;
    let response = unconfigured
        .http
        .get(unconfigured.url("/metrics"))
        .bearer_auth(METRICS_TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    assert_eq!(problems(response).await, vec![("not_found".into(), None)]);
}

/// Two servers on one database: the jobs that run on one server at a time run on the first,
/// which holds their leases, and not on the second; both send the outbox.
#[tokio::test]
async fn a_second_server_leaves_the_leased_jobs_to_the_first_and_sends_the_outbox_too() {
    const LEASED: [&str; 4] = [
        "deadline_watch",
        "debt_checks",
        "payment_reconciliation",
        "unclaimed_uploads",
    ];
    let runs = |text: &str, job: &str| {
        sample(
            text,
            &format!("qapi_job_runs_total{{job=\"{job}\",outcome=\"ok\"}}"),
        )
    };
    /// Scrapes `app` until `ran` says its jobs have run.
    async fn until(app: &TestApp, ran: impl Fn(&str) -> bool) -> String {
        for _ in 0..100 {
            let text = scrape(app).await;
            if ran(&text) {
                return text;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the jobs did not run");
    }
    let first = spawn_app().await;
    until(&first, |text| {
        LEASED
            .iter()
            .chain(["outbox"].iter())
            .all(|job| runs(text, job).is_some())
    })
    .await;
    let (database_url, data_dir) = (first.database_url(), first.settings.data_dir.clone());
    let second = spawn_app_configured(ClientBuild::Development, |settings| {
        settings.database.url = database_url.into();
        settings.data_dir = data_dir;
    })
    .await;
    let text = until(&second, |text| runs(text, "outbox").is_some()).await;
    for job in LEASED {
        assert_eq!(
            runs(&text, job),
            None,
            "{job} runs on the first server only"
        );
    }
    let holders: Vec<String> = sqlx::query_scalar("SELECT holder FROM job_leases")
        .fetch_all(&first.database().await)
        .await
        .unwrap();
    let port = first.address.rsplit(':').next().unwrap();
    assert_eq!(holders.len(), LEASED.len(), "{holders:?}");
    assert!(
        holders
            .iter()
            .all(|holder| holder.ends_with(&format!(":{port}")))
    );
}
