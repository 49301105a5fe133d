use serde_json::Value;

use crate::helpers::{problems, spawn_app};

#[tokio::test]
async fn the_catalogue_holds_every_service_grouped_by_agency() {
    let app = spawn_app().await;
    let catalogue = app.get_json("/api/catalogue").await;
    let agencies = catalogue["agencies"].as_array().unwrap();
    assert_eq!(agencies.len(), 42);
    let services: Vec<&Value> = agencies
        .iter()
        .flat_map(|a| a["services"].as_array().unwrap())
        .collect();
    assert_eq!(services.len(), 288);
    assert_eq!(
        services
            .iter()
            .filter(|s| s["in_2011_list"] == true)
            .count(),
        285
    );
    let first = &agencies[0];
    assert_eq!(first["number"], 1);
    assert_eq!(first["services"][0]["number"], "1.1");
    let registry_numbers: std::collections::HashSet<&str> = services
        .iter()
        .map(|s| s["registry_number"].as_str().unwrap())
        .collect();
    assert_eq!(registry_numbers.len(), 288, "registry numbers are unique");
}

#[tokio::test]
async fn a_service_page_carries_its_regulation() {
    let app = spawn_app().await;
    let page = app.get_json("/api/services/33.10").await;
    assert_eq!(page["service"]["number"], "33.10");
    assert!(
        page["service"]["title"]["az"]
            .as_str()
            .unwrap()
            .starts_with("Cərimələrin")
    );
    assert_eq!(page["agency"], 33);
    assert!(
        page["agency_name"]["en"]
            .as_str()
            .unwrap()
            .contains("Migration")
    );
    assert!(page["regulation"]["content"]["az"].is_string());
    assert!(
        page["regulation"]["legal_basis"].is_null(),
        "not invented where the seed is silent"
    );

    let unpublished = app.get_json("/api/services/1.1").await;
    assert!(unpublished["regulation"]["content"].is_null());
}

#[tokio::test]
async fn unknown_services_and_agencies_are_404_in_the_error_shape() {
    let app = spawn_app().await;
    for path in [
        "/api/services/99.1",
        "/api/services/33.999",
        "/api/services/abc",
        "/api/agencies/77",
        "/api/nope",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 404, "{path}");
        assert_eq!(
            problems(response).await,
            vec![("not_found".into(), None)],
            "{path}"
        );
    }
}

#[tokio::test]
async fn agencies_come_with_their_service_counts() {
    let app = spawn_app().await;
    let agencies = app.get_json("/api/agencies").await;
    let agencies = agencies.as_array().unwrap();
    assert_eq!(agencies.len(), 42);
    assert_eq!(agencies[32]["number"], 33);
    assert_eq!(agencies[32]["service_count"], 11);
    let total: u64 = agencies
        .iter()
        .map(|a| a["service_count"].as_u64().unwrap())
        .sum();
    assert_eq!(total, 288);
}

#[tokio::test]
async fn an_agency_lists_its_services_in_order() {
    let app = spawn_app().await;
    let agency = app.get_json("/api/agencies/33").await;
    let numbers: Vec<&str> = agency["services"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["number"].as_str().unwrap())
        .collect();
    assert_eq!(numbers.first(), Some(&"33.1"));
    assert_eq!(numbers.last(), Some(&"33.11"));
    assert_eq!(numbers.len(), 11);
}

#[tokio::test]
async fn search_forgives_case_and_diacritics_and_ranks_titles_first() {
    let app = spawn_app().await;
    let hits = app.get_json("/api/services?q=olduqu%20yer").await;
    assert_eq!(hits[0]["service"]["number"], "33.11");

    let hits = app.get_json("/api/services?q=CERIME").await;
    assert_eq!(hits[0]["service"]["number"], "33.10");

    let hits = app.get_json("/api/services?q=miqrasiya").await;
    let hits = hits.as_array().unwrap();
    let first_agency_only = hits.iter().position(|h| {
        !h["service"]["title"]["az"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("miqrasiya")
    });
    let last_title = hits.iter().rposition(|h| {
        h["service"]["title"]["az"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("miqrasiya")
    });
    assert!(first_agency_only.is_some() && last_title.unwrap() < first_agency_only.unwrap());
}

#[tokio::test]
async fn search_needs_something_to_look_for() {
    let app = spawn_app().await;
    let response = app.get("/api/services?q=%20%20").await;
    assert_eq!(response.status(), 422);
    assert_eq!(
        problems(response).await,
        vec![("required".into(), Some("q".into()))]
    );
}

#[tokio::test]
async fn errors_speak_the_request_language() {
    let app = spawn_app().await;
    let message = |lang_header: (&'static str, &'static str)| {
        let request = app
            .http
            .get(app.url("/api/services/99.1"))
            .header(lang_header.0, lang_header.1);
        async move {
            let body: Value = request.send().await.unwrap().json().await.unwrap();
            body["errors"][0]["message"].as_str().unwrap().to_owned()
        }
    };
    let az = message(("accept-language", "fr")).await;
    let ru = message(("accept-language", "ru-RU,ru;q=0.9")).await;
    let en = message(("cookie", "lang=en")).await;
    assert_eq!(az, "Axtardığınız tapılmadı");
    assert_eq!(en, "What you asked for was not found");
    assert_eq!(ru, "Запрошенное не найдено");
}
