//! A legal person host's staff: the first account invites colleagues, each logs in with their
//! own account and files for the organisation, and the first account sees who filed what.

use reqwest::Method;
use serde_json::{Value, json};

use crate::accounts::link_token;
use crate::helpers::{LoggedIn, TestApp, call, problems, spawn_app};
use crate::place_of_stay::{MIGRATION_OFFICER, host, sent_application, verify_host};

const PASSWORD: &str = "resepsiya-2026-qonaqlar";

fn hotel_form(email: &str) -> Value {
    json!({
        "kind": "legal",
        "organisation": "Xəzər Mehmanxanası MMC", "voen": "1401234567", "organisation_kind": "hotel",
        "surname": "Məmmədli", "name": "Rəşad",
        "mobile_phone": "012 555 44 33", "email": email,
        "region": "baki", "district": "Səbail", "street": "Neftçilər prospekti", "building": "45",
    })
}

/// A hotel registered by its manager and verified by the agency, logged in.
async fn hotel(app: &TestApp, email: &str) -> LoggedIn {
    let (captcha_id, answer) = app.solved_captcha().await;
    let mut form = hotel_form(email);
    form["captcha_id"] = json!(captcha_id);
    form["captcha_answer"] = json!(answer);
    assert_eq!(app.post_json("/api/hosts", &form).await.status(), 202);
    let session = joined(app, email).await;
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    verify_host(app, &officer, email).await;
    session
}

/// Follows the confirmation and set-password links sent to `email`, then logs in.
async fn joined(app: &TestApp, email: &str) -> LoggedIn {
    let token = link_token(app, email, "/account/confirm").await;
    let confirmed = app
        .post_json("/api/accounts/confirm", &json!({ "token": token }))
        .await;
    assert_eq!(confirmed.status(), 200);
    let token = link_token(app, email, "/account/password").await;
    let set = app
        .post_json(
            "/api/accounts/password",
            &json!({ "token": token, "password": PASSWORD }),
        )
        .await;
    assert_eq!(set.status(), 200);
    app.log_in(email, PASSWORD).await
}

async fn invite(app: &TestApp, session: &LoggedIn, email: &str) -> reqwest::Response {
    call(
        app,
        session,
        Method::POST,
        "/api/hosts/me/staff",
        json!({ "surname": "Həsənli", "name": "Günay", "email": email }),
    )
    .await
}

async fn get(app: &TestApp, session: &LoggedIn, path: &str) -> Value {
    let response = call(app, session, Method::GET, path, json!(null)).await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.unwrap()
}

#[tokio::test]
async fn a_hotel_invites_a_colleague_who_files_for_it_and_the_manager_sees_who_filed_what() {
    let app = spawn_app().await;
    let manager = hotel(&app, "menecer@xezer.az").await;

    let wrong = call(
        &app,
        &manager,
        Method::POST,
        "/api/hosts/me/staff",
        json!({ "surname": "", "name": "Günay", "email": "günay" }),
    )
    .await;
    assert_eq!(
        problems(wrong).await,
        [
            ("required".to_owned(), Some("surname".to_owned())),
            ("invalid_email".to_owned(), Some("email".to_owned())),
        ]
    );
    assert_eq!(
        invite(&app, &manager, "resepsiya@xezer.az").await.status(),
        202
    );
    let staff = get(&app, &manager, "/api/hosts/me/staff").await;
    assert_eq!(staff[0]["email"], "resepsiya@xezer.az");
    assert_eq!(staff[0]["joined"], false);
    let mail = &app.mails_to("resepsiya@xezer.az").await[0];
    assert!(
        mail["subject"]
            .as_str()
            .unwrap()
            .contains("Xəzər Mehmanxanası MMC"),
        "{mail}"
    );

    let colleague = joined(&app, "resepsiya@xezer.az").await;
    assert_eq!(
        get(&app, &manager, "/api/hosts/me/staff").await[0]["joined"],
        true
    );
    let as_colleague = get(&app, &colleague, "/api/hosts/me").await;
    assert_eq!(as_colleague["staff"], true);
    assert_eq!(
        as_colleague["addresses"][0]["status"], "verified",
        "the organisation's address is verified"
    );
    assert_eq!(as_colleague["organisation"], "Xəzər Mehmanxanası MMC");
    let another_address = call(
        &app,
        &colleague,
        Method::POST,
        "/api/hosts/me/addresses",
        json!({ "region": "baki", "street": "Bülbül prospekti", "building": "3" }),
    )
    .await;
    assert_eq!(
        another_address.status(),
        403,
        "the organisation's first account keeps its addresses"
    );
    let refused = call(
        &app,
        &colleague,
        Method::GET,
        "/api/hosts/me/staff",
        json!(null),
    )
    .await;
    assert_eq!(
        refused.status(),
        403,
        "only the first account keeps the staff"
    );
    assert_eq!(problems(refused).await[0].0, "not_for_your_role");

    let by_colleague = sent_application(&app, &colleague).await;
    let by_manager = sent_application(&app, &manager).await;
    let table = get(&app, &manager, "/api/hosts/me/applications").await;
    let rows: Vec<(String, String, bool)> = table
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["application"]["number"].as_str().unwrap().to_owned(),
                row["filed_by"].as_str().unwrap().to_owned(),
                row["mine"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (by_manager.clone(), "Rəşad Məmmədli".to_owned(), true),
            (by_colleague.clone(), "Günay Həsənli".to_owned(), false),
        ]
    );
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let case: Value = app
        .as_logged_in(
            &officer,
            Method::GET,
            &format!("/api/office/applications/{by_colleague}"),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        case["summary"]["address"]
            .as_str()
            .unwrap()
            .contains("Neftçilər"),
        "a colleague's application is at the organisation's address: {case}"
    );
    assert_eq!(case["applicant"], "Xəzər Mehmanxanası MMC — Həsənli Günay");
    assert_eq!(
        call(
            &app,
            &manager,
            Method::GET,
            &format!("/api/applications/{by_colleague}"),
            json!(null)
        )
        .await
        .status(),
        404,
        "a colleague's application is theirs to change"
    );

    let id = staff[0]["id"].as_i64().unwrap();
    let removed = call(
        &app,
        &manager,
        Method::DELETE,
        &format!("/api/hosts/me/staff/{id}"),
        json!(null),
    )
    .await;
    assert_eq!(removed.status(), 204);
    let gone = call(&app, &colleague, Method::GET, "/api/hosts/me", json!(null)).await;
    assert_eq!(gone.status(), 200);
    assert_eq!(
        gone.json::<Value>().await.unwrap(),
        Value::Null,
        "a removed colleague no longer acts for the hotel"
    );
    let after = get(&app, &manager, "/api/hosts/me/applications").await;
    assert_eq!(
        after.as_array().unwrap().len(),
        2,
        "what they filed stays the hotel's"
    );
}

#[tokio::test]
async fn an_address_with_an_account_is_told_not_joined_and_only_a_hotels_first_account_invites() {
    let app = spawn_app().await;
    let manager = hotel(&app, "menecer@xezer.az").await;
    let person = host(&app, "leyla@mail.az").await;
    assert_eq!(invite(&app, &manager, "leyla@mail.az").await.status(), 202);
    let told = app.mails_to("leyla@mail.az").await;
    assert!(
        told[0]["body"]
            .as_str()
            .unwrap()
            .contains("artıq şəxsi hesabınız var"),
        "{told:?}"
    );
    assert_eq!(get(&app, &person, "/api/hosts/me").await["staff"], false);
    assert_eq!(
        get(&app, &manager, "/api/hosts/me/staff").await[0]["joined"],
        false
    );
    let natural = invite(&app, &person, "kimse@mail.az").await;
    assert_eq!(natural.status(), 403, "a natural person host has no staff");
}
