//! Development only: the dev mailbox, captcha answers for the test harness, and the identity
//! simulators' side (the Asan İmza "phone", the E-Gov and e-signature pages), the payment
//! gateway's card page, the demo officers' authenticator codes, and the billing simulator's
//! switch. Absent (404) unless the
//! settings that allow them are on, which production refuses.

use std::time::{SystemTime, UNIX_EPOCH};

use app::api::{
    Card, CardForm, DemoOfficer, DemoPerson, DevMail, ErrorCode, GatewayAnswer, GatewayOrder,
    LoginMeans, SimulatedAnswer, SimulatedRequest,
};
use axum::Json;
use axum::extract::State;
use serde_json::{Value, json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiJson, ApiPath};
use crate::config::{MailTransport, PaymentGatewayKind, SmsTransport};
use crate::identity::providers::{SimulatedAnswerError, answer_simulated, demo_directory};
use crate::identity::totp;
use crate::payments::gateway::{self, CardPageError};
use crate::seed::DEMO_OFFICER_PASSWORD;
use crate::signatures::providers::{SigningAnswerError, answer_card_signing, answer_signing};
use crate::store::Simulators;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(mailbox))
        .routes(routes!(captcha_answer))
        .routes(routes!(people))
        .routes(routes!(waiting))
        .routes(routes!(answer))
        .routes(routes!(gateway_order))
        .routes(routes!(gateway_card))
        .routes(routes!(gateway_three_ds))
        .routes(routes!(gateway_cancel))
        .routes(routes!(demo_officers))
        .routes(routes!(billing_switch))
}

/// Stands in for the demo officers' authenticator app: each one's code now. Absent unless
/// the demo officers are on, which production refuses.
#[utoipa::path(
    get,
    path = "/dev/officers",
    tag = "development",
    responses(
        (status = 200, description = "Development only: the demo officers' authenticator codes now.", body = Vec<DemoOfficer>),
    ),
)]
async fn demo_officers(State(state): State<AppState>) -> Result<Json<Vec<DemoOfficer>>, ApiError> {
    if !state.settings.agency.demo_officers {
        return Err(ApiError::NotFound);
    }
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let keys = state.store.demo_officer_keys().await?;
    Ok(Json(
        keys.into_iter()
            .map(|(email, role, key)| DemoOfficer {
                email,
                role,
                password: DEMO_OFFICER_PASSWORD.to_owned(),
                code: totp::code_at(&key, now).unwrap_or_default(),
            })
            .collect(),
    ))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
struct BillingSwitch {
    down: bool,
}

/// Takes the billing simulator down or brings it back, so that a check can be seen waiting.
#[utoipa::path(
    post,
    path = "/dev/billing",
    tag = "development",
    request_body = BillingSwitch,
    responses(
        (status = 200, description = "Development only: billing is down or up: {down}.", body = Object),
    ),
)]
async fn billing_switch(
    State(state): State<AppState>,
    ApiJson(switch): ApiJson<BillingSwitch>,
) -> Result<Json<Value>, ApiError> {
    let simulator = state.billing_switch.as_ref().ok_or(ApiError::NotFound)?;
    simulator.set_down(switch.down);
    Ok(Json(json!({ "down": switch.down })))
}

#[utoipa::path(
    get,
    path = "/dev/mailbox",
    tag = "development",
    responses(
        (status = 200, description = "Development only: the e-mails and texts sent.", body = Vec<DevMail>),
    ),
)]
async fn mailbox(State(state): State<AppState>) -> Result<Json<Vec<DevMail>>, ApiError> {
    let kept = state.settings.mail.transport == MailTransport::DevMailbox
        || state.settings.sms.transport == SmsTransport::DevMailbox;
    if !kept {
        return Err(ApiError::NotFound);
    }
    Ok(Json(state.store.dev_mailbox().await?))
}

#[utoipa::path(
    get,
    path = "/dev/captcha/{id}",
    tag = "development",
    params(("id" = String, Path, description = "the captcha's id")),
    responses(
        (status = 200, description = "Development only: the captcha's answer: {answer}.", body = Object),
    ),
)]
async fn captcha_answer(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
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

/// The means whose simulator answers here, with the simulators' tables.
fn simulated<'a>(
    state: &'a AppState,
    means: &str,
) -> Result<(LoginMeans, &'a Simulators), ApiError> {
    let means = LoginMeans::from_slug(means)
        .filter(|m| state.identity.is_simulated(*m))
        .ok_or(ApiError::NotFound)?;
    Ok((means, &state.simulators))
}

#[utoipa::path(
    get,
    path = "/dev/people",
    tag = "development",
    responses(
        (status = 200, description = "Development only: the simulated identity systems' people.", body = Vec<DemoPerson>),
    ),
)]
async fn people(State(state): State<AppState>) -> Result<Json<Vec<DemoPerson>>, ApiError> {
    if !LoginMeans::ALL
        .into_iter()
        .any(|m| state.identity.is_simulated(m))
    {
        return Err(ApiError::NotFound);
    }
    Ok(Json(demo_directory()))
}

#[utoipa::path(
    get,
    path = "/dev/identity/{means}",
    tag = "development",
    params(
        ("means" = String, Path, description = "the login means: asan-imza, e-signature or egov"),
    ),
    responses(
        (status = 200, description = "Development only: the simulated system's waiting requests.", body = Vec<SimulatedRequest>),
    ),
)]
async fn waiting(
    State(state): State<AppState>,
    ApiPath(means): ApiPath<String>,
) -> Result<Json<Vec<SimulatedRequest>>, ApiError> {
    let (means, simulators) = simulated(&state, &means)?;
    let mut waiting = simulators.pending_requests(means, None).await?;
    // The card system's page signs too: those requests wait there beside the logins.
    if means == LoginMeans::ESignature && state.signing.e_signature.is_some() {
        waiting.extend(
            simulators
                .pending_card_signings()
                .await?
                .into_iter()
                .map(|r| (r, None)),
        );
    }
    // Asan İmza's phone also signs: those requests wait on the same phones.
    if means == LoginMeans::AsanImza && state.signing.asan_imza.is_some() {
        waiting.extend(
            simulators
                .pending_signing(None)
                .await?
                .into_iter()
                .map(|(r, fin)| (r, Some(fin))),
        );
    }
    Ok(Json(
        waiting.into_iter().map(|(request, _)| request).collect(),
    ))
}

#[utoipa::path(
    post,
    path = "/dev/identity/{means}/{id}",
    tag = "development",
    params(
        ("means" = String, Path, description = "the login means: asan-imza, e-signature or egov"),
        ("id" = String, Path, description = "the simulated request's id"),
    ),
    request_body = SimulatedAnswer,
    responses(
        (status = 200, description = "Development only: answered: {return_to}.", body = Object),
    ),
)]
async fn answer(
    State(state): State<AppState>,
    ApiPath((means, id)): ApiPath<(String, String)>,
    ApiJson(answer): ApiJson<SimulatedAnswer>,
) -> Result<Json<Value>, ApiError> {
    let (means, simulators) = simulated(&state, &means)?;
    if means == LoginMeans::AsanImza && state.signing.asan_imza.is_some() {
        match answer_signing(simulators, &id, answer.confirm, answer.pin2.as_deref()).await {
            Ok(true) => return Ok(Json(json!({ "return_to": null }))),
            Ok(false) => {}
            Err(error) => return Err(signing_answer_error(error)),
        }
    }
    if means == LoginMeans::ESignature && state.signing.e_signature.is_some() {
        match answer_card_signing(
            simulators,
            &id,
            answer.confirm,
            answer.fin.as_deref(),
            answer.pin2.as_deref(),
        )
        .await
        {
            Ok(true) => return Ok(Json(json!({ "return_to": null }))),
            Ok(false) => {}
            Err(error) => return Err(signing_answer_error(error)),
        }
    }
    match answer_simulated(simulators, means, &id, &answer).await {
        Ok(return_to) => Ok(Json(json!({ "return_to": return_to }))),
        Err(SimulatedAnswerError::NotWaiting) => Err(ApiError::Conflict(ErrorCode::LoginExpired)),
        Err(SimulatedAnswerError::Pin1Wrong) => Err(ApiError::Invalid(vec![(
            ErrorCode::Pin1Wrong,
            "pin1".into(),
        )])),
        Err(SimulatedAnswerError::UnknownPerson) => {
            Err(ApiError::Invalid(vec![(ErrorCode::Required, "fin".into())]))
        }
        Err(SimulatedAnswerError::Database(error)) => Err(error.into()),
    }
}

/// What the simulated phone or card page says of an answer it did not take.
fn signing_answer_error(error: SigningAnswerError) -> ApiError {
    match error {
        SigningAnswerError::NotWaiting => ApiError::Conflict(ErrorCode::SignatureNotGiven),
        SigningAnswerError::Pin2Wrong => {
            ApiError::Invalid(vec![(ErrorCode::Pin2Wrong, "pin2".into())])
        }
        SigningAnswerError::CardPinWrong => {
            ApiError::Invalid(vec![(ErrorCode::SigningPinWrong, "pin2".into())])
        }
        SigningAnswerError::NoCard => ApiError::Invalid(vec![(ErrorCode::Required, "fin".into())]),
        SigningAnswerError::Database(error) => error.into(),
    }
}

fn gateway_simulated(state: &AppState) -> Result<&Simulators, ApiError> {
    if state.settings.payments.gateway != PaymentGatewayKind::Simulator {
        return Err(ApiError::NotFound);
    }
    Ok(&state.simulators)
}

#[utoipa::path(
    get,
    path = "/dev/gateway/orders/{id}",
    tag = "development",
    params(("id" = String, Path, description = "the simulated gateway's order id")),
    responses(
        (status = 200, description = "Development only: the simulated gateway's order.", body = GatewayOrder),
    ),
)]
async fn gateway_order(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<GatewayOrder>, ApiError> {
    gateway_simulated(&state)?
        .order(&id)
        .await?
        .map(Json)
        .ok_or(ApiError::NotFound)
}

#[utoipa::path(
    post,
    path = "/dev/gateway/orders/{id}/card",
    tag = "development",
    params(("id" = String, Path, description = "the simulated gateway's order id")),
    request_body = CardForm,
    responses(
        (status = 200, description = "Development only: the card's outcome.", body = GatewayAnswer),
    ),
)]
async fn gateway_card(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
    ApiJson(form): ApiJson<CardForm>,
) -> Result<Json<GatewayAnswer>, ApiError> {
    let simulators = gateway_simulated(&state)?;
    let card = Card::try_from(form).map_err(ApiError::Invalid)?;
    gateway::pay_simulated(simulators, &id, &card)
        .await
        .map(Json)
        .map_err(card_page_error)
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
struct ThreeDsForm {
    code: Option<String>,
}

#[utoipa::path(
    post,
    path = "/dev/gateway/orders/{id}/three-ds",
    tag = "development",
    params(("id" = String, Path, description = "the simulated gateway's order id")),
    request_body = ThreeDsForm,
    responses(
        (status = 200, description = "Development only: the 3-D Secure outcome.", body = GatewayAnswer),
    ),
)]
async fn gateway_three_ds(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
    ApiJson(form): ApiJson<ThreeDsForm>,
) -> Result<Json<GatewayAnswer>, ApiError> {
    let simulators = gateway_simulated(&state)?;
    gateway::confirm_three_ds(simulators, &id, form.code.as_deref().unwrap_or_default())
        .await
        .map(Json)
        .map_err(card_page_error)
}

#[utoipa::path(
    post,
    path = "/dev/gateway/orders/{id}/cancel",
    tag = "development",
    params(("id" = String, Path, description = "the simulated gateway's order id")),
    responses(
        (status = 200, description = "Development only: the order is cancelled.", body = GatewayAnswer),
    ),
)]
async fn gateway_cancel(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<GatewayAnswer>, ApiError> {
    let simulators = gateway_simulated(&state)?;
    gateway::cancel_simulated(simulators, &id)
        .await
        .map(Json)
        .map_err(card_page_error)
}

fn card_page_error(error: CardPageError) -> ApiError {
    match error {
        CardPageError::NotWaiting => ApiError::Conflict(ErrorCode::LoginExpired),
        CardPageError::ThreeDsWrong => {
            ApiError::Invalid(vec![(ErrorCode::ThreeDsWrong, "code".into())])
        }
        CardPageError::Database(error) => error.into(),
    }
}
