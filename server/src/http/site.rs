//! The built client: hashed files with long cache lives, the page of its area for every client
//! route (`index.html`, which is the home page's first paint, or `<area>.html`, each loading only
//! its area's module, for a lazy page the parts of the module it needs too, and for a public page
//! the data it reads first, and for an applicant's own application the part of its service), and a
//! real 404 (the public area, which says so) for any other path — a development page too, when
//! the build has no development area (production builds have none).
//!
//! A page carries its style sheet and its boot script (which fetches the area's module, and the
//! parts and data listed in the page's `<template id="q-preloads">`, after the first paint): the
//! page's policy allows those two by their hashes and no other inline script or style.
//!
//! The pages' files are templates: their first paint (header, menu, the home page's search, a
//! service's heading) is filled here in the visitor's language, as the client will choose it
//! (the `lang` cookie, else `Accept-Language`), so that what the browser paints first is what
//! the app then draws over it, in the same words. `{{t:NavHome}}` is a message of the catalogue,
//! `{{lang}}` the language's code, `{{pressed:en}}` whether it is English; a service's heading
//! adds its own values. A file is never sent as it is.

use std::collections::HashMap;
use std::path::Path;

use app::area::Area;
use app::domain::{ApplicationNumber, Lang, ServiceNumber};
use app::i18n::Msg;
use app::routes::ClientRoute;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use sha2::{Digest, Sha256};
use tower_http::services::ServeDir;

use super::AppState;
use super::extract::{RequestLang, session_token};
use crate::catalogue::Edition;
use crate::identity::links;

/// Files under this path carry a content hash in their names, so they never change.
const HASHED: &str = "/pkg/";

/// Where a page lists what its boot script fetches after the first paint (`app/index.html`).
const PRELOADS: &str = "<template id=\"q-preloads\">";

/// A page filled in each language, and its content security policy.
#[derive(Clone)]
struct Localised {
    az: Bytes,
    en: Bytes,
    ru: Bytes,
    policy: HeaderValue,
}

impl Localised {
    fn of(template: &str) -> anyhow::Result<Self> {
        anyhow::ensure!(
            template.contains(PRELOADS),
            "a page without its list of preloads ({PRELOADS})"
        );
        let page = |lang| fill(template, lang, &[]).map(Bytes::from);
        let az = page(Lang::Az)?;
        let policy = policy_of(std::str::from_utf8(&az)?)?;
        Ok(Self {
            az,
            en: page(Lang::En)?,
            ru: page(Lang::Ru)?,
            policy,
        })
    }

    fn get(&self, lang: Lang) -> &Bytes {
        match lang {
            Lang::Az => &self.az,
            Lang::En => &self.en,
            Lang::Ru => &self.ru,
        }
    }
}

/// The pages the client was built with: the home page's and each area's, and each lazy page's
/// (its area's page that also preloads the parts of the module the page loads when it opens).
#[derive(Clone)]
struct Pages {
    home: Localised,
    /// The public area's page, which says a path is not a page.
    public: Localised,
    areas: Vec<(Area, Localised)>,
    lazy: HashMap<(Area, String), Localised>,
}

impl Pages {
    async fn read(site_dir: &Path) -> anyhow::Result<Self> {
        let home = Localised::of(&read_page(site_dir, "index").await?)?;
        let mut templates = Vec::new();
        for area in Area::ALL {
            match read_page(site_dir, area.name()).await {
                Ok(page) => templates.push((area, page)),
                // Only a development or demo build has the simulators' pages.
                Err(_) if area == Area::Dev => {}
                Err(e) => return Err(e),
            }
        }
        let mut lazy = HashMap::new();
        let parts = read_file(site_dir, "parts.txt").await?;
        for line in String::from_utf8_lossy(&parts).lines() {
            let mut fields = line.split_whitespace();
            let (Some(area), Some(page)) = (fields.next(), fields.next()) else {
                continue;
            };
            let Some(area) = Area::ALL.into_iter().find(|a| a.name() == area) else {
                anyhow::bail!("parts.txt names an area the client does not have: {area}");
            };
            let Some((_, template)) = templates.iter().find(|(a, _)| *a == area) else {
                continue;
            };
            let html = Localised::of(&with_parts(template, fields))?;
            lazy.insert((area, page.to_owned()), html);
        }
        let areas: Vec<_> = templates
            .iter()
            .map(|(area, template)| Ok((*area, Localised::of(template)?)))
            .collect::<anyhow::Result<_>>()?;
        let public = areas
            .iter()
            .find(|(area, _)| *area == Area::Public)
            .map(|(_, page)| page.clone())
            .ok_or_else(|| anyhow::anyhow!("the site has no page of the public area"))?;
        Ok(Self {
            home,
            public,
            areas,
            lazy,
        })
    }

    fn of(&self, area: Area) -> Option<&Localised> {
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
        lang: Lang,
    ) -> Served {
        let served = |status, page: &Localised, route| Served {
            status,
            page: match route {
                Some(route) => reading_first(page.get(lang), route),
                None => page.get(lang).clone(),
            },
            policy: page.policy.clone(),
        };
        let not_found = || served(StatusCode::NOT_FOUND, &self.public, None);
        match route {
            Some(ClientRoute::Home) => served(StatusCode::OK, &self.home, route),
            Some(route) => {
                let page = match part {
                    Some(part) => part,
                    None if signed_in => route.page_name_signed_in(),
                    None => route.page_name(),
                };
                let lazy = self.lazy.get(&(route.area(), page.to_owned()));
                match lazy.or_else(|| self.of(route.area())) {
                    Some(page) => served(StatusCode::OK, page, Some(route)),
                    None => not_found(),
                }
            }
            None => not_found(),
        }
    }
}

/// A page that also preloads the public data its route reads first, so a deep link fetches it
/// together with the module instead of after the module has started.
fn reading_first(page: &Bytes, route: ClientRoute) -> Bytes {
    match route.first_read() {
        Some(path) => preloading(
            &String::from_utf8_lossy(page),
            &format!("<link rel=\"preload\" href=\"{path}\" as=\"fetch\" crossorigin>\n"),
        )
        .into(),
        None => page.clone(),
    }
}

/// An area's page that also preloads these files (under the site's root), so a deep link
/// fetches the parts of its page together with the area's module, not after it: a part's
/// module, or its pack (the module with the chunks it shares, in one file that is not wasm).
fn with_parts<'a>(page: &str, files: impl Iterator<Item = &'a str>) -> String {
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

/// A page with these links added to what it fetches after its first paint.
fn preloading(page: &str, links: &str) -> String {
    // Every page has the list (`Localised::of`).
    let Some(list) = page.find(PRELOADS) else {
        return page.to_owned();
    };
    let Some(end) = page[list..].find("</template>") else {
        return page.to_owned();
    };
    let at = list + end;
    format!("{}{links}{}", &page[..at], &page[at..])
}

/// A page's content security policy: its own inline scripts and styles allowed by their hashes.
fn policy_of(page: &str) -> anyhow::Result<HeaderValue> {
    let hashes = |element| {
        inline(page, element)
            .into_iter()
            .map(|text| BASE64.encode(Sha256::digest(text)))
            .collect::<Vec<_>>()
    };
    let policy = super::content_security_policy(&hashes("script"), &hashes("style"));
    Ok(HeaderValue::from_str(&policy)?)
}

/// The text of each of the page's `element`s (a `<script>` or a `<style>`, whose text the
/// browser reads as it is).
fn inline<'a>(page: &'a str, element: &str) -> Vec<&'a str> {
    let open = format!("<{element}");
    let close = format!("</{element}>");
    page.match_indices(&open)
        .filter_map(|(at, _)| {
            let tag = &page[at..];
            let text = &tag[tag.find('>')? + 1..];
            Some(&text[..text.find(&close)?])
        })
        .collect()
}

/// A template (module docs) filled in `lang`, each of `values` by its name; every value and
/// message is escaped for HTML. A marker it cannot fill is an error: a page never goes out with
/// one.
fn fill(template: &str, lang: Lang, values: &[(&str, &str)]) -> anyhow::Result<String> {
    let mut page = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        page.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after
            .find("}}")
            .ok_or_else(|| anyhow::anyhow!("a `{{{{` without its `}}}}`"))?;
        let marker = &after[..end];
        let text = if marker == "lang" {
            lang.code()
        } else if let Some(key) = marker.strip_prefix("t:") {
            Msg::named(key)
                .ok_or_else(|| anyhow::anyhow!("no message `{key}` in the catalogue"))?
                .text(lang)
        } else if let Some(code) = marker.strip_prefix("pressed:") {
            if code == lang.code() { "true" } else { "false" }
        } else {
            values
                .iter()
                .find(|(name, _)| *name == marker)
                .map(|(_, value)| *value)
                .ok_or_else(|| anyhow::anyhow!("nothing to fill `{{{{{marker}}}}}` with"))?
        };
        page.push_str(&html_escape::encode_quoted_attribute(text));
        rest = &after[end + 2..];
    }
    page.push_str(rest);
    Ok(page)
}

/// The way up from a service's pages (`components::service_flow::service_breadcrumbs`), which
/// its card and its flow paint first above what is theirs.
const SERVICE_CRUMBS: &str = include_str!("../../../app/shell/service_crumbs.html");

/// What a service's card paints first: the heading the card then draws in the same place
/// (`public::service::Card`), so that its largest text paints with the page, not once the app
/// has read the service.
const SERVICE_HEADING: &str = include_str!("../../../app/shell/service.html");

/// What the place of stay's flow paints first for a visitor without a session: the heading and
/// lead of the guest's choice (`place_of_stay::host::GuestChoice`), its largest text.
const GUEST_CHOICE: &str = include_str!("../../../app/shell/guest_choice.html");

/// A service's page with the way up and `own` painted first, when the catalogue holds the
/// service. The app draws the same in the same place and then removes these
/// (`shell::first_paint_done`): they go before the page's loading line.
fn with_first_paint(
    page: Bytes,
    edition: &Edition,
    number: ServiceNumber,
    own: &str,
    lang: Lang,
) -> Bytes {
    let Some((agency, service)) = edition.service(number) else {
        return page;
    };
    let agency_href = ClientRoute::Agency(agency.number).href();
    let values = [
        ("agency", agency.name.get(lang)),
        ("agency_href", agency_href.as_str()),
        ("title", service.title.get(lang)),
    ];
    let painted = fill(SERVICE_CRUMBS, lang, &values)
        .and_then(|crumbs| Ok(format!("{crumbs}{}", fill(own, lang, &values)?)));
    match painted {
        Ok(painted) => String::from_utf8_lossy(&page)
            .replacen(
                LOADING_LINE,
                &format!("<div id=\"q-first-paint\">\n{painted}</div>\n{LOADING_LINE}"),
                1,
            )
            .into(),
        Err(error) => {
            tracing::error!(%error, "filling what a service's page paints first");
            page
        }
    }
}

/// Where an area's page says it is loading (`app/shell/loading.html`).
const LOADING_LINE: &str = "<p class=\"q-loading\"";

async fn read_page(site_dir: &Path, name: &str) -> anyhow::Result<String> {
    let page = read_file(site_dir, &format!("{name}.html")).await?;
    Ok(String::from_utf8(page.to_vec())?)
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
    let site = Site { pages, app: state };
    let client_route = get(page_for_client_route).with_state(site.clone());
    let files = ServeDir::new(&site_dir)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false)
        .fallback(client_route);
    Ok(Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn_with_state(site, no_template_as_a_file))
        .layer(middleware::from_fn(cache_control)))
}

async fn page_for_client_route(
    State(site): State<Site>,
    RequestLang(lang): RequestLang,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
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
    let mut served = site.pages.for_route(route, signed_in, part, lang);
    let first_paint = match route {
        Some(ClientRoute::Service(number)) => Some((number, SERVICE_HEADING)),
        Some(apply @ ClientRoute::Apply(number))
            if apply.area() == Area::PlaceOfStay && !signed_in =>
        {
            Some((number, GUEST_CHOICE))
        }
        _ => None,
    };
    if let Some((number, own)) = first_paint {
        let edition = site.app.catalogue.current().await;
        served.page = with_first_paint(served.page, &edition, number, own, lang);
    }
    served.into_response()
}

/// A page as it goes out.
struct Served {
    status: StatusCode,
    page: Bytes,
    policy: HeaderValue,
}

impl IntoResponse for Served {
    fn into_response(self) -> Response {
        (
            self.status,
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/html; charset=utf-8"),
                ),
                // What a page preloads depends on the session cookie (`page_name_signed_in`),
                // and its words on the cookie's language or the browser's.
                (
                    header::VARY,
                    HeaderValue::from_static("Cookie, Accept-Language"),
                ),
                (header::CONTENT_SECURITY_POLICY, self.policy),
            ],
            self.page,
        )
            .into_response()
    }
}

/// A page's file is its template (module docs): asked for by its name, the answer is the
/// public area's 404, as for any path that is not a page.
async fn no_template_as_a_file(
    State(site): State<Site>,
    RequestLang(lang): RequestLang,
    request: Request,
    next: Next,
) -> Response {
    if request.uri().path().ends_with(".html") {
        return site
            .pages
            .for_route(None, false, None, lang)
            .into_response();
    }
    next.run(request).await
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_is_filled_in_the_language_asked_and_escaped() {
        let template = "<html lang=\"{{lang}}\"><a>{{t:NavHome}}</a>\
            <b aria-pressed=\"{{pressed:en}}\">{{name}}</b>";
        let values = [("name", "<script>\"Əli\" & 'Vəli'</script>")];
        assert_eq!(
            fill(template, Lang::En, &values).unwrap(),
            "<html lang=\"en\"><a>Home</a><b aria-pressed=\"true\">\
             &lt;script&gt;&quot;Əli&quot; &amp; &#x27;Vəli&#x27;&lt;/script&gt;</b>"
        );
        assert!(
            fill(template, Lang::Az, &values)
                .unwrap()
                .contains("<a>Ana səhifə</a><b aria-pressed=\"false\">")
        );
    }

    #[test]
    fn a_page_allows_its_own_inline_script_and_style_by_their_hashes_and_nothing_else() {
        let page = "<head><style>\n.q{color:red}\n</style><template id=\"q-preloads\">\
            </template><script type=\"module\">go()</script></head>\
            <body><noscript><p>No script</p></noscript></body>";
        let policy = policy_of(page).unwrap();
        let policy = policy.to_str().unwrap();
        let hash = |text: &str| format!("'sha256-{}'", BASE64.encode(Sha256::digest(text)));
        assert!(policy.contains(&format!(
            "script-src 'self' 'wasm-unsafe-eval' {};",
            hash("go()")
        )));
        assert!(policy.contains(&format!("style-src 'self' {};", hash("\n.q{color:red}\n"))));
        assert!(!policy.contains("unsafe-inline"));
        assert_eq!(policy.matches("'sha256-").count(), 2);
    }

    #[test]
    fn the_server_adds_a_pages_preloads_after_the_builds_and_only_to_its_list() {
        let page = "<head><template id=\"q-preloads\">\n<link a>\n</template>\
            <script type=\"module\">go()</script></head><body><template></template></body>";
        assert_eq!(
            preloading(page, "<link b>\n"),
            "<head><template id=\"q-preloads\">\n<link a>\n<link b>\n</template>\
             <script type=\"module\">go()</script></head><body><template></template></body>"
        );
    }

    #[test]
    fn a_marker_the_server_cannot_fill_is_an_error_not_a_page() {
        for template in ["{{t:NoSuchMessage}}", "{{unknown}}", "{{lang"] {
            assert!(fill(template, Lang::Az, &[]).is_err(), "{template}");
        }
    }

    #[test]
    fn the_pages_templates_in_the_repository_fill_in_every_language() {
        // The build fills its own markers (the files' names) before the server fills the rest.
        let built = |template: &str| {
            ["{{STYLE}}", "{{PRELOADS}}", "{{BOOT}}", "{{MAIN}}"]
                .iter()
                .fold(template.to_owned(), |page, marker| page.replace(marker, ""))
        };
        for template in [
            include_str!("../../../app/index.html"),
            include_str!("../../../app/shell/home.html"),
            include_str!("../../../app/shell/loading.html"),
        ] {
            for lang in Lang::ALL {
                fill(&built(template), lang, &[]).unwrap();
            }
        }
        // The page that says the app could not start speaks the visitor's language too.
        let index = built(include_str!("../../../app/index.html"));
        let page = fill(&index, Lang::Ru, &[]).unwrap();
        for said in [
            Msg::ErrorPageTitle,
            Msg::PageLoadFailedBody,
            Msg::TryAgain,
            Msg::BrowserUnsupportedTitle,
        ] {
            assert!(page.contains(said.text(Lang::Ru)), "{said:?}");
        }
        let values = [
            ("agency", "a"),
            ("agency_href", "/agencies/1"),
            ("title", "t"),
        ];
        for lang in Lang::ALL {
            fill(SERVICE_HEADING, lang, &values).unwrap();
        }
    }
}
