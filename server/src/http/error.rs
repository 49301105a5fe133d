//! One error type for the whole API. Handlers return `ApiError`; a middleware writes it as
//! `{"errors":[{"code","field","message"}]}` in the request's language.

use app::api::{ErrorBody, ErrorCode, FieldProblem, Problem};
use axum::Json;
use axum::extract::Request;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::extract::RequestLang;
use crate::identity::password::HashingError;
use crate::services::Refusal;
use crate::store::{LinkError, RegistryError};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// A well-formed request whose values break the rules: every problem at once.
    #[error("invalid request")]
    Invalid(Vec<FieldProblem>),
    #[error("malformed request body")]
    Malformed,
    /// The address's query string does not fit the route's parameters.
    #[error("malformed query string")]
    MalformedQuery,
    #[error("not allowed")]
    Unauthorized,
    /// Logged in, but this needs another kind of account (an officer's).
    #[error("forbidden")]
    Forbidden,
    /// An officer on duty (or a host's account) whose role does not allow this: told so, not
    /// asked to log in as someone else.
    #[error("not for this role")]
    NotForYourRole,
    /// Wrong e-mail or password: one message for both, so neither is revealed.
    #[error("login failed")]
    LoginFailed,
    /// A change asked for without the session's CSRF token.
    #[error("missing CSRF token")]
    CsrfMissing,
    /// A limit of `crate::limits` is full; a place frees in this many seconds.
    #[error("too many attempts")]
    TooManyRequests { retry_after_seconds: u64 },
    /// A code tried wrongly too often: the field's value cannot be tried again, a new one must
    /// be asked for.
    #[error("tried out")]
    TriedOut(ErrorCode, String),
    /// Password hashing is at capacity: a moment later it is not.
    #[error("busy")]
    Busy,
    #[error("not found")]
    NotFound,
    #[error("method not allowed")]
    MethodNotAllowed,
    #[error("conflict")]
    Conflict(ErrorCode),
    #[error("payload too large")]
    PayloadTooLarge,
    /// An uploaded file over the configured limit.
    #[error("file too large")]
    FileTooLarge,
    /// A state system the request needs did not answer.
    #[error("unavailable: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// How soon to come back when password hashing is at capacity: a hash takes a fraction of a
/// second, so the queue is gone by then.
const BUSY_RETRY_SECONDS: u64 = 2;

/// The problems of an error response, waiting for the request's language.
#[derive(Clone)]
struct PendingProblems(Vec<(ErrorCode, Option<String>)>);

impl ApiError {
    fn status_and_problems(self) -> (StatusCode, Vec<(ErrorCode, Option<String>)>) {
        let general = |code| vec![(code, None)];
        match self {
            Self::Invalid(problems) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                problems
                    .into_iter()
                    .map(|(code, field)| (code, Some(field)))
                    .collect(),
            ),
            Self::Malformed => (StatusCode::BAD_REQUEST, general(ErrorCode::MalformedBody)),
            Self::MalformedQuery => (StatusCode::BAD_REQUEST, general(ErrorCode::MalformedQuery)),
            Self::LoginFailed => (StatusCode::UNAUTHORIZED, general(ErrorCode::LoginFailed)),
            Self::CsrfMissing => (StatusCode::FORBIDDEN, general(ErrorCode::CsrfMissing)),
            // The message promises the longest wait a window of its kind can ask for.
            Self::TooManyRequests {
                retry_after_seconds,
            } => (
                StatusCode::TOO_MANY_REQUESTS,
                general(if retry_after_seconds <= 15 * 60 {
                    ErrorCode::TooManyAttempts
                } else {
                    ErrorCode::LimitReached
                }),
            ),
            Self::Busy => (StatusCode::SERVICE_UNAVAILABLE, general(ErrorCode::Busy)),
            Self::TriedOut(code, field) => {
                (StatusCode::TOO_MANY_REQUESTS, vec![(code, Some(field))])
            }
            Self::Unauthorized => (StatusCode::UNAUTHORIZED, general(ErrorCode::Unauthorized)),
            Self::Forbidden => (StatusCode::FORBIDDEN, general(ErrorCode::Forbidden)),
            Self::NotForYourRole => (StatusCode::FORBIDDEN, general(ErrorCode::NotForYourRole)),
            Self::NotFound => (StatusCode::NOT_FOUND, general(ErrorCode::NotFound)),
            Self::MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                general(ErrorCode::MethodNotAllowed),
            ),
            Self::Conflict(code) => (StatusCode::CONFLICT, general(code)),
            Self::PayloadTooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                general(ErrorCode::PayloadTooLarge),
            ),
            Self::FileTooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                vec![(ErrorCode::FileTooLarge, Some("file".into()))],
            ),
            Self::Unavailable(why) => {
                tracing::warn!(why, "a state system did not answer");
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    general(ErrorCode::Unavailable),
                )
            }
            Self::Internal(error) => {
                tracing::error!(error = ?error, "request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    general(ErrorCode::Internal),
                )
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let retry_after = match &self {
            Self::TooManyRequests {
                retry_after_seconds,
            } => Some(*retry_after_seconds),
            Self::Busy => Some(BUSY_RETRY_SECONDS),
            _ => None,
        };
        let (status, problems) = self.status_and_problems();
        let mut response = status.into_response();
        if let Some(seconds) = retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from(seconds));
        }
        response.extensions_mut().insert(PendingProblems(problems));
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
        }
        response
    }
}

/// Writes the body of every `ApiError` response in the language the request asked for.
pub async fn write_problems(lang: RequestLang, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let Some(PendingProblems(problems)) = response.extensions_mut().remove::<PendingProblems>()
    else {
        return response;
    };
    let errors = problems
        .iter()
        .map(|(code, field)| Problem::new(*code, field.as_deref(), lang.0))
        .collect();
    let mut headers = std::mem::take(response.headers_mut());
    headers.remove(header::CONTENT_LENGTH);
    (response.status(), headers, Json(ErrorBody { errors })).into_response()
}

impl From<QueryRejection> for ApiError {
    fn from(_: QueryRejection) -> Self {
        Self::MalformedQuery
    }
}

/// A parameter that does not parse (`/officers/abc`) names nothing, so it is not found, as an
/// application number that does not parse is; a route whose parameters do not fit its handler
/// is ours to fix.
impl From<PathRejection> for ApiError {
    fn from(rejection: PathRejection) -> Self {
        if rejection.status().is_server_error() {
            Self::Internal(rejection.into())
        } else {
            Self::NotFound
        }
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Self::PayloadTooLarge
        } else {
            Self::Malformed
        }
    }
}

impl From<HashingError> for ApiError {
    fn from(error: HashingError) -> Self {
        match error {
            HashingError::Busy => Self::Busy,
            HashingError::Failed(error) => Self::Internal(error),
        }
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(error: sqlx::Error) -> Self {
        Self::Internal(error.into())
    }
}

impl From<Refusal> for ApiError {
    fn from(refusal: Refusal) -> Self {
        match refusal {
            Refusal::Invalid(problems) => Self::Invalid(problems),
            Refusal::NotNow(code) => Self::Conflict(code),
            Refusal::Malformed => Self::Malformed,
            Refusal::Failed(error) => Self::Internal(error),
        }
    }
}

impl From<RegistryError> for ApiError {
    fn from(error: RegistryError) -> Self {
        match error {
            RegistryError::UnknownAgency => {
                Self::Invalid(vec![(ErrorCode::UnknownAgency, "agency".into())])
            }
            RegistryError::NotFound => Self::NotFound,
            RegistryError::Cancelled => Self::Conflict(ErrorCode::AlreadyCancelled),
            RegistryError::Database(e) => e.into(),
        }
    }
}

impl From<LinkError> for ApiError {
    fn from(error: LinkError) -> Self {
        match error {
            LinkError::Invalid => Self::Invalid(vec![(ErrorCode::LinkInvalid, "token".into())]),
            LinkError::Expired => Self::Invalid(vec![(ErrorCode::LinkExpired, "token".into())]),
            LinkError::Database(e) => e.into(),
        }
    }
}

/// The API's answer to a path it does not have.
pub async fn not_found() -> ApiError {
    ApiError::NotFound
}

pub async fn method_not_allowed() -> ApiError {
    ApiError::MethodNotAllowed
}
