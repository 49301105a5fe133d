//! The cabinet's settings ("Tənzimləmələr"): notifications, password, e-mail, the person's data
//! as a file, and the request to delete the account.

use std::collections::BTreeMap;

use app::api::{
    AccountSettings, ChangeEmailForm, ChangePasswordForm, ErrorCode, LinkForm, NotificationRecord,
    PasswordChange, PersonalData, PhoneCodeForm, PhoneForm, Preferences,
};
use app::domain::{Email, Lang, Phone};
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rand::Rng;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::accounts::link;
use super::error::ApiError;
use super::extract::{ApiJson, Citizen};
use crate::identity::links;
use crate::limits;
use crate::notify::Template;
use crate::store::{CodeRefused, ConfirmPhoneError};
use crate::workflow::accounts as messages;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(settings))
        .routes(routes!(save_preferences))
        .routes(routes!(change_password))
        .routes(routes!(change_email))
        .routes(routes!(confirm_email))
        .routes(routes!(send_phone_code))
        .routes(routes!(confirm_phone))
        .routes(routes!(export))
        .routes(routes!(notifications))
        .routes(routes!(request_deletion))
}

#[utoipa::path(
    get,
    path = "/account",
    tag = "account",
    security(("session" = [])),
    responses(
        (status = 200, description = "The account's settings.", body = AccountSettings),
    ),
)]
async fn settings(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<Json<AccountSettings>, ApiError> {
    let (settings, _) = state
        .store
        .account_settings(citizen.session.account_id)
        .await?;
    Ok(Json(settings))
}

#[utoipa::path(
    put,
    path = "/account/preferences",
    tag = "account",
    request_body = Preferences,
    security(("session" = [], "csrf" = [])),
    responses((status = 204, description = "Saved.")),
)]
async fn save_preferences(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiJson(preferences): ApiJson<Preferences>,
) -> Result<StatusCode, ApiError> {
    state
        .store
        .save_preferences(citizen.session.account_id, &preferences)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    post,
    path = "/account/password",
    tag = "account",
    request_body = ChangePasswordForm,
    security(("session" = [], "csrf" = [])),
    responses((status = 204, description = "Changed; every other session ends.")),
)]
async fn change_password(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiJson(form): ApiJson<ChangePasswordForm>,
) -> Result<StatusCode, ApiError> {
    let change = PasswordChange::try_from(form).map_err(ApiError::Invalid)?;
    let account_id = citizen.session.account_id;
    let attempt = state.reserve(&limits::password_change(account_id)).await?;
    let stored = state.store.account_password(account_id).await?;
    let right = match state.passwords.verify_login(change.current, stored).await {
        Ok(right) => right,
        Err(busy) => {
            state.store.release(&attempt).await?;
            return Err(busy.into());
        }
    };
    if !right {
        return Err(ApiError::Invalid(vec![(
            ErrorCode::PasswordWrong,
            "current".into(),
        )]));
    }
    state.store.release(&attempt).await?;
    let hash = state.passwords.hash(change.new.expose().to_owned()).await?;
    state
        .store
        .change_password(account_id, &hash, &citizen.token_hash)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    post,
    path = "/account/email",
    tag = "account",
    request_body = ChangeEmailForm,
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 202, description = "A confirmation link is on its way to the new address."),
    ),
)]
async fn change_email(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiJson(form): ApiJson<ChangeEmailForm>,
) -> Result<StatusCode, ApiError> {
    let email = Email::try_from(form).map_err(ApiError::Invalid)?;
    let (_, confirm) = link(&state, "/account/email");
    state
        .store
        .request_email_change(
            citizen.session.account_id,
            &email,
            &confirm,
            &messages::email_change(),
        )
        .await?;
    Ok(StatusCode::ACCEPTED)
}

/// Sends a one-time code by SMS to the number, which becomes the account's once the code is
/// typed back; a number the account confirmed before is its number again at once (200 with
/// the number), without a code.
#[utoipa::path(
    post,
    path = "/account/phone",
    tag = "account",
    request_body = PhoneForm,
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 202, description = "A code is on its way by SMS."),
        (status = 200, description = "Confirmed before (by a code or an Asan İmza login): the number is the account's again, no code sent.", body = Phone),
    ),
)]
async fn send_phone_code(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiJson(form): ApiJson<PhoneForm>,
) -> Result<Response, ApiError> {
    let phone = Phone::try_from(form).map_err(ApiError::Invalid)?;
    let account_id = citizen.session.account_id;
    if state.store.use_confirmed_phone(account_id, &phone).await? {
        return Ok(Json(phone).into_response());
    }
    state.reserve(&limits::phone_code(account_id)).await?;
    let code = format!("{:06}", rand::rng().random_range(0..1_000_000));
    state
        .store
        .send_phone_code(
            account_id,
            &phone,
            (&code, &links::hash(&code)),
            messages::PHONE_CODE,
        )
        .await?;
    Ok(StatusCode::ACCEPTED.into_response())
}

#[utoipa::path(
    post,
    path = "/account/phone/confirm",
    tag = "account",
    request_body = PhoneCodeForm,
    security(("session" = [], "csrf" = [])),
    responses((status = 200, description = "The number is confirmed.", body = Phone)),
)]
async fn confirm_phone(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiJson(form): ApiJson<PhoneCodeForm>,
) -> Result<Json<Phone>, ApiError> {
    let code = form.code.unwrap_or_default();
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.is_empty() {
        return Err(ApiError::Invalid(vec![(
            ErrorCode::Required,
            "code".into(),
        )]));
    }
    match state
        .store
        .confirm_phone(citizen.session.account_id, &links::hash(&code))
        .await
    {
        Ok(phone) => Ok(Json(phone)),
        Err(ConfirmPhoneError::Refused(CodeRefused::Wrong)) => Err(ApiError::Invalid(vec![(
            ErrorCode::CodeWrong,
            "code".into(),
        )])),
        Err(ConfirmPhoneError::Refused(CodeRefused::TriedOut)) => {
            Err(ApiError::TriedOut(ErrorCode::CodeTriedOut, "code".into()))
        }
        Err(ConfirmPhoneError::Refused(CodeRefused::NoneLive)) => Err(ApiError::Invalid(vec![(
            ErrorCode::CodeExpired,
            "code".into(),
        )])),
        Err(ConfirmPhoneError::Database(error)) => Err(error.into()),
    }
}

/// The link may be opened in another browser than the one logged in: its token is enough.
#[utoipa::path(
    post,
    path = "/account/email/confirm",
    tag = "account",
    request_body = LinkForm,
    responses((status = 204, description = "The new address is the account's.")),
)]
async fn confirm_email(
    State(state): State<AppState>,
    ApiJson(form): ApiJson<LinkForm>,
) -> Result<StatusCode, ApiError> {
    let token = form.token.unwrap_or_default();
    state
        .store
        .confirm_email_change(&links::hash(&token))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Rule 6.3: the person sees what the portal told them, and when.
async fn sent_to(state: &AppState, account_id: i64) -> Result<Vec<NotificationRecord>, ApiError> {
    let messages = state.store.messages_of_account(account_id).await?;
    Ok(messages
        .into_iter()
        .filter_map(|message| {
            // A message not yet sent is shown as it will be sent.
            let subject = match message.subject {
                Some(subject) => subject,
                None => {
                    let template = Template::parse(&message.template)?;
                    let lang = Lang::parse(&message.lang).unwrap_or_default();
                    let values: BTreeMap<String, String> =
                        serde_json::from_str(&message.vars).ok()?;
                    template.render(lang, &values).0
                }
            };
            Some(NotificationRecord {
                channel: message.channel,
                subject,
                sent_at: message.sent_at,
            })
        })
        .collect())
}

#[utoipa::path(
    get,
    path = "/account/notifications",
    tag = "account",
    security(("session" = [])),
    responses(
        (status = 200, description = "The e-mails and texts sent to the person.", body = Vec<NotificationRecord>),
    ),
)]
async fn notifications(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<Json<Vec<NotificationRecord>>, ApiError> {
    Ok(Json(sent_to(&state, citizen.session.account_id).await?))
}

#[utoipa::path(
    get,
    path = "/account/export",
    operation_id = "export_personal_data",
    tag = "account",
    security(("session" = [])),
    responses(
        (status = 200, description = "Everything the portal keeps of the person, as a file to save (Content-Disposition: attachment).", body = PersonalData),
    ),
)]
async fn export(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<(HeaderMap, Json<PersonalData>), ApiError> {
    let account_id = citizen.session.account_id;
    let (settings, created_at) = state.store.account_settings(account_id).await?;
    let logins = state.store.login_history(account_id).await?;
    let notifications = sent_to(&state, account_id).await?;
    let mut headers = HeaderMap::new();
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"qapi-my-data.json\""),
    );
    Ok((
        headers,
        Json(PersonalData {
            me: citizen.session.me,
            settings,
            created_at,
            logins,
            notifications,
        }),
    ))
}

#[utoipa::path(
    post,
    path = "/account/deletion",
    tag = "account",
    security(("session" = [], "csrf" = [])),
    responses((status = 202, description = "The deletion is asked for.")),
)]
async fn request_deletion(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<StatusCode, ApiError> {
    state
        .store
        .request_deletion(citizen.session.account_id)
        .await?;
    Ok(StatusCode::ACCEPTED)
}
