//! Logging in through the identity simulators: Asan İmza confirmed on the "phone", refused,
//! with a wrong PIN1 or an unknown holder; E-Gov through its page; and the cabinet's history.

use serde_json::{Value, json};

use crate::accounts::registered_account;
use crate::helpers::{TestApp, problems, spawn_app};

/// A demo holder of `server/data/asan_imza.json`: Nəsirov Vüqar.
const PHONE: &str = "050 211 22 33";
const USER_ID: &str = "100001";
const PIN1: &str = "1111";
const FIN: &str = "F00MBEG";
const PASSWORD: &str = "düzgün şifrə 2026";

async fn start_asan_imza(app: &TestApp) -> Value {
    let started = app
        .post_json(
            "/api/login/asan-imza",
            &json!({ "phone": PHONE, "user_id": USER_ID }),
        )
        .await;
    assert_eq!(started.status(), 200);
    started.json().await.unwrap()
}

/// The request the simulated phone shows for a challenge.
async fn on_the_phone(app: &TestApp, challenge: &Value) -> Value {
    let waiting = app.get_json("/api/dev/identity/asan-imza").await;
    waiting
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["verification_code"] == challenge["verification_code"])
        .cloned()
        .expect("the phone shows the request with the same code")
}

async fn progress(app: &TestApp, challenge: &Value) -> reqwest::Response {
    let attempt = challenge["attempt"].as_str().unwrap();
    app.post_json(&format!("/api/login/attempts/{attempt}"), &json!({}))
        .await
}

/// A whole Asan İmza login: started, confirmed with PIN1 on the phone, and asked after.
pub async fn confirmed_login(app: &TestApp) -> reqwest::Response {
    let challenge = start_asan_imza(app).await;
    let request = on_the_phone(app, &challenge).await;
    let path = format!(
        "/api/dev/identity/asan-imza/{}",
        request["id"].as_str().unwrap()
    );
    let confirmed = app
        .post_json(&path, &json!({ "confirm": true, "pin1": PIN1 }))
        .await;
    assert_eq!(confirmed.status(), 200);
    progress(app, &challenge).await
}

fn session_cookie(response: &reqwest::Response) -> String {
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    cookie.split(';').next().unwrap().to_owned()
}

#[tokio::test]
async fn every_means_is_listed_and_the_simulators_say_so() {
    let app = spawn_app().await;
    let means = app.get_json("/api/login/means").await;
    assert_eq!(
        means,
        json!([
            { "means": "password", "connection": "connected" },
            { "means": "asan_imza", "connection": "simulator" },
            { "means": "e_signature", "connection": "simulator" },
            { "means": "egov", "connection": "simulator" },
        ])
    );
}

#[tokio::test]
async fn asan_imza_logs_in_once_the_phone_confirms_with_pin1() {
    let app = spawn_app().await;
    let challenge = start_asan_imza(&app).await;
    let code = challenge["verification_code"].as_str().unwrap();
    assert!(code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit()));

    let waiting = progress(&app, &challenge).await;
    assert_eq!(waiting.status(), 200);
    assert_eq!(
        waiting.json::<Value>().await.unwrap(),
        json!({ "state": "waiting" })
    );

    let request = on_the_phone(&app, &challenge).await;
    assert_eq!(request["phone"], "+994502112233");
    let answer_path = format!(
        "/api/dev/identity/asan-imza/{}",
        request["id"].as_str().unwrap()
    );
    let wrong_pin = app
        .post_json(&answer_path, &json!({ "confirm": true, "pin1": "0000" }))
        .await;
    assert_eq!(wrong_pin.status(), 422);
    assert_eq!(
        problems(wrong_pin).await,
        vec![("pin1_wrong".into(), Some("pin1".into()))]
    );
    let confirmed = app
        .post_json(&answer_path, &json!({ "confirm": true, "pin1": PIN1 }))
        .await;
    assert_eq!(confirmed.status(), 200);

    let logged_in = progress(&app, &challenge).await;
    assert_eq!(logged_in.status(), 200);
    let cookie = session_cookie(&logged_in);
    let body: Value = logged_in.json().await.unwrap();
    assert_eq!(body["state"], "logged_in");
    assert_eq!(body["session"]["me"]["fin"], FIN);
    assert_eq!(body["session"]["me"]["surname"], "Nəsirov");
    assert_eq!(body["session"]["me"]["email"], Value::Null);

    let me = app
        .http
        .get(app.url("/api/session"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), 200);

    let again = progress(&app, &challenge).await;
    assert_eq!(again.status(), 409, "an attempt logs in once");
    assert_eq!(problems(again).await, vec![("login_expired".into(), None)]);
}

#[tokio::test]
async fn a_refusal_on_the_phone_ends_the_login() {
    let app = spawn_app().await;
    let challenge = start_asan_imza(&app).await;
    let request = on_the_phone(&app, &challenge).await;
    let refused = app
        .post_json(
            &format!(
                "/api/dev/identity/asan-imza/{}",
                request["id"].as_str().unwrap()
            ),
            &json!({ "confirm": false }),
        )
        .await;
    assert_eq!(refused.status(), 200);
    let ended = progress(&app, &challenge).await;
    assert_eq!(ended.status(), 409);
    assert_eq!(problems(ended).await, vec![("login_refused".into(), None)]);
}

#[tokio::test]
async fn asan_imza_names_bad_fields_and_unknown_holders() {
    let app = spawn_app().await;
    let bad = app
        .post_json(
            "/api/login/asan-imza",
            &json!({ "phone": "12", "user_id": "" }),
        )
        .await;
    assert_eq!(bad.status(), 422);
    assert_eq!(
        problems(bad).await,
        vec![
            ("invalid_phone".into(), Some("phone".into())),
            ("required".into(), Some("user_id".into())),
        ]
    );
    let unknown = app
        .post_json(
            "/api/login/asan-imza",
            &json!({ "phone": PHONE, "user_id": "999999" }),
        )
        .await;
    assert_eq!(unknown.status(), 422);
    assert_eq!(
        problems(unknown).await,
        vec![("unknown_asan_imza".into(), Some("user_id".into()))]
    );
    let forged = app
        .post_json(
            &format!("/api/login/attempts/{}", "ab".repeat(32)),
            &json!({}),
        )
        .await;
    assert_eq!(forged.status(), 409);
}

#[tokio::test]
async fn egov_sends_the_browser_to_its_page_and_back() {
    let app = spawn_app().await;
    let started = app.post_json("/api/login/egov", &json!({})).await;
    assert_eq!(started.status(), 200);
    let challenge: Value = started.json().await.unwrap();
    let redirect = challenge["redirect"].as_str().unwrap();
    let id = redirect
        .strip_prefix("/dev/identity?means=egov&request=")
        .expect("the simulator's page");

    let unknown_person = app
        .post_json(
            &format!("/api/dev/identity/egov/{id}"),
            &json!({ "confirm": true, "fin": "0000000" }),
        )
        .await;
    assert_eq!(unknown_person.status(), 422);
    let chosen: Value = app
        .post_json(
            &format!("/api/dev/identity/egov/{id}"),
            &json!({ "confirm": true, "fin": "JDYH41Q" }),
        )
        .await
        .json()
        .await
        .unwrap();
    let attempt = challenge["attempt"].as_str().unwrap();
    assert_eq!(
        chosen["return_to"],
        format!("/login/return?attempt={attempt}")
    );
    let logged_in: Value = progress(&app, &challenge).await.json().await.unwrap();
    assert_eq!(logged_in["session"]["me"]["surname"], "Schneider");

    let unknown_means = app.post_json("/api/login/sms", &json!({})).await;
    assert_eq!(unknown_means.status(), 404);
}

#[tokio::test]
async fn a_state_login_reaches_the_account_registered_with_that_fin() {
    let app = spawn_app().await;
    registered_account(&app, "vuqar@mail.az", Some(FIN), PASSWORD).await;
    let by_password = app
        .post_json(
            "/api/session",
            &json!({ "email": "vuqar@mail.az", "password": PASSWORD }),
        )
        .await;
    assert_eq!(by_password.status(), 200);
    let response = confirmed_login(&app).await;
    let cookie = session_cookie(&response);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["session"]["me"]["email"], "vuqar@mail.az");

    let history: Value = app
        .http
        .get(app.url("/api/session/logins"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let means: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["means"].as_str().unwrap())
        .collect();
    assert_eq!(means, ["asan_imza", "password"], "newest first");
}

#[tokio::test]
async fn log_out_everywhere_ends_every_session_of_the_account() {
    let app = spawn_app().await;
    let mut cookies = Vec::new();
    let mut csrf = String::new();
    for _ in 0..2 {
        let response = confirmed_login(&app).await;
        cookies.push(session_cookie(&response));
        let body: Value = response.json().await.unwrap();
        csrf = body["session"]["csrf_token"].as_str().unwrap().to_owned();
    }
    let everywhere = app
        .http
        .delete(app.url("/api/sessions"))
        .header("cookie", &cookies[1])
        .header("x-csrf-token", &csrf)
        .send()
        .await
        .unwrap();
    assert_eq!(everywhere.status(), 204);
    for cookie in &cookies {
        let me = app
            .http
            .get(app.url("/api/session"))
            .header("cookie", cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(me.json::<Value>().await.unwrap(), Value::Null, "ended");
    }
}

#[tokio::test]
async fn an_unconfirmed_registration_does_not_keep_a_proven_persons_fin() {
    let app = spawn_app().await;
    let (captcha_id, captcha_answer) = app.solved_captcha().await;
    let claimed = app
        .post_json(
            "/api/accounts",
            &json!({
                "email": "someone-else@mail.az", "surname": "Nəsirov", "name": "Vüqar", "fin": FIN,
                "captcha_id": captcha_id, "captcha_answer": captcha_answer,
            }),
        )
        .await;
    assert_eq!(claimed.status(), 202);
    let body: Value = confirmed_login(&app).await.json().await.unwrap();
    assert_eq!(body["session"]["me"]["email"], Value::Null);
    let reset = app
        .post_json(
            "/api/accounts/password-reset",
            &json!({ "email": "someone-else@mail.az" }),
        )
        .await;
    assert_eq!(reset.status(), 202);
    assert!(app.mails_to("someone-else@mail.az").await.iter().all(|m| {
        !m["body"]
            .as_str()
            .unwrap()
            .contains("/account/password?token=")
    }));
}
