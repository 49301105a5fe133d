//! "Müraciətlərim": the person's applications a page at a time, newest first, each page
//! starting after the last one of the page before.

use reqwest::Method;
use serde_json::{Value, json};

use crate::accounts::registered_account;
use crate::helpers::{LoggedIn, TestApp, call, problems, read, spawn_app};
use crate::state_login::confirmed_login;

const PASSWORD: &str = "müraciətlərim 2026";

/// How many rows a page holds.
const PAGE: usize = 25;

async fn new_draft(app: &TestApp, session: &LoggedIn, service: &str) -> String {
    let response = call(
        app,
        session,
        Method::POST,
        "/api/applications",
        json!({ "service": service }),
    )
    .await;
    assert_eq!(response.status(), 201, "{service}");
    let draft: Value = response.json().await.unwrap();
    draft["number"].as_str().unwrap().to_owned()
}

/// Every page from `path` on, following `next`: the numbers of each page's rows.
async fn pages(app: &TestApp, session: &LoggedIn, path: &str) -> Vec<Vec<String>> {
    let mut pages = Vec::new();
    let mut next = path.to_owned();
    loop {
        let page = read(app, session, &next).await;
        let rows: Vec<String> = page["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|row| row["number"].as_str().unwrap().to_owned())
            .collect();
        assert!(rows.len() <= PAGE);
        pages.push(rows);
        match page["next"].as_str() {
            Some(before) => {
                let joiner = if path.contains('?') { '&' } else { '?' };
                next = format!("{path}{joiner}before={before}");
            }
            None => return pages,
        }
    }
}

#[tokio::test]
async fn applications_come_a_page_at_a_time_newest_first() {
    let app = spawn_app().await;
    let session = LoggedIn::from_response(confirmed_login(&app).await).await;
    let mut made = Vec::new();
    for i in 0..(2 * PAGE + 11) {
        let service = if i % 2 == 0 { "42.1" } else { "33.1" };
        made.push((service, new_draft(&app, &session, service).await));
    }
    let newest_first: Vec<String> = made.iter().rev().map(|(_, n)| n.clone()).collect();

    let all = pages(&app, &session, "/api/applications").await;
    let sizes: Vec<usize> = all.iter().map(Vec::len).collect();
    assert_eq!(sizes, [PAGE, PAGE, 11]);
    assert_eq!(all.concat(), newest_first, "each once, newest first");

    let first = read(&app, &session, "/api/applications").await;
    let row = &first["rows"][0];
    assert_eq!(row["service"], "42.1");
    assert_eq!(row["status"], "draft");
    assert!(row["service_title"]["az"].is_string());
    assert!(row.get("form").is_none(), "a summary, not the form");

    let of_33_1: Vec<String> = made
        .iter()
        .rev()
        .filter(|(service, _)| *service == "33.1")
        .map(|(_, n)| n.clone())
        .collect();
    let pages_of_33_1 = pages(&app, &session, "/api/applications?service=33.1").await;
    assert_eq!(pages_of_33_1.len(), 2);
    assert_eq!(pages_of_33_1.concat(), of_33_1);

    let drafts = read(
        &app,
        &session,
        "/api/applications?service=42.1&status=draft",
    )
    .await;
    assert_eq!(drafts["rows"][0]["number"], newest_first[0].as_str());
    let sent = read(&app, &session, "/api/applications?status=submitted").await;
    assert_eq!(sent, json!({ "rows": [], "next": null }));
}

#[tokio::test]
async fn another_persons_application_starts_no_page() {
    let app = spawn_app().await;
    let session = LoggedIn::from_response(confirmed_login(&app).await).await;
    let mine = new_draft(&app, &session, "42.1").await;
    registered_account(&app, "qonaq@mail.az", None, PASSWORD).await;
    let other = app.log_in("qonaq@mail.az", PASSWORD).await;
    new_draft(&app, &other, "33.1").await;
    let theirs = read(&app, &other, &format!("/api/applications?before={mine}")).await;
    assert_eq!(theirs, json!({ "rows": [], "next": null }));

    let response = app
        .as_logged_in(&session, Method::GET, "/api/applications?before=soon")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(
        problems(response).await,
        vec![("malformed_query".into(), None)]
    );
}
