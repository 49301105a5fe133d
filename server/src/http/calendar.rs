//! The public-holiday calendar under `/api/office/calendar`: administrators list, add and
//! remove the days off that due dates skip. Every change is in the audit log and counts for
//! the next due date set, on every server.

use app::api::{ErrorCode, Holiday, HolidayForm, HolidayQuery, OfficerRole};
use app::domain::CalendarDate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{delete, get};
use axum::{Json, Router};

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiJson, ApiPath, ApiQuery, OnDuty};
use super::office::allow;
use crate::store::Officer;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/office/calendar", get(list).post(add))
        .route("/office/calendar/{day}", delete(remove))
}

fn administers(officer: &Officer) -> Result<(), ApiError> {
    allow(officer, officer.role == OfficerRole::Administrator)
}

async fn list(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiQuery(query): ApiQuery<HolidayQuery>,
) -> Result<Json<Vec<Holiday>>, ApiError> {
    administers(&officer)?;
    Ok(Json(state.store.holidays(query.year).await?))
}

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
