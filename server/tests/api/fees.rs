//! A fee a defined form asks (the demo form of 9.5 asks 2 manat): the application cannot be
//! sent before it is paid, it is paid once however many clicks and tabs ask, and the receipt
//! names the application.

use std::sync::Arc;

use reqwest::Method;
use serde_json::{Value, json};
use server::payments::gateway::test_cards;

use crate::accounts::registered_account;
use crate::helpers::{LoggedIn, TestApp, call, problems, read, spawn_app};
use crate::payments::pay_with;
use crate::place_of_stay::{save, submit, uploaded_page};

const PASSWORD: &str = "rüsum şifrəsi 2026";
const FEE: i64 = 200;
/// The justice ministry's demo officer, who works 9.5.
const JUSTICE_OFFICER: &str = "justice@demo.qapi.az";

async fn citizen(app: &TestApp, email: &str) -> LoggedIn {
    registered_account(app, email, None, PASSWORD).await;
    app.log_in(email, PASSWORD).await
}

async fn draft(app: &TestApp, session: &LoggedIn, service: &str) -> Value {
    call(
        app,
        session,
        Method::POST,
        "/api/applications",
        json!({ "service": service }),
    )
    .await
    .json()
    .await
    .unwrap()
}

/// A 9.5 application filled in whole, ready to send but for its fee.
async fn filled_in(app: &TestApp, session: &LoggedIn) -> (String, i64) {
    let draft = draft(app, session, "9.5").await;
    let number = draft["number"].as_str().unwrap().to_owned();
    let page = uploaded_page(app, session).await;
    let answers = json!({
        "act_type": "birth",
        "documents_needed": ["repeat_certificate"],
        "copies": "1",
        "supporting_document": [page],
    });
    let saved = save(
        app,
        session,
        &number,
        draft["version"].as_i64().unwrap(),
        &answers,
    )
    .await;
    assert_eq!(saved.status(), 200);
    let saved: Value = saved.json().await.unwrap();
    (number, saved["version"].as_i64().unwrap())
}

/// "Rüsumu ödə" under an attempt's key: the payment's id and where the browser goes.
async fn start(app: &TestApp, session: &LoggedIn, number: &str, key: &str) -> (String, String) {
    let path = format!("/api/applications/{number}/fee");
    let response = app
        .as_logged_in(session, Method::POST, &path)
        .header("idempotency-key", key)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let started: Value = response.json().await.unwrap();
    (
        started["payment"].as_str().unwrap().to_owned(),
        started["redirect"].as_str().unwrap().to_owned(),
    )
}

/// Starts paying: the payment's id and the gateway's order, whose card page it goes to.
async fn pay_fee(app: &TestApp, session: &LoggedIn, number: &str, key: &str) -> (String, String) {
    let (payment, redirect) = start(app, session, number, key).await;
    let order = redirect
        .strip_prefix("/dev/gateway?order=")
        .expect("the gateway's card page")
        .to_owned();
    (payment, order)
}

#[tokio::test]
async fn an_application_is_sent_only_once_its_fee_is_paid_and_the_fee_is_paid_once() {
    let app = Arc::new(spawn_app().await);
    let session = citizen(&app, "rusum@mail.az").await;
    let (number, version) = filled_in(&app, &session).await;

    let fee = read(&app, &session, &format!("/api/applications/{number}/fee")).await;
    assert_eq!(fee, json!({ "amount": FEE, "payment": null }));
    let unpaid = submit(&app, &session, &number, version).await;
    assert_eq!(unpaid.status(), 409);
    assert_eq!(problems(unpaid).await, vec![("fee_not_paid".into(), None)]);

    // A double click (one key, sent four times at once) and three more tabs (a key each), at
    // the same moment: one payment.
    let mut attempts = tokio::task::JoinSet::new();
    for key in (0..4)
        .map(|_| "fee-double-click-0001".to_owned())
        .chain((0..3).map(|tab| format!("fee-another-tab-{tab:04}")))
    {
        let (app, session, number) = (app.clone(), session.clone(), number.clone());
        attempts.spawn(async move { pay_fee(&app, &session, &number, &key).await });
    }
    let started = attempts.join_all().await;
    assert!(
        started.windows(2).all(|pair| pair[0] == pair[1]),
        "one payment and one order: {started:?}"
    );
    let (payment, order) = started[0].clone();

    let fee = read(&app, &session, &format!("/api/applications/{number}/fee")).await;
    assert_eq!(fee["payment"]["state"], "pending");
    assert_eq!(
        submit(&app, &session, &number, version).await.status(),
        409,
        "under way is not paid"
    );

    assert_eq!(
        pay_with(&app, &order, test_cards::SUCCESS).await.status(),
        200
    );
    let fee = read(&app, &session, &format!("/api/applications/{number}/fee")).await;
    assert_eq!(fee["payment"]["id"], payment);
    assert_eq!(fee["payment"]["state"], "paid");
    assert_eq!(
        fee["payment"]["paid_for"],
        json!({ "kind": "fee", "application": number, "service": "9.5" })
    );
    assert_eq!(fee["payment"]["amount"], FEE);

    // Paid: another attempt meets the paid payment and goes to its receipt, not the card page.
    let again = start(&app, &session, &number, "fee-after-paid-0001").await;
    assert_eq!(again, (payment.clone(), format!("/payments/{payment}")));

    let receipt = app.mails_to("rusum@mail.az").await;
    let receipt = receipt
        .iter()
        .find(|mail| mail["subject"].as_str().unwrap().contains("rüsum"))
        .expect("the fee's receipt");
    let body = receipt["body"].as_str().unwrap();
    assert!(
        body.contains(&number) && body.contains("9.5") && body.contains("2,00 ₼"),
        "{body}"
    );

    let pdf = app
        .as_logged_in(
            &session,
            Method::GET,
            &format!("/api/payments/{payment}/receipt.pdf"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(pdf.status(), 200);
    assert!(
        pdf.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains(&number)
    );

    let mine = read(&app, &session, "/api/payments").await;
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(mine[0]["paid_for"]["kind"], "fee");

    let sent = submit(&app, &session, &number, version).await;
    assert_eq!(sent.status(), 200);
    let officer = app.log_in_officer(JUSTICE_OFFICER).await;
    let case = read(
        &app,
        &officer,
        &format!("/api/office/applications/{number}"),
    )
    .await;
    assert_eq!(case["fee"]["id"], payment, "the officer sees the fee paid");
    assert_eq!(case["fee"]["state"], "paid");
    let paying_again = app
        .as_logged_in(
            &session,
            Method::POST,
            &format!("/api/applications/{number}/fee"),
        )
        .header("idempotency-key", "fee-after-sent-0001")
        .send()
        .await
        .unwrap();
    assert_eq!(
        paying_again.status(),
        409,
        "a sent application's fee is not paid again"
    );
}

#[tokio::test]
async fn a_failed_payment_can_be_tried_again_and_nobody_else_sees_the_fee() {
    let app = spawn_app().await;
    let session = citizen(&app, "rusum@mail.az").await;
    let (number, version) = filled_in(&app, &session).await;

    let (first, order) = pay_fee(&app, &session, &number, "fee-first-try-0001").await;
    assert_eq!(
        pay_with(&app, &order, test_cards::DECLINED).await.status(),
        200
    );
    let fee = read(&app, &session, &format!("/api/applications/{number}/fee")).await;
    assert_eq!(fee["payment"]["state"], "failed");
    assert_eq!(fee["payment"]["failure"], "declined");
    assert_eq!(submit(&app, &session, &number, version).await.status(), 409);

    let (second, order) = pay_fee(&app, &session, &number, "fee-second-try-0001").await;
    assert_ne!(second, first, "a new attempt after a failed one");
    assert_eq!(
        pay_with(&app, &order, test_cards::SUCCESS).await.status(),
        200
    );
    let fee = read(&app, &session, &format!("/api/applications/{number}/fee")).await;
    assert_eq!(fee["payment"]["id"], second);
    assert_eq!(submit(&app, &session, &number, version).await.status(), 200);

    let stranger = citizen(&app, "qonsu@mail.az").await;
    let theirs = app
        .as_logged_in(
            &stranger,
            Method::GET,
            &format!("/api/applications/{number}/fee"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(theirs.status(), 404);
    let paying_for_them = app
        .as_logged_in(
            &stranger,
            Method::POST,
            &format!("/api/applications/{number}/fee"),
        )
        .header("idempotency-key", "fee-stranger-0001")
        .send()
        .await
        .unwrap();
    assert_eq!(paying_for_them.status(), 404);

    // 33.1's demo form asks no fee.
    let free = draft(&app, &stranger, "33.1").await;
    let no_fee = app
        .as_logged_in(
            &stranger,
            Method::GET,
            &format!("/api/applications/{}/fee", free["number"].as_str().unwrap()),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(no_fee.status(), 404);
}
