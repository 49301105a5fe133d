//! The built client: hashed files with long cache lives, the page of its area for every client
//! route (`index.html`, which is the home page's first paint, or `<area>.html`, each loading only
//! its area's module, for a lazy page the parts of the module it needs too, and for a public page
//! the data it reads first, and for an applicant's own application the part of its service), and a
//! real 404 (the public area, which says so) for any other path — a development page too, when
//! the build has no development area (production builds have none).

use std::collections::HashMap;
use std::path::Path;

use app::area::Area;
use app::domain::ApplicationNumber;
use app::routes::ClientRoute;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tower_http::services::ServeDir;

use super::AppState;
use super::extract::session_token;
use crate::identity::links;

/// Files under this path carry a content hash in their names, so they never change.
const HASHED: &str = "/pkg/";

/// The pages the client was built with: the home page's and each area's, and each lazy page's
/// (its area's page that also preloads the parts of the module the page loads when it opens).
#[derive(Clone)]
struct Pages {
    home: Bytes,
    areas: Vec<(Area, Bytes)>,
    lazy: HashMap<(Area, String), Bytes>,
}

impl Pages {
    async fn read(site_dir: &Path) -> anyhow::Result<Self> {
        let home = read_page(site_dir, "index").await?;
        let mut areas = Vec::new();
        for area in Area::ALL {
            match read_page(site_dir, area.name()).await {
                Ok(page) => areas.push((area, page)),
                // Only a development or demo build has the simulators' pages.
                Err(_) if area == Area::Dev => {}
                Err(e) => return Err(e),
            }
        }
        let mut pages = Self {
            home,
            areas,
            lazy: HashMap::new(),
        };
        let parts = read_file(site_dir, "parts.txt").await?;
        for line in String::from_utf8_lossy(&parts).lines() {
            let mut fields = line.split_whitespace();
            let (Some(area), Some(page)) = (fields.next(), fields.next()) else {
                continue;
            };
            let Some(area) = Area::ALL.into_iter().find(|a| a.name() == area) else {
                anyhow::bail!("parts.txt names an area the client does not have: {area}");
            };
            let Some(html) = pages.of(area) else { continue };
            let html = with_parts(html, fields);
            pages.lazy.insert((area, page.to_owned()), html);
        }
        Ok(pages)
    }

    fn of(&self, area: Area) -> Option<&Bytes> {
        self.areas
            .iter()
            .find(|(a, _)| *a == area)
            .map(|(_, page)| page)
    }

    /// The page for a route, for a visitor with a session or without, and whether the path is
    /// a page at all; `part` names the part of the route's module the page draws with where the
    /// route does not say it (an application's page, by its service).
    fn for_route(
        &self,
        route: Option<ClientRoute>,
        signed_in: bool,
        part: Option<&str>,
    ) -> (StatusCode, Bytes) {
        let public = || self.of(Area::Public).cloned().unwrap_or_default();
        match route {
            Some(ClientRoute::Home) => {
                (StatusCode::OK, reading_first(&self.home, ClientRoute::Home))
            }
            Some(route) => {
                let page = match part {
                    Some(part) => part,
                    None if signed_in => route.page_name_signed_in(),
                    None => route.page_name(),
                };
                let lazy = self.lazy.get(&(route.area(), page.to_owned()));
                match lazy.or_else(|| self.of(route.area())) {
                    Some(page) => (StatusCode::OK, reading_first(page, route)),
                    None => (StatusCode::NOT_FOUND, public()),
                }
            }
            None => (StatusCode::NOT_FOUND, public()),
        }
    }
}

/// A page that also preloads the public data its route reads first, so a deep link fetches it
/// together with the module instead of after the module has started.
fn reading_first(page: &Bytes, route: ClientRoute) -> Bytes {
    match route.first_read() {
        Some(path) => preloading(
            page,
            &format!("<link rel=\"preload\" href=\"{path}\" as=\"fetch\" crossorigin>\n"),
        ),
        None => page.clone(),
    }
}

/// An area's page that also preloads these files (under the site's root), so a deep link
/// fetches the parts of its page together with the area's module, not after it: a part's
/// module, or its pack (the module with the chunks it shares, in one file that is not wasm).
fn with_parts<'a>(page: &Bytes, files: impl Iterator<Item = &'a str>) -> Bytes {
    let links: String = files
        .map(|file| {
            let wasm = if file.ends_with(".wasm") {
                " type=\"application/wasm\""
            } else {
                ""
            };
            format!("<link rel=\"preload\" href=\"/{file}\" as=\"fetch\"{wasm} crossorigin>\n")
        })
        .collect();
    preloading(page, &links)
}

/// A page with these links added at the end of its head.
fn preloading(page: &Bytes, links: &str) -> Bytes {
    String::from_utf8_lossy(page)
        .replacen("</head>", &format!("{links}</head>"), 1)
        .into()
}

async fn read_page(site_dir: &Path, name: &str) -> anyhow::Result<Bytes> {
    read_file(site_dir, &format!("{name}.html")).await
}

async fn read_file(site_dir: &Path, name: &str) -> anyhow::Result<Bytes> {
    let path = site_dir.join(name);
    let file = tokio::fs::read(&path).await.map_err(|e| {
        anyhow::anyhow!(
            "cannot read {} ({e}): build the client first with `make client`",
            path.display()
        )
    })?;
    Ok(file.into())
}

/// The pages, and the portal's state for reading which service an applicant's application is of.
#[derive(Clone)]
struct Site {
    pages: Pages,
    app: AppState,
}

pub async fn router(state: AppState) -> anyhow::Result<Router> {
    let site_dir = state.settings.site_dir.clone();
    let pages = Pages::read(&site_dir).await?;
    let client_route = get(page_for_client_route).with_state(Site { pages, app: state });
    let files = ServeDir::new(&site_dir)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false)
        .fallback(client_route);
    Ok(Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn(cache_control)))
}

async fn page_for_client_route(State(site): State<Site>, uri: Uri, headers: HeaderMap) -> Response {
    // Whether the session is still valid does not matter here: at worst a part is preloaded
    // that the page then does not load.
    let signed_in = session_token(&headers).is_some();
    let route = ClientRoute::parse(uri.path());
    let part = match route {
        Some(ClientRoute::Application(number)) => {
            application_part(&site.app, &headers, number).await
        }
        _ => None,
    };
    let (status, page) = site.pages.for_route(route, signed_in, part);
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            // What a page preloads depends on the session cookie (`page_name_signed_in`).
            (header::VARY, "Cookie"),
        ],
        page,
    )
        .into_response()
}

/// The part of the cabinet's module that draws this application's page, for the applicant whose
/// it is: its address does not say the service, and without it the part would start only once
/// the page had read the application. Anyone else, a visitor without a session, or a read that
/// fails gets the page without it, which loads the part itself.
async fn application_part(
    state: &AppState,
    headers: &HeaderMap,
    number: ApplicationNumber,
) -> Option<&'static str> {
    let token = session_token(headers)?;
    let service = async {
        match state.store.session(&links::hash(token)).await? {
            Some(session) => state.store.service_of(session.account_id, &number).await,
            None => Ok(None),
        }
    };
    match service.await {
        Ok(service) => service.map(app::services::application_part),
        Err(error) => {
            tracing::warn!(%error, "reading an application's service to preload its part");
            None
        }
    }
}

async fn cache_control(request: Request, next: Next) -> Response {
    let hashed = request.uri().path().starts_with(HASHED);
    let mut response = next.run(request).await;
    let value = if hashed && response.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}
