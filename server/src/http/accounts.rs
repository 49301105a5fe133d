//! Accounts made on the portal (seed 002, steps 1–5): register behind a captcha, confirm the
//! address by its link, set the password by the second link.

use app::api::{
    CaptchaChallenge, CaptchaSolution, ErrorCode, LinkForm, NewAccount, NewPassword,
    PasswordResetForm, RegisterAccountForm, SetPasswordForm, work_holds,
};
use app::domain::{Email, fold};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde_json::{Value, json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiJson, ClientAddress, RequestLang};
use crate::identity::{captcha, links};
use crate::limits;
use crate::store::{AccountRecord, Link};
use crate::workflow::accounts as messages;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(new_captcha))
        .routes(routes!(register))
        .routes(routes!(confirm))
        .routes(routes!(set_password))
        .routes(routes!(reset_password))
}

#[utoipa::path(
    post,
    path = "/captcha",
    tag = "accounts",
    responses(
        (status = 200, description = "A new picture captcha and its proof-of-work alternative.", body = CaptchaChallenge),
    ),
)]
async fn new_captcha(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
) -> Result<Json<CaptchaChallenge>, ApiError> {
    let asked_before = state
        .store
        .tally(
            limits::CAPTCHAS_FROM,
            &address.to_string(),
            limits::CAPTCHA_WINDOW_MINUTES,
        )
        .await?;
    let work_bits = limits::captcha_work_bits(
        asked_before,
        state.settings.limits.captchas_per_hour_at_least_work,
    );
    let (answer, png) = captcha::draw().await?;
    let (id, _) = links::new_token();
    state
        .store
        .keep_captcha(&id, &answer, work_bits, captcha::LIFETIME_MINUTES)
        .await?;
    Ok(Json(CaptchaChallenge {
        id,
        image: format!("data:image/png;base64,{png}"),
        work_bits,
    }))
}

/// Whether the captcha was passed, by its word or by the work it asked for; either way it is
/// used up.
pub(super) async fn captcha_passed(
    state: &AppState,
    id: &str,
    solution: &CaptchaSolution,
) -> Result<bool, ApiError> {
    let kept = state.store.redeem_captcha(id).await?;
    Ok(kept.is_some_and(|(answer, work_bits)| match solution {
        CaptchaSolution::Word(typed) => captcha::matches(&answer, typed),
        CaptchaSolution::Work(nonce) => work_holds(id, work_bits, *nonce),
    }))
}

pub(super) fn link(state: &AppState, path: &str) -> (String, Link) {
    let (token, token_hash) = links::new_token();
    let url = format!(
        "{}{path}?token={token}",
        state.settings.application.base_url.trim_end_matches('/')
    );
    (token, Link { token_hash, url })
}

#[utoipa::path(
    post,
    path = "/accounts",
    operation_id = "register_account",
    tag = "accounts",
    request_body = RegisterAccountForm,
    responses(
        (status = 202, description = "A confirmation link is on its way: {status: check_your_email}.", body = Object),
    ),
)]
async fn register(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    ClientAddress(address): ClientAddress,
    ApiJson(form): ApiJson<RegisterAccountForm>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let new = NewAccount::try_from(form).map_err(ApiError::Invalid)?;
    // The captcha first: nothing else, the registry least of all, can be probed without it.
    if !captcha_passed(&state, &new.captcha_id, &new.captcha).await? {
        return Err(ApiError::Invalid(vec![(
            ErrorCode::CaptchaWrong,
            "captcha_answer".into(),
        )]));
    }
    // A solved captcha still costs a script little: each registration is also counted, by
    // the address it names and by the client's.
    state
        .reserve(&limits::registration(
            &new.email,
            address,
            &state.settings.limits,
        ))
        .await?;
    let registered =
        match &new.fin {
            None => None,
            Some(fin) => {
                let person = state
                    .population
                    .person(fin)
                    .await
                    .map_err(|e| ApiError::Unavailable(e.to_string()))?;
                // The FIN must be the registering person's own: the registry's surname must match.
                let person = person.filter(|p| fold(&p.surname) == fold(&new.surname));
                Some(person.ok_or_else(|| {
                    ApiError::Invalid(vec![(ErrorCode::UnknownFin, "fin".into())])
                })?)
            }
        };
    let (surname, name) = match &registered {
        Some(person) => (person.surname.as_str(), person.name.as_str()),
        None => (new.surname.as_str(), new.name.as_str()),
    };
    let record = AccountRecord {
        email: &new.email,
        surname,
        name,
        fin: new.fin.as_ref(),
        lang,
    };
    let (_, confirm) = link(&state, "/account/confirm");
    state
        .store
        .register_account(&record, &confirm, &messages::registration())
        .await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(json!({ "status": "check_your_email" })),
    ))
}

fn token(raw: Option<String>) -> Result<String, ApiError> {
    raw.filter(|t| !t.trim().is_empty())
        .ok_or_else(|| ApiError::Invalid(vec![(ErrorCode::LinkInvalid, "token".into())]))
}

#[utoipa::path(
    post,
    path = "/accounts/confirm",
    tag = "accounts",
    request_body = LinkForm,
    responses(
        (status = 200, description = "The address is confirmed: {status: confirmed}.", body = Object),
    ),
)]
async fn confirm(
    State(state): State<AppState>,
    ApiJson(form): ApiJson<LinkForm>,
) -> Result<Json<Value>, ApiError> {
    let token = token(form.token)?;
    let (_, set_password) = link(&state, "/account/password");
    state
        .store
        .confirm_account(&links::hash(&token), &set_password, messages::SET_PASSWORD)
        .await?;
    Ok(Json(json!({ "status": "confirmed" })))
}

#[utoipa::path(
    post,
    path = "/accounts/password",
    tag = "accounts",
    request_body = SetPasswordForm,
    responses(
        (status = 200, description = "The password is set: {status: password_set}.", body = Object),
    ),
)]
async fn set_password(
    State(state): State<AppState>,
    ApiJson(form): ApiJson<SetPasswordForm>,
) -> Result<Json<Value>, ApiError> {
    let token = token(form.token)?;
    let new = NewPassword::parse(form.password.as_deref().unwrap_or_default())
        .map_err(|code| ApiError::Invalid(vec![(code, "password".into())]))?;
    let hash = state.passwords.hash(new.expose().to_owned()).await?;
    state
        .store
        .set_password(&links::hash(&token), &hash)
        .await?;
    Ok(Json(json!({ "status": "password_set" })))
}

/// "Forgot your password?": a link to set a new one, if the address has an account. Limited
/// per address asked for and per client, the same way whether the address has an account or
/// not, so that neither the answer nor the limit tells.
#[utoipa::path(
    post,
    path = "/accounts/password-reset",
    tag = "accounts",
    request_body = PasswordResetForm,
    responses(
        (status = 202, description = "A link is on its way if the address has an account: {status: check_your_email}.", body = Object),
    ),
)]
async fn reset_password(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    ApiJson(form): ApiJson<PasswordResetForm>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let email = match form
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())
    {
        None => {
            return Err(ApiError::Invalid(vec![(
                ErrorCode::Required,
                "email".into(),
            )]));
        }
        Some(raw) => Email::parse(raw)
            .ok_or_else(|| ApiError::Invalid(vec![(ErrorCode::InvalidEmail, "email".into())]))?,
    };
    state
        .reserve(&limits::password_reset(
            &email,
            address,
            &state.settings.limits,
        ))
        .await?;
    let (_, reset) = link(&state, "/account/password");
    state
        .store
        .request_password_reset(&email, &reset, messages::RESET_PASSWORD)
        .await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(json!({ "status": "check_your_email" })),
    ))
}
