use std::time::{Duration, Instant};

use app::api::{Catalogue, SearchHit};
use app::domain::SearchQuery;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{ClientBuild, TestApp, problems, spawn_app, spawn_app_configured};

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

/// The numbers of the services the list shows, and of those a search finds.
async fn listed_and_found(app: &TestApp, query: &str) -> (Vec<String>, Vec<String>) {
    let catalogue = app.get_json("/api/catalogue").await;
    let listed = catalogue["agencies"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["services"].as_array().unwrap())
        .map(|s| s["number"].as_str().unwrap().to_owned())
        .collect();
    let hits = app.get_json(&format!("/api/services?q={query}")).await;
    let found = hits
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["service"]["number"].as_str().unwrap().to_owned())
        .collect();
    (listed, found)
}

async fn service_count(app: &TestApp, agency: usize) -> u64 {
    app.get_json("/api/agencies").await[agency - 1]["service_count"]
        .as_u64()
        .unwrap()
}

#[tokio::test]
async fn the_registrys_changes_show_at_once_in_the_list_the_agencies_and_the_search() {
    let app = spawn_app().await;
    let registered = app
        .operator(Method::POST, "/api/registry/services")
        .json(&json!({
            "agency": 33,
            "title": { "az": "Vizanın uzadılması", "en": "Extending a visa", "ru": "" },
            "kind": "interactive"
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(registered.status(), 201);
    let (listed, found) = listed_and_found(&app, "vizanin").await;
    assert!(listed.contains(&"33.12".to_owned()));
    assert_eq!(found, ["33.12"]);
    assert_eq!(service_count(&app, 33).await, 12);
    let agency = app.get_json("/api/agencies/33").await;
    assert_eq!(agency["services"][11]["number"], "33.12");
    let title = |page: serde_json::Value| page["service"]["title"]["az"].clone();
    assert_eq!(
        title(app.get_json("/api/services/33.12").await),
        "Vizanın uzadılması"
    );

    let amended = app
        .operator(Method::PATCH, "/api/registry/services/33.12")
        .json(&json!({ "title": { "az": "Vizanın ekspress artırılması", "en": "Extending a visa", "ru": "Продление визы" } }))
        .send()
        .await
        .unwrap();
    assert_eq!(amended.status(), 200);
    let (_, found) = listed_and_found(&app, "ekspress").await;
    assert_eq!(found, ["33.12"]);
    assert_eq!(
        title(app.get_json("/api/services/33.12").await),
        "Vizanın ekspress artırılması",
        "the page read before the change is not kept past it"
    );
    let (_, found) = listed_and_found(&app, "uzadilmasi%20viza").await;
    assert!(
        !found.contains(&"33.12".to_owned()),
        "the old title is gone"
    );
    let (_, found) = listed_and_found(
        &app,
        "%D0%BF%D1%80%D0%BE%D0%B4%D0%BB%D0%B5%D0%BD%D0%B8%D0%B5%20%D0%B2%D0%B8%D0%B7%D1%8B",
    )
    .await;
    assert!(
        found.contains(&"33.12".to_owned()),
        "the Russian title it gained"
    );

    let cancelled = app
        .operator(Method::POST, "/api/registry/services/33.12/cancel")
        .json(&json!({ "reason": "Xidmət birləşdirildi" }))
        .send()
        .await
        .unwrap();
    assert_eq!(cancelled.status(), 200);
    let (listed, found) = listed_and_found(&app, "ekspress").await;
    assert!(!listed.contains(&"33.12".to_owned()));
    assert!(found.is_empty());
    assert_eq!(service_count(&app, 33).await, 11);
    assert_eq!(app.get("/api/services/33.12").await.status(), 404);
}

#[tokio::test]
async fn another_servers_change_shows_within_a_second_or_so() {
    let app = spawn_app().await;
    let url = app.database_url();
    let other = spawn_app_configured(ClientBuild::Development, move |settings| {
        settings.database.url = url.into();
    })
    .await;
    let (before, _) = listed_and_found(&other, "vizanin").await;
    assert!(!before.contains(&"33.12".to_owned()));

    let registered = app
        .operator(Method::POST, "/api/registry/services")
        .json(&json!({
            "agency": 33,
            "title": { "az": "Vizanın uzadılması", "en": "", "ru": "" },
            "kind": "interactive"
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(registered.status(), 201);
    let shown = async |app: &TestApp, query: &str| {
        let started = Instant::now();
        loop {
            let (_, found) = listed_and_found(app, query).await;
            if found.contains(&"33.12".to_owned()) {
                return started.elapsed();
            }
            assert!(started.elapsed() < Duration::from_secs(5), "never shown");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    };
    assert!(shown(&other, "vizanin").await < Duration::from_secs(2));

    // A change made at the database's prompt shows too: the version moves with every change.
    sqlx::query("UPDATE services SET title_az = 'Vizanın ekspress uzadılması' WHERE agency = 33 AND position = 12")
        .execute(&app.database().await)
        .await
        .unwrap();
    assert!(shown(&app, "ekspress").await < Duration::from_secs(2));
    assert!(shown(&other, "ekspress").await < Duration::from_secs(2));
}

#[tokio::test]
async fn the_search_answers_as_the_catalogue_searched_whole_does() {
    let app = spawn_app().await;
    let catalogue: Catalogue =
        serde_json::from_value(app.get_json("/api/catalogue").await).unwrap();
    // Words of every language's titles and agency names, as typed and cut short, and pairs.
    let mut queries: Vec<String> = catalogue
        .agencies
        .iter()
        .flat_map(|a| {
            let titles = a.services.iter().flat_map(|s| s.title.all());
            a.name.all().into_iter().chain(titles)
        })
        .flat_map(|text| {
            let words: Vec<&str> = text.split_whitespace().collect();
            let mut typed: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            typed.extend(words.iter().map(|w| w.chars().take(4).collect::<String>()));
            typed.extend(words.windows(2).map(|pair| pair.join(" ")));
            typed
        })
        .collect();
    queries.sort();
    queries.dedup();
    // Every 40th, so the test stays quick: a few hundred searches.
    let queries: Vec<&String> = queries.iter().step_by(40).collect();
    assert!(queries.len() > 100, "{}", queries.len());
    let mut found_some = 0;
    for typed in queries {
        let Some(query) = SearchQuery::parse(typed) else {
            continue;
        };
        let response = app
            .http
            .get(app.url("/api/services"))
            .query(&[("q", typed)])
            .send()
            .await
            .unwrap();
        let hits: Vec<SearchHit> = response.json().await.unwrap();
        assert_eq!(hits, catalogue.search(&query), "{typed}");
        found_some += usize::from(!hits.is_empty());
    }
    assert!(found_some > 100);
}

#[tokio::test]
async fn the_list_and_the_agencies_come_back_as_not_modified_until_they_change() {
    let app = spawn_app().await;
    for path in ["/api/catalogue", "/api/agencies"] {
        let first = app.get(path).await;
        assert_eq!(first.headers()["cache-control"], "no-cache", "{path}");
        let etag = first.headers()["etag"].to_str().unwrap().to_owned();
        assert!(etag.starts_with("W/\""), "{path}: {etag}");
        let again = app
            .http
            .get(app.url(path))
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304, "{path}");
        assert_eq!(again.headers()["etag"], etag.as_str());
        assert!(again.bytes().await.unwrap().is_empty());
        let other = app
            .http
            .get(app.url(path))
            .header("if-none-match", "W/\"something-else\"")
            .send()
            .await
            .unwrap();
        assert_eq!(other.status(), 200, "{path}");
    }

    let etag = app.get("/api/catalogue").await.headers()["etag"].clone();
    let registered = app
        .operator(Method::POST, "/api/registry/services")
        .json(&json!({
            "agency": 33,
            "title": { "az": "Vizanın uzadılması", "en": "", "ru": "" },
            "kind": "interactive"
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(registered.status(), 201);
    let changed = app
        .http
        .get(app.url("/api/catalogue"))
        .header("if-none-match", etag.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), 200);
    assert_ne!(changed.headers()["etag"], etag);
}

#[tokio::test]
async fn the_list_comes_compressed_once_in_the_encoding_asked_for() {
    use std::io::Read;

    let app = spawn_app().await;
    let plain = app.get("/api/catalogue").await;
    assert!(plain.headers().get("content-encoding").is_none());
    assert_eq!(plain.headers()["vary"], "accept-encoding");
    let plain = plain.bytes().await.unwrap();
    let fetch = async |accepted: &str| {
        let response = app
            .http
            .get(app.url("/api/catalogue"))
            .header("accept-encoding", accepted)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], "application/json");
        let coding = response.headers()["content-encoding"]
            .to_str()
            .unwrap()
            .to_owned();
        (coding, response.bytes().await.unwrap())
    };

    let (coding, brotli) = fetch("gzip, deflate, br, zstd").await;
    assert_eq!(coding, "br");
    let mut unpacked = Vec::new();
    brotli::Decompressor::new(&brotli[..], 4096)
        .read_to_end(&mut unpacked)
        .unwrap();
    assert_eq!(unpacked, plain);
    assert!(
        brotli.len() * 5 < plain.len(),
        "{} of {}",
        brotli.len(),
        plain.len()
    );

    let (coding, gzip) = fetch("gzip").await;
    assert_eq!(coding, "gzip");
    let mut unpacked = Vec::new();
    flate2::read::GzDecoder::new(&gzip[..])
        .read_to_end(&mut unpacked)
        .unwrap();
    assert_eq!(unpacked, plain);
}
