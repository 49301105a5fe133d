//! Azərişıq's debt certificate: the person's own subscriber codes, from billing by their FIN.

use app::api::{ErrorCode, Subscriber};
use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};

use super::AppState;
use super::error::ApiError;
use super::extract::Citizen;

pub fn router() -> Router<AppState> {
    Router::new().route("/billing/subscribers", get(subscribers))
}

/// Billing knows people by FIN: an account without one (made by e-mail) is told how to log in
/// so that it has one.
async fn subscribers(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<Json<Vec<Subscriber>>, ApiError> {
    let fin = citizen
        .session
        .me
        .fin
        .ok_or(ApiError::Conflict(ErrorCode::FinNeeded))?;
    state
        .billing
        .subscribers(&fin)
        .await
        .map(Json)
        .map_err(|unavailable| ApiError::Unavailable(unavailable.to_string()))
}
