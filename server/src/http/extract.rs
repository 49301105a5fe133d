//! Extractors that turn what a request carries into the API's own types, with its own errors.

use std::net::{IpAddr, SocketAddr};

use app::domain::{Lang, cookie_value};
use axum::extract::{ConnectInfo, FromRef, FromRequest, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use secrecy::ExposeSecret;
use subtle::ConstantTimeEq;

use super::AppState;
use super::error::ApiError;
use crate::identity::links;
use crate::store::{Officer, Session};

pub use axums_own::{ApiPath, ApiQuery};

/// A JSON body whose rejection is answered in the API's error shape.
#[derive(FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct ApiJson<T>(pub T);

/// The one place axum's own `Path` and `Query` are named (clippy.toml refuses them elsewhere).
#[allow(
    clippy::disallowed_types,
    reason = "wrapping them is what this module is for"
)]
mod axums_own {
    use axum::extract::FromRequestParts;

    use super::ApiError;

    /// A query string whose rejection is answered in the API's error shape.
    #[derive(FromRequestParts)]
    #[from_request(via(axum::extract::Query), rejection(ApiError))]
    pub struct ApiQuery<T>(pub T);

    /// Path parameters whose rejection is answered in the API's error shape.
    #[derive(FromRequestParts)]
    #[from_request(via(axum::extract::Path), rejection(ApiError))]
    pub struct ApiPath<T>(pub T);
}

/// The language to answer in: the `lang` cookie, else `Accept-Language`, else Azerbaijani.
#[derive(Clone, Copy, Debug)]
pub struct RequestLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for RequestLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let header_str = |name| {
            parts
                .headers
                .get_all(name)
                .iter()
                .filter_map(|v| v.to_str().ok())
        };
        let from_cookie = header_str(header::COOKIE).find_map(Lang::from_cookie_header);
        let lang = from_cookie.unwrap_or_else(|| {
            Lang::negotiate(header_str(header::ACCEPT_LANGUAGE).flat_map(|v| v.split(',')))
        });
        Ok(Self(lang))
    }
}

/// The address the request came from, for limits per address: the connection's, or the one the
/// configured load balancer's header names last.
#[derive(Clone, Copy, Debug)]
pub struct ClientAddress(pub IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress
where
    AppState: FromRef<S>,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let state = AppState::from_ref(state);
        if let Some(name) = &state.settings.application.client_address_header {
            return parts
                .headers
                .get_all(name.as_str())
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .last()
                .and_then(|v| v.trim().parse().ok())
                .map(Self)
                .ok_or(ApiError::Malformed);
        }
        parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(peer)| Self(peer.ip()))
            .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("served without ConnectInfo")))
    }
}

/// The registry operator, proven by the bearer token in the settings.
pub struct RegistryOperator;

impl<S: Send + Sync> FromRequestParts<S> for RegistryOperator
where
    AppState: FromRef<S>,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let state = AppState::from_ref(state);
        let expected = state.settings.registry.operator_token.expose_secret();
        match bearer_token(parts) {
            Some(token) if bool::from(token.ct_eq(expected.as_bytes())) => Ok(Self),
            _ => Err(ApiError::Unauthorized),
        }
    }
}

/// Prometheus (or whatever scrapes `/metrics`), proven by `metrics.token` as a bearer token.
/// Without a token configured the metrics are not served at all: 404, as for any address the
/// portal does not have.
pub struct MetricsScraper;

impl<S: Send + Sync> FromRequestParts<S> for MetricsScraper
where
    AppState: FromRef<S>,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let state = AppState::from_ref(state);
        let expected = state
            .settings
            .metrics
            .scrape_token()
            .ok_or(ApiError::NotFound)?;
        match bearer_token(parts) {
            Some(token) if bool::from(token.ct_eq(expected.as_bytes())) => Ok(Self),
            _ => Err(ApiError::Unauthorized),
        }
    }
}

fn bearer_token(parts: &Parts) -> Option<&[u8]> {
    parts
        .headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::as_bytes)
}

/// The name of the session cookie; its value is the session's token.
pub const SESSION_COOKIE: &str = "qapi_session";

/// The session cookie's token, if the request carries one.
pub(super) fn session_token(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|cookies| cookie_value(cookies, SESSION_COOKIE))
}

/// A logged-in person. For anything but reading, the request must also carry the session's
/// CSRF token in `X-CSRF-Token`, which another site's page cannot set.
pub struct Citizen {
    pub token_hash: String,
    pub session: Session,
}

impl<S: Send + Sync> FromRequestParts<S> for Citizen
where
    AppState: FromRef<S>,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let state = AppState::from_ref(state);
        let token = session_token(&parts.headers).ok_or(ApiError::Unauthorized)?;
        let token_hash = links::hash(token);
        let session = state
            .store
            .session(&token_hash)
            .await?
            .ok_or(ApiError::Unauthorized)?;
        if !parts.method.is_safe() {
            let given = parts
                .headers
                .get("x-csrf-token")
                .map(|v| v.as_bytes())
                .unwrap_or_default();
            if !bool::from(given.ct_eq(session.csrf_token.as_bytes())) {
                return Err(ApiError::CsrfMissing);
            }
        }
        Ok(Self {
            token_hash,
            session,
        })
    }
}

/// The account of the request's session, if it has one, for attributing a payment to the person
/// who made it. It changes nothing of theirs, so it asks for no CSRF token; anything that does
/// uses `Citizen`.
pub struct MaybeCitizen(pub Option<i64>);

impl<S: Send + Sync> FromRequestParts<S> for MaybeCitizen
where
    AppState: FromRef<S>,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let state = AppState::from_ref(state);
        let Some(token) = session_token(&parts.headers) else {
            return Ok(Self(None));
        };
        let session = state.store.session(&links::hash(token)).await?;
        Ok(Self(session.map(|s| s.account_id)))
    }
}

/// Whoever is asking: a logged-in person (whose CSRF token is then checked as for `Citizen`), or
/// someone without an account yet, such as a host filling in the registration form.
pub enum Visitor {
    Citizen(Citizen),
    Anonymous,
}

impl<S: Send + Sync> FromRequestParts<S> for Visitor
where
    AppState: FromRef<S>,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match Citizen::from_request_parts(parts, state).await {
            Ok(citizen) => Ok(Self::Citizen(citizen)),
            Err(ApiError::Unauthorized) => Ok(Self::Anonymous),
            Err(other) => Err(other),
        }
    }
}

/// An officer of an agency in a session opened with both factors; anyone else logged in is
/// refused (403), anyone not logged in is asked to (401). The CSRF token is checked as for
/// `Citizen`.
pub struct OnDuty(pub Officer);

impl<S: Send + Sync> FromRequestParts<S> for OnDuty
where
    AppState: FromRef<S>,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let citizen = Citizen::from_request_parts(parts, state).await?;
        let office = citizen.session.me.office.ok_or(ApiError::Forbidden)?;
        Ok(Self(Officer {
            account_id: citizen.session.account_id,
            role: office.role,
            agency: office.agency,
            fin: citizen.session.signing_fin,
        }))
    }
}
