use axum::Router;
use axum::extract::State;
use axum::routing::get;
use serde_json::{Value, json};

use super::AppState;
use super::error::ApiError;

pub fn router() -> Router<AppState> {
    Router::new().route("/health", get(health))
}

/// Ready when the database answers: what a load balancer needs to know.
async fn health(State(state): State<AppState>) -> Result<axum::Json<Value>, ApiError> {
    state.store.ping().await?;
    Ok(axum::Json(
        json!({ "status": "ok", "environment": state.settings.environment.name() }),
    ))
}
