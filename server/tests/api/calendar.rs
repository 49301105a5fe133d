//! The public-holiday calendar in the back office: only administrators list, add and remove
//! days; the configured days fill it on the first start; a day added moves the due date of
//! what is filed afterwards, and removing it moves it back.

use reqwest::Method;
use serde_json::{Value, json};

use crate::accounts::registered_account;
use crate::helpers::{LoggedIn, TestApp, problems, spawn_app};

/// The migration service's administrator.
const ADMIN: &str = "admin@demo.qapi.az";
const OFFICER: &str = "officer@demo.qapi.az";
const SUPERVISOR: &str = "supervisor@demo.qapi.az";
/// The communications ministry's supervisor, who files registry applications.
const REGISTRY_SUPERVISOR: &str = "rabita.supervisor@demo.qapi.az";
const CITIZEN_PASSWORD: &str = "uzun şifrə 2026 ilə";

async fn send(
    app: &TestApp,
    session: &LoggedIn,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> reqwest::Response {
    let request = app.as_logged_in(session, method, path);
    let request = match body {
        Some(body) => request.json(&body),
        None => request,
    };
    request.send().await.unwrap()
}

async fn add(app: &TestApp, session: &LoggedIn, day: &str, name: &str) -> reqwest::Response {
    send(
        app,
        session,
        Method::POST,
        "/api/office/calendar",
        Some(json!({ "day": day, "name_az": name })),
    )
    .await
}

async fn list(app: &TestApp, admin: &LoggedIn, query: &str) -> Vec<Value> {
    let response = send(
        app,
        admin,
        Method::GET,
        &format!("/api/office/calendar{query}"),
        None,
    )
    .await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

fn days(list: &[Value]) -> Vec<&str> {
    list.iter().map(|h| h["day"].as_str().unwrap()).collect()
}

/// A registry application filed now: its due date (3 working days to register).
async fn filed_due(app: &TestApp, supervisor: &LoggedIn) -> String {
    let response = send(
        app,
        supervisor,
        Method::POST,
        "/api/office/registry/applications",
        Some(json!({
            "action": "register",
            "title": { "az": "Poçt göndərişinin izlənməsi", "en": "", "ru": "" },
            "other_participants": "Azərpoçt MMC",
            "content": "Göndərişin hazırda harada olduğunu göstərir.",
            "legal_basis": "«Poçt rabitəsi haqqında» Azərbaycan Respublikasının Qanunu, maddə 12",
            "kind": "informative",
            "payment": "free",
            "users": ["natural_persons"],
            "where_provided": "https://www.mincom.gov.az/xidmetler/izleme",
            "confirmed": true
        })),
    )
    .await;
    assert_eq!(response.status(), 201);
    let view: Value = response.json().await.unwrap();
    view["due_on"].as_str().unwrap().to_owned()
}

fn configured() -> Vec<app::domain::CalendarDate> {
    server::config::Settings::load()
        .unwrap()
        .calendar
        .named_holidays()
        .unwrap()
        .into_iter()
        .map(|(day, _)| day)
        .collect()
}

#[tokio::test]
async fn only_administrators_keep_the_calendar() {
    let app = spawn_app().await;
    let routes = [
        (Method::GET, "/api/office/calendar", None),
        (
            Method::POST,
            "/api/office/calendar",
            Some(json!({ "day": "2027-03-22", "name_az": "Novruz bayramı" })),
        ),
        (Method::DELETE, "/api/office/calendar/2026-01-20", None),
    ];
    for (method, path, body) in &routes {
        let mut anonymous = app.http.request(method.clone(), app.url(path));
        if let Some(body) = body {
            anonymous = anonymous.json(body);
        }
        let anonymous = anonymous.send().await.unwrap();
        assert_eq!(anonymous.status(), 401, "{method} {path} anonymous");
    }

    registered_account(&app, "leyla@mail.az", None, CITIZEN_PASSWORD).await;
    let citizen = app.log_in("leyla@mail.az", CITIZEN_PASSWORD).await;
    let mut sessions = vec![("citizen", citizen)];
    for email in [OFFICER, SUPERVISOR, REGISTRY_SUPERVISOR] {
        sessions.push((email, app.log_in_officer(email).await));
    }
    for (who, session) in &sessions {
        for (method, path, body) in &routes {
            let response = send(&app, session, method.clone(), path, body.clone()).await;
            assert_eq!(response.status(), 403, "{method} {path} by {who}");
            let refusal = if *who == "citizen" {
                "forbidden"
            } else {
                "not_for_your_role"
            };
            assert_eq!(
                problems(response).await[0].0,
                refusal,
                "{method} {path} by {who}"
            );
        }
    }

    let admin = app.log_in_officer(ADMIN).await;
    assert_eq!(
        days(&list(&app, &admin, "").await).len(),
        configured().len(),
        "nothing was changed by the refused requests"
    );
}

#[tokio::test]
async fn the_configured_days_fill_the_calendar_on_the_first_start() {
    let app = spawn_app().await;
    let admin = app.log_in_officer(ADMIN).await;
    let year = list(&app, &admin, "?year=2026").await;
    assert!(days(&year).iter().all(|d| d.starts_with("2026-")));
    assert!(days(&year).contains(&"2026-03-20"));
    let novruz = year.iter().find(|h| h["day"] == "2026-03-20").unwrap();
    assert_eq!(novruz["name"]["az"], "Novruz və Ramazan bayramları");
    assert!(novruz["added_by"].is_null(), "from the configuration");
    let mut sorted = days(&year);
    sorted.sort_unstable();
    assert_eq!(days(&year), sorted, "in order");

    let all = list(&app, &admin, "").await;
    let expected: Vec<String> = configured().iter().map(|d| d.iso()).collect();
    assert_eq!(days(&all), expected);
    assert!(list(&app, &admin, "?year=1999").await.is_empty());

    let malformed = send(
        &app,
        &admin,
        Method::GET,
        "/api/office/calendar?year=next",
        None,
    )
    .await;
    assert_eq!(malformed.status(), 400);
}

#[tokio::test]
async fn a_day_added_moves_the_due_date_of_what_is_filed_afterwards() {
    let app = spawn_app().await;
    let admin = app.log_in_officer(ADMIN).await;
    let supervisor = app.log_in_officer(REGISTRY_SUPERVISOR).await;
    let before = filed_due(&app, &supervisor).await;

    // The due day itself is a working day: making it a holiday pushes the answer one further.
    let response = add(&app, &admin, &before, "Hökumət qərarı ilə istirahət günü").await;
    assert_eq!(response.status(), 201);
    let added: Value = response.json().await.unwrap();
    assert_eq!(added["day"], before.as_str());
    assert_eq!(added["name"]["az"], "Hökumət qərarı ilə istirahət günü");
    assert_eq!(added["added_by"], "Quliyeva Nərgiz");

    let after = filed_due(&app, &supervisor).await;
    let day = app::domain::CalendarDate::parse(&before).unwrap();
    let mut holidays = configured();
    holidays.push(day);
    let expected =
        server::calendar::WorkingCalendar::new(holidays).due(server::calendar::today(), 3);
    assert_eq!(after, expected.iso());
    assert!(after > before, "{after} is later than {before}");

    let audit: Value = send(&app, &admin, Method::GET, "/api/office/audit", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(audit[0]["action"], "added_holiday");
    assert_eq!(
        audit[0]["subject"],
        format!("{before} Hökumət qərarı ilə istirahət günü")
    );

    let removed = send(
        &app,
        &admin,
        Method::DELETE,
        &format!("/api/office/calendar/{before}"),
        None,
    )
    .await;
    assert_eq!(removed.status(), 204);
    assert_eq!(filed_due(&app, &supervisor).await, before, "moved back");
    let audit: Value = send(&app, &admin, Method::GET, "/api/office/audit", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(audit[0]["action"], "removed_holiday");

    let again = send(
        &app,
        &admin,
        Method::DELETE,
        &format!("/api/office/calendar/{before}"),
        None,
    )
    .await;
    assert_eq!(again.status(), 404, "not listed any more");
    let malformed = send(
        &app,
        &admin,
        Method::DELETE,
        "/api/office/calendar/someday",
        None,
    )
    .await;
    assert_eq!(malformed.status(), 404);
}

#[tokio::test]
async fn a_listed_day_is_a_conflict_and_a_bad_form_says_what_to_fix() {
    let app = spawn_app().await;
    let admin = app.log_in_officer(ADMIN).await;

    let listed = add(&app, &admin, "2026-03-20", "Novruz").await;
    assert_eq!(listed.status(), 409);
    assert_eq!(
        problems(listed).await,
        vec![("holiday_listed".to_owned(), None)]
    );

    let empty = send(
        &app,
        &admin,
        Method::POST,
        "/api/office/calendar",
        Some(json!({})),
    )
    .await;
    assert_eq!(empty.status(), 422);
    assert_eq!(
        problems(empty).await,
        vec![
            ("required".to_owned(), Some("day".to_owned())),
            ("required".to_owned(), Some("name_az".to_owned())),
        ]
    );
    let malformed = add(&app, &admin, "2027-02-30", "Bayram").await;
    assert_eq!(malformed.status(), 422);
    assert_eq!(
        problems(malformed).await,
        vec![("invalid_date".to_owned(), Some("day".to_owned()))]
    );
    let weekend = add(&app, &admin, "2027-03-20", "Novruz").await;
    assert_eq!(weekend.status(), 422, "a Saturday");
    assert_eq!(
        problems(weekend).await,
        vec![("holiday_on_weekend".to_owned(), Some("day".to_owned()))]
    );
    let not_json = app
        .as_logged_in(&admin, Method::POST, "/api/office/calendar")
        .json(&json!({ "day": 20270322 }))
        .send()
        .await
        .unwrap();
    assert_eq!(not_json.status(), 400);

    let before = list(&app, &admin, "?year=2027").await;
    assert!(
        !days(&before).contains(&"2027-03-22"),
        "nothing refused was added"
    );
    let typed = add(&app, &admin, "22.03.2027", "Novruz bayramı").await;
    assert_eq!(typed.status(), 201, "typed the Azerbaijani way");
    let year = list(&app, &admin, "?year=2027").await;
    assert!(days(&year).contains(&"2027-03-22"));
}
