use serde_json::{Value, json};

use crate::helpers::{
    ClientBuild, TestApp, count, problems, spawn_app, spawn_app_configured, statuses_at_once,
};

/// A citizen in the population-registry simulator's demo data.
const FIN: &str = "F00MBEG";
const SURNAME: &str = "Nəsirov";

async fn registration(app: &TestApp, email: &str, fin: Option<&str>) -> Value {
    let (captcha_id, captcha_answer) = app.solved_captcha().await;
    json!({
        "email": email, "surname": SURNAME, "name": "Vüqar", "fin": fin,
        "captcha_id": captcha_id, "captcha_answer": captcha_answer.to_lowercase(),
    })
}

/// The token of the link in the newest e-mail to `to`.
pub async fn link_token(app: &TestApp, to: &str, path: &str) -> String {
    let mails = app.mails_to(to).await;
    let body = mails[0]["body"].as_str().unwrap();
    let start = body
        .find(&format!("http://qapi.test{path}?token="))
        .expect("the link is in the e-mail");
    let link = body[start..].split_whitespace().next().unwrap();
    link.rsplit_once("token=").unwrap().1.to_owned()
}

/// An account taken through registration, both links and a password.
pub async fn registered_account(app: &TestApp, email: &str, fin: Option<&str>, password: &str) {
    let response = app
        .post_json("/api/accounts", &registration(app, email, fin).await)
        .await;
    assert_eq!(response.status(), 202);
    let token = link_token(app, email, "/account/confirm").await;
    assert_eq!(
        app.post_json("/api/accounts/confirm", &json!({ "token": token }))
            .await
            .status(),
        200
    );
    let token = link_token(app, email, "/account/password").await;
    let set = app
        .post_json(
            "/api/accounts/password",
            &json!({ "token": token, "password": password }),
        )
        .await;
    assert_eq!(set.status(), 200);
}

#[tokio::test]
async fn register_confirm_and_set_the_password_by_the_two_links() {
    let app = spawn_app().await;
    let response = app
        .post_json(
            "/api/accounts",
            &registration(&app, "vuqar@mail.az", Some("f00mbeg")).await,
        )
        .await;
    assert_eq!(response.status(), 202);

    let mails = app.mails_to("vuqar@mail.az").await;
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0]["subject"], "Qapı: e-poçt ünvanınızı təsdiqləyin");
    let token = link_token(&app, "vuqar@mail.az", "/account/confirm").await;

    let confirmed = app
        .post_json("/api/accounts/confirm", &json!({ "token": token }))
        .await;
    assert_eq!(confirmed.status(), 200);
    let again = app
        .post_json("/api/accounts/confirm", &json!({ "token": token }))
        .await;
    assert_eq!(
        problems(again).await,
        vec![("link_invalid".into(), Some("token".into()))],
        "single use"
    );

    let mails = app.mails_to("vuqar@mail.az").await;
    assert_eq!(mails.len(), 2, "the password link follows at once");
    let token = link_token(&app, "vuqar@mail.az", "/account/password").await;
    let short = app
        .post_json(
            "/api/accounts/password",
            &json!({ "token": token, "password": "short" }),
        )
        .await;
    assert_eq!(
        problems(short).await,
        vec![("password_too_short".into(), Some("password".into()))]
    );
    let set = app
        .post_json(
            "/api/accounts/password",
            &json!({ "token": token, "password": "düzgün şifrə 2026" }),
        )
        .await;
    assert_eq!(set.status(), 200);
}

#[tokio::test]
async fn a_wrong_or_reused_captcha_is_refused_and_keeps_nothing() {
    let app = spawn_app().await;
    let mut body = registration(&app, "a@mail.az", None).await;
    let good_answer = body["captcha_answer"].clone();
    body["captcha_answer"] = json!("WRONG");
    let response = app.post_json("/api/accounts", &body).await;
    assert_eq!(response.status(), 422);
    assert_eq!(
        problems(response).await,
        vec![("captcha_wrong".into(), Some("captcha_answer".into()))]
    );

    body["captcha_answer"] = good_answer;
    let reused = app.post_json("/api/accounts", &body).await;
    assert_eq!(
        problems(reused).await,
        vec![("captcha_wrong".into(), Some("captcha_answer".into()))]
    );
    assert!(app.mails_to("a@mail.az").await.is_empty());
}

#[tokio::test]
async fn a_fin_must_be_the_registering_persons_own() {
    let app = spawn_app().await;
    let mut body = registration(&app, "b@mail.az", Some(FIN)).await;
    body["surname"] = json!("Başqası");
    let response = app.post_json("/api/accounts", &body).await;
    assert_eq!(
        problems(response).await,
        vec![("unknown_fin".into(), Some("fin".into()))]
    );

    let unknown = app
        .post_json(
            "/api/accounts",
            &registration(&app, "b@mail.az", Some("ZZZZZZZ")).await,
        )
        .await;
    assert_eq!(
        problems(unknown).await,
        vec![("unknown_fin".into(), Some("fin".into()))]
    );

    let bad = app
        .post_json(
            "/api/accounts",
            &registration(&app, "b@mail.az", Some("12")).await,
        )
        .await;
    assert_eq!(
        problems(bad).await,
        vec![("invalid_fin".into(), Some("fin".into()))]
    );
}

#[tokio::test]
async fn a_second_registration_tells_the_owner_and_reveals_nothing() {
    let app = spawn_app().await;
    let first = app
        .post_json(
            "/api/accounts",
            &registration(&app, "c@mail.az", Some(FIN)).await,
        )
        .await;
    assert_eq!(first.status(), 202);
    let same_address = app
        .post_json(
            "/api/accounts",
            &registration(&app, "c@mail.az", None).await,
        )
        .await;
    assert_eq!(same_address.status(), 202);
    let same_fin = app
        .post_json(
            "/api/accounts",
            &registration(&app, "other@mail.az", Some(FIN)).await,
        )
        .await;
    assert_eq!(same_fin.status(), 202);

    let mails = app.mails_to("c@mail.az").await;
    let subjects: Vec<&str> = mails
        .iter()
        .map(|m| m["subject"].as_str().unwrap())
        .collect();
    assert_eq!(
        subjects.iter().filter(|s| s.contains("artıq var")).count(),
        2
    );
    assert!(app.mails_to("other@mail.az").await.is_empty());
}

#[tokio::test]
async fn one_address_registered_from_three_tabs_at_once_makes_one_account() {
    let app = spawn_app().await;
    let mut forms = Vec::new();
    for _ in 0..3 {
        forms.push(registration(&app, "tabs@mail.az", None).await);
    }
    let sent = forms
        .iter()
        .map(|form| app.post_json("/api/accounts", form));
    for response in futures_util::future::join_all(sent).await {
        assert_eq!(response.status(), 202);
    }
    let mails = app.mails_to("tabs@mail.az").await;
    let subjects: Vec<&str> = mails
        .iter()
        .map(|m| m["subject"].as_str().unwrap())
        .collect();
    assert_eq!(subjects.len(), 3, "{subjects:?}");
    assert_eq!(
        subjects.iter().filter(|s| s.contains("artıq var")).count(),
        2,
        "the two later tabs tell the owner: {subjects:?}"
    );
}

#[tokio::test]
async fn a_confirmation_link_opened_in_five_tabs_at_once_confirms_once() {
    let app = spawn_app().await;
    let response = app
        .post_json(
            "/api/accounts",
            &registration(&app, "five@mail.az", None).await,
        )
        .await;
    assert_eq!(response.status(), 202);
    let token = link_token(&app, "five@mail.az", "/account/confirm").await;
    let body = json!({ "token": token });
    let sent = (0..5).map(|_| app.post_json("/api/accounts/confirm", &body));
    let statuses = statuses_at_once(sent).await;
    assert_eq!(count(&statuses, 200), 1, "{statuses:?}");
    assert_eq!(
        app.mails_to("five@mail.az").await.len(),
        2,
        "one password link"
    );
}

#[tokio::test]
async fn forged_and_missing_tokens_are_refused() {
    let app = spawn_app().await;
    for token in [json!("0".repeat(64)), json!(""), Value::Null] {
        let response = app
            .post_json("/api/accounts/confirm", &json!({ "token": token }))
            .await;
        assert_eq!(response.status(), 422);
        assert_eq!(
            problems(response).await,
            vec![("link_invalid".into(), Some("token".into()))]
        );
    }
}

#[tokio::test]
async fn e_mails_go_out_in_the_language_of_the_registration() {
    let app = spawn_app().await;
    let body = registration(&app, "anna@example.de", None).await;
    let response = app
        .http
        .post(app.url("/api/accounts"))
        .header("cookie", "lang=en")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 202);
    let mails = app.mails_to("anna@example.de").await;
    assert_eq!(mails[0]["subject"], "Qapı: confirm your e-mail address");
    assert!(
        mails[0]["message_id"]
            .as_str()
            .unwrap()
            .ends_with("@qapi.test>")
    );
}

#[tokio::test]
async fn the_browsers_proof_of_work_stands_in_for_the_picture() {
    let app = spawn_app().await;
    let form = |id: &str, nonce: u64| {
        json!({
            "email": "anna@example.de", "surname": "Schneider", "name": "Anna",
            "captcha_id": id, "captcha_work": nonce,
        })
    };
    let (id, bits) = captcha(&app).await;
    assert_eq!(
        bits,
        app::api::WORK_BITS,
        "the first challenges ask the least work"
    );
    let nonce = app::api::find_work(&id, bits, 0, u64::MAX).unwrap();
    let wrong = (nonce + 1..)
        .find(|n| !app::api::work_holds(&id, bits, *n))
        .unwrap();
    let refused = app.post_json("/api/accounts", &form(&id, wrong)).await;
    assert_eq!(refused.status(), 422);
    assert_eq!(
        problems(refused).await,
        vec![("captcha_wrong".into(), Some("captcha_answer".into()))]
    );
    let reused = app.post_json("/api/accounts", &form(&id, nonce)).await;
    assert_eq!(
        reused.status(),
        422,
        "a challenge is used up by its first attempt"
    );

    let (id, bits) = captcha(&app).await;
    let nonce = app::api::find_work(&id, bits, 0, u64::MAX).unwrap();
    let accepted = app.post_json("/api/accounts", &form(&id, nonce)).await;
    assert_eq!(accepted.status(), 202);
}

#[tokio::test]
async fn an_address_that_keeps_asking_for_captchas_is_asked_for_more_work() {
    let app = spawn_app_configured(ClientBuild::Development, |settings| {
        settings.limits.captchas_per_hour_at_least_work = 2;
    })
    .await;
    let mut asked = Vec::new();
    for _ in 0..5 {
        asked.push(captcha(&app).await.1);
    }
    let base = app::api::WORK_BITS;
    assert_eq!(asked, [base, base, base + 1, base + 1, base + 2]);

    let (id, bits) = captcha(&app).await;
    assert_eq!(bits, base + 2);
    let too_little = (0..)
        .find(|n| app::api::work_holds(&id, base, *n) && !app::api::work_holds(&id, bits, *n))
        .unwrap();
    let refused = app
        .post_json(
            "/api/accounts",
            &json!({
                "email": "bot@example.de", "surname": "Bot", "name": "Bot",
                "captcha_id": id, "captcha_work": too_little,
            }),
        )
        .await;
    assert_eq!(
        problems(refused).await,
        vec![("captcha_wrong".into(), Some("captcha_answer".into()))]
    );
}

/// A new captcha's id and the proof of work it asks for.
async fn captcha(app: &TestApp) -> (String, u32) {
    let body: Value = app
        .post_json("/api/captcha", &json!({}))
        .await
        .json()
        .await
        .unwrap();
    let bits = u32::try_from(body["work_bits"].as_u64().unwrap()).unwrap();
    (body["id"].as_str().unwrap().to_owned(), bits)
}

#[tokio::test]
async fn names_with_hidden_or_control_characters_are_refused_and_others_composed() {
    let app = spawn_app().await;
    let mut form = registration(&app, "gizli@mail.az", None).await;
    form["surname"] = json!("Quliyeva\u{202E}");
    form["name"] = json!("Ay\u{0000}nur");
    let refused = app.post_json("/api/accounts", &form).await;
    assert_eq!(
        problems(refused).await,
        vec![
            ("hidden_characters".into(), Some("surname".into())),
            ("hidden_characters".into(), Some("name".into())),
        ]
    );

    let mut form = registration(&app, "gizli@mail.az", None).await;
    form["surname"] = json!("Me\u{0301}mmədova");
    assert_eq!(app.post_json("/api/accounts", &form).await.status(), 202);
    let (surname,): (String,) =
        sqlx::query_as("SELECT surname FROM accounts WHERE email = 'gizli@mail.az'")
            .fetch_one(&app.database().await)
            .await
            .unwrap();
    assert_eq!(surname, "Mémmədova", "kept composed (NFC)");
}
