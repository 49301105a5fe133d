//! The HTTP surface: the JSON API under `/api/`, one module per area, and the built client.

mod account;
mod accounts;
mod applications;
mod calendar;
mod catalogue;
mod complaints;
mod customs;
mod debt;
mod dev;
mod error;
mod extract;
mod fees;
mod files;
mod forms;
mod health;
mod letters;
mod login;
mod metrics;
mod office;
mod openapi;
mod payments;
mod registry;
mod registry_applications;
mod regulations;
mod results;
mod session;
mod signatures;
mod site;

use std::sync::{Arc, LazyLock};
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::{Extension, Router};
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use app::api::ReferenceData;

use crate::calendar::Calendar;
use crate::catalogue::PublishedCatalogue;
use crate::config::{Environment, Settings};
use crate::files::FileStore;
use crate::files::antivirus::VirusScanner;
use crate::identity::password::Passwords;
use crate::identity::providers::IdentityProviders;
use crate::metrics::Metrics;
use crate::payments::Payments;
use crate::registries::billing::{SimulatedBilling, UtilityBilling};
use crate::registries::population::PopulationRegistry;
use crate::services::{self, Services};
use crate::store::{Limit, Reserved, Simulators, Store};

pub use error::ApiError;

/// The largest JSON body the API reads; file uploads have their own, larger limit.
const JSON_BODY_LIMIT: usize = 256 * 1024;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    /// The public catalogue, held in memory.
    pub catalogue: PublishedCatalogue,
    pub settings: Arc<Settings>,
    pub population: Arc<dyn PopulationRegistry>,
    pub identity: Arc<IdentityProviders>,
    /// Signing what people send (rule 12.2), and the authorities the signatures rest on.
    pub signing: crate::signatures::Signing,
    pub payments: Payments,
    pub files: Arc<dyn FileStore>,
    /// ClamAV, where configured: every upload is checked before it is kept.
    pub antivirus: Option<Arc<dyn VirusScanner>>,
    /// The forms' select lists, read from the database at start.
    pub reference: Arc<ReferenceData>,
    /// Working days over the holidays the database lists now, for the deadlines.
    pub calendar: Calendar,
    /// Azərişıq's utility billing.
    pub billing: Arc<dyn UtilityBilling>,
    /// Development only: the billing simulator's switch, to show a check waiting.
    pub billing_switch: Option<SimulatedBilling>,
    /// Development only: the state the simulators keep (their tables exist where one is on).
    pub simulators: Simulators,
    /// The services that take applications.
    pub services: Services,
    /// What `/metrics` reports.
    pub metrics: Metrics,
    /// Password hashing, bounded.
    pub passwords: Passwords,
}

impl AppState {
    /// What a service reads to decide, as of now.
    pub fn service_context(&self) -> services::Context<'_> {
        services::Context {
            store: &self.store,
            reference: &self.reference,
            billing: self.billing.as_ref(),
            today: crate::calendar::today(),
        }
    }

    /// Counts the request against its limits before its work is done, or refuses it with when
    /// to come back. The hits stay counted unless given back with `Store::release`.
    pub async fn reserve(&self, limits: &[Limit]) -> Result<Vec<i64>, ApiError> {
        match self.store.reserve(limits).await? {
            Reserved::Granted(hits) => Ok(hits),
            Reserved::Refused {
                retry_after_seconds,
            } => Err(ApiError::TooManyRequests {
                retry_after_seconds: u64::try_from(retry_after_seconds).unwrap_or(1),
            }),
        }
    }
}

/// The JSON API's routes, each with its description (`openapi`).
fn api_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(openapi::openapi_json))
        .merge(health::router())
        .merge(catalogue::router())
        .merge(registry::router())
        .merge(registry_applications::router())
        .merge(accounts::router())
        .merge(account::router())
        .merge(dev::router())
        .merge(session::router())
        .merge(login::router())
        .merge(payments::router())
        .merge(fees::router())
        .merge(applications::router())
        .merge(complaints::router())
        .merge(office::router())
        .merge(calendar::router())
        .merge(debt::router())
        .merge(customs::router())
        .merge(results::router())
        .merge(forms::router())
        .merge(regulations::router())
        .merge(signatures::router())
        .merge(letters::router())
        .merge(files::reading_router())
        .layer(DefaultBodyLimit::max(JSON_BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .merge(files::router())
}

/// The whole application, as the server and the router-level tests run it.
pub async fn app(state: AppState) -> anyhow::Result<Router> {
    let (api, routes) = api_routes().split_for_parts();
    let document = serde_json::to_vec(&openapi::document(routes))?;
    let api = api
        .layer(Extension(openapi::ServedDocument(document.into())))
        .fallback(error::not_found)
        .method_not_allowed_fallback(error::method_not_allowed)
        .layer(middleware::from_fn(error::write_problems))
        .layer(middleware::from_fn(not_stored_unless_said))
        .with_state(state.clone());
    let site = site::router(state.clone())
        .await?
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ));
    // Outside `/api`, where Prometheus looks by default; its errors in the API's shape too.
    let operations = metrics::router()
        .layer(middleware::from_fn(error::write_problems))
        .with_state(state.clone());
    Ok(Router::new()
        .nest("/api", api)
        .merge(operations)
        .merge(site)
        .layer(middleware::from_fn_with_state(
            state.settings.environment,
            security_headers,
        ))
        .layer(
            ServiceBuilder::new()
                .layer(TraceLayer::new_for_http())
                .layer(CompressionLayer::new()),
        )
        // Outermost, so the time counted is all the server spends on a request; a layer of the
        // whole router wraps each route, so the request carries the route's template.
        .layer(middleware::from_fn_with_state(
            state.metrics.clone(),
            metrics::count_requests,
        )))
}

/// An API answer may carry a session's CSRF token or a person's data, and a shared computer's
/// browser or a proxy must not keep it: `no-store`, unless the handler chose its own caching
/// for a public read that is the same for everyone.
async fn not_stored_unless_said(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    response
        .headers_mut()
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}

/// The client loads only its own files, wasm allowed to compile: no inline script or style but
/// a page's own boot script and style sheet, each allowed by its hash (`site.rs`), on that page.
pub(crate) fn content_security_policy(scripts: &[String], styles: &[String]) -> String {
    let allowed = |hashes: &[String]| -> String {
        hashes
            .iter()
            .map(|hash| format!(" 'sha256-{hash}'"))
            .collect()
    };
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}; style-src 'self'{}; \
         img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        allowed(scripts),
        allowed(styles)
    )
}

/// What any other answer carries: no inline script or style at all.
static CONTENT_SECURITY_POLICY: LazyLock<HeaderValue> = LazyLock::new(|| {
    HeaderValue::from_str(&content_security_policy(&[], &[])).expect("the policy is plain ASCII")
});

async fn security_headers(
    State(environment): State<Environment>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert_with(|| CONTENT_SECURITY_POLICY.clone());
    let mut set = |name: &'static str, value: &'static str| {
        headers
            .entry(HeaderName::from_static(name))
            .or_insert(HeaderValue::from_static(value));
    };
    set("x-content-type-options", "nosniff");
    set("x-frame-options", "DENY");
    set("referrer-policy", "strict-origin-when-cross-origin");
    set(
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=()",
    );
    set("cross-origin-opener-policy", "same-origin");
    // Browsers remember HSTS for a long time: only where the portal is really served over https.
    if environment == Environment::Production {
        set(
            "strict-transport-security",
            "max-age=31536000; includeSubDomains",
        );
    }
    response
}
