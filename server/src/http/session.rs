//! Logging in with e-mail and password, who is logged in, the logins' history, and logging out.

use std::time::{SystemTime, UNIX_EPOCH};

use app::api::{ErrorCode, LoginForm, LoginRecord, PasswordLogin, SecondFactorForm, SessionInfo};
use app::domain::Email;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiJson, Citizen, ClientAddress, SESSION_COOKIE, Visitor};
use crate::config::Environment;
use crate::identity::{links, totp};
use crate::limits;
use crate::store::SecondFactor;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(log_in, who, log_out))
        .routes(routes!(second_factor))
        .routes(routes!(logins))
        .routes(routes!(log_out_everywhere))
}

/// The session's cookie. It carries no lifetime of its own: the server ends an idle session,
/// and a cookie set to last the idle time from the login would be dropped by the browser while
/// the person is still at work. `ended` clears it.
fn cookie(state: &AppState, value: &str, ended: bool) -> HeaderMap {
    let secure = if state.settings.environment == Environment::Production {
        "; Secure"
    } else {
        ""
    };
    let lifetime = if ended { "; Max-Age=0" } else { "" };
    let cookie =
        format!("{SESSION_COOKIE}={value}; Path=/; HttpOnly; SameSite=Lax{lifetime}{secure}");
    let mut headers = HeaderMap::new();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        headers.insert(header::SET_COOKIE, value);
    }
    headers
}

#[utoipa::path(
    post,
    path = "/session",
    tag = "session",
    request_body = LoginForm,
    responses(
        (status = 200, description = "Logged in (the session cookie set), or an officer's second factor asked for.", body = PasswordLogin),
    ),
)]
async fn log_in(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    ApiJson(form): ApiJson<LoginForm>,
) -> Result<(HeaderMap, Json<PasswordLogin>), ApiError> {
    let email = form
        .email
        .as_deref()
        .and_then(Email::parse)
        .ok_or(ApiError::LoginFailed)?;
    // Counted as a failure before the password is checked, and forgiven when it was right: a
    // burst of guesses cannot all be checked before the first failure is written.
    let attempt = state.reserve(&limits::login(&email, address)).await?;
    let given = form.password.unwrap_or_default();
    let (account_id, stored) = state.store.login_account(&email).await?.unzip();
    let right = match state.passwords.verify_login(given, stored).await {
        Ok(right) => right,
        Err(busy) => {
            // Not checked, so not a failure.
            state.store.release(&attempt).await?;
            return Err(busy.into());
        }
    };
    let Some(account_id) = account_id.filter(|_| right) else {
        return Err(ApiError::LoginFailed);
    };
    state.store.release(&attempt).await?;
    if let Some(officer) = state.store.officer_login(account_id).await? {
        // The authenticator's code is counted on its own; the account's failures are forgiven
        // only when it is right.
        let (challenge, challenge_hash) = links::new_token();
        state
            .store
            .start_second_factor(account_id, &challenge_hash)
            .await?;
        let enrolment = (!officer.enrolled)
            .then(|| totp::enrolment(&officer.totp_secret, &officer.email))
            .flatten();
        return Ok((
            HeaderMap::new(),
            Json(PasswordLogin::SecondFactor {
                challenge,
                enrolment,
            }),
        ));
    }
    let (token, token_hash) = links::new_token();
    let (csrf_token, _) = links::new_token();
    state
        .store
        .start_session(account_id, &token_hash, &csrf_token)
        .await?;
    state
        .store
        .forget_hits(limits::FAILED_LOGIN, email.as_str())
        .await?;
    let (headers, session) = opened(&state, &token, &token_hash).await?;
    Ok((headers, Json(PasswordLogin::LoggedIn { session })))
}

/// An officer's second step: the authenticator's code for the challenge the password gave.
/// Wrong codes count as failed logins of the account, so guessing stops as it does for
/// passwords.
#[utoipa::path(
    post,
    path = "/session/second-factor",
    tag = "session",
    request_body = SecondFactorForm,
    responses(
        (status = 200, description = "Logged in with both factors (the session cookie set).", body = PasswordLogin),
    ),
)]
async fn second_factor(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    ApiJson(form): ApiJson<SecondFactorForm>,
) -> Result<(HeaderMap, Json<PasswordLogin>), ApiError> {
    let code = form.code.unwrap_or_default();
    if code.trim().is_empty() {
        return Err(ApiError::Invalid(vec![(
            ErrorCode::Required,
            "code".into(),
        )]));
    }
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (token, token_hash) = links::new_token();
    let (csrf_token, _) = links::new_token();
    let challenge_hash = links::hash(&form.challenge);
    let email = state
        .store
        .second_factor_email(&challenge_hash)
        .await?
        .ok_or(ApiError::Conflict(ErrorCode::LoginExpired))?;
    // As with passwords: counted before the code is checked, forgiven when it was right. Once
    // the account's limit is reached the challenge ends, and the password must be given again.
    let attempt = match state.reserve(&limits::login(&email, address)).await {
        Ok(attempt) => attempt,
        Err(refused) => {
            state.store.end_second_factor(&challenge_hash).await?;
            return Err(refused);
        }
    };
    let outcome = state
        .store
        .complete_second_factor(
            &challenge_hash,
            |secret, last_step| totp::accepted_step(secret, &code, last_step, now),
            &token_hash,
            &csrf_token,
        )
        .await?;
    match outcome {
        SecondFactor::LoggedIn => {
            state.store.release(&attempt).await?;
            state
                .store
                .forget_hits(limits::FAILED_LOGIN, email.as_str())
                .await?;
            let (headers, session) = opened(&state, &token, &token_hash).await?;
            Ok((headers, Json(PasswordLogin::LoggedIn { session })))
        }
        SecondFactor::Expired => {
            state.store.release(&attempt).await?;
            Err(ApiError::Conflict(ErrorCode::LoginExpired))
        }
        SecondFactor::WrongCode => Err(ApiError::Invalid(vec![(
            ErrorCode::SecondFactorWrong,
            "code".into(),
        )])),
    }
}

/// The cookie of a session just started, and what the client is told about it.
pub(super) async fn opened(
    state: &AppState,
    token: &str,
    token_hash: &str,
) -> Result<(HeaderMap, SessionInfo), ApiError> {
    let session = state
        .store
        .session(token_hash)
        .await?
        .ok_or(ApiError::Unauthorized)?;
    let headers = cookie(state, token, false);
    Ok((
        headers,
        SessionInfo {
            me: session.me,
            csrf_token: session.csrf_token,
        },
    ))
}

/// Who is logged in, or `null`: asking is not an error for an anonymous page.
#[utoipa::path(
    get,
    path = "/session",
    tag = "session",
    security((), ("session" = [])),
    responses(
        (status = 200, description = "Who is logged in, with the session's CSRF token; null when no one is.", body = Option<SessionInfo>),
    ),
)]
async fn who(visitor: Visitor) -> Json<Option<SessionInfo>> {
    Json(match visitor {
        Visitor::Citizen(citizen) => Some(SessionInfo {
            me: citizen.session.me,
            csrf_token: citizen.session.csrf_token,
        }),
        Visitor::Anonymous => None,
    })
}

#[utoipa::path(
    delete,
    path = "/session",
    tag = "session",
    security(("session" = [], "csrf" = [])),
    responses((status = 204, description = "Logged out.")),
)]
async fn log_out(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<(StatusCode, HeaderMap), ApiError> {
    state.store.end_session(&citizen.token_hash).await?;
    Ok((StatusCode::NO_CONTENT, cookie(&state, "", true)))
}

#[utoipa::path(
    get,
    path = "/session/logins",
    tag = "session",
    security(("session" = [])),
    responses(
        (status = 200, description = "The account's recent logins.", body = Vec<LoginRecord>),
    ),
)]
async fn logins(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<Json<Vec<LoginRecord>>, ApiError> {
    Ok(Json(
        state
            .store
            .login_history(citizen.session.account_id)
            .await?,
    ))
}

#[utoipa::path(
    delete,
    path = "/sessions",
    tag = "session",
    security(("session" = [], "csrf" = [])),
    responses((status = 204, description = "Every session of the account has ended.")),
)]
async fn log_out_everywhere(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<(StatusCode, HeaderMap), ApiError> {
    state
        .store
        .end_every_session(citizen.session.account_id)
        .await?;
    Ok((StatusCode::NO_CONTENT, cookie(&state, "", true)))
}
