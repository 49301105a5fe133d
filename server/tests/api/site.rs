use crate::accounts::registered_account;
use crate::defined_forms::new_draft;
use crate::helpers::{ClientBuild, spawn_app, spawn_app_with};
use app::domain::Lang;
use app::i18n::Msg;

#[tokio::test]
async fn health_answers() {
    let app = spawn_app().await;
    let health = app.get_json("/api/health").await;
    assert_eq!(health["status"], "ok");
}

#[tokio::test]
async fn client_routes_get_the_app_and_other_paths_a_real_404() {
    let app = spawn_app().await;
    for path in [
        "/",
        "/services",
        "/services?q=cerime",
        "/agencies/33",
        "/services/33.10",
        "/services/33.10/apply",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("<title>Qapı</title>"),
            "{path}"
        );
    }
    for path in [
        "/nope",
        "/services/33.10/x",
        "/agencies/abc",
        "/pkg/missing.js",
    ] {
        assert_eq!(app.get(path).await.status(), 404, "{path}");
    }
}

async fn area_of(app: &crate::helpers::TestApp, path: &str) -> (u16, String) {
    let response = app.get(path).await;
    let status = response.status().as_u16();
    let page = response.text().await.unwrap();
    let area = page
        .split("<meta name=\"area\" content=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_owned();
    (status, area)
}

#[tokio::test]
async fn each_route_gets_the_page_of_its_area_so_a_deep_link_loads_its_own_module() {
    let app = spawn_app().await;
    for (path, area) in [
        ("/", "home"),
        ("/services", "public"),
        ("/services/33.11", "public"),
        ("/services/1.1/apply", "public"),
        ("/login", "account"),
        ("/account/register", "account"),
        ("/verify", "public"),
        ("/cabinet", "cabinet"),
        ("/applications", "cabinet"),
        ("/applications/2026-000001", "cabinet"),
        ("/services/33.11/apply", "place_of_stay"),
        ("/place-of-stay/host", "place_of_stay"),
        ("/services/33.10/apply", "public"),
        ("/services/42.1/apply", "debt_certificate"),
        ("/services/7.8/apply", "customs"),
        ("/office", "office"),
        ("/office/applications/2026-000001", "office"),
        ("/office/registry/12", "office"),
        ("/dev/mailbox", "dev"),
    ] {
        assert_eq!(area_of(&app, path).await, (200, area.to_owned()), "{path}");
    }
    let payment = format!("/payments/{}", "ab".repeat(32));
    assert_eq!(area_of(&app, &payment).await, (200, "public".to_owned()));
    assert_eq!(area_of(&app, "/nope").await, (404, "public".to_owned()));
}

/// What a page preloads (its boot script fetches the list after the first paint), in its order.
fn preloads(page: &str) -> Vec<String> {
    let list = page
        .split_once("<template id=\"q-preloads\">")
        .and_then(|(_, rest)| rest.split_once("</template>"))
        .map(|(list, _)| list)
        .expect("every page lists its preloads");
    list.split("<link rel=\"preload\" href=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn a_lazy_page_preloads_the_parts_of_its_module_and_other_pages_none() {
    let app = spawn_app().await;
    let page = |path: &'static str| {
        let app = &app;
        async move { app.get(path).await.text().await.unwrap() }
    };
    let office = page("/office").await;
    assert_eq!(preloads(&office), ["/pkg/office-0a/pack_office.bin"]);
    assert!(
        office.contains("href=\"/pkg/office-0a/pack_office.bin\" as=\"fetch\" crossorigin>"),
        "a pack is fetched as bytes, not as wasm: {office}"
    );
    assert!(office.contains("<meta name=\"area\" content=\"office\">"));
    assert_eq!(
        preloads(&page("/services/33.11").await),
        ["/pkg/public-0b/split_service_3.wasm", "/api/services/33.11"]
    );
    // Paying a fine and the payment's page are parts of the public module.
    assert_eq!(
        preloads(&page("/services/33.10/apply").await),
        ["/pkg/public-0b/pack_fines.bin", "/api/services/33.10"]
    );
    let payment = app.get(&format!("/payments/{}", "ab".repeat(32))).await;
    assert_eq!(
        preloads(&payment.text().await.unwrap()),
        ["/pkg/public-0b/pack_payment.bin"]
    );
    for path in ["/office/hosts", "/login"] {
        assert!(preloads(&page(path).await).is_empty(), "{path}");
    }
}

/// A guest at the place of stay's page reads only the choice to register or log in, so nothing
/// of the host's desk is preloaded; a visitor with a session gets the desk with the module.
#[tokio::test]
async fn the_host_desk_is_preloaded_only_for_a_visitor_with_a_session() {
    let app = spawn_app().await;
    let with_session = |path: &'static str| {
        let app = &app;
        async move {
            let request = reqwest::Client::new()
                .get(app.url(path))
                .header("cookie", "lang=en; qapi_session=a-token");
            request.send().await.unwrap().text().await.unwrap()
        }
    };
    let guest = app.get("/services/33.11/apply").await;
    assert_eq!(
        guest.headers()["vary"],
        "Cookie, Accept-Language",
        "a cache keeps one page for each"
    );
    assert_eq!(
        preloads(&guest.text().await.unwrap()),
        ["/api/services/33.11"]
    );
    assert_eq!(
        preloads(&with_session("/services/33.11/apply").await),
        [
            "/pkg/place_of_stay-0c/split_host_desk_4.wasm",
            "/api/services/33.11"
        ]
    );
    // Every other page is the same with a session or without.
    assert_eq!(
        preloads(&with_session("/services/33.11").await),
        ["/pkg/public-0b/split_service_3.wasm", "/api/services/33.11"]
    );
}

/// An application's address does not say its service: for the applicant whose application it
/// is, the page preloads the part of the cabinet's module that draws it (here the renderer of
/// 33.1's form defined as data); another account's session, or none, gets the page without.
#[tokio::test]
async fn an_application_page_preloads_its_services_part_for_its_applicant_only() {
    let app = spawn_app().await;
    let mut sessions = Vec::new();
    for email in ["ariza@mail.az", "qonsu@mail.az"] {
        registered_account(&app, email, None, "müraciət şifrəsi 2026").await;
        sessions.push(app.log_in(email, "müraciət şifrəsi 2026").await);
    }
    let draft = new_draft(&app, &sessions[0]).await;
    let path = format!("/applications/{}", draft["number"].as_str().unwrap());
    let page_for = |cookie: Option<String>| {
        let (app, path) = (&app, &path);
        async move {
            let mut request = reqwest::Client::new().get(app.url(path));
            if let Some(cookie) = cookie {
                request = request.header("cookie", cookie);
            }
            let page = request.send().await.unwrap();
            assert_eq!(page.status(), 200);
            page.text().await.unwrap()
        }
    };
    let own = page_for(Some(sessions[0].cookie.clone())).await;
    assert_eq!(preloads(&own), ["/pkg/cabinet-0d/pack_defined_form.bin"]);
    assert!(own.contains("<meta name=\"area\" content=\"cabinet\">"));
    assert!(preloads(&page_for(Some(sessions[1].cookie.clone())).await).is_empty());
    assert!(preloads(&page_for(None).await).is_empty());
    assert!(preloads(&page_for(Some("qapi_session=ended".into())).await).is_empty());
}

#[tokio::test]
async fn a_public_page_preloads_the_data_it_reads_first() {
    let app = spawn_app().await;
    let data = |page: &str| -> Vec<String> {
        preloads(page)
            .into_iter()
            .filter(|href| href.starts_with("/api/"))
            .collect()
    };
    for (path, read) in [
        ("/", "/api/agencies"),
        ("/services", "/api/catalogue"),
        ("/agencies/33", "/api/agencies/33"),
        ("/services/33.11", "/api/services/33.11"),
        ("/services/33.11/apply", "/api/services/33.11"),
    ] {
        let page = app.get(path).await.text().await.unwrap();
        assert_eq!(data(&page), [read], "{path}");
        // What the page preloads is there to be read.
        assert_eq!(app.get(read).await.status(), 200, "{read}");
    }
    for path in ["/cabinet", "/office", "/login", "/verify"] {
        let page = app.get(path).await.text().await.unwrap();
        assert!(data(&page).is_empty(), "{path}");
    }
}

/// A page as a visitor with these headers gets it.
async fn page_with(app: &crate::helpers::TestApp, path: &str, headers: &[(&str, &str)]) -> String {
    let request = headers
        .iter()
        .fold(app.http.get(app.url(path)), |request, (name, value)| {
            request.header(*name, *value)
        });
    request.send().await.unwrap().text().await.unwrap()
}

#[tokio::test]
async fn the_first_paint_is_in_the_language_the_app_will_speak() {
    let app = spawn_app().await;
    for (headers, lang, home, loading) in [
        (vec![], "az", "Ana səhifə", "Yüklənir…"),
        (
            vec![("accept-language", "en-GB,en;q=0.9")],
            "en",
            "Home",
            "Loading…",
        ),
        (
            vec![("accept-language", "ru")],
            "ru",
            "Главная",
            "Загрузка…",
        ),
        // The language chosen on the portal wins over the browser's, as in the app.
        (
            vec![("accept-language", "en"), ("cookie", "lang=ru")],
            "ru",
            "Главная",
            "Загрузка…",
        ),
    ] {
        for path in ["/", "/services", "/cabinet", "/office", "/nope"] {
            let page = page_with(&app, path, &headers).await;
            assert!(
                page.contains(&format!("<html lang=\"{lang}\">")),
                "{path} {lang}"
            );
            assert!(page.contains(&format!(">{home}</a>")), "{path} {lang}");
            assert!(page.contains(loading), "{path} {lang}");
            assert!(!page.contains("{{"), "{path}: a marker left unfilled");
        }
    }
}

/// A page asked for in a language, and what it paints first (its `q-first-paint`).
async fn first_paint_of(app: &crate::helpers::TestApp, path: &str, lang: &str) -> (String, String) {
    let page = page_with(app, path, &[("cookie", &format!("lang={lang}"))]).await;
    let painted = page
        .split("<div id=\"q-first-paint\">")
        .nth(1)
        .and_then(|rest| rest.split("</div>").next())
        .unwrap_or_else(|| panic!("{path} paints nothing first in {lang}: {page}"))
        .to_owned();
    (page, painted)
}

/// A text as the server writes it into a page.
fn escaped(text: &str) -> String {
    text.replace('\'', "&#x27;").replace('"', "&quot;")
}

#[tokio::test]
async fn a_services_page_paints_its_heading_before_the_app_draws_it() {
    let app = spawn_app().await;
    let card = app.get_json("/api/services/33.11").await;
    for lang in ["az", "en", "ru"] {
        let (page, heading) = first_paint_of(&app, "/services/33.11", lang).await;
        let title = card["service"]["title"][lang].as_str().unwrap();
        let agency = card["agency_name"][lang].as_str().unwrap();
        assert!(
            heading.contains(&format!(
                "<h1 class=\"q-heading-xl\">{}</h1>",
                escaped(title)
            )),
            "{lang}: {heading}"
        );
        assert!(
            heading.contains(&format!(
                "<span class=\"q-caption\">{}</span>",
                escaped(agency)
            )),
            "{lang}: {heading}"
        );
        assert!(heading.contains("href=\"/agencies/33\""), "{heading}");
        // Before the loading line, which the app replaces with the same heading.
        assert!(page.find("q-first-paint") < page.find("q-loading"));
    }
    for path in ["/services/99.99", "/services", "/services/42.1/apply"] {
        assert!(
            !app.get(path)
                .await
                .text()
                .await
                .unwrap()
                .contains("q-first-paint"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn the_place_of_stay_paints_a_guests_heading_and_lead_before_the_app_draws_them() {
    let app = spawn_app().await;
    for lang in Lang::ALL {
        let (title, lead) = (Msg::StayTitle.text(lang), Msg::StayLead.text(lang));
        let (page, painted) = first_paint_of(&app, "/services/33.11/apply", lang.code()).await;
        assert!(
            painted.contains(&format!(
                "<h1 class=\"q-heading-xl\">{}</h1>",
                escaped(title)
            )),
            "{lang:?}: {painted}"
        );
        assert!(
            painted.contains(&format!("<p class=\"q-body\">{}</p>", escaped(lead))),
            "{lang:?}: {painted}"
        );
        assert!(page.find("q-first-paint") < page.find("q-loading"));
    }
    // A visitor with a session may be a host, whose page is another: nothing is painted first.
    let page = page_with(
        &app,
        "/services/33.11/apply",
        &[("cookie", "lang=en; qapi_session=a-token")],
    )
    .await;
    assert!(!page.contains("q-first-paint"), "{page}");
}

#[tokio::test]
async fn a_pages_template_is_never_sent_as_a_file() {
    let app = spawn_app().await;
    for path in ["/index.html", "/public.html", "/office.html"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 404, "{path}");
        let page = response.text().await.unwrap();
        assert!(!page.contains("{{"), "{path}");
        assert!(page.contains("<html lang=\"az\">"), "{path}");
    }
}

#[tokio::test]
async fn a_production_build_has_no_development_pages() {
    let app = spawn_app_with(ClientBuild::Production).await;
    for path in [
        "/dev/mailbox",
        "/dev/officers",
        "/dev/asan-imza",
        "/dev/identity",
        "/dev/gateway",
    ] {
        assert_eq!(
            area_of(&app, path).await,
            (404, "public".to_owned()),
            "{path}"
        );
    }
    assert_eq!(area_of(&app, "/office").await, (200, "office".to_owned()));
}

#[tokio::test]
async fn hashed_files_are_cached_for_good_and_pages_are_revalidated() {
    let app = spawn_app().await;
    let file = app.get("/pkg/app-0123abcd.js").await;
    assert_eq!(file.status(), 200);
    assert_eq!(
        file.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    let page = app.get("/services").await;
    assert_eq!(page.headers()["cache-control"], "no-cache");
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in ["/", "/api/catalogue", "/api/nope"] {
        let response = app.get(path).await;
        let csp = response.headers()["content-security-policy"]
            .to_str()
            .unwrap();
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval'") && !csp.contains("unsafe-inline"),
            "{path}"
        );
        // A page's own boot script is allowed by its hash; no other answer allows any.
        assert_eq!(csp.contains("'sha256-"), path == "/", "{path}");
        assert_eq!(response.headers()["x-content-type-options"], "nosniff");
        assert_eq!(response.headers()["x-frame-options"], "DENY");
    }
}

#[tokio::test]
async fn built_files_go_out_precompressed() {
    let app = spawn_app().await;
    let response = app
        .http
        .get(app.url("/pkg/app-0123abcd.js"))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "br");
    assert_eq!(
        response.bytes().await.unwrap(),
        "brotli bytes",
        "the stored file, not compressed again"
    );
}

#[tokio::test]
async fn responses_are_compressed_when_asked() {
    let app = spawn_app().await;
    let response = app
        .http
        .get(app.url("/api/catalogue"))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "br");
}
