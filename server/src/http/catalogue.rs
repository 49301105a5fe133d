//! The public catalogue of e-services: no login, read only.

use app::api::{Agency, AgencySummary, Catalogue, ErrorCode, SearchHit, ServicePage};
use app::domain::{AgencyNumber, SearchQuery, ServiceNumber};
use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiPath, ApiQuery};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/catalogue", get(catalogue))
        .route("/agencies", get(agencies))
        .route("/agencies/{number}", get(agency))
        .route("/services", get(search))
        .route("/services/{number}", get(service))
}

async fn catalogue(State(state): State<AppState>) -> Result<Json<Catalogue>, ApiError> {
    Ok(Json(state.store.catalogue().await?))
}

async fn agencies(State(state): State<AppState>) -> Result<Json<Vec<AgencySummary>>, ApiError> {
    Ok(Json(state.store.agency_summaries().await?))
}

async fn agency(
    State(state): State<AppState>,
    ApiPath(number): ApiPath<String>,
) -> Result<Json<Agency>, ApiError> {
    let number = AgencyNumber::parse(&number).ok_or(ApiError::NotFound)?;
    let catalogue = state.store.catalogue().await?;
    catalogue
        .agencies
        .into_iter()
        .find(|a| a.number == number)
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
    Ok(Json(state.store.catalogue().await?.search(&query)))
}

async fn service(
    State(state): State<AppState>,
    ApiPath(number): ApiPath<String>,
) -> Result<Json<ServicePage>, ApiError> {
    let number = ServiceNumber::parse(&number).ok_or(ApiError::NotFound)?;
    state
        .store
        .service_page(number)
        .await?
        .map(Json)
        .ok_or(ApiError::NotFound)
}
