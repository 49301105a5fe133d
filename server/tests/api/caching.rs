//! What the API answers a person is theirs alone: no browser or proxy keeps it (`no-store`).
//! Only public reads that say so themselves may be kept.

use reqwest::Method;
use serde_json::json;

use crate::helpers::{OFFICER_PASSWORD, spawn_app};
use crate::place_of_stay::{MIGRATION_OFFICER, decide, sent_application, verified_host};

#[tokio::test]
async fn personal_answers_are_not_stored_and_public_reference_lists_are_cached() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    let number = sent_application(&app, &host).await;
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let accepted = decide(&app, &officer, &number, json!({ "action": "accept" })).await;
    assert_eq!(accepted.status(), 204);

    for path in [
        "/api/session".to_owned(),
        "/api/account".to_owned(),
        "/api/account/export".to_owned(),
        "/api/applications".to_owned(),
        format!("/api/applications/{number}"),
        format!("/api/applications/{number}/result.pdf"),
        "/api/payments".to_owned(),
        "/api/office/queue".to_owned(),
    ] {
        let session = if path.starts_with("/api/office/") {
            &officer
        } else {
            &host
        };
        let response = app
            .as_logged_in(session, Method::GET, &path)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "GET {path}");
        assert_eq!(
            response.headers()["cache-control"],
            "no-store",
            "GET {path}"
        );
    }

    let password_step = app
        .post_json(
            "/api/session",
            &json!({ "email": MIGRATION_OFFICER, "password": OFFICER_PASSWORD }),
        )
        .await;
    assert_eq!(password_step.status(), 200);
    assert_eq!(password_step.headers()["cache-control"], "no-store");

    let refused = app.get("/api/account").await;
    assert_eq!(refused.status(), 401);
    assert_eq!(refused.headers()["cache-control"], "no-store");

    let reference = app.get("/api/reference").await;
    assert_eq!(reference.status(), 200);
    assert_eq!(
        reference.headers()["cache-control"],
        "public, max-age=3600",
        "the forms' lists are the same for everyone"
    );
}
