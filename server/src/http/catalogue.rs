//! The public catalogue of e-services: no login, read only.

use app::api::{Agency, ErrorCode, SearchHit, ServicePage};
use app::domain::{AgencyNumber, SearchQuery, ServiceNumber};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;

use super::AppState;
use super::error::ApiError;
use super::extract::ApiQuery;
use crate::catalogue::Serialised;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/catalogue", get(catalogue))
        .route("/agencies", get(agencies))
        .route("/agencies/{number}", get(agency))
        .route("/services", get(search))
        .route("/services/{number}", get(service))
}

async fn catalogue(State(state): State<AppState>, headers: HeaderMap) -> Response {
    published(&state.catalogue.current().await.listing, &headers)
}

async fn agencies(State(state): State<AppState>, headers: HeaderMap) -> Response {
    published(&state.catalogue.current().await.agencies, &headers)
}

/// An answer serialised once per edition of the catalogue, or 304 to a client that holds it.
/// Clients ask again every time (`no-cache`) so that a change shows at once; what they hold
/// comes back as a 304.
fn published(answer: &Serialised, headers: &HeaderMap) -> Response {
    let caching = [
        (header::ETAG, answer.etag.clone()),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
    ];
    if holds(headers, &answer.etag) {
        return (StatusCode::NOT_MODIFIED, caching).into_response();
    }
    let json = (
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    (caching, [json], answer.body.clone()).into_response()
}

/// Whether `If-None-Match` names the answer's tag; the comparison is weak, as for any GET.
fn holds(headers: &HeaderMap, etag: &HeaderValue) -> bool {
    let opaque = |tag: &str| tag.trim().trim_start_matches("W/").to_owned();
    let Some(ours) = etag.to_str().ok().map(opaque) else {
        return false;
    };
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|tag| tag.trim() == "*" || opaque(tag) == ours)
}

async fn agency(
    State(state): State<AppState>,
    Path(number): Path<String>,
) -> Result<Json<Agency>, ApiError> {
    let number = AgencyNumber::parse(&number).ok_or(ApiError::NotFound)?;
    state
        .catalogue
        .current()
        .await
        .agency(number)
        .cloned()
        .map(Json)
        .ok_or(ApiError::NotFound)
}

#[derive(Deserialize)]
struct SearchParams {
    q: Option<String>,
}

/// The same search the client runs as the user types, for links and other clients.
async fn search(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> Result<Json<Vec<SearchHit>>, ApiError> {
    let query = params
        .q
        .as_deref()
        .and_then(SearchQuery::parse)
        .ok_or_else(|| ApiError::Invalid(vec![(ErrorCode::Required, "q".into())]))?;
    Ok(Json(state.catalogue.current().await.search(&query)))
}

async fn service(
    State(state): State<AppState>,
    Path(number): Path<String>,
) -> Result<Json<ServicePage>, ApiError> {
    let number = ServiceNumber::parse(&number).ok_or(ApiError::NotFound)?;
    state
        .store
        .service_page(number)
        .await?
        .map(Json)
        .ok_or(ApiError::NotFound)
}
