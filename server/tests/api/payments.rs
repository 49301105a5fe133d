//! Paying a migration fine through the simulated gateway: lookups, each test card, callbacks,
//! reconciliation, and exactly one payment per fine.

use serde_json::{Value, json};
use server::payments::gateway::{sign_callback, test_cards};

use crate::helpers::{TestApp, pdf_text, problems, spawn_app};

/// Demo fines of `server/data/fines.json`.
const FINE: (&str, &str) = ("20261104000127", "482913");
const PAID_FINE: (&str, &str) = ("20260921000518", "159357");
const CALLBACK_SECRET: &str = "development-payment-callback-secret";

fn fine_form((number, code): (&str, &str)) -> Value {
    json!({ "payment_number": number, "security_code": code, "email": "anna@example.de" })
}

/// "Ödə" for a fine, under an attempt's key.
async fn pay_request(app: &TestApp, fine: (&str, &str), key: &str) -> reqwest::Response {
    app.http
        .post(app.url("/api/fines/payments"))
        .header("idempotency-key", key)
        .json(&fine_form(fine))
        .send()
        .await
        .unwrap()
}

/// Starts paying with an attempt's key; the payment's id and the gateway's order id.
async fn start(app: &TestApp, fine: (&str, &str), key: &str) -> (String, String) {
    let response = pay_request(app, fine, key).await;
    assert_eq!(response.status(), 200);
    let started: Value = response.json().await.unwrap();
    let redirect = started["redirect"].as_str().unwrap();
    let order = redirect
        .strip_prefix("/dev/gateway?order=")
        .expect("the gateway's card page")
        .to_owned();
    (started["payment"].as_str().unwrap().to_owned(), order)
}

pub async fn pay_with(app: &TestApp, order: &str, card: &str) -> reqwest::Response {
    app.post_json(
        &format!("/api/dev/gateway/orders/{order}/card"),
        &json!({ "number": card, "expiry": "12/39", "cvv": "123", "name": "ANNA SCHNEIDER" }),
    )
    .await
}

/// The demo fine as the registry shows it now.
async fn lookup(app: &TestApp) -> Value {
    app.post_json("/api/fines/lookup", &fine_form(FINE))
        .await
        .json()
        .await
        .unwrap()
}

async fn payment(app: &TestApp, id: &str) -> Value {
    app.get_json(&format!("/api/payments/{id}")).await
}

#[tokio::test]
async fn a_wrong_number_or_code_gets_one_answer_and_guessing_is_stopped() {
    let app = spawn_app().await;
    let found = lookup(&app).await;
    assert_eq!(found["amount"], 30000);
    assert_eq!(found["person"], "Schneider Anna");
    assert_eq!(found["paid"], false);

    let malformed = app
        .post_json(
            "/api/fines/lookup",
            &json!({ "payment_number": "12", "security_code": "" }),
        )
        .await;
    assert_eq!(malformed.status(), 422);

    for wrong in [(FINE.0, "000000"), ("20269999999999", FINE.1)] {
        let response = app.post_json("/api/fines/lookup", &fine_form(wrong)).await;
        assert_eq!(response.status(), 409);
        assert_eq!(
            problems(response).await,
            vec![("fine_not_found".into(), None)]
        );
    }
    for _ in 0..8 {
        app.post_json("/api/fines/lookup", &fine_form((FINE.0, "111111")))
            .await;
    }
    let stopped = app.post_json("/api/fines/lookup", &fine_form(FINE)).await;
    assert_eq!(
        stopped.status(),
        429,
        "even the right code waits after ten wrong ones"
    );
}

#[tokio::test]
async fn the_success_card_pays_once_with_a_receipt_and_the_fine_is_marked_paid() {
    let app = spawn_app().await;
    let (id, order) = start(&app, FINE, "attempt-0000000000000001").await;
    let (again, _) = start(&app, FINE, "attempt-0000000000000001").await;
    assert_eq!(again, id, "the same attempt's key gives the same payment");
    let (other_tab, _) = start(&app, FINE, "attempt-0000000000000002").await;
    assert_eq!(other_tab, id, "a second attempt meets the one under way");
    assert_eq!(payment(&app, &id).await["state"], "pending");
    let no_receipt_yet = app.get(&format!("/api/payments/{id}/receipt.pdf")).await;
    assert_eq!(
        no_receipt_yet.status(),
        404,
        "a pending payment has no receipt"
    );

    let answered: Value = pay_with(&app, &order, test_cards::SUCCESS)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(answered["return_to"], format!("/payments/{id}"));
    let paid = payment(&app, &id).await;
    assert_eq!(paid["state"], "paid");
    assert_eq!(paid["amount"], 30000);
    assert_eq!(paid["receipt"]["masked_card"], "411111******1111");
    assert_eq!(paid["receipt"]["rrn"].as_str().unwrap().len(), 12);
    // The receipt names who paid, what for and whom.
    assert_eq!(paid["payer"], "Schneider Anna");
    assert_eq!(paid["article"], "578.1");
    assert_eq!(
        paid["reason"],
        "Olduğu yer üzrə qeydiyyata vaxtında alınmama"
    );
    assert_eq!(paid["payee"]["az"], "Dövlət Miqrasiya Xidməti");

    assert_eq!(paid["email"], "anna@example.de");

    let pdf = app.get(&format!("/api/payments/{id}/receipt.pdf")).await;
    assert!(
        pdf.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    // The PDF says what the page says, and every value the payer gave but the security code.
    let pdf = pdf_text(pdf).await;
    for printed in [
        "Ödəniş nömrəsi",
        "Ödəyən Schneider Anna",
        "578.1",
        "Olduğu yer üzrə qeydiyyata vaxtında alınmama",
        "Dövlət Miqrasiya Xidməti",
        "300,00 AZN",
        "411111******1111",
        "anna@example.de",
    ] {
        assert!(pdf.contains(printed), "{printed} in {pdf}");
    }
    assert!(!pdf.contains(FINE.1), "the security code is not printed");

    let fine = lookup(&app).await;
    assert_eq!(fine["paid"], true);
    assert_eq!(fine["paid_by"], id);
    let mails = app.mails_to("anna@example.de").await;
    assert_eq!(mails.len(), 1);
    assert!(
        mails[0]["body"]
            .as_str()
            .unwrap()
            .contains("411111******1111")
    );

    let after: Value = pay_request(&app, FINE, "attempt-0000000000000003")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        after["redirect"],
        format!("/payments/{id}"),
        "paying a paid fine shows its receipt, never charges again"
    );
    assert_eq!(app.mails_to("anna@example.de").await.len(), 1);
}

#[tokio::test]
async fn each_failing_card_leaves_the_fine_unpaid_and_another_attempt_can_pay() {
    let app = spawn_app().await;
    for (key, card, failure) in [
        (
            "attempt-declined-00000001",
            test_cards::DECLINED,
            "declined",
        ),
        (
            "attempt-insufficient-0001",
            test_cards::INSUFFICIENT_FUNDS,
            "insufficient_funds",
        ),
        (
            "attempt-expired-000000001",
            test_cards::EXPIRED,
            "expired_card",
        ),
    ] {
        let (id, order) = start(&app, FINE, key).await;
        assert_eq!(pay_with(&app, &order, card).await.status(), 200);
        let failed = payment(&app, &id).await;
        assert_eq!(failed["state"], "failed", "{card}");
        assert_eq!(failed["failure"], failure);
    }
    let (id, order) = start(&app, FINE, "attempt-finally-000000001").await;
    pay_with(&app, &order, test_cards::SUCCESS).await;
    assert_eq!(payment(&app, &id).await["state"], "paid");
}

#[tokio::test]
async fn three_d_secure_asks_for_its_code_first() {
    let app = spawn_app().await;
    let (id, order) = start(&app, FINE, "attempt-3ds-0000000000001").await;
    let step: Value = pay_with(&app, &order, test_cards::THREE_DS)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(step["return_to"], Value::Null);
    let path = format!("/api/dev/gateway/orders/{order}/three-ds");
    let wrong = app.post_json(&path, &json!({ "code": "0000" })).await;
    assert_eq!(
        problems(wrong).await,
        vec![("three_ds_wrong".into(), Some("code".into()))]
    );
    assert_eq!(payment(&app, &id).await["state"], "pending");
    let right = app
        .post_json(&path, &json!({ "code": test_cards::THREE_DS_CODE }))
        .await;
    assert_eq!(right.status(), 200);
    assert_eq!(payment(&app, &id).await["state"], "paid");
}

#[tokio::test]
async fn a_gateway_that_does_not_answer_leaves_the_payment_pending_and_nothing_paid() {
    let app = spawn_app().await;
    let (id, order) = start(&app, FINE, "attempt-timeout-000000001").await;
    pay_with(&app, &order, test_cards::TIMEOUT).await;
    assert_eq!(payment(&app, &id).await["state"], "pending");
    app.payments.reconcile().await.unwrap();
    assert_eq!(payment(&app, &id).await["state"], "pending");
    let fine = lookup(&app).await;
    assert_eq!(fine["paid"], false);
}

#[tokio::test]
async fn only_signed_callbacks_are_read_and_a_second_one_changes_nothing() {
    let app = spawn_app().await;
    let (id, order) = start(&app, FINE, "attempt-callback-00000001").await;
    pay_with(&app, &order, test_cards::SUCCESS).await;
    let body = json!({ "order_id": order }).to_string();
    let send = |signature: String| {
        app.http
            .post(app.url("/api/payments/callback"))
            .header("x-signature", signature)
            .header("content-type", "application/json")
            .body(body.clone())
            .send()
    };
    let forged = send(sign_callback(b"not the secret", body.as_bytes()))
        .await
        .unwrap();
    assert_eq!(forged.status(), 401);
    let signed = sign_callback(CALLBACK_SECRET.as_bytes(), body.as_bytes());
    assert_eq!(send(signed.clone()).await.unwrap().status(), 204);
    assert_eq!(send(signed).await.unwrap().status(), 204);
    let paid = payment(&app, &id).await;
    assert_eq!(paid["state"], "paid");
    assert_eq!(
        app.mails_to("anna@example.de").await.len(),
        1,
        "one receipt"
    );
}

#[tokio::test]
async fn a_lost_callback_and_a_closed_tab_are_settled_by_the_reconciliation() {
    let app = spawn_app().await;
    let (id, order) = start(&app, FINE, "attempt-lost-000000000001").await;
    pay_with(&app, &order, test_cards::SUCCESS).await;
    // Nobody comes back: no return, no callback. The job asks the gateway.
    app.payments.reconcile().await.unwrap();
    let fine = lookup(&app).await;
    assert_eq!(fine["paid_by"], id);
}

#[tokio::test]
async fn a_late_charge_for_a_fine_paid_meanwhile_is_refunded_and_the_payer_told() {
    let app = spawn_app().await;
    let (first, order) = start(&app, FINE, "attempt-late-000000000001").await;
    pay_with(&app, &order, test_cards::LATE_CHARGE).await;
    assert_eq!(payment(&app, &first).await["state"], "failed");

    let (second, order) = start(&app, FINE, "attempt-late-000000000002").await;
    assert_ne!(second, first);
    pay_with(&app, &order, test_cards::SUCCESS).await;
    assert_eq!(payment(&app, &second).await["state"], "paid");

    app.payments.reconcile().await.unwrap();
    let refunded = payment(&app, &first).await;
    assert_eq!(refunded["state"], "refunded");
    assert_eq!(payment(&app, &second).await["state"], "paid");
    let mails = app.mails_to("anna@example.de").await;
    assert!(
        mails[0]["subject"]
            .as_str()
            .unwrap()
            .contains("geri qaytarıldı")
    );
}

#[tokio::test]
async fn a_fine_paid_elsewhere_cannot_be_paid_again() {
    let app = spawn_app().await;
    let response = pay_request(&app, PAID_FINE, "attempt-paid-000000000001").await;
    assert_eq!(response.status(), 409);
    assert_eq!(
        problems(response).await,
        vec![("fine_already_paid".into(), None)]
    );
    let no_key = app.post_json("/api/fines/payments", &fine_form(FINE)).await;
    assert_eq!(no_key.status(), 400);
}

#[tokio::test]
async fn concurrent_attempts_on_one_fine_make_one_payment() {
    let app = spawn_app().await;
    let mut attempts = tokio::task::JoinSet::new();
    for i in 0..6 {
        let http = app.http.clone();
        let url = app.url("/api/fines/payments");
        attempts.spawn(async move {
            let response = http
                .post(url)
                .header("idempotency-key", format!("attempt-concurrent-{i:08}"))
                .json(&fine_form(FINE))
                .send()
                .await
                .unwrap();
            let started: Value = response.json().await.unwrap();
            started["payment"].as_str().unwrap().to_owned()
        });
    }
    let ids = attempts.join_all().await;
    assert!(ids.windows(2).all(|w| w[0] == w[1]), "{ids:?}");
}
