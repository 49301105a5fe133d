//! Paying a migration fine (seed 000): look it up by payment number and security code, pay it
//! through the gateway, and see the receipt; the gateway's callback; "Ödənişlərim".

use app::api::{
    ErrorCode, Fine, FineLookup, FineLookupForm, PaidFor, PayFine, PayFineForm, Payment,
    PaymentStarted, PaymentState,
};
use app::domain::{PaymentId, shown_moment};
use app::i18n::Msg;
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use secrecy::ExposeSecret;
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiJson, ApiPath, Citizen, ClientAddress, MaybeCitizen, RequestLang};
use super::openapi::FileBytes;
use crate::documents::{self, IssuedDocument};
use crate::limits;
use crate::payments::gateway::{GatewayError, callback_signed};
use crate::payments::{Charge, Payer};
use crate::registries::fines::FinesError;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(lookup))
        .routes(routes!(my_fines))
        .routes(routes!(pay))
        .routes(routes!(my_payments))
        .routes(routes!(callback))
        .routes(routes!(payment))
        .routes(routes!(receipt_pdf))
}

/// The fine the two numbers open. A wrong pair is answered the same whichever was wrong, and
/// counted against the address, so that codes cannot be guessed.
async fn open_fine(
    state: &AppState,
    address: ClientAddress,
    lookup: &FineLookup,
) -> Result<Fine, ApiError> {
    // Counted as wrong before the registry is asked, and forgiven when the fine is found.
    let attempt = state.reserve(&limits::fine_lookup(address.0)).await?;
    let found = state
        .payments
        .fines()
        .find(&lookup.payment_number, &lookup.security_code)
        .await;
    if !matches!(found, Ok(None)) {
        state.store.release(&attempt).await?;
    }
    found
        .map_err(fines_error)?
        .ok_or(ApiError::Conflict(ErrorCode::FineNotFound))
}

#[utoipa::path(
    post,
    path = "/fines/lookup",
    tag = "payments",
    request_body = FineLookupForm,
    responses(
        (status = 200, description = "The fine of that payment number and code.", body = Fine),
    ),
)]
async fn lookup(
    State(state): State<AppState>,
    address: ClientAddress,
    ApiJson(form): ApiJson<FineLookupForm>,
) -> Result<Json<Fine>, ApiError> {
    let lookup = FineLookup::try_from(form).map_err(ApiError::Invalid)?;
    Ok(Json(open_fine(&state, address, &lookup).await?))
}

#[utoipa::path(
    get,
    path = "/fines/mine",
    tag = "payments",
    security(("session" = [])),
    responses(
        (status = 200, description = "The person's unpaid fines.", body = Vec<Fine>),
    ),
)]
async fn my_fines(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<Json<Vec<Fine>>, ApiError> {
    let Some(fin) = &citizen.session.me.fin else {
        return Ok(Json(Vec::new()));
    };
    let fines = state
        .payments
        .fines()
        .fines_of(fin)
        .await
        .map_err(fines_error)?;
    Ok(Json(fines))
}

/// "Ödə". The `Idempotency-Key` header names the attempt: sent again, it gets the same payment.
#[utoipa::path(
    post,
    path = "/fines/payments",
    operation_id = "pay_fine",
    tag = "payments",
    params(
        ("Idempotency-Key" = String, Header, description = "names the attempt: a repeat meets the same payment"),
    ),
    request_body = PayFineForm,
    security((), ("session" = [])),
    responses(
        (status = 200, description = "The payment is under way: the gateway's page to go to.", body = PaymentStarted),
    ),
)]
async fn pay(
    State(state): State<AppState>,
    address: ClientAddress,
    RequestLang(lang): RequestLang,
    MaybeCitizen(account_id): MaybeCitizen,
    headers: HeaderMap,
    ApiJson(form): ApiJson<PayFineForm>,
) -> Result<Json<PaymentStarted>, ApiError> {
    let key = attempt_key(&headers)?;
    let pay = PayFine::try_from(form).map_err(ApiError::Invalid)?;
    let fine = open_fine(&state, address, &pay.fine).await?;
    let payer = Payer {
        account_id,
        email: pay.email,
        lang,
    };
    if fine.paid && fine.paid_by.is_none() {
        return Err(ApiError::Conflict(ErrorCode::FineAlreadyPaid));
    }
    let started = state
        .payments
        .start(&Charge::fine(&fine), key, &payer)
        .await
        .map_err(gateway_error)?;
    Ok(Json(started))
}

/// The `Idempotency-Key` header that names a payment attempt.
pub(super) fn attempt_key(headers: &HeaderMap) -> Result<&str, ApiError> {
    headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|k| (16..=128).contains(&k.len()))
        .ok_or(ApiError::Malformed)
}

#[utoipa::path(
    get,
    path = "/payments/{id}",
    tag = "payments",
    params(("id" = app::domain::PaymentId, Path, description = "the payment's id")),
    responses(
        (status = 200, description = "The payment and its receipt.", body = Payment),
    ),
)]
async fn payment(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Payment>, ApiError> {
    let id = PaymentId::parse(&id).ok_or(ApiError::NotFound)?;
    state
        .payments
        .refresh(&id)
        .await
        .map_err(gateway_error)?
        .map(Json)
        .ok_or(ApiError::NotFound)
}

/// The receipt ("çıxarış") as a PDF to keep, in the language of the request.
#[utoipa::path(
    get,
    path = "/payments/{id}/receipt.pdf",
    tag = "payments",
    params(("id" = app::domain::PaymentId, Path, description = "the payment's id")),
    responses(
        (status = 200, description = "The receipt as a PDF.", content_type = "application/pdf", body = FileBytes),
    ),
)]
async fn receipt_pdf(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    ApiPath(id): ApiPath<String>,
) -> Result<Response, ApiError> {
    let id = PaymentId::parse(&id).ok_or(ApiError::NotFound)?;
    let payment = state
        .payments
        .refresh(&id)
        .await
        .map_err(gateway_error)?
        .ok_or(ApiError::NotFound)?;
    let receipt = match (&payment.state, payment.receipt) {
        (PaymentState::Paid, Some(receipt)) => receipt,
        _ => return Err(ApiError::NotFound),
    };
    let t = |msg: Msg| msg.text(lang);
    let check_url = format!(
        "{}/payments/{id}",
        state.settings.application.base_url.trim_end_matches('/')
    );
    let issuer = format!("{} — {}", t(Msg::SiteName), t(Msg::SiteTagline));
    let (number_label, number) = payment.paid_for.number();
    let mut rows = vec![
        (t(Msg::PaidForLabel), t(payment.paid_for.msg()).to_owned()),
        (t(number_label), number.clone()),
        (t(Msg::ReceiptPayer), payment.payer),
    ];
    if let PaidFor::Fee { service, .. } = &payment.paid_for {
        rows.push((t(Msg::ColumnService), service.to_string()));
    }
    for (label, value) in [
        (Msg::FineArticle, payment.article),
        (Msg::FineReason, payment.reason),
    ] {
        rows.extend(value.map(|value| (t(label), value)));
    }
    if let Some(payee) = &payment.payee {
        rows.push((t(Msg::ReceiptPayee), payee.get(lang).to_owned()));
    }
    rows.extend([
        (t(Msg::FineAmount), payment.amount.shown(lang)),
        (t(Msg::ReceiptTransaction), receipt.transaction_id),
        (t(Msg::ReceiptRrn), receipt.rrn),
        (t(Msg::ReceiptCard), receipt.masked_card),
        (t(Msg::ReceiptDate), shown_moment(&receipt.paid_at)),
    ]);
    rows.extend(payment.email.map(|email| (t(Msg::ReceiptEmailedTo), email)));
    let pdf = documents::render(&IssuedDocument {
        issuer: &issuer,
        title: t(Msg::ReceiptTitle),
        rows,
        note: format!("{} {check_url}", t(Msg::ReceiptCheckNote)),
        check_url: &check_url,
    })?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"receipt-{number}.pdf\""),
            ),
        ],
        pdf,
    )
        .into_response())
}

#[utoipa::path(
    get,
    path = "/payments",
    tag = "payments",
    security(("session" = [])),
    responses((status = 200, description = "The person's payments.", body = Vec<Payment>)),
)]
async fn my_payments(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<Json<Vec<Payment>>, ApiError> {
    Ok(Json(
        state.store.payments_of(citizen.session.account_id).await?,
    ))
}

#[derive(Deserialize, utoipa::ToSchema)]
struct Callback {
    order_id: String,
}

/// The gateway's word that an order changed. Only signed callbacks are read, and even then the
/// outcome is asked of the gateway rather than taken from the message.
#[utoipa::path(
    post,
    path = "/payments/callback",
    tag = "payments",
    request_body = Callback,
    responses((status = 204, description = "Heard; the outcome is asked of the gateway.")),
)]
async fn callback(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let signature = headers
        .get("x-signature")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let secret = state.settings.payments.callback_secret.expose_secret();
    if !callback_signed(secret.as_bytes(), &body, signature) {
        return Err(ApiError::Unauthorized);
    }
    let callback: Callback = serde_json::from_slice(&body).map_err(|_| ApiError::Malformed)?;
    let known = state
        .payments
        .on_callback(&callback.order_id)
        .await
        .map_err(gateway_error)?;
    if known {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound)
    }
}

fn fines_error(error: FinesError) -> ApiError {
    match error {
        FinesError::Unavailable(why) => ApiError::Unavailable(why),
        FinesError::Database(error) => error.into(),
    }
}

pub(super) fn gateway_error(error: GatewayError) -> ApiError {
    match error {
        GatewayError::Unavailable(why) => ApiError::Unavailable(why),
        GatewayError::Database(error) => error.into(),
    }
}
