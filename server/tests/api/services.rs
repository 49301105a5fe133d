//! The services' register: only a service that takes applications starts one, each keeps its
//! drafts to its own form, and none falls back to another's rules.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{LoggedIn, call, problems, spawn_app};
use crate::state_login::confirmed_login;

#[tokio::test]
async fn a_service_without_an_online_form_starts_no_application() {
    let app = spawn_app().await;
    let session = LoggedIn::from_response(confirmed_login(&app).await).await;
    for service in ["1.1", "33.10"] {
        let response = call(
            &app,
            &session,
            Method::POST,
            "/api/applications",
            json!({ "service": service }),
        )
        .await;
        assert_eq!(response.status(), 422, "{service}");
        assert_eq!(
            problems(response).await,
            vec![("invalid_service_number".into(), Some("service".into()))]
        );
    }
    let mine: Value = call(
        &app,
        &session,
        Method::GET,
        "/api/applications",
        json!(null),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(mine, json!({ "rows": [], "next": null }));
}

#[tokio::test]
async fn a_draft_keeps_to_its_own_services_form() {
    let app = spawn_app().await;
    let session = LoggedIn::from_response(confirmed_login(&app).await).await;
    let draft: Value = call(
        &app,
        &session,
        Method::POST,
        "/api/applications",
        json!({ "service": "42.1" }),
    )
    .await
    .json()
    .await
    .unwrap();
    let number = draft["number"].as_str().unwrap();
    let path = format!("/api/applications/{number}");
    // A draft may be incomplete, but its fields are of the service's form.
    let wrong = json!({ "version": draft["version"], "form": { "phones": "+994502112233" } });
    let response = call(&app, &session, Method::PUT, &path, wrong).await;
    assert_eq!(response.status(), 400);
    assert_eq!(
        problems(response).await,
        vec![("malformed_body".into(), None)]
    );

    let own = json!({
        "version": draft["version"],
        "form": { "subscriber_code": "1000234567", "phones": [], "email": "a@example.az" }
    });
    let response = call(&app, &session, Method::PUT, &path, own).await;
    assert_eq!(response.status(), 200);
    let saved: Value = response.json().await.unwrap();
    assert_eq!(saved["form"]["subscriber_code"], "1000234567");
}
