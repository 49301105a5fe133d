//! The public catalogue of e-services: no login, read only.

use app::api::{Agency, AgencySummary, Catalogue, ErrorCode, SearchHit, ServicePage};
use app::domain::{AgencyNumber, SearchQuery, ServiceNumber};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiPath, ApiQuery};
use crate::catalogue::Serialised;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(catalogue))
        .routes(routes!(agencies))
        .routes(routes!(agency))
        .routes(routes!(search))
        .routes(routes!(service))
}

#[utoipa::path(
    get,
    path = "/catalogue",
    tag = "catalogue",
    responses(
        (status = 200, description = "Every service, compressed once per edition of the catalogue; ask again with If-None-Match (no-cache).", body = Catalogue),
        (status = 304, description = "The client's copy (its ETag) is current."),
    ),
)]
async fn catalogue(State(state): State<AppState>, headers: HeaderMap) -> Response {
    published(&state.catalogue.current().await.listing, &headers)
}

#[utoipa::path(
    get,
    path = "/agencies",
    tag = "catalogue",
    responses(
        (status = 200, description = "Every agency, compressed once per edition of the catalogue.", body = Vec<AgencySummary>),
        (status = 304, description = "The client's copy (its ETag) is current."),
    ),
)]
async fn agencies(State(state): State<AppState>, headers: HeaderMap) -> Response {
    published(&state.catalogue.current().await.agencies, &headers)
}

/// An answer serialised and compressed once per edition of the catalogue, in the encoding the
/// client prefers, or 304 to a client that holds it. Clients ask again every time (`no-cache`)
/// so that a change shows at once; what they hold comes back as a 304.
fn published(answer: &Serialised, headers: &HeaderMap) -> Response {
    let caching = [
        (header::ETAG, answer.etag.clone()),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        (header::VARY, HeaderValue::from_static("accept-encoding")),
    ];
    if holds(headers, &answer.etag) {
        return (StatusCode::NOT_MODIFIED, caching).into_response();
    }
    let json = (
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    // Already encoded: the compression layer leaves an answer with a `Content-Encoding` alone.
    let encoded = |coding: &'static str, body: &Bytes| {
        let coding = (header::CONTENT_ENCODING, HeaderValue::from_static(coding));
        (caching.clone(), [json.clone(), coding], body.clone()).into_response()
    };
    match preferred_encoding(headers) {
        Some(Encoding::Brotli) => encoded("br", &answer.brotli),
        Some(Encoding::Gzip) => encoded("gzip", &answer.gzip),
        None => (caching, [json], answer.json.clone()).into_response(),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Brotli,
    Gzip,
}

/// Of brotli and gzip, the one `Accept-Encoding` weighs highest (brotli on a tie, being
/// smaller); `None` when it accepts neither.
fn preferred_encoding(headers: &HeaderMap) -> Option<Encoding> {
    let (mut brotli, mut gzip, mut any) = (None, None, None);
    let offers = headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','));
    for offer in offers {
        let mut parts = offer.split(';');
        let coding = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
        let weight = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
            .unwrap_or(0.0);
        match coding.as_str() {
            "br" => brotli = Some(weight),
            "gzip" | "x-gzip" => gzip = Some(weight),
            "*" => any = Some(weight),
            _ => {}
        }
    }
    let brotli = brotli.or(any).unwrap_or(0.0);
    let gzip = gzip.or(any).unwrap_or(0.0);
    if brotli > 0.0 && brotli >= gzip {
        Some(Encoding::Brotli)
    } else if gzip > 0.0 {
        Some(Encoding::Gzip)
    } else {
        None
    }
}

/// Whether `If-None-Match` names the answer's tag; the comparison is weak, as for any GET.
fn holds(headers: &HeaderMap, etag: &HeaderValue) -> bool {
    let opaque = |tag: &str| tag.trim().trim_start_matches("W/").to_owned();
    let Some(ours) = etag.to_str().ok().map(opaque) else {
        return false;
    };
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|tag| tag.trim() == "*" || opaque(tag) == ours)
}

#[utoipa::path(
    get,
    path = "/agencies/{number}",
    tag = "catalogue",
    params(("number" = app::domain::AgencyNumber, Path, description = "the agency's number, such as 33")),
    responses((status = 200, description = "The agency.", body = Agency)),
)]
async fn agency(
    State(state): State<AppState>,
    ApiPath(number): ApiPath<String>,
) -> Result<Json<Agency>, ApiError> {
    let number = AgencyNumber::parse(&number).ok_or(ApiError::NotFound)?;
    state
        .catalogue
        .current()
        .await
        .agency(number)
        .cloned()
        .map(Json)
        .ok_or(ApiError::NotFound)
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct SearchParams {
    /// What to search for in the services' titles and agencies.
    q: Option<String>,
}

/// The same search the client runs as the user types, for links and other clients.
#[utoipa::path(
    get,
    path = "/services",
    tag = "catalogue",
    params(SearchParams),
    responses(
        (status = 200, description = "The services that match, best first.", body = Vec<SearchHit>),
    ),
)]
async fn search(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> Result<Json<Vec<SearchHit>>, ApiError> {
    let query = params
        .q
        .as_deref()
        .and_then(SearchQuery::parse)
        .ok_or_else(|| ApiError::Invalid(vec![(ErrorCode::Required, "q".into())]))?;
    Ok(Json(state.catalogue.current().await.search(&query)))
}

/// A service's card with its regulation (`ServicePage`), from the catalogue's edition.
#[utoipa::path(
    get,
    path = "/services/{number}",
    tag = "catalogue",
    params(("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10")),
    responses(
        (status = 200, description = "The service's card with its regulation.", body = ServicePage),
    ),
)]
async fn service(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(number): ApiPath<String>,
) -> Result<Response, ApiError> {
    let number = ServiceNumber::parse(&number).ok_or(ApiError::NotFound)?;
    let page = state
        .catalogue
        .service_page(number)
        .await
        .map_err(ApiError::Internal)?
        .ok_or(ApiError::NotFound)?;
    Ok(published(&page, &headers))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepting(value: &str) -> Option<Encoding> {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(value).unwrap(),
        );
        preferred_encoding(&headers)
    }

    #[test]
    fn the_encoding_is_the_one_the_client_weighs_highest() {
        assert_eq!(accepting("gzip, deflate, br, zstd"), Some(Encoding::Brotli));
        assert_eq!(accepting("gzip"), Some(Encoding::Gzip));
        assert_eq!(accepting("br;q=0.5, gzip"), Some(Encoding::Gzip));
        assert_eq!(accepting("BR ; q=1.0"), Some(Encoding::Brotli));
        assert_eq!(accepting("*"), Some(Encoding::Brotli));
        assert_eq!(accepting("*;q=0.3, br;q=0"), Some(Encoding::Gzip));
        assert_eq!(accepting("identity"), None);
        assert_eq!(accepting("br;q=0, gzip;q=0"), None);
        assert_eq!(
            accepting("br;q=x"),
            None,
            "an unreadable weight accepts nothing"
        );
        assert_eq!(preferred_encoding(&HeaderMap::new()), None);
    }
}
