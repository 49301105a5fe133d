//! Development only: the dev mailbox, and captcha answers for the test harness. Absent (404)
//! unless the settings that allow them are on, which production refuses.

use app::api::DevMail;
use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};

use super::AppState;
use super::error::ApiError;
use crate::config::MailTransport;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/dev/mailbox", get(mailbox))
        .route("/dev/captcha/{id}", get(captcha_answer))
}

async fn mailbox(State(state): State<AppState>) -> Result<Json<Vec<DevMail>>, ApiError> {
    if state.settings.mail.transport != MailTransport::DevMailbox {
        return Err(ApiError::NotFound);
    }
    Ok(Json(state.store.dev_mailbox().await?))
}

async fn captcha_answer(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    if !state.settings.captcha.reveal_answers {
        return Err(ApiError::NotFound);
    }
    let answer = state
        .store
        .captcha_answer(&id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(Json(json!({ "answer": answer })))
}
