//! Limits under a burst: requests sent at once are held to the same limit as requests sent one
//! after another, and links and sessions end when a newer one or a new password says so.

use reqwest::Method;
use serde_json::{Value, json};

use crate::accounts::registered_account;
use crate::helpers::{
    ClientBuild, OFFICER_PASSWORD, TestApp, count, problems, spawn_app, spawn_app_configured,
    statuses_at_once,
};

const PASSWORD: &str = "düzgün şifrə 2026";

/// Sends the same request `times` times at once; the statuses, in order.
async fn burst(app: &TestApp, path: &str, body: &Value, times: usize) -> Vec<u16> {
    statuses_at_once((0..times).map(|_| app.post_json(path, body))).await
}

/// The token of the link in a message.
fn token_in(mail: &Value) -> String {
    let body = mail["body"].as_str().unwrap();
    let start = body.find("token=").unwrap() + "token=".len();
    body[start..].split_whitespace().next().unwrap().to_owned()
}

async fn newest_token(app: &TestApp, to: &str) -> String {
    token_in(&app.mails_to(to).await[0])
}

#[tokio::test]
async fn a_burst_of_wrong_passwords_checks_no_more_than_the_limit() {
    let app = spawn_app().await;
    registered_account(&app, "sevda@mail.az", None, PASSWORD).await;
    let guess = json!({ "email": "sevda@mail.az", "password": "guess 123456" });
    let statuses = burst(&app, "/api/session", &guess, 40).await;
    assert_eq!(count(&statuses, 401), 5, "{statuses:?}");
    assert_eq!(count(&statuses, 429), 35, "{statuses:?}");

    let right = app
        .post_json(
            "/api/session",
            &json!({ "email": "sevda@mail.az", "password": PASSWORD }),
        )
        .await;
    assert_eq!(right.status(), 429, "the right password waits too");
    let wait: u64 = right.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((880..=900).contains(&wait), "retry after {wait}");
    assert_eq!(
        problems(right).await,
        vec![("too_many_attempts".into(), None)]
    );
}

#[tokio::test]
async fn a_burst_of_wrong_fine_codes_checks_no_more_than_the_limit() {
    let app = spawn_app().await;
    let wrong = json!({ "payment_number": "20261104000127", "security_code": "000000" });
    let statuses = burst(&app, "/api/fines/lookup", &wrong, 40).await;
    assert_eq!(count(&statuses, 409), 10, "{statuses:?}");
    assert_eq!(count(&statuses, 429), 30, "{statuses:?}");
}

#[tokio::test]
async fn the_right_password_among_a_burst_forgives_the_failures_before_it() {
    let app = spawn_app().await;
    registered_account(&app, "samir@mail.az", None, PASSWORD).await;
    for _ in 0..4 {
        let wrong = app
            .post_json(
                "/api/session",
                &json!({ "email": "samir@mail.az", "password": "guess 123456" }),
            )
            .await;
        assert_eq!(wrong.status(), 401);
    }
    app.log_in("samir@mail.az", PASSWORD).await;
    for _ in 0..5 {
        let wrong = app
            .post_json(
                "/api/session",
                &json!({ "email": "samir@mail.az", "password": "guess 123456" }),
            )
            .await;
        assert_eq!(wrong.status(), 401, "the count started again");
    }
}

#[tokio::test]
async fn a_burst_of_wrong_authenticator_codes_checks_no_more_than_the_limit() {
    let app = spawn_app().await;
    let officer = "azerisiq@demo.qapi.az";
    let login = app
        .post_json(
            "/api/session",
            &json!({ "email": officer, "password": OFFICER_PASSWORD }),
        )
        .await;
    let challenge = login.json::<Value>().await.unwrap()["challenge"].clone();
    let right = app.officer_code(officer).await;
    // Every digit changed: not the code of this step.
    let wrong: String = right
        .chars()
        .map(|d| char::from_digit((d.to_digit(10).unwrap() + 5) % 10, 10).unwrap())
        .collect();
    let guess = json!({ "challenge": challenge, "code": wrong });
    let statuses = burst(&app, "/api/session/second-factor", &guess, 13).await;
    // Checked and wrong, at most the limit; the rest refused, or finding the challenge ended
    // by the first refusal. A refusal ends the challenge without waiting for other writers, so
    // it may end before any admitted check runs (on PostgreSQL it usually does): none checked.
    let checked = count(&statuses, 422);
    assert!(checked <= 5, "{statuses:?}");
    assert_eq!(
        checked + count(&statuses, 429) + count(&statuses, 409),
        13,
        "{statuses:?}"
    );

    let late = app
        .post_json(
            "/api/session/second-factor",
            &json!({ "challenge": challenge, "code": right }),
        )
        .await;
    assert_ne!(
        late.status(),
        200,
        "the right code after the limit opens nothing"
    );
}

#[tokio::test]
async fn password_resets_are_limited_the_same_for_known_and_unknown_addresses() {
    let app = spawn_app().await;
    registered_account(&app, "nermin@mail.az", None, PASSWORD).await;
    for email in ["nermin@mail.az", "nobody@mail.az"] {
        let statuses = burst(
            &app,
            "/api/accounts/password-reset",
            &json!({ "email": email }),
            12,
        )
        .await;
        assert_eq!(count(&statuses, 202), 3, "{email}: {statuses:?}");
        assert_eq!(count(&statuses, 429), 9, "{email}: {statuses:?}");
    }
    // One from registration's two links, three resets.
    assert_eq!(app.mails_to("nermin@mail.az").await.len(), 2 + 3);
    assert!(app.mails_to("nobody@mail.az").await.is_empty());

    let limited = app
        .post_json(
            "/api/accounts/password-reset",
            &json!({ "email": "nermin@mail.az" }),
        )
        .await;
    assert!(
        limited.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse::<u64>()
            .unwrap()
            > 3500
    );
    assert_eq!(
        problems(limited).await,
        vec![("limit_reached".into(), None)]
    );
}

#[tokio::test]
async fn one_client_cannot_ask_for_resets_of_every_address() {
    let app = spawn_app_configured(ClientBuild::Development, |settings| {
        settings.limits.password_resets_per_hour_from_address = 4;
    })
    .await;
    let forms: Vec<Value> = (0..10)
        .map(|i| json!({ "email": format!("person{i}@mail.az") }))
        .collect();
    let requests = forms
        .iter()
        .map(|form| app.post_json("/api/accounts/password-reset", form));
    let statuses = statuses_at_once(requests).await;
    assert_eq!(count(&statuses, 202), 4, "{statuses:?}");
    assert_eq!(count(&statuses, 429), 6, "{statuses:?}");
}

async fn registration(app: &TestApp, email: &str) -> Value {
    let (captcha_id, captcha_answer) = app.solved_captcha().await;
    json!({
        "email": email, "surname": "Quliyeva", "name": "Aynur",
        "captcha_id": captcha_id, "captcha_answer": captcha_answer.to_lowercase(),
    })
}

#[tokio::test]
async fn registrations_are_limited_per_address_named_and_per_client() {
    let app = spawn_app_configured(ClientBuild::Development, |settings| {
        settings.limits.registrations_per_hour_from_address = 5;
    })
    .await;
    let mut forms = Vec::new();
    for _ in 0..6 {
        forms.push(registration(&app, "aynur@mail.az").await);
    }
    let statuses = statuses_at_once(forms.iter().map(|f| app.post_json("/api/accounts", f))).await;
    assert_eq!(count(&statuses, 202), 3, "{statuses:?}");
    assert_eq!(count(&statuses, 429), 3, "{statuses:?}");

    let mut others = Vec::new();
    for i in 0..4 {
        others.push(registration(&app, &format!("other{i}@mail.az")).await);
    }
    let statuses = statuses_at_once(others.iter().map(|f| app.post_json("/api/accounts", f))).await;
    assert_eq!(
        count(&statuses, 202),
        2,
        "five from one client in an hour: {statuses:?}"
    );
    let refused = app
        .post_json("/api/accounts", &registration(&app, "late@mail.az").await)
        .await;
    assert_eq!(refused.status(), 429);
    assert_eq!(
        problems(refused).await,
        vec![("limit_reached".into(), None)]
    );
}

#[tokio::test]
async fn a_reset_password_ends_every_session_and_every_earlier_link() {
    let app = spawn_app().await;
    registered_account(&app, "rauf@mail.az", None, PASSWORD).await;
    let session = app.log_in("rauf@mail.az", PASSWORD).await;

    for _ in 0..2 {
        let reset = app
            .post_json(
                "/api/accounts/password-reset",
                &json!({ "email": "rauf@mail.az" }),
            )
            .await;
        assert_eq!(reset.status(), 202);
    }
    let mails = app.mails_to("rauf@mail.az").await;
    let (newer, older) = (token_in(&mails[0]), token_in(&mails[1]));
    let stale = app
        .post_json(
            "/api/accounts/password",
            &json!({ "token": older, "password": "köhnə linklə şifrə 2027" }),
        )
        .await;
    assert_eq!(
        problems(stale).await,
        vec![("link_invalid".into(), Some("token".into()))],
        "a newer link ended the older one"
    );
    let set = app
        .post_json(
            "/api/accounts/password",
            &json!({ "token": newer, "password": "yeni və uzun şifrə 2027" }),
        )
        .await;
    assert_eq!(set.status(), 200);

    assert_eq!(
        app.who(&session).await,
        serde_json::Value::Null,
        "the session from before the reset ended"
    );
    app.log_in("rauf@mail.az", "yeni və uzun şifrə 2027").await;
}

#[tokio::test]
async fn an_earlier_address_change_link_cannot_switch_the_address_back() {
    let app = spawn_app().await;
    registered_account(&app, "first@mail.az", None, PASSWORD).await;
    let session = app.log_in("first@mail.az", PASSWORD).await;
    for address in ["second@mail.az", "third@mail.az"] {
        let asked = app
            .as_logged_in(&session, Method::POST, "/api/account/email")
            .json(&json!({ "email": address }))
            .send()
            .await
            .unwrap();
        assert_eq!(asked.status(), 202);
    }
    let second = newest_token(&app, "second@mail.az").await;
    let third = newest_token(&app, "third@mail.az").await;
    let used = app
        .post_json("/api/account/email/confirm", &json!({ "token": third }))
        .await;
    assert_eq!(used.status(), 204);
    let earlier = app
        .post_json("/api/account/email/confirm", &json!({ "token": second }))
        .await;
    assert_eq!(
        earlier.status(),
        422,
        "the earlier link ended when the later was sent"
    );
    app.log_in("third@mail.az", PASSWORD).await;
}
