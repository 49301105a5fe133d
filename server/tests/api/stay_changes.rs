//! Changes to an accepted registration at the place of stay: an early departure the host
//! reports, an extension the agency answers, each checked against the stay and the visa.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{LoggedIn, TestApp, count, problems, spawn_app, statuses_at_once};
use crate::place_of_stay::{
    MIGRATION_OFFICER, decide, draft, save, stay_form, submit, uploaded_page, verified_host,
};

/// An application for a guest who came in two days ago for ten days, on a visa good for 30
/// days from the entry, accepted by the agency; its number.
async fn accepted_stay(app: &TestApp, host: &LoggedIn) -> String {
    let today = server::calendar::today();
    let entry = today.plus_days(-2);
    let page = uploaded_page(app, host).await;
    let mut form = stay_form(&page);
    form["entry_date"] = json!(entry.iso());
    form["visa_from"] = json!(entry.plus_days(-10).iso());
    form["visa_until"] = json!(entry.plus_days(29).iso());
    form["stay_days"] = json!("10");
    let view = draft(app, host).await;
    let number = view["number"].as_str().unwrap().to_owned();
    let saved: Value = save(app, host, &number, 1, &form)
        .await
        .json()
        .await
        .unwrap();
    let sent = submit(app, host, &number, saved["version"].as_i64().unwrap()).await;
    assert_eq!(sent.status(), 200);
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let accepted = decide(app, &officer, &number, json!({ "action": "accept" })).await;
    assert_eq!(accepted.status(), 204);
    number
}

async fn change(app: &TestApp, host: &LoggedIn, number: &str, body: Value) -> reqwest::Response {
    app.as_logged_in(
        host,
        Method::POST,
        &format!("/api/applications/{number}/changes"),
    )
    .json(&body)
    .send()
    .await
    .unwrap()
}

async fn answer(app: &TestApp, number: &str, id: i64, body: Value) -> reqwest::Response {
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    app.as_logged_in(
        &officer,
        Method::POST,
        &format!("/api/office/applications/{number}/changes/{id}"),
    )
    .json(&body)
    .send()
    .await
    .unwrap()
}

#[tokio::test]
async fn an_extension_inside_the_visa_is_asked_once_at_a_time_and_the_agency_answers_it() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    let number = accepted_stay(&app, &host).await;

    let beyond_visa = change(
        &app,
        &host,
        &number,
        json!({ "kind": "extension", "stay_days": "31", "reason": "Müalicə uzanır" }),
    )
    .await;
    assert_eq!(
        problems(beyond_visa).await,
        [("stay_outside_visa".to_owned(), Some("stay_days".to_owned()))]
    );
    let shorter = change(
        &app,
        &host,
        &number,
        json!({ "kind": "extension", "stay_days": "10", "reason": "" }),
    )
    .await;
    assert_eq!(
        problems(shorter).await,
        [
            ("not_longer".to_owned(), Some("stay_days".to_owned())),
            ("required".to_owned(), Some("reason".to_owned())),
        ]
    );
    let asked = change(
        &app,
        &host,
        &number,
        json!({ "kind": "extension", "stay_days": "20", "reason": "Müalicə uzanır" }),
    )
    .await;
    assert_eq!(asked.status(), 201);
    let asked: Value = asked.json().await.unwrap();
    assert_eq!(asked["status"], "requested");
    assert_eq!(
        asked["change"],
        json!({ "kind": "extension", "stay_days": 20, "reason": "Müalicə uzanır" })
    );
    let again = change(
        &app,
        &host,
        &number,
        json!({ "kind": "extension", "stay_days": "25", "reason": "Yenə" }),
    )
    .await;
    assert_eq!(again.status(), 409);
    assert_eq!(problems(again).await[0].0, "change_open");

    let id = asked["id"].as_i64().unwrap();
    let unexplained = answer(&app, &number, id, json!({ "accept": false })).await;
    assert_eq!(
        problems(unexplained).await,
        [("required".to_owned(), Some("note".to_owned()))]
    );
    let other_agency = app.log_in_officer("azerisiq@demo.qapi.az").await;
    let foreign = app
        .as_logged_in(
            &other_agency,
            Method::POST,
            &format!("/api/office/applications/{number}/changes/{id}"),
        )
        .json(&json!({ "accept": true }))
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), 404);
    assert_eq!(
        answer(&app, &number, id, json!({ "accept": true }))
            .await
            .status(),
        204
    );
    let twice = answer(&app, &number, id, json!({ "accept": true })).await;
    assert_eq!(twice.status(), 409);

    let told = app.mails_to("leyla@mail.az").await;
    assert!(
        told.iter().any(|m| m["subject"]
            .as_str()
            .unwrap()
            .contains("qalma müddətinin uzadılması")),
        "{told:?}"
    );
    let view: Value = app
        .as_logged_in(&host, Method::GET, &format!("/api/applications/{number}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(view["stay_changes"][0]["status"], "accepted");
    let table: Value = app
        .as_logged_in(&host, Method::GET, "/api/hosts/me/applications")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        table[0]["application"]["summary"]["stay_days"], 20,
        "the registration is now for the longer stay"
    );
}

#[tokio::test]
async fn an_extension_asked_from_four_tabs_at_once_is_asked_and_answered_once() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    let number = accepted_stay(&app, &host).await;
    let extension = json!({ "kind": "extension", "stay_days": "20", "reason": "Müalicə uzanır" });
    let asked =
        statuses_at_once((0..4).map(|_| change(&app, &host, &number, extension.clone()))).await;
    assert_eq!(count(&asked, 201), 1, "{asked:?}");
    assert_eq!(count(&asked, 409), 3, "{asked:?}");

    let view = app
        .as_logged_in(&host, Method::GET, &format!("/api/applications/{number}"))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    let id = view["stay_changes"][0]["id"].as_i64().unwrap();
    app.log_in_officer(MIGRATION_OFFICER).await;
    let answers = [
        json!({ "accept": true }),
        json!({ "accept": false, "note": "Sənəd yoxdur" }),
    ];
    let answered = statuses_at_once(
        answers
            .iter()
            .map(|body| answer(&app, &number, id, body.clone())),
    )
    .await;
    assert_eq!(count(&answered, 204), 1, "{answered:?}");
    assert_eq!(count(&answered, 409), 1, "{answered:?}");
}

#[tokio::test]
async fn an_early_departure_falls_inside_the_stay_and_closes_the_registration() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    let number = accepted_stay(&app, &host).await;
    let today = server::calendar::today();

    let before_entry = change(
        &app,
        &host,
        &number,
        json!({ "kind": "early_departure", "departure_date": today.plus_days(-3).iso() }),
    )
    .await;
    assert_eq!(problems(before_entry).await[0].0, "departure_before_entry");
    let tomorrow = change(
        &app,
        &host,
        &number,
        json!({ "kind": "early_departure", "departure_date": today.plus_days(1).iso() }),
    )
    .await;
    assert_eq!(problems(tomorrow).await[0].0, "date_in_future");
    let nothing = change(&app, &host, &number, json!({})).await;
    assert_eq!(
        problems(nothing).await,
        [("required".to_owned(), Some("kind".to_owned()))]
    );

    let reported = change(
        &app,
        &host,
        &number,
        json!({ "kind": "early_departure", "departure_date": today.iso() }),
    )
    .await;
    assert_eq!(reported.status(), 201);
    assert_eq!(
        reported.json::<Value>().await.unwrap()["status"],
        "reported"
    );
    let after = change(
        &app,
        &host,
        &number,
        json!({ "kind": "extension", "stay_days": "20", "reason": "Qayıdır" }),
    )
    .await;
    assert_eq!(after.status(), 409);
    assert_eq!(problems(after).await[0].0, "registration_closed");

    let stranger = verified_host(&app, "basqa@mail.az").await;
    let theirs = change(
        &app,
        &stranger,
        &number,
        json!({ "kind": "early_departure", "departure_date": today.iso() }),
    )
    .await;
    assert_eq!(theirs.status(), 404);
}

#[tokio::test]
async fn only_an_accepted_registration_changes() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    let number = crate::place_of_stay::sent_application(&app, &host).await;
    let early = change(
        &app,
        &host,
        &number,
        json!({ "kind": "early_departure", "departure_date": "2026-11-21" }),
    )
    .await;
    assert_eq!(early.status(), 409);
    assert_eq!(problems(early).await[0].0, "status_change_not_allowed");
}
