//! A path parameter that does not parse names nothing: every such address is answered 404 in
//! the API's error shape, never in the framework's plain text.

use reqwest::Method;

use crate::helpers::{problems, spawn_app};

const ADMINISTRATOR: &str = "admin@demo.qapi.az";

#[tokio::test]
async fn a_parameter_that_does_not_parse_is_not_found_in_the_error_shape() {
    let app = spawn_app().await;
    // An officer's session is a logged-in person's too, so it passes every route's login check
    // and reaches the parameters.
    let admin = app.log_in_officer(ADMINISTRATOR).await;
    let routes = [
        (Method::DELETE, "/api/hosts/me/staff/abc"),
        (Method::GET, "/api/services/33.11/form/abc"),
        (Method::GET, "/api/services/33.11/form/99999999999"),
        (
            Method::POST,
            "/api/office/applications/2026-000001/changes/abc",
        ),
        (Method::POST, "/api/office/host-addresses/abc/verify"),
        (Method::POST, "/api/office/officers/abc/deactivate"),
        (Method::POST, "/api/office/complaints/1.5/answer"),
        (Method::GET, "/api/office/registry/applications/abc"),
        (
            Method::POST,
            "/api/office/registry/applications/abc/approve",
        ),
        (Method::POST, "/api/office/registry/applications/abc/refuse"),
        // Text parameters too: percent-escapes that are not UTF-8.
        (Method::GET, "/api/services/%FF"),
        (Method::GET, "/api/verify/%C3%28"),
        (Method::GET, "/api/applications/%FF/result.pdf"),
    ];
    for (method, path) in routes {
        let response = app
            .as_logged_in(&admin, method.clone(), path)
            .json(&serde_json::json!({}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 404, "{method} {path}");
        assert_eq!(
            response.headers()["content-type"],
            "application/json",
            "{method} {path}"
        );
        assert_eq!(
            problems(response).await,
            [("not_found".to_owned(), None)],
            "{method} {path}"
        );
    }
}
