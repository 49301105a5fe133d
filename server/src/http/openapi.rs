//! The API's description at `/api/openapi.json`, generated from the code: each handler's
//! `#[utoipa::path]` (registered with `utoipa_axum::routes!`, so a route and its description are
//! one line of the router) and the schemas the shared types in `app::api` derive.
//!
//! Only `/api/` is described. What the server answers elsewhere is not a JSON API: the built
//! client (HTML, JS, wasm, CSS, fonts: `site.rs`) and `/metrics` (Prometheus's text format, for
//! the scraper's bearer token: `metrics.rs`). Files the API itself serves (PDFs, scans, exports)
//! are described with their media types.

use axum::Extension;
use axum::body::Bytes;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, OpenApi, Ref, RefOr};
use utoipa::{Modify, OpenApi as _};

use super::extract::SESSION_COOKIE;

/// What the document says before the routes add their paths.
#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "Qapı",
        description = "The e-services portal's JSON API. Every answer outside 2xx is \
            `{\"errors\":[{\"code\",\"field\",\"message\"}]}` (ApiErrors), its messages in the \
            request's language (the `lang` cookie, else `Accept-Language`)."
    ),
    components(schemas(app::api::ErrorBody)),
    modifiers(&Credentials)
)]
pub struct ApiDoc;

/// The security scheme names the handlers' `security(...)` refer to.
pub const SESSION: &str = "session";
pub const CSRF: &str = "csrf";
pub const REGISTRY_TOKEN: &str = "registry_token";

/// How a request proves who sends it: the session cookie (with its CSRF token for a change), or
/// the registry operator's token for scripts.
struct Credentials;

impl Modify for Credentials {
    fn modify(&self, openapi: &mut OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            SESSION,
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                SESSION_COOKIE,
                "the session, set by logging in (POST /api/session and the state logins)",
            ))),
        );
        components.add_security_scheme(
            CSRF,
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                "X-CSRF-Token",
                "the session's CSRF token (`csrf_token` of GET /api/session), on every change",
            ))),
        );
        components.add_security_scheme(
            REGISTRY_TOKEN,
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The whole document: the routes' paths under `/api`, each operation given the error answers
/// every handler can give (ADR 0003), written once here rather than on a hundred handlers.
pub fn document(routes: OpenApi) -> OpenApi {
    let mut document = ApiDoc::openapi().nest("/api", routes);
    for item in document.paths.paths.values_mut() {
        let operations = [
            (&mut item.get, false),
            (&mut item.put, true),
            (&mut item.post, true),
            (&mut item.delete, true),
            (&mut item.patch, true),
        ];
        for (operation, changes) in operations {
            if let Some(operation) = operation {
                describe_errors(operation, changes);
            }
        }
    }
    document
}

fn describe_errors(operation: &mut Operation, changes: bool) {
    let parameters_in = |place: ParameterIn| {
        operation
            .parameters
            .iter()
            .flatten()
            .any(|p| p.parameter_in == place)
    };
    let with_path = parameters_in(ParameterIn::Path);
    let with_query = parameters_in(ParameterIn::Query);
    let with_body = operation.request_body.is_some();
    let logged_in = operation.security.iter().flatten().any(|requirement| {
        serde_json::to_value(requirement)
            .ok()
            .and_then(|v| v.get(SESSION).cloned())
            .is_some()
    });
    let answers = [
        (
            with_body || with_query,
            "400",
            "The body or the query string does not parse.",
        ),
        (logged_in, "401", "Not logged in, or the session has ended."),
        (
            logged_in && changes,
            "403",
            "Without the session's CSRF token, or not for this account's role.",
        ),
        (
            with_path,
            "404",
            "Nothing of this address is there for the caller.",
        ),
        (with_body, "413", "The body is larger than the API reads."),
        (
            with_body,
            "422",
            "The request breaks the rules: every problem at once, each with its field.",
        ),
        (
            true,
            "4XX",
            "Refused for another reason (a conflict, a limit: 429 with Retry-After), in the same shape.",
        ),
        (
            true,
            "5XX",
            "The portal or a state system it needs failed (503 with Retry-After when busy).",
        ),
    ];
    for (applies, status, description) in answers {
        if applies && !operation.responses.responses.contains_key(status) {
            operation
                .responses
                .responses
                .insert(status.to_owned(), problems(description));
        }
    }
}

fn problems(description: &str) -> RefOr<utoipa::openapi::Response> {
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/json",
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("ApiErrors")))
                .build(),
        )
        .into()
}

/// The document as served, serialised once at start.
#[derive(Clone)]
pub struct ServedDocument(pub Bytes);

/// This document. The same for everyone and changed only by a new release.
#[utoipa::path(
    get,
    path = "/openapi.json",
    tag = "meta",
    responses((status = 200, description = "The API's OpenAPI 3.1 description.", body = Object))
)]
pub async fn openapi_json(Extension(ServedDocument(json)): Extension<ServedDocument>) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            ),
        ],
        json,
    )
        .into_response()
}

/// The schema of an answer (or upload) that is a file's bytes: a PDF, a scan.
pub struct FileBytes;

impl utoipa::PartialSchema for FileBytes {
    fn schema() -> RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .format(Some(utoipa::openapi::SchemaFormat::KnownFormat(
                utoipa::openapi::KnownFormat::Binary,
            )))
            .into()
    }
}

impl utoipa::ToSchema for FileBytes {}
