use axum::extract::State;
use serde_json::{Value, json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::ApiError;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(health))
}

/// Ready when the database answers: what a load balancer needs to know.
#[utoipa::path(
    get,
    path = "/health",
    tag = "meta",
    responses(
        (status = 200, description = "The database answers: {status: ok, environment}.", body = Object),
    ),
)]
async fn health(State(state): State<AppState>) -> Result<axum::Json<Value>, ApiError> {
    state.store.ping().await?;
    Ok(axum::Json(
        json!({ "status": "ok", "environment": state.settings.environment.name() }),
    ))
}
