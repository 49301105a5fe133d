//! Logging in through the state's identity systems: which means are active, starting a login
//! there, and asking, with the attempt's token, whether the person has answered.

use app::api::{
    AsanImzaForm, AsanImzaLogin, Connection, ErrorCode, LoginChallenge, LoginMeans, LoginProgress,
    MeansState,
};
use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiJson, ApiPath, RequestLang};
use super::session::opened;
use crate::identity::links;
use crate::identity::providers::{
    IdentityError, IdentityProvider, IdentityRequest, Outcome, REQUEST_SECONDS,
};
use crate::store::StateLogin;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(means))
        .routes(routes!(start_asan_imza))
        .routes(routes!(start_redirect))
        .routes(routes!(progress))
}

#[utoipa::path(
    get,
    path = "/login/means",
    tag = "login",
    responses(
        (status = 200, description = "The state login means and whether each is connected.", body = Vec<MeansState>),
    ),
)]
async fn means(State(state): State<AppState>) -> Json<Vec<MeansState>> {
    let connection = |means| match means {
        LoginMeans::Password => Connection::Connected,
        _ if state.identity.get(means).is_none() => Connection::NotConnected,
        _ if state.identity.is_simulated(means) => Connection::Simulator,
        _ => Connection::Connected,
    };
    Json(
        LoginMeans::ALL
            .into_iter()
            .map(|means| MeansState {
                means,
                connection: connection(means),
            })
            .collect(),
    )
}

fn provider(state: &AppState, means: LoginMeans) -> Result<&dyn IdentityProvider, ApiError> {
    state
        .identity
        .get(means)
        .ok_or(ApiError::Conflict(ErrorCode::MeansNotConnected))
}

#[utoipa::path(
    post,
    path = "/login/asan-imza",
    tag = "login",
    request_body = AsanImzaForm,
    responses(
        (status = 200, description = "The request is on the person's phone.", body = LoginChallenge),
    ),
)]
async fn start_asan_imza(
    State(state): State<AppState>,
    ApiJson(form): ApiJson<AsanImzaForm>,
) -> Result<Json<LoginChallenge>, ApiError> {
    let login = AsanImzaLogin::try_from(form).map_err(ApiError::Invalid)?;
    start(&state, LoginMeans::AsanImza, |_| {
        IdentityRequest::MobileSignature(login)
    })
    .await
}

#[utoipa::path(
    post,
    path = "/login/{means}",
    tag = "login",
    params(
        ("means" = String, Path, description = "the login means: asan-imza, e-signature or egov"),
    ),
    responses(
        (status = 200, description = "The system's page to go to.", body = LoginChallenge),
    ),
)]
async fn start_redirect(
    State(state): State<AppState>,
    ApiPath(means): ApiPath<String>,
) -> Result<Json<LoginChallenge>, ApiError> {
    let means = LoginMeans::from_slug(&means)
        .filter(|m| matches!(m, LoginMeans::ESignature | LoginMeans::Egov))
        .ok_or(ApiError::NotFound)?;
    start(&state, means, |attempt| IdentityRequest::Redirect {
        return_to: format!("/login/return?attempt={attempt}"),
    })
    .await
}

/// Starts the request at the identity system and keeps an attempt that only this browser can
/// complete: it alone gets the token.
async fn start(
    state: &AppState,
    means: LoginMeans,
    request: impl FnOnce(&str) -> IdentityRequest,
) -> Result<Json<LoginChallenge>, ApiError> {
    let provider = provider(state, means)?;
    let (attempt, attempt_hash) = links::new_token();
    let request = request(&attempt);
    let asan_user_id = match &request {
        IdentityRequest::MobileSignature(holder) => Some(holder.user_id.clone()),
        IdentityRequest::Redirect { .. } => None,
    };
    let started = provider.start(request).await.map_err(identity_error)?;
    state
        .store
        .start_login_attempt(
            &attempt_hash,
            means,
            &started.provider_ref,
            asan_user_id.as_ref(),
            REQUEST_SECONDS,
        )
        .await?;
    Ok(Json(LoginChallenge {
        attempt,
        verification_code: started.verification_code,
        redirect: started.redirect,
        expires_in_seconds: REQUEST_SECONDS,
    }))
}

#[utoipa::path(
    post,
    path = "/login/attempts/{attempt}",
    tag = "login",
    params(
        ("attempt" = String, Path, description = "the login attempt's token, as its start gave it"),
    ),
    responses(
        (status = 200, description = "Still waiting, or logged in (with the session cookie set).", body = LoginProgress),
    ),
)]
async fn progress(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    ApiPath(attempt): ApiPath<String>,
) -> Result<(HeaderMap, Json<LoginProgress>), ApiError> {
    let attempt_hash = links::hash(&attempt);
    let (means, provider_ref) = state
        .store
        .login_attempt(&attempt_hash)
        .await?
        .ok_or(ApiError::Conflict(ErrorCode::LoginExpired))?;
    let outcome = provider(&state, means)?
        .outcome(&provider_ref)
        .await
        .map_err(identity_error)?;
    let identity = match outcome {
        Outcome::Waiting => return Ok((HeaderMap::new(), Json(LoginProgress::Waiting))),
        Outcome::Refused => return Err(ApiError::Conflict(ErrorCode::LoginRefused)),
        Outcome::Expired => return Err(ApiError::Conflict(ErrorCode::LoginExpired)),
        Outcome::Verified(identity) => identity,
    };
    let (token, token_hash) = links::new_token();
    let (csrf_token, _) = links::new_token();
    state
        .store
        .complete_state_login(&StateLogin {
            attempt_hash: &attempt_hash,
            identity: &identity,
            means,
            lang,
            session_hash: &token_hash,
            csrf_token: &csrf_token,
        })
        .await?
        .ok_or(ApiError::Conflict(ErrorCode::LoginExpired))?;
    let (headers, session) = opened(&state, &token, &token_hash).await?;
    Ok((headers, Json(LoginProgress::LoggedIn { session })))
}

pub(super) fn identity_error(error: IdentityError) -> ApiError {
    match error {
        IdentityError::UnknownHolder => {
            ApiError::Invalid(vec![(ErrorCode::UnknownAsanImza, "user_id".into())])
        }
        IdentityError::Unavailable(why) => ApiError::Unavailable(why),
        IdentityError::Database(error) => ApiError::from(error),
    }
}
