//! Registry applications in the back office, under `/api/office/registry/`: an agency's
//! supervisor files and follows them; the registry operator (any agency) works the queue by due
//! date and registers, amends or cancels the record as asked, or refuses with a reason.

use app::api::{
    ErrorCode, OfficerRole, RegistryApplicationForm, RegistryApplicationView, RegistryRecord,
    RegistryRefusalForm,
};
use app::domain::ServiceNumber;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiJson, ApiPath, OnDuty};
use crate::calendar::today;
use crate::store::{Officer, RegistryApplicationError};
use crate::workflow::registry;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(agency_applications, file))
        .routes(routes!(application))
        .routes(routes!(approve))
        .routes(routes!(refuse))
        .routes(routes!(queue))
        .routes(routes!(record))
}

impl From<RegistryApplicationError> for ApiError {
    fn from(error: RegistryApplicationError) -> Self {
        match error {
            RegistryApplicationError::NotFound => Self::NotFound,
            RegistryApplicationError::UnknownService => {
                Self::Invalid(vec![(ErrorCode::UnknownService, "service".into())])
            }
            RegistryApplicationError::ServiceCancelled => {
                Self::Invalid(vec![(ErrorCode::AlreadyCancelled, "service".into())])
            }
            RegistryApplicationError::AlreadyDecided => Self::Conflict(ErrorCode::AlreadyDecided),
            RegistryApplicationError::Registry(error) => error.into(),
            RegistryApplicationError::Database(error) => error.into(),
        }
    }
}

fn role(officer: &Officer, allowed: &[OfficerRole]) -> Result<(), ApiError> {
    if allowed.contains(&officer.role) {
        Ok(())
    } else {
        tracing::info!(officer = officer.account_id, "refused for the role");
        Err(ApiError::NotForYourRole)
    }
}

/// Filing and following an agency's applications is its supervisor's.
fn supervises(officer: &Officer) -> Result<(), ApiError> {
    role(officer, &[OfficerRole::Supervisor])
}

/// Deciding them is the registry operator's.
fn keeps_registry(officer: &Officer) -> Result<(), ApiError> {
    role(officer, &[OfficerRole::RegistryOperator])
}

/// The application's page in the back office, for the supervisor's and the operators' e-mails.
fn application_link(state: &AppState, id: i64) -> String {
    format!(
        "{}/office/registry/{id}",
        state.settings.application.base_url.trim_end_matches('/')
    )
}

#[utoipa::path(
    post,
    path = "/office/registry/applications",
    operation_id = "file_registry_application",
    tag = "registry",
    request_body = RegistryApplicationForm,
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 201, description = "The registry application is filed.", body = RegistryApplicationView),
    ),
)]
async fn file(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiJson(form): ApiJson<RegistryApplicationForm>,
) -> Result<(StatusCode, Json<RegistryApplicationView>), ApiError> {
    supervises(&officer)?;
    let request = form.parse(officer.agency).map_err(ApiError::Invalid)?;
    let today = today();
    let due_on = state
        .calendar
        .due(today, request.kind().working_days())
        .await?;
    let view = state
        .store
        .file_registry_application(&officer, &form, &request, due_on, today, |view, lang| {
            registry::filed(view, lang, &application_link(&state, view.id))
        })
        .await?;
    Ok((StatusCode::CREATED, Json(view)))
}

#[utoipa::path(
    get,
    path = "/office/registry/applications",
    tag = "registry",
    security(("session" = [])),
    responses(
        (status = 200, description = "The agency's registry applications.", body = Vec<RegistryApplicationView>),
    ),
)]
async fn agency_applications(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
) -> Result<Json<Vec<RegistryApplicationView>>, ApiError> {
    supervises(&officer)?;
    Ok(Json(
        state
            .store
            .agency_registry_applications(&officer, today())
            .await?,
    ))
}

#[utoipa::path(
    get,
    path = "/office/registry/queue",
    operation_id = "registry_queue",
    tag = "registry",
    security(("session" = [])),
    responses(
        (status = 200, description = "The registry operator's queue, by due date.", body = Vec<RegistryApplicationView>),
    ),
)]
async fn queue(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
) -> Result<Json<Vec<RegistryApplicationView>>, ApiError> {
    keeps_registry(&officer)?;
    Ok(Json(state.store.registry_queue(today()).await?))
}

#[utoipa::path(
    get,
    path = "/office/registry/applications/{id}",
    operation_id = "registry_application",
    tag = "registry",
    params(("id" = i64, Path, description = "the registry application's id")),
    security(("session" = [])),
    responses(
        (status = 200, description = "The registry application.", body = RegistryApplicationView),
    ),
)]
async fn application(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<RegistryApplicationView>, ApiError> {
    role(
        &officer,
        &[OfficerRole::Supervisor, OfficerRole::RegistryOperator],
    )?;
    Ok(Json(
        state
            .store
            .registry_application(&officer, id, today())
            .await?,
    ))
}

#[utoipa::path(
    post,
    path = "/office/registry/applications/{id}/approve",
    tag = "registry",
    params(("id" = i64, Path, description = "the registry application's id")),
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 200, description = "Approved; the registry is changed.", body = RegistryApplicationView),
    ),
)]
async fn approve(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<RegistryApplicationView>, ApiError> {
    keeps_registry(&officer)?;
    let link = application_link(&state, id);
    let view = state
        .store
        .approve_registry_application(&officer, id, today(), |view| {
            registry::approved(view, &link)
        })
        .await?;
    state.catalogue.changed().await;
    Ok(Json(view))
}

#[utoipa::path(
    post,
    path = "/office/registry/applications/{id}/refuse",
    tag = "registry",
    params(("id" = i64, Path, description = "the registry application's id")),
    request_body = RegistryRefusalForm,
    security(("session" = [], "csrf" = [])),
    responses((status = 200, description = "Refused.", body = RegistryApplicationView)),
)]
async fn refuse(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(id): ApiPath<i64>,
    ApiJson(form): ApiJson<RegistryRefusalForm>,
) -> Result<Json<RegistryApplicationView>, ApiError> {
    keeps_registry(&officer)?;
    let reason = form.parse().map_err(ApiError::Invalid)?;
    let link = application_link(&state, id);
    Ok(Json(
        state
            .store
            .refuse_registry_application(&officer, id, &reason, today(), |view| {
                registry::refused(view, &link, &reason)
            })
            .await?,
    ))
}

/// A service's record with its whole history (cancelled or not), for the registry operator and
/// for the supervisor of the service's agency.
#[utoipa::path(
    get,
    path = "/office/registry/services/{number}",
    operation_id = "registry_record_to_amend",
    tag = "registry",
    params(("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10")),
    security(("session" = [])),
    responses(
        (status = 200, description = "The service's record, to start an amendment from.", body = RegistryRecord),
    ),
)]
async fn record(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(number): ApiPath<String>,
) -> Result<Json<RegistryRecord>, ApiError> {
    role(
        &officer,
        &[OfficerRole::Supervisor, OfficerRole::RegistryOperator],
    )?;
    let number = ServiceNumber::parse(&number).ok_or(ApiError::NotFound)?;
    if officer.role != OfficerRole::RegistryOperator && number.agency() != officer.agency {
        return Err(ApiError::NotFound);
    }
    state
        .store
        .registry_record(number)
        .await?
        .map(Json)
        .ok_or(ApiError::NotFound)
}
