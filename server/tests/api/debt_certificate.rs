//! Azərişıq's debt certificate: only one's own subscriber codes, a confirmed mobile number,
//! the automated check against billing, waiting (not lost) while billing is down, and the
//! certificate anyone can verify.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{
    LoggedIn, TestApp, assert_prints, call, pdf_text, problems, spawn_app, subject_lines,
};
use crate::state_login::confirmed_login;

/// The demo holder F00MBEG's Asan İmza number, and the subscriber codes billing has for them.
const PHONE: &str = "+994502112233";
const NO_DEBT: &str = "1000234567";
const IN_DEBT: &str = "1000234568";
const SOMEONE_ELSES: &str = "2000345671";

async fn logged_in(app: &TestApp) -> LoggedIn {
    LoggedIn::from_response(confirmed_login(app).await).await
}

/// Asks for a code for `typed` and types back the one the SMS to `e164` brings.
async fn confirm_number(app: &TestApp, session: &LoggedIn, typed: &str, e164: &str) {
    let sent = call(
        app,
        session,
        Method::POST,
        "/api/account/phone",
        json!({ "phone": typed }),
    )
    .await;
    assert_eq!(sent.status(), 202);
    let text = app.mails_to(e164).await[0]["body"]
        .as_str()
        .unwrap()
        .to_owned();
    let code: String = text.chars().filter(char::is_ascii_digit).take(6).collect();
    let confirmed = call(
        app,
        session,
        Method::POST,
        "/api/account/phone/confirm",
        json!({ "code": code }),
    )
    .await;
    assert_eq!(confirmed.status(), 200);
}

/// A draft with `code`, the demo holder's number and an e-mail, then "Müraciəti göndər".
async fn send(app: &TestApp, session: &LoggedIn, code: &str) -> (String, reqwest::Response) {
    send_to(app, session, code, &[PHONE]).await
}

async fn send_to(
    app: &TestApp,
    session: &LoggedIn,
    code: &str,
    phones: &[&str],
) -> (String, reqwest::Response) {
    let draft: Value = call(
        app,
        session,
        Method::POST,
        "/api/applications",
        json!({ "service": "42.1" }),
    )
    .await
    .json()
    .await
    .unwrap();
    let number = draft["number"].as_str().unwrap().to_owned();
    let saved: Value = call(
        app,
        session,
        Method::PUT,
        &format!("/api/applications/{number}"),
        json!({ "version": draft["version"], "form": { "subscriber_code": code, "phones": phones, "email": "vuqar@mail.az" } }),
    )
    .await
    .json()
    .await
    .unwrap();
    let sent = call(
        app,
        session,
        Method::POST,
        &format!("/api/applications/{number}/submit"),
        json!({ "version": saved["version"] }),
    )
    .await;
    (number, sent)
}

async fn view(app: &TestApp, session: &LoggedIn, number: &str) -> Value {
    call(
        app,
        session,
        Method::GET,
        &format!("/api/applications/{number}"),
        json!(null),
    )
    .await
    .json()
    .await
    .unwrap()
}

#[tokio::test]
async fn only_ones_own_code_and_a_confirmed_mobile_make_an_application() {
    let app = spawn_app().await;
    let session = logged_in(&app).await;
    let mine: Value = call(
        &app,
        &session,
        Method::GET,
        "/api/billing/subscribers",
        json!(null),
    )
    .await
    .json()
    .await
    .unwrap();
    let codes: Vec<&str> = mine
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, [NO_DEBT, IN_DEBT]);

    // The login's phone (Asan İmza's SIM) is confirmed with it; another is not.
    let (_, unconfirmed) = send_to(&app, &session, NO_DEBT, &["+994707001122"]).await;
    assert_eq!(
        problems(unconfirmed).await,
        [("phone_not_confirmed".into(), Some("phone".into()))]
    );
    let (_, theirs) = send(&app, &session, SOMEONE_ELSES).await;
    assert_eq!(
        problems(theirs).await,
        [("not_your_subscriber".into(), Some("subscriber_code".into()))]
    );

    let (number, sent) = send(&app, &session, NO_DEBT).await;
    assert_eq!(sent.status(), 200);
    app.debt_checks.check_waiting().await.unwrap();
    let answered = view(&app, &session, &number).await;
    assert_eq!(answered["status"], "accepted");
    let code = answered["result"].as_str().unwrap();
    let certificate = app.get_json(&format!("/api/verify/{code}")).await;
    assert_eq!(certificate["title"]["az"], "Borcun olmaması barədə arayış");
    assert_eq!(
        certificate["applicant_from_registry"], true,
        "logged in with a state login, named by the registry"
    );
    assert!(
        certificate["subject"].to_string().contains("0,00 ₼"),
        "{certificate}"
    );
    let texts: Vec<String> = app
        .mails_to(PHONE)
        .await
        .iter()
        .map(|t| t["body"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains(&number) && t.contains("qeydə alındı")),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.contains(&number) && t.contains("Qəbul edilib")),
        "{texts:?}"
    );
    // Every answer is on the certificate, labelled as on the form, and the PDF prints what the
    // verify page shows.
    let subject = subject_lines(&certificate);
    for answer in [
        format!("Abonent kodu: {NO_DEBT}"),
        "Mobil nömrə: +994 50 211 22 33".to_owned(),
        "E-poçt ünvanı: vuqar@mail.az".to_owned(),
    ] {
        assert!(
            subject.contains(&answer.as_str()),
            "{answer} in {subject:?}"
        );
    }
    let pdf = pdf_text(
        call(
            &app,
            &session,
            Method::GET,
            &format!("/api/applications/{number}/result.pdf"),
            json!(null),
        )
        .await,
    )
    .await;
    assert_prints(&pdf, &certificate);
}

#[tokio::test]
async fn while_billing_is_down_the_application_waits_and_the_applicant_is_told_once() {
    let app = spawn_app().await;
    let session = logged_in(&app).await;
    assert_eq!(
        app.post_json("/api/dev/billing", &json!({ "down": true }))
            .await
            .status(),
        200
    );
    let list = call(
        &app,
        &session,
        Method::GET,
        "/api/billing/subscribers",
        json!(null),
    )
    .await;
    assert_eq!(problems(list).await[0].0, "unavailable");

    let (number, sent) = send(&app, &session, IN_DEBT).await;
    assert_eq!(
        sent.status(),
        200,
        "billing down does not stop the application"
    );
    let (theirs, _) = send(&app, &session, SOMEONE_ELSES).await;
    for _ in 0..2 {
        assert_eq!(app.debt_checks.check_waiting().await.unwrap(), 0);
    }
    assert_eq!(view(&app, &session, &number).await["status"], "submitted");
    let delayed: Vec<Value> = app
        .mails_to(PHONE)
        .await
        .into_iter()
        .filter(|t| {
            t["body"]
                .as_str()
                .unwrap()
                .contains(&format!("{number} gecikir"))
        })
        .collect();
    assert_eq!(delayed.len(), 1, "told once, by text (and by e-mail)");

    app.post_json("/api/dev/billing", &json!({ "down": false }))
        .await;
    assert_eq!(app.debt_checks.check_waiting().await.unwrap(), 2);
    let answered = view(&app, &session, &number).await;
    assert_eq!(answered["status"], "accepted");
    let certificate = app
        .get_json(&format!(
            "/api/verify/{}",
            answered["result"].as_str().unwrap()
        ))
        .await;
    assert_eq!(certificate["title"]["az"], "Borcun olması barədə arayış");
    assert!(
        certificate["subject"].to_string().contains("47,30 ₼"),
        "{certificate}"
    );
    let refused = view(&app, &session, &theirs).await;
    assert_eq!(
        refused["status"], "refused",
        "someone else's code, found out when billing answered"
    );
}

#[tokio::test]
async fn each_number_is_confirmed_once_and_every_chosen_one_is_texted() {
    let app = spawn_app().await;
    let session = logged_in(&app).await;
    const SECOND: &str = "+994553004050";
    confirm_number(&app, &session, "055 300 40 50", SECOND).await;
    let again = call(
        &app,
        &session,
        Method::POST,
        "/api/account/phone",
        json!({ "phone": "050 211 22 33" }),
    )
    .await;
    assert_eq!(
        again.status(),
        200,
        "a confirmed number needs no second code"
    );
    assert_eq!(again.json::<Value>().await.unwrap(), PHONE);
    let settings: Value = call(&app, &session, Method::GET, "/api/account", json!(null))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(settings["phones"], json!([PHONE, SECOND]));
    assert_eq!(
        settings["phone"], PHONE,
        "the one chosen last is the account's"
    );

    let (_, unknown) = send_to(&app, &session, NO_DEBT, &[PHONE, "+994707001122"]).await;
    assert_eq!(
        problems(unknown).await,
        [("phone_not_confirmed".into(), Some("phone".into()))]
    );
    let (number, sent) = send_to(&app, &session, NO_DEBT, &[PHONE, SECOND]).await;
    assert_eq!(sent.status(), 200);
    app.debt_checks.check_waiting().await.unwrap();
    for to in [PHONE, SECOND] {
        let texts: Vec<String> = app
            .mails_to(to)
            .await
            .iter()
            .map(|t| t["body"].as_str().unwrap().to_owned())
            .collect();
        assert!(
            texts
                .iter()
                .any(|t| t.contains(&number) && t.contains("Qəbul edilib")),
            "{to}: {texts:?}"
        );
    }
    // No officer looks at it: the received e-mail says the portal checks it at once.
    let mails = app.mails_to("vuqar@mail.az").await;
    let received = mails
        .iter()
        .filter_map(|m| m["body"].as_str())
        .find(|body| body.contains(&number) && body.contains("Müraciətiniz qəbul olundu"))
        .expect("the received e-mail");
    assert!(
        received.contains("portal müraciəti dərhal yoxlayır"),
        "{received}"
    );
    assert!(!received.contains("əməkdaşı"), "{received}");
}

#[tokio::test]
async fn the_cabinet_lists_every_message_about_the_application_as_it_was_sent() {
    // Logged in by Asan İmza, the account has no e-mail address of its own: the messages go to
    // the number and the address the application gave, and are the account's all the same.
    let app = spawn_app().await;
    let session = logged_in(&app).await;
    let (number, sent) = send(&app, &session, NO_DEBT).await;
    assert_eq!(sent.status(), 200);
    // The automated check answers and tells the applicant too, here or on the server's own
    // worker a moment later: every message is queued once the application is decided.
    app.debt_checks.check_waiting().await.unwrap();
    for _ in 0..50 {
        if view(&app, &session, &number).await["status"] == "accepted" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    app.drain_outbox().await;

    let listed: Value = call(
        &app,
        &session,
        Method::GET,
        "/api/account/notifications",
        json!(null),
    )
    .await
    .json()
    .await
    .unwrap();
    let listed = listed.as_array().unwrap();
    let subjects: Vec<&str> = listed
        .iter()
        .map(|m| m["subject"].as_str().unwrap())
        .collect();
    assert!(
        subjects.iter().all(|s| !s.contains("{{")),
        "rendered as sent: {subjects:?}"
    );
    let received = format!("Qapı: müraciətiniz qəbul olundu — {number}");
    assert!(subjects.contains(&received.as_str()), "{subjects:?}");
    let channels: Vec<&str> = listed
        .iter()
        .map(|m| m["channel"].as_str().unwrap())
        .collect();
    assert!(
        channels.contains(&"sms") && channels.contains(&"email"),
        "{channels:?}"
    );
    assert!(listed.iter().all(|m| m["sent_at"].is_string()));
}
