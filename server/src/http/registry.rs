//! The registry operator's API (rule 10): register a service, amend its record, cancel it.

use app::api::{
    AmendServiceForm, CancelServiceForm, NewService, RegisterServiceForm, RegistryRecord,
    ServiceAmendment,
};
use app::domain::ServiceNumber;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiJson, ApiPath, RegistryOperator};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(register))
        .routes(routes!(record, amend))
        .routes(routes!(cancel))
}

fn service_number(raw: &str) -> Result<ServiceNumber, ApiError> {
    ServiceNumber::parse(raw).ok_or(ApiError::NotFound)
}

#[utoipa::path(
    post,
    path = "/registry/services",
    operation_id = "register_service",
    tag = "registry",
    request_body = RegisterServiceForm,
    security(("registry_token" = [])),
    responses(
        (status = 201, description = "The service is registered.", body = RegistryRecord),
    ),
)]
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

#[utoipa::path(
    get,
    path = "/registry/services/{number}",
    operation_id = "registry_record",
    tag = "registry",
    params(("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10")),
    security(("registry_token" = [])),
    responses(
        (status = 200, description = "The service's registry record with its history.", body = RegistryRecord),
    ),
)]
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

#[utoipa::path(
    patch,
    path = "/registry/services/{number}",
    tag = "registry",
    params(("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10")),
    request_body = AmendServiceForm,
    security(("registry_token" = [])),
    responses(
        (status = 200, description = "The record as amended.", body = RegistryRecord),
    ),
)]
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

#[utoipa::path(
    post,
    path = "/registry/services/{number}/cancel",
    tag = "registry",
    params(("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10")),
    request_body = CancelServiceForm,
    security(("registry_token" = [])),
    responses(
        (status = 200, description = "The registration is cancelled.", body = RegistryRecord),
    ),
)]
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
