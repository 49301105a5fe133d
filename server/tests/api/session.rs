use serde_json::json;

use crate::accounts::registered_account;
use crate::helpers::{problems, spawn_app};

const PASSWORD: &str = "düzgün şifrə 2026";

#[tokio::test]
async fn log_in_see_who_and_log_out() {
    let app = spawn_app().await;
    registered_account(&app, "leyla@mail.az", None, PASSWORD).await;
    let login = app
        .post_json(
            "/api/session",
            &json!({ "email": "Leyla@MAIL.az", "password": PASSWORD }),
        )
        .await;
    assert_eq!(login.status(), 200);
    let cookie = login.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    // The server ends an idle session; a lifetime on the cookie would end an active one.
    assert!(
        !cookie.contains("Max-Age") && !cookie.contains("Expires"),
        "{cookie}"
    );
    let session_cookie = cookie.split(';').next().unwrap().to_owned();
    let login: serde_json::Value = login.json().await.unwrap();
    assert_eq!(login["step"], "logged_in");
    let info = &login["session"];
    assert_eq!(info["me"]["email"], "leyla@mail.az");
    let csrf = info["csrf_token"].as_str().unwrap().to_owned();

    let with_session = |method: reqwest::Method, csrf: Option<&str>| {
        let request = app
            .http
            .request(method, app.url("/api/session"))
            .header("cookie", &session_cookie);
        match csrf {
            Some(token) => request.header("x-csrf-token", token),
            None => request,
        }
        .send()
    };
    assert_eq!(
        with_session(reqwest::Method::GET, None)
            .await
            .unwrap()
            .status(),
        200
    );

    let without_csrf = with_session(reqwest::Method::DELETE, None).await.unwrap();
    assert_eq!(without_csrf.status(), 403);
    assert_eq!(
        problems(without_csrf).await,
        vec![("csrf_missing".into(), None)]
    );

    let logout = with_session(reqwest::Method::DELETE, Some(&csrf))
        .await
        .unwrap();
    assert_eq!(logout.status(), 204);
    let cleared = logout.headers()["set-cookie"].to_str().unwrap();
    assert!(cleared.contains("Max-Age=0"), "{cleared}");
    let after = with_session(reqwest::Method::GET, None).await.unwrap();
    assert_eq!(after.status(), 200);
    assert_eq!(
        after.json::<serde_json::Value>().await.unwrap(),
        serde_json::Value::Null,
        "no one is logged in any more"
    );
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_address_get_the_same_answer() {
    let app = spawn_app().await;
    registered_account(&app, "kamran@mail.az", None, PASSWORD).await;
    for (email, password) in [
        ("kamran@mail.az", "wrong password"),
        ("nobody@mail.az", PASSWORD),
        ("not an email", PASSWORD),
    ] {
        let response = app
            .post_json(
                "/api/session",
                &json!({ "email": email, "password": password }),
            )
            .await;
        assert_eq!(response.status(), 401, "{email}");
        assert_eq!(
            problems(response).await,
            vec![("login_failed".into(), None)]
        );
    }
}

#[tokio::test]
async fn guessing_is_slowed_down_per_account() {
    let app = spawn_app().await;
    registered_account(&app, "sevinc@mail.az", None, PASSWORD).await;
    for _ in 0..5 {
        let response = app
            .post_json(
                "/api/session",
                &json!({ "email": "sevinc@mail.az", "password": "guess 123456" }),
            )
            .await;
        assert_eq!(response.status(), 401);
    }
    let blocked = app
        .post_json(
            "/api/session",
            &json!({ "email": "sevinc@mail.az", "password": PASSWORD }),
        )
        .await;
    assert_eq!(blocked.status(), 429);
    let wait: u64 = blocked.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        (895..=900).contains(&wait),
        "the first failure frees a place in {wait} s"
    );
}

#[tokio::test]
async fn a_forged_session_is_no_one_and_opens_nothing() {
    let app = spawn_app().await;
    let forged = |path: &str| {
        app.http
            .get(app.url(path))
            .header("cookie", "qapi_session=forged")
            .send()
    };
    let who = forged("/api/session").await.unwrap();
    assert_eq!(who.status(), 200, "asking who is logged in is not an error");
    assert_eq!(
        who.json::<serde_json::Value>().await.unwrap(),
        serde_json::Value::Null
    );
    let account = forged("/api/account").await.unwrap();
    assert_eq!(account.status(), 401);
    assert_eq!(problems(account).await, vec![("unauthorized".into(), None)]);
}

/// The session's stored expiry, and the seconds it leaves from now.
async fn stored_expiry(db: &sqlx::AnyPool) -> (String, i64) {
    sqlx::query_as(
        "SELECT expires_at, \
         CAST(strftime('%s', expires_at) AS BIGINT) - CAST(strftime('%s', 'now') AS BIGINT) \
         FROM sessions",
    )
    .fetch_one(db)
    .await
    .unwrap()
}

#[tokio::test]
async fn use_extends_a_session_at_most_once_a_minute_and_idle_time_still_ends_it() {
    let app = spawn_app().await;
    registered_account(&app, "aysel@mail.az", None, PASSWORD).await;
    let session = app.log_in("aysel@mail.az", PASSWORD).await;
    let db = app.database().await;
    let who = || {
        app.as_logged_in(&session, reqwest::Method::GET, "/api/session")
            .send()
    };
    let (at_login, _) = stored_expiry(&db).await;
    for _ in 0..5 {
        assert_eq!(who().await.unwrap().status(), 200);
    }
    assert_eq!(
        stored_expiry(&db).await.0,
        at_login,
        "used within the minute: read, not written"
    );

    // Two minutes without use, as if they had passed.
    sqlx::query(
        "UPDATE sessions SET expires_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+29 minutes')",
    )
    .execute(&db)
    .await
    .unwrap();
    assert_eq!(who().await.unwrap().status(), 200);
    let (_, left) = stored_expiry(&db).await;
    assert!(
        (30 * 60..=31 * 60).contains(&left),
        "extended to the idle time and at most a minute more: {left} s"
    );

    // The idle time over.
    sqlx::query(
        "UPDATE sessions SET expires_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-1 seconds')",
    )
    .execute(&db)
    .await
    .unwrap();
    let ended = who().await.unwrap();
    assert_eq!(ended.status(), 200);
    assert_eq!(
        ended.json::<serde_json::Value>().await.unwrap(),
        serde_json::Value::Null,
        "the session ended"
    );
}

#[tokio::test]
async fn a_forgotten_password_is_reset_by_an_e_mailed_link() {
    let app = spawn_app().await;
    registered_account(&app, "nigar@mail.az", None, PASSWORD).await;
    let unknown = app
        .post_json(
            "/api/accounts/password-reset",
            &json!({ "email": "nobody@mail.az" }),
        )
        .await;
    assert_eq!(
        unknown.status(),
        202,
        "the same answer for an unknown address"
    );
    assert!(app.mails_to("nobody@mail.az").await.is_empty());

    let reset = app
        .post_json(
            "/api/accounts/password-reset",
            &json!({ "email": "Nigar@mail.az" }),
        )
        .await;
    assert_eq!(reset.status(), 202);
    let mails = app.mails_to("nigar@mail.az").await;
    assert_eq!(mails[0]["subject"], "Qapı: şifrənin bərpası");
    let body = mails[0]["body"].as_str().unwrap();
    let token = body
        .split("token=")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap();
    let new_password = "yeni və uzun şifrə 2027";
    let set = app
        .post_json(
            "/api/accounts/password",
            &json!({ "token": token, "password": new_password }),
        )
        .await;
    assert_eq!(set.status(), 200);

    let old = app
        .post_json(
            "/api/session",
            &json!({ "email": "nigar@mail.az", "password": PASSWORD }),
        )
        .await;
    assert_eq!(old.status(), 401);
    let new = app
        .post_json(
            "/api/session",
            &json!({ "email": "nigar@mail.az", "password": new_password }),
        )
        .await;
    assert_eq!(new.status(), 200);

    let bad = app
        .post_json(
            "/api/accounts/password-reset",
            &json!({ "email": "nigar@" }),
        )
        .await;
    assert_eq!(
        problems(bad).await,
        vec![("invalid_email".into(), Some("email".into()))]
    );
}

#[tokio::test]
async fn guessing_is_slowed_down_per_address_across_accounts() {
    let app = spawn_app().await;
    for i in 0..30 {
        let response = app
            .post_json(
                "/api/session",
                &json!({ "email": format!("guess{i}@mail.az"), "password": "guess 123456" }),
            )
            .await;
        assert_eq!(response.status(), 401, "attempt {i}");
    }
    let blocked = app
        .post_json(
            "/api/session",
            &json!({ "email": "another@mail.az", "password": PASSWORD }),
        )
        .await;
    assert_eq!(blocked.status(), 429);
}
