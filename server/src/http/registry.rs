//! The registry operator's API (rule 10): register a service, amend its record, cancel it.

use app::api::{
    AmendServiceForm, CancelServiceForm, NewService, RegisterServiceForm, RegistryRecord,
    ServiceAmendment,
};
use app::domain::ServiceNumber;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiJson, ApiPath, RegistryOperator};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/registry/services", post(register))
        .route("/registry/services/{number}", get(record).patch(amend))
        .route("/registry/services/{number}/cancel", post(cancel))
}

fn service_number(raw: &str) -> Result<ServiceNumber, ApiError> {
    ServiceNumber::parse(raw).ok_or(ApiError::NotFound)
}

async fn register(
    _: RegistryOperator,
    State(state): State<AppState>,
    ApiJson(form): ApiJson<RegisterServiceForm>,
) -> Result<(StatusCode, Json<RegistryRecord>), ApiError> {
    let new = NewService::try_from(form).map_err(ApiError::Invalid)?;
    let record = state.store.register_service(&new).await?;
    state.catalogue.changed().await;
    Ok((StatusCode::CREATED, Json(record)))
}

async fn record(
    _: RegistryOperator,
    State(state): State<AppState>,
    ApiPath(number): ApiPath<String>,
) -> Result<Json<RegistryRecord>, ApiError> {
    state
        .store
        .registry_record(service_number(&number)?)
        .await?
        .map(Json)
        .ok_or(ApiError::NotFound)
}

async fn amend(
    _: RegistryOperator,
    State(state): State<AppState>,
    ApiPath(number): ApiPath<String>,
    ApiJson(form): ApiJson<AmendServiceForm>,
) -> Result<Json<RegistryRecord>, ApiError> {
    let number = service_number(&number)?;
    let amendment = ServiceAmendment::try_from(form).map_err(ApiError::Invalid)?;
    let record = state.store.amend_service(number, &amendment).await?;
    state.catalogue.changed().await;
    Ok(Json(record))
}

async fn cancel(
    _: RegistryOperator,
    State(state): State<AppState>,
    ApiPath(number): ApiPath<String>,
    ApiJson(form): ApiJson<CancelServiceForm>,
) -> Result<Json<RegistryRecord>, ApiError> {
    let number = service_number(&number)?;
    let reason = form.parse().map_err(ApiError::Invalid)?;
    let record = state.store.cancel_service(number, &reason).await?;
    state.catalogue.changed().await;
    Ok(Json(record))
}
