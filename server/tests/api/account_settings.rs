//! The cabinet's settings: preferences, password, e-mail, the data file, and deletion.

use reqwest::Method;
use serde_json::{Value, json};

use crate::accounts::{link_token, registered_account};
use crate::helpers::{LoggedIn, TestApp, call, count, problems, spawn_app, statuses_at_once};

const PASSWORD: &str = "düzgün şifrə 2026";

/// The account's settings as the logged-in browser reads them.
async fn settings(app: &TestApp, session: &LoggedIn) -> Value {
    app.as_logged_in(session, Method::GET, "/api/account")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test]
async fn preferences_are_kept() {
    let app = spawn_app().await;
    registered_account(&app, "elvin@mail.az", None, PASSWORD).await;
    let session = app.log_in("elvin@mail.az", PASSWORD).await;
    let saved = app
        .as_logged_in(&session, Method::PUT, "/api/account/preferences")
        .json(&json!({ "lang": "ru", "notify_email": false, "notify_sms": true }))
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 204);
    let settings = settings(&app, &session).await;
    assert_eq!(settings["lang"], "ru");
    assert_eq!(settings["notify_email"], false);
    assert_eq!(settings["notify_sms"], true);
    assert_eq!(settings["has_password"], true);
}

#[tokio::test]
async fn a_password_change_needs_the_current_one_and_ends_other_sessions() {
    let app = spawn_app().await;
    registered_account(&app, "leyla@mail.az", None, PASSWORD).await;
    let here = app.log_in("leyla@mail.az", PASSWORD).await;
    let elsewhere = app.log_in("leyla@mail.az", PASSWORD).await;
    let change = |current: &str, new: &str| {
        app.as_logged_in(&here, Method::POST, "/api/account/password")
            .json(&json!({ "current": current, "new": new }))
            .send()
    };
    let wrong = change("not my password", "yeni uzun şifrə 2027")
        .await
        .unwrap();
    assert_eq!(wrong.status(), 422);
    assert_eq!(
        problems(wrong).await,
        vec![("password_wrong".into(), Some("current".into()))]
    );
    let short = change(PASSWORD, "short").await.unwrap();
    assert_eq!(
        problems(short).await,
        vec![("password_too_short".into(), Some("new".into()))]
    );
    assert_eq!(
        change(PASSWORD, "yeni uzun şifrə 2027")
            .await
            .unwrap()
            .status(),
        204
    );
    assert_eq!(app.who(&here).await["me"]["email"], "leyla@mail.az");
    assert_eq!(app.who(&elsewhere).await, serde_json::Value::Null, "ended");
    app.log_in("leyla@mail.az", "yeni uzun şifrə 2027").await;
}

/// A registered account asks for `new` (as typed) as its address: the body that confirms it.
async fn new_address_link(app: &TestApp, new: &str) -> Value {
    registered_account(app, "old@mail.az", None, PASSWORD).await;
    let session = app.log_in("old@mail.az", PASSWORD).await;
    let asked = call(
        app,
        &session,
        Method::POST,
        "/api/account/email",
        json!({ "email": new }),
    )
    .await;
    assert_eq!(asked.status(), 202);
    let token = link_token(app, &new.to_lowercase(), "/account/email").await;
    json!({ "token": token })
}

#[tokio::test]
async fn a_new_address_counts_once_its_link_is_opened() {
    let app = spawn_app().await;
    let body = new_address_link(&app, "New@Mail.az").await;
    let first = app.post_json("/api/account/email/confirm", &body).await;
    assert_eq!(first.status(), 204);
    let again = app.post_json("/api/account/email/confirm", &body).await;
    assert_eq!(again.status(), 422, "a link works once");
    app.log_in("new@mail.az", PASSWORD).await;
}

#[tokio::test]
async fn of_four_new_addresses_asked_at_once_one_link_works() {
    let app = spawn_app().await;
    registered_account(&app, "old@mail.az", None, PASSWORD).await;
    let session = app.log_in("old@mail.az", PASSWORD).await;
    let addresses: Vec<String> = (0..4).map(|n| format!("new{n}@mail.az")).collect();
    let asked = addresses.iter().map(|email| {
        call(
            &app,
            &session,
            Method::POST,
            "/api/account/email",
            json!({ "email": email }),
        )
    });
    assert_eq!(statuses_at_once(asked).await, [202; 4]);
    let mut confirmed = Vec::new();
    for email in &addresses {
        let token = link_token(&app, email, "/account/email").await;
        let used = app
            .post_json("/api/account/email/confirm", &json!({ "token": token }))
            .await;
        confirmed.push(used.status().as_u16());
    }
    assert_eq!(
        count(&confirmed, 204),
        1,
        "each change ends the one before it: {confirmed:?}"
    );
}

#[tokio::test]
async fn a_new_address_link_opened_in_four_tabs_at_once_works_once() {
    let app = spawn_app().await;
    let body = new_address_link(&app, "new@mail.az").await;
    let tabs = (0..4).map(|_| app.post_json("/api/account/email/confirm", &body));
    let statuses = statuses_at_once(tabs).await;
    assert_eq!(count(&statuses, 204), 1, "{statuses:?}");
    assert_eq!(count(&statuses, 422), 3, "{statuses:?}");
}

#[tokio::test]
async fn the_person_downloads_their_data_and_can_ask_for_deletion() {
    let app = spawn_app().await;
    registered_account(&app, "kamran@mail.az", None, PASSWORD).await;
    let session = app.log_in("kamran@mail.az", PASSWORD).await;
    let export = app
        .as_logged_in(&session, Method::GET, "/api/account/export")
        .send()
        .await
        .unwrap();
    assert_eq!(export.status(), 200);
    assert!(
        export.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let data: Value = export.json().await.unwrap();
    assert_eq!(data["me"]["email"], "kamran@mail.az");
    assert_eq!(data["logins"][0]["means"], "password");
    let sent = data["notifications"].as_array().unwrap();
    assert!(
        sent.iter()
            .any(|n| n["subject"].as_str().unwrap().contains("təsdiqləyin")
                && !n["sent_at"].is_null()),
        "{sent:?}"
    );

    let deletion = app
        .as_logged_in(&session, Method::POST, "/api/account/deletion")
        .send()
        .await
        .unwrap();
    assert_eq!(deletion.status(), 202);
    let after = app
        .as_logged_in(&session, Method::GET, "/api/account")
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), 401, "asking to delete logs out everywhere");
}

#[tokio::test]
async fn settings_need_a_login_and_changes_need_the_csrf_token() {
    let app = spawn_app().await;
    assert_eq!(app.get("/api/account").await.status(), 401);
    registered_account(&app, "nigar@mail.az", None, PASSWORD).await;
    let session = app.log_in("nigar@mail.az", PASSWORD).await;
    let without_csrf = app
        .http
        .post(app.url("/api/account/deletion"))
        .header("cookie", &session.cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(without_csrf.status(), 403);
}

#[tokio::test]
async fn a_mobile_number_counts_once_the_sms_code_is_typed_back() {
    let app = spawn_app().await;
    registered_account(&app, "aysel@mail.az", None, PASSWORD).await;
    let session = app.log_in("aysel@mail.az", PASSWORD).await;
    let send = |phone: &str| {
        app.as_logged_in(&session, Method::POST, "/api/account/phone")
            .json(&json!({ "phone": phone }))
            .send()
    };
    let foreign = send("+49 30 1234567").await.unwrap();
    assert_eq!(
        problems(foreign).await,
        vec![("invalid_mobile".into(), Some("phone".into()))]
    );
    assert_eq!(send("055 123 45 67").await.unwrap().status(), 202);
    let texts = app.mails_to("+994551234567").await;
    assert_eq!(texts.len(), 1);
    assert_eq!(texts[0]["channel"], "sms");
    let body = texts[0]["body"].as_str().unwrap();
    let code: String = body.chars().filter(char::is_ascii_digit).take(6).collect();

    let confirm = |code: &str| {
        app.as_logged_in(&session, Method::POST, "/api/account/phone/confirm")
            .json(&json!({ "code": code }))
            .send()
    };
    let wrong = confirm("000000").await.unwrap();
    assert_eq!(
        problems(wrong).await,
        vec![("code_wrong".into(), Some("code".into()))]
    );
    assert_eq!(confirm(&code).await.unwrap().status(), 200);
    let settings = settings(&app, &session).await;
    assert_eq!(settings["phone"], "+994551234567");
    let reused = confirm(&code).await.unwrap();
    assert_eq!(
        problems(reused).await,
        vec![("code_expired".into(), Some("code".into()))]
    );
}

#[tokio::test]
async fn a_phone_code_tried_wrongly_too_often_must_be_asked_for_again() {
    let app = spawn_app().await;
    registered_account(&app, "tural@mail.az", None, PASSWORD).await;
    let session = app.log_in("tural@mail.az", PASSWORD).await;
    let sent = app
        .as_logged_in(&session, Method::POST, "/api/account/phone")
        .json(&json!({ "phone": "050 765 43 21" }))
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), 202);
    let body = app.mails_to("+994507654321").await[0]["body"]
        .as_str()
        .unwrap()
        .to_owned();
    let code: String = body.chars().filter(char::is_ascii_digit).take(6).collect();
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let confirm = |code: &str| {
        app.as_logged_in(&session, Method::POST, "/api/account/phone/confirm")
            .json(&json!({ "code": code }))
            .send()
    };
    let burst = futures_util::future::join_all((0..8).map(|_| confirm(wrong))).await;
    let statuses: Vec<u16> = burst
        .into_iter()
        .map(|r| r.unwrap().status().as_u16())
        .collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == 422).count(),
        5,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 429).count(),
        3,
        "{statuses:?}"
    );
    let right = confirm(&code).await.unwrap();
    assert_eq!(right.status(), 429);
    assert_eq!(
        problems(right).await,
        vec![("code_tried_out".into(), Some("code".into()))]
    );
}
