//! An application's fee, where its form asks one: what it costs and how its payment stands, and
//! paying it through the gateway, at most once per application (ADR 0007's rules hold).

use app::api::{ApplicationView, ErrorCode, FeeState, PaymentStarted};
use app::domain::{ApplicationNumber, Qepik};
use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiPath, Citizen, RequestLang};
use super::payments::{attempt_key, gateway_error};
use crate::payments::{Charge, Payer};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(fee, pay))
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

#[utoipa::path(
    get,
    path = "/applications/{number}/fee",
    tag = "applications",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
    ),
    security(("session" = [])),
    responses(
        (status = 200, description = "The fee the application's form asks, and whether it is paid.", body = FeeState),
    ),
)]
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
#[utoipa::path(
    post,
    path = "/applications/{number}/fee",
    operation_id = "pay_fee",
    tag = "applications",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
        ("Idempotency-Key" = String, Header, description = "names the attempt: a repeat meets the same payment"),
    ),
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 200, description = "The payment is under way: the gateway's page to go to.", body = PaymentStarted),
    ),
)]
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
