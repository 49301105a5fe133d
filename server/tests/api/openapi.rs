//! `/api/openapi.json` describes every route of the API: a route can only be added with its
//! description (`routes!` over a `#[utoipa::path]` handler), and the document is one OpenAPI 3
//! reads, with each answer's schema.

use std::collections::{BTreeSet, HashSet};

use reqwest::{Method, StatusCode, header};
use serde_json::Value;

use crate::helpers::spawn_app;

const METHODS: [&str; 5] = ["get", "put", "post", "delete", "patch"];

/// Every (method, path) the document describes.
fn operations(document: &Value) -> Vec<(String, String, &Value)> {
    let paths = document["paths"].as_object().expect("paths");
    paths
        .iter()
        .flat_map(|(path, item)| {
            METHODS.iter().filter_map(move |method| {
                item.get(*method)
                    .map(|operation| (method.to_string(), path.clone(), operation))
            })
        })
        .collect()
}

async fn document(app: &crate::helpers::TestApp) -> Value {
    let response = app.get("/api/openapi.json").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()[header::CACHE_CONTROL],
        "public, max-age=3600",
        "the same for everyone, so caches may keep it"
    );
    response.json().await.unwrap()
}

#[tokio::test]
async fn the_description_is_openapi_3_with_a_schema_for_every_answer() {
    let app = spawn_app().await;
    let document = document(&app).await;

    // The shape is checked here and by schemathesis (`scripts/api-fuzz.sh`); utoipa's own
    // reader is not used, as it cannot read back the empty schema (any JSON) of a free-form
    // answer such as a form's `serde_json::Value`.
    assert!(document["openapi"].as_str().unwrap().starts_with("3."));
    let schemas = document["components"]["schemas"]
        .as_object()
        .expect("components.schemas")
        .clone();
    assert!(schemas.contains_key("ApiErrors"), "the one error shape");

    let mut ids = HashSet::new();
    for (method, path, operation) in operations(&document) {
        let id = operation["operationId"].as_str().unwrap();
        assert!(ids.insert(id.to_owned()), "{id} names two operations");
        assert!(path.starts_with("/api/"), "{path}");

        let declared: BTreeSet<&str> = operation["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["in"] == "path")
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        let in_path: BTreeSet<&str> = path
            .split('/')
            .filter_map(|part| part.strip_prefix('{')?.strip_suffix('}'))
            .collect();
        assert_eq!(declared, in_path, "{method} {path}: its path parameters");

        let responses = operation["responses"].as_object().unwrap();
        assert!(
            responses.keys().any(|status| status.starts_with('2')),
            "{method} {path} says what it answers when it works"
        );
        for status in ["4XX", "5XX"] {
            assert_eq!(
                responses[status]["content"]["application/json"]["schema"]["$ref"],
                "#/components/schemas/ApiErrors",
                "{method} {path}: {status} in the error shape"
            );
        }
    }

    // Every schema a `$ref` names is in the document.
    let text = document.to_string();
    for reference in text.split("\"$ref\":\"").skip(1) {
        let name = reference.split('"').next().unwrap();
        let name = name
            .strip_prefix("#/components/schemas/")
            .unwrap_or_else(|| panic!("{name} is not a schema"));
        assert!(
            schemas.contains_key(name),
            "{name} is referred to but missing"
        );
    }
}

/// The router's only way to an `/api/` route is `.routes(routes!(…))`, which takes handlers
/// with a `#[utoipa::path]` only: a plain `.route(` would add one the document does not know.
/// The client's files (`site.rs`) and `/metrics` (`metrics.rs`) are outside `/api/`.
#[tokio::test]
async fn every_api_route_is_described() {
    let app = spawn_app().await;
    let document = document(&app).await;

    let http = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/http");
    let mut handlers = 0;
    for entry in std::fs::read_dir(&http).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if matches!(name.as_str(), "site.rs" | "metrics.rs") {
            continue;
        }
        let mut source = std::fs::read_to_string(&path).unwrap();
        // The whole described API goes under `/api` in one piece, and so does its document.
        source = source
            .replace(".nest(\"/api\", api)", "")
            .replace("ApiDoc::openapi().nest(\"/api\", routes)", "");
        for undescribed in [".route(", ".route_service(", ".nest(", ".nest_service("] {
            assert!(
                !source.contains(undescribed),
                "{name} adds a route with `{undescribed}`: use `.routes(routes!(handler))` with a \
                 `#[utoipa::path]` on the handler, so /api/openapi.json describes it"
            );
        }
        handlers += source
            .split("routes!(")
            .skip(1)
            .map(|call| call.split(')').next().unwrap().split(',').count())
            .sum::<usize>();
    }
    assert_eq!(
        operations(&document).len(),
        handlers,
        "one operation in the document per handler the router has"
    );
}

/// Each operation of the document reaches a handler: its method is routed at its path (not
/// 405), and a path without parameters is there (not 404).
#[tokio::test]
async fn every_described_operation_is_routed() {
    let app = spawn_app().await;
    let document = document(&app).await;
    for (method, path, _) in operations(&document) {
        let concrete = path
            .split('/')
            .map(|part| if part.starts_with('{') { "1" } else { part })
            .collect::<Vec<_>>()
            .join("/");
        let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
        let response = app
            .http
            .request(method.clone(), app.url(&concrete))
            .send()
            .await
            .unwrap();
        let status = response.status();
        assert_ne!(status, StatusCode::METHOD_NOT_ALLOWED, "{method} {path}");
        if !path.contains('{') {
            assert_ne!(status, StatusCode::NOT_FOUND, "{method} {path}");
        }
    }
}
