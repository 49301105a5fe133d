//! An application's fee, where its form asks one: what it costs and how its payment stands, and
//! paying it through the gateway, at most once per application (ADR 0007's rules hold).

use app::api::{ApplicationView, ErrorCode, FeeState, PaymentStarted};
use app::domain::{ApplicationNumber, Qepik};
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::get;
use axum::{Json, Router};

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiPath, Citizen, RequestLang};
use super::payments::{attempt_key, gateway_error};
use crate::payments::{Charge, Payer};

pub fn router() -> Router<AppState> {
    Router::new().route("/applications/{number}/fee", get(fee).post(pay))
}

/// The citizen's own application and the fee its form version asks; 404 for anyone else's, or
/// for a form without a fee.
async fn owed(
    state: &AppState,
    citizen: &Citizen,
    raw: &str,
) -> Result<(ApplicationView, Qepik), ApiError> {
    let number = ApplicationNumber::parse(raw).ok_or(ApiError::NotFound)?;
    let view = state
        .store
        .application_of(citizen.session.account_id, &number)
        .await?
        .ok_or(ApiError::NotFound)?;
    let amount = fee_of(state, &view).await?.ok_or(ApiError::NotFound)?;
    Ok((view, amount))
}

/// What the application's service asks to be paid before it is sent.
async fn fee_of(state: &AppState, view: &ApplicationView) -> Result<Option<Qepik>, ApiError> {
    let Some(service) = state.services.get(&state.store, view.service).await? else {
        return Ok(None);
    };
    Ok(service
        .fee(&state.service_context(), view.form_version)
        .await?)
}

async fn fee(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(raw): ApiPath<String>,
) -> Result<Json<FeeState>, ApiError> {
    let (view, amount) = owed(&state, &citizen, &raw).await?;
    let fee = state
        .payments
        .fee_state(&view.number, amount)
        .await
        .map_err(gateway_error)?;
    Ok(Json(fee))
}

/// "Rüsumu ödə". The `Idempotency-Key` header names the attempt; a second tab's attempt meets
/// the payment already under way.
async fn pay(
    State(state): State<AppState>,
    citizen: Citizen,
    RequestLang(lang): RequestLang,
    ApiPath(raw): ApiPath<String>,
    headers: HeaderMap,
) -> Result<Json<PaymentStarted>, ApiError> {
    let key = attempt_key(&headers)?;
    let (view, amount) = owed(&state, &citizen, &raw).await?;
    if !view.status.editable() {
        return Err(ApiError::Conflict(ErrorCode::NotEditable));
    }
    let me = &citizen.session.me;
    let charge = Charge::fee(
        view.number,
        view.service,
        amount,
        format!("{} {}", me.name, me.surname),
    );
    let payer = Payer {
        account_id: Some(citizen.session.account_id),
        email: me.email.as_deref().and_then(app::domain::Email::parse),
        lang,
    };
    let started = state
        .payments
        .start(&charge, key, &payer)
        .await
        .map_err(gateway_error)?;
    Ok(Json(started))
}
