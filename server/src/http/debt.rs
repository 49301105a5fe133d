//! Azərişıq's debt certificate: the person's own subscriber codes, from billing by their FIN.

use app::api::{ErrorCode, Subscriber};
use axum::Json;
use axum::extract::State;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::ApiError;
use super::extract::Citizen;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(subscribers))
}

/// Billing knows people by FIN: an account without one (made by e-mail) is told how to log in
/// so that it has one.
#[utoipa::path(
    get,
    path = "/billing/subscribers",
    tag = "debt-certificate",
    security(("session" = [])),
    responses(
        (status = 200, description = "The person's own subscriber codes in Azərişıq's billing.", body = Vec<Subscriber>),
    ),
)]
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
