use crate::helpers::spawn_app;

#[tokio::test]
async fn health_answers() {
    let app = spawn_app().await;
    let health = app.get_json("/api/health").await;
    assert_eq!(health["status"], "ok");
}

#[tokio::test]
async fn client_routes_get_the_app_and_other_paths_a_real_404() {
    let app = spawn_app().await;
    for path in [
        "/",
        "/services",
        "/services?q=cerime",
        "/agencies/33",
        "/services/33.10",
        "/services/33.10/apply",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("<title>Qapı</title>"),
            "{path}"
        );
    }
    for path in [
        "/nope",
        "/services/33.10/x",
        "/agencies/abc",
        "/pkg/missing.js",
    ] {
        assert_eq!(app.get(path).await.status(), 404, "{path}");
    }
}

#[tokio::test]
async fn hashed_files_are_cached_for_good_and_pages_are_revalidated() {
    let app = spawn_app().await;
    let file = app.get("/pkg/app-0123abcd.js").await;
    assert_eq!(file.status(), 200);
    assert_eq!(
        file.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    let page = app.get("/services").await;
    assert_eq!(page.headers()["cache-control"], "no-cache");
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in ["/", "/api/catalogue", "/api/nope"] {
        let response = app.get(path).await;
        let csp = response.headers()["content-security-policy"]
            .to_str()
            .unwrap();
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval'") && !csp.contains("unsafe-inline"),
            "{path}"
        );
        assert_eq!(response.headers()["x-content-type-options"], "nosniff");
        assert_eq!(response.headers()["x-frame-options"], "DENY");
    }
}

#[tokio::test]
async fn built_files_go_out_precompressed() {
    let app = spawn_app().await;
    let response = app
        .http
        .get(app.url("/pkg/app-0123abcd.js"))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "br");
    assert_eq!(
        response.bytes().await.unwrap(),
        "brotli bytes",
        "the stored file, not compressed again"
    );
}

#[tokio::test]
async fn responses_are_compressed_when_asked() {
    let app = spawn_app().await;
    let response = app
        .http
        .get(app.url("/api/catalogue"))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "br");
}
