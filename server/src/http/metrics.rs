//! `/metrics` for Prometheus, and the middleware that counts every request for it.

use std::time::Instant;

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::AppState;
use super::error::ApiError;
use super::extract::MetricsScraper;
use crate::metrics::{Metrics, SITE_ROUTE, UNMATCHED_ROUTE};

/// Prometheus's text exposition format.
const TEXT_FORMAT: &str = "text/plain; version=0.0.4; charset=utf-8";

pub fn router() -> Router<AppState> {
    Router::new().route("/metrics", get(scrape))
}

async fn scrape(_: MetricsScraper, State(state): State<AppState>) -> Result<Response, ApiError> {
    let outbox = state.store.outbox_backlog().await?;
    Ok((
        [(header::CONTENT_TYPE, TEXT_FORMAT)],
        state.metrics.render(outbox),
    )
        .into_response())
}

/// Counts a request by its route's template, which the router has put on the request by the
/// time a layer of it runs; an address no route matches is counted under one label, the
/// client's pages and files under another, so that made-up addresses add no series.
pub async fn count_requests(
    State(metrics): State<Metrics>,
    request: Request,
    next: Next,
) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let route = match request.extensions().get::<MatchedPath>() {
        Some(route) => route.as_str().to_owned(),
        None if is_api(request.uri().path()) => UNMATCHED_ROUTE.to_owned(),
        None => SITE_ROUTE.to_owned(),
    };
    let response = next.run(request).await;
    metrics.request(
        &method,
        &route,
        response.status().as_u16(),
        started.elapsed(),
    );
    response
}

fn is_api(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/")
}
