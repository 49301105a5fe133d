//! The built client: hashed files with long cache lives, the app's page for every client route
//! (`index.html`, which is the home page's first paint, or `shell.html` for the others), and a
//! real 404 (still the app, which says so) for any other path.

use std::path::Path;

use app::routes::ClientRoute;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tower_http::services::ServeDir;

/// Files under this path carry a content hash in their names, so they never change.
const HASHED: &str = "/pkg/";

#[derive(Clone)]
struct Index(Bytes);

pub async fn router(site_dir: &Path) -> anyhow::Result<Router> {
    let index_path = site_dir.join("index.html");
    let index = tokio::fs::read(&index_path).await.map_err(|e| {
        anyhow::anyhow!(
            "cannot read {} ({e}): build the client first with `make client`",
            index_path.display()
        )
    })?;
    let client_route = get(index_for_client_route).with_state(Index(index.into()));
    let files = ServeDir::new(site_dir)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false)
        .fallback(client_route);
    Ok(Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn(cache_control)))
}

async fn index_for_client_route(State(Index(index)): State<Index>, uri: Uri) -> Response {
    let status = if ClientRoute::parse(uri.path()).is_some() {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        index,
    )
        .into_response()
}

async fn cache_control(request: Request, next: Next) -> Response {
    let hashed = request.uri().path().starts_with(HASHED);
    let mut response = next.run(request).await;
    let value = if hashed && response.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}
