//! The public-holiday calendar under `/api/office/calendar`: administrators list, add and
//! remove the days off that due dates skip. Every change is in the audit log and counts for
//! the next due date set, on every server.

use app::api::{ErrorCode, Holiday, HolidayForm, HolidayQuery, OfficerRole};
use app::domain::CalendarDate;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiJson, ApiPath, ApiQuery, OnDuty};
use super::office::allow;
use crate::store::Officer;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, add))
        .routes(routes!(remove))
}

fn administers(officer: &Officer) -> Result<(), ApiError> {
    allow(officer, officer.role == OfficerRole::Administrator)
}

#[utoipa::path(
    get,
    path = "/office/calendar",
    tag = "office",
    params(HolidayQuery),
    security(("session" = [])),
    responses(
        (status = 200, description = "The holidays, of one year or all.", body = Vec<Holiday>),
    ),
)]
async fn list(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiQuery(query): ApiQuery<HolidayQuery>,
) -> Result<Json<Vec<Holiday>>, ApiError> {
    administers(&officer)?;
    Ok(Json(state.store.holidays(query.year).await?))
}

#[utoipa::path(
    post,
    path = "/office/calendar",
    tag = "office",
    request_body = HolidayForm,
    security(("session" = [], "csrf" = [])),
    responses((status = 201, description = "The day is a holiday.", body = Holiday)),
)]
async fn add(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiJson(form): ApiJson<HolidayForm>,
) -> Result<(StatusCode, Json<Holiday>), ApiError> {
    administers(&officer)?;
    let new = form.parse().map_err(ApiError::Invalid)?;
    match state.store.add_holiday(&officer, &new).await? {
        Some(added) => Ok((StatusCode::CREATED, Json(added))),
        None => Err(ApiError::Conflict(ErrorCode::HolidayListed)),
    }
}

#[utoipa::path(
    delete,
    path = "/office/calendar/{day}",
    tag = "office",
    params(("day" = app::domain::CalendarDate, Path, description = "the holiday's day, yyyy-mm-dd")),
    security(("session" = [], "csrf" = [])),
    responses((status = 204, description = "The day is a working day again.")),
)]
async fn remove(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(raw): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    administers(&officer)?;
    let day = CalendarDate::parse(&raw).ok_or(ApiError::NotFound)?;
    if !state.store.remove_holiday(&officer, day).await? {
        return Err(ApiError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}
