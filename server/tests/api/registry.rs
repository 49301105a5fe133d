use reqwest::Method;
use serde_json::json;

use crate::helpers::{problems, spawn_app};

fn new_service() -> serde_json::Value {
    json!({
        "agency": 33,
        "title": { "az": "Vizanın uzadılması üçün e-müraciət", "en": "E-application to extend a visa", "ru": "" },
        "kind": "interactive"
    })
}

#[tokio::test]
async fn the_registry_needs_the_operator() {
    let app = spawn_app().await;
    let anonymous = app
        .http
        .post(app.url("/api/registry/services"))
        .json(&new_service())
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);
    let wrong = app
        .http
        .post(app.url("/api/registry/services"))
        .bearer_auth("guess")
        .json(&new_service())
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    assert_eq!(problems(wrong).await, vec![("unauthorized".into(), None)]);
}

#[tokio::test]
async fn registering_gives_the_next_number_and_a_unique_registry_number() {
    let app = spawn_app().await;
    let response = app
        .operator(Method::POST, "/api/registry/services")
        .json(&new_service())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let record: serde_json::Value = response.json().await.unwrap();
    assert_eq!(record["service"]["number"], "33.12");
    assert_eq!(record["service"]["registry_number"], "ER-000289");
    assert_eq!(record["history"][0]["action"], "registered");

    let page = app.get_json("/api/services/33.12").await;
    assert_eq!(
        page["service"]["title"]["en"],
        "E-application to extend a visa"
    );
    let hits = app.get_json("/api/services?q=vizanin").await;
    assert_eq!(hits[0]["service"]["number"], "33.12");
}

#[tokio::test]
async fn a_bad_registration_names_every_field_at_once() {
    let app = spawn_app().await;
    let body = json!({ "agency": 77, "title": { "az": " ", "en": "", "ru": "" }, "kind": "magic" });
    let response = app
        .operator(Method::POST, "/api/registry/services")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    assert_eq!(
        problems(response).await,
        vec![
            ("required".into(), Some("title.az".into())),
            ("invalid_kind".into(), Some("kind".into()))
        ]
    );

    let body =
        json!({ "agency": 77, "title": { "az": "Ad", "en": "", "ru": "" }, "kind": "informative" });
    let response = app
        .operator(Method::POST, "/api/registry/services")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    assert_eq!(
        problems(response).await,
        vec![("unknown_agency".into(), Some("agency".into()))]
    );
}

#[tokio::test]
async fn a_body_that_is_not_json_is_400_not_500() {
    let app = spawn_app().await;
    let response = app
        .operator(Method::POST, "/api/registry/services")
        .header("content-type", "application/json")
        .body("{\"agency\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(
        problems(response).await,
        vec![("malformed_body".into(), None)]
    );

    let huge = json!({ "agency": 33, "title": { "az": "x".repeat(300_000), "en": "", "ru": "" }, "kind": "informative" });
    let response = app
        .operator(Method::POST, "/api/registry/services")
        .json(&huge)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
}

#[tokio::test]
async fn amending_changes_the_record_and_keeps_the_history() {
    let app = spawn_app().await;
    let amendment = json!({ "kind": "informative", "title": { "az": "Cərimələrin onlayn ödənilməsi", "en": "Paying fines online", "ru": "Оплата штрафов онлайн" } });
    let response = app
        .operator(Method::PATCH, "/api/registry/services/33.10")
        .json(&amendment)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let record: serde_json::Value = response.json().await.unwrap();
    assert_eq!(record["service"]["kind"], "informative");
    assert_eq!(record["service"]["kind_derived"], false);
    let actions: Vec<&str> = record["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["registered", "amended"]);
    assert_eq!(
        record["history"][0]["data"]["service"]["title"]["az"],
        "Cərimələrin internet vasitəsilə ödənilməsi"
    );

    let page = app.get_json("/api/services/33.10").await;
    assert_eq!(page["service"]["title"]["ru"], "Оплата штрафов онлайн");
    assert!(
        page["regulation"]["content"].is_object(),
        "an amendment without a regulation keeps it"
    );
}

#[tokio::test]
async fn the_operator_marks_a_service_e_muraciet_and_an_amendment_without_the_mark_keeps_it() {
    let app = spawn_app().await;
    let seeded = app.get_json("/api/services/36.1").await;
    assert_eq!(
        seeded["service"]["correspondence"], true,
        "the 2011 list's E-müraciət"
    );
    let before = app.get_json("/api/services/1.1").await;
    assert_eq!(before["service"]["correspondence"], false);

    let amend = |body: serde_json::Value| {
        app.operator(Method::PATCH, "/api/registry/services/1.1")
            .json(&body)
            .send()
    };
    let marked = amend(json!({ "correspondence": true })).await.unwrap();
    assert_eq!(marked.status(), 200);
    let record: serde_json::Value = marked.json().await.unwrap();
    assert_eq!(record["service"]["correspondence"], true);
    assert_eq!(
        record["history"][0]["data"]["service"]["correspondence"],
        false
    );
    let page = app.get_json("/api/services/1.1").await;
    assert_eq!(page["service"]["correspondence"], true);
    let listed = app.get_json("/api/catalogue").await;
    let card = listed["agencies"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["services"].as_array().unwrap())
        .find(|s| s["number"] == "1.1")
        .cloned()
        .unwrap();
    assert_eq!(card["correspondence"], true, "{card}");

    let retitled = amend(json!({ "title": { "az": "Övladlığa götürmə barədə məktub", "en": "A letter on adoption", "ru": "Письмо об усыновлении" } }))
        .await
        .unwrap();
    assert_eq!(retitled.status(), 200);
    let page = app.get_json("/api/services/1.1").await;
    assert_eq!(page["service"]["correspondence"], true, "kept");

    let unmarked = amend(json!({ "correspondence": false })).await.unwrap();
    assert_eq!(unmarked.status(), 200);
    let page = app.get_json("/api/services/1.1").await;
    assert_eq!(page["service"]["correspondence"], false);
}

#[tokio::test]
async fn cancelling_leaves_the_catalogue_but_not_the_history() {
    let app = spawn_app().await;
    let cancel = |reason: serde_json::Value| {
        app.operator(Method::POST, "/api/registry/services/4.7/cancel")
            .json(&reason)
            .send()
    };
    let response = cancel(json!({})).await.unwrap();
    assert_eq!(response.status(), 422);
    assert_eq!(
        problems(response).await,
        vec![("required".into(), Some("reason".into()))]
    );

    let response = cancel(json!({ "reason": "Xidmət birləşdirilib" }))
        .await
        .unwrap();
    assert_eq!(response.status(), 200);

    assert_eq!(app.get("/api/services/4.7").await.status(), 404);
    let catalogue = app.get_json("/api/catalogue").await;
    let agency4 = &catalogue["agencies"][3]["services"];
    assert!(
        agency4
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["number"] != "4.7")
    );

    let record: serde_json::Value = app
        .operator(Method::GET, "/api/registry/services/4.7")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(record["cancelled"], true);
    assert_eq!(record["history"][1]["action"], "cancelled");
    assert_eq!(
        record["history"][1]["data"]["reason"],
        "Xidmət birləşdirilib"
    );

    let again = cancel(json!({ "reason": "twice" })).await.unwrap();
    assert_eq!(again.status(), 409);
    let amend = app
        .operator(Method::PATCH, "/api/registry/services/4.7")
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(amend.status(), 409);

    let next = app
        .operator(Method::POST, "/api/registry/services")
        .json(&json!({
            "agency": 4, "title": { "az": "Yeni", "en": "", "ru": "" }, "kind": "informative"
        }))
        .send()
        .await
        .unwrap();
    let record: serde_json::Value = next.json().await.unwrap();
    assert_eq!(
        record["service"]["number"], "4.8",
        "a cancelled number is not given again"
    );
}
